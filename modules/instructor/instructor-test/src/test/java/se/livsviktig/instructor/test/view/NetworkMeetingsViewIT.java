package se.livsviktig.instructor.test.view;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.instructor.exception.NetworkMeetingDatesException;
import se.livsviktig.instructor.exception.NetworkMeetingNotesException;
import se.livsviktig.instructor.exception.NetworkMeetingTitleException;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkMessages;
import se.livsviktig.instructor.web.internal.portlet.action.network.CancelNetworkMeetingMVCRenderCommand;
import se.livsviktig.instructor.web.internal.portlet.action.network.EditNetworkMeetingMVCRenderCommand;
import se.livsviktig.instructor.web.internal.portlet.action.network.MarkMeetingAttendanceMVCRenderCommand;
import se.livsviktig.instructor.web.internal.portlet.action.network.UpdateMeetingNotesMVCRenderCommand;
import se.livsviktig.instructor.web.internal.portlet.action.network.ViewNetworkMeetingsMVCRenderCommand;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * A network's meetings as a coordinator runs them, each view rendered by its real render command: the list with
 * what may be done to each meeting, the meeting form (new, existing in the coordinator's clock time, refused with
 * what was typed), the cancel confirmation, the notes form and the attendance form (one group of radio buttons per
 * member, with its legend), which before the meeting starts only says when attendance can be marked.
 *
 * @author Livsviktig
 */
public class NetworkMeetingsViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = InstructorViews.harness();
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void theMeetingsListWhatACoordinatorMayDoToEach(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"meetings", "coordinator",
			ViewRequest.in(
				locale
			).parameter(
				"instructorNetworkId", String.valueOf(NetworkViews.NETWORK_ID)
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest, NetworkMessages.MEETING_SAVED)
			),
			new ViewNetworkMeetingsMVCRenderCommand(), true);

		view.assertHeading(
			1, view.message("meetings-of-x", "MHFA-nätverket Väst & Norr")
		).assertAlert(
			"success", view.message("the-meeting-was-saved")
		).assertLink(
			view.message("add-meeting"), "edit_network_meeting"
		);

		Elements tables = view.select("table");

		Assertions.assertEquals(2, tables.size());

		Elements upcoming = tables.get(0).select("tbody tr");
		Elements past = tables.get(1).select("tbody tr");

		Assertions.assertEquals(3, upcoming.size());
		Assertions.assertEquals(2, past.size());

		Element first = upcoming.get(0);

		Assertions.assertEquals(
			view.message("edit") + " – Samverkansträff <vår>",
			first.select(
				"a[href*=edit_network_meeting]"
			).text(),
			"each link names its meeting");
		Assertions.assertEquals(
			1, first.select("a[href*=cancel_network_meeting]").size());

		Element cancelled = upcoming.get(2);

		Assertions.assertTrue(
			cancelled.text().contains(view.message("meeting-cancelled")));
		Assertions.assertTrue(
			cancelled.select("a[href*=network_meeting]").isEmpty(),
			"a cancelled meeting cannot be changed");

		Element held = past.get(0);

		Assertions.assertEquals(
			1, held.select("a[href*=update_meeting_notes]").size());
		Assertions.assertEquals(
			1, held.select("a[href*=mark_meeting_attendance]").size());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void aMemberOnlyReadsTheMeetings(Locale locale) throws Exception {
		RenderedView view = _render(
			"meetings", "member",
			ViewRequest.in(
				locale
			).parameter(
				"instructorNetworkId", String.valueOf(NetworkViews.NETWORK_ID)
			),
			new ViewNetworkMeetingsMVCRenderCommand(), false);

		view.assertNone(
			"a[href*=edit_network_meeting], a[href*=cancel_network_meeting]," +
				" a[href*=update_meeting_notes], " +
					"a[href*=mark_meeting_attendance]",
			"only whoever may update the network manages its meetings");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void aNewMeetingsFormIsEmpty(Locale locale) throws Exception {
		RenderedView view = _render(
			"meeting-form", "new",
			ViewRequest.in(
				locale
			).parameter(
				"instructorNetworkId", String.valueOf(NetworkViews.NETWORK_ID)
			),
			new EditNetworkMeetingMVCRenderCommand(), true);

		view.assertHeading(
			1, view.message("new-meeting")
		).assertButton(
			view.message("save")
		).assertFieldValue(
			"title", ""
		);

		_assertFields(view);

		Assertions.assertTrue(
			view.select(
				"form[method=post]"
			).attr(
				"action"
			).contains(
				"javax.portlet.action=%2Finstructor%2Fedit_network_meeting"
			));
		Assertions.assertEquals(
			"date", view.select("#" + view.getNamespace() + "startDate").attr("type"));
		Assertions.assertEquals(
			"time", view.select("#" + view.getNamespace() + "startTime").attr("type"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void anExistingMeetingShowsItsTimesInTheCoordinatorsClock(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"meeting-form", "edit",
			ViewRequest.in(
				locale
			).parameter(
				"networkMeetingId", String.valueOf(NetworkViews.SUMMER_ID)
			),
			new EditNetworkMeetingMVCRenderCommand(), true);

		view.assertHeading(
			1, view.message("edit-meeting")
		).assertFieldValue(
			"title", "Sommarträff"
		).assertFieldValue(
			"startDate", "2030-03-31"
		).assertFieldValue(
			"startTime", "18:00"
		).assertFieldValue(
			"endTime", "20:00"
		).assertFieldValue(
			"onlineLink", "https://meet.example.se/sommar"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void aRefusedMeetingKeepsWhatWasTypedWithEachMessageAtItsField(
			Locale locale)
		throws Exception {

		String tooLong = "T".repeat(151);

		RenderedView view = _render(
			"meeting-form", "refused",
			ViewRequest.in(
				locale
			).parameter(
				"instructorNetworkId", String.valueOf(NetworkViews.NETWORK_ID)
			).parameter(
				"title", tooLong
			).parameter(
				"startDate", "2030-04-02"
			).parameter(
				"startTime", "15:00"
			).parameter(
				"endDate", "2030-04-02"
			).parameter(
				"endTime", "13:00"
			).parameter(
				"agenda", "<p>Dagordning</p>"
			).afterAction(
				renderRequest -> {
					SessionErrors.add(
						renderRequest, NetworkMeetingTitleException.class);
					SessionErrors.add(
						renderRequest, NetworkMeetingDatesException.class);
				}
			),
			new EditNetworkMeetingMVCRenderCommand(), true);

		view.assertAlert(
			"danger", view.message("please-correct-the-following")
		).assertFieldValue(
			"title", tooLong
		).assertFieldValue(
			"endTime", "13:00"
		).assertFieldValue(
			"agenda", "<p>Dagordning</p>"
		);

		_assertFieldError(
			view, "title",
			view.message("enter-a-meeting-title-of-at-most-x-characters", 150));
		_assertFieldError(
			view, "endDate",
			view.message("enter-a-start-and-an-end-that-is-after-the-start"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void cancellingAsksFirst(Locale locale) throws Exception {
		RenderedView view = _render(
			"cancel-meeting", "confirm",
			ViewRequest.in(
				locale
			).parameter(
				"networkMeetingId", String.valueOf(NetworkViews.UPCOMING_ID)
			),
			new CancelNetworkMeetingMVCRenderCommand(), true);

		view.assertHeading(
			1, view.message("cancel-meeting")
		).assertButton(
			view.message("cancel-meeting")
		).assertLink(
			view.message("keep-the-meeting"), "view_network_meetings"
		).assertText(
			"Samverkansträff <vår>"
		);

		Assertions.assertTrue(
			view.select(
				"form[method=post]"
			).attr(
				"action"
			).contains(
				"javax.portlet.action=%2Finstructor%2Fcancel_network_meeting"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void theNotesFormShowsTheNotesAndKeepsRefusedOnes(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"meeting-notes", "stored",
			ViewRequest.in(
				locale
			).parameter(
				"networkMeetingId", String.valueOf(NetworkViews.HELD_ID)
			),
			new UpdateMeetingNotesMVCRenderCommand(), true);

		view.assertHeading(
			1, view.message("notes-of-x", "Vinterträff")
		).assertFieldValue(
			"notes",
			"<ul><li>Fyra nya instruktörer</li><li>Nästa kurs i april</li></ul>"
		);

		view.assertField("notes", view.message("notes"));

		_viewHarness.assertAccessible(view);

		String tooLong = "x".repeat(20001);

		RenderedView refused = _render(
			"meeting-notes", "refused",
			ViewRequest.in(
				locale
			).parameter(
				"networkMeetingId", String.valueOf(NetworkViews.HELD_ID)
			).parameter(
				"notes", tooLong
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, NetworkMeetingNotesException.class)
			),
			new UpdateMeetingNotesMVCRenderCommand(), true);

		refused.assertFieldValue("notes", tooLong);

		_assertFieldError(
			refused, "notes",
			refused.message("enter-notes-of-at-most-x-characters", 20000));

		_viewHarness.assertAccessible(refused);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void attendanceIsOneGroupOfRadioButtonsPerMember(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"meeting-attendance", "held",
			ViewRequest.in(
				locale
			).parameter(
				"networkMeetingId", String.valueOf(NetworkViews.HELD_ID)
			),
			new MarkMeetingAttendanceMVCRenderCommand(), true);

		view.assertHeading(
			1, view.message("attendance-at-x", "Vinterträff")
		).assertButton(
			view.message("save-attendance")
		);

		Elements fieldsets = view.select("form fieldset");

		Assertions.assertEquals(3, fieldsets.size());

		for (Element fieldset : fieldsets) {
			Assertions.assertEquals(1, fieldset.select("legend").size());
			Assertions.assertEquals(
				2, fieldset.select("input[type=radio]").size());
		}

		Element bo = fieldsets.get(2);

		Assertions.assertTrue(bo.select("legend").text().startsWith("Bo Berg"));
		Assertions.assertTrue(
			bo.select(
				"input[id$=Absent]"
			).hasAttr(
				"checked"
			));
		Assertions.assertEquals(
			view.getNamespace() + "attendance" + NetworkViews.OTHER_MEMBER_ID,
			bo.select(
				"input[type=radio]"
			).attr(
				"name"
			));
		Assertions.assertTrue(
			fieldsets.get(
				1
			).select(
				"input[checked]"
			).isEmpty(),
			"nobody marked, nothing checked");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void beforeTheMeetingAttendanceWaits(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"meeting-attendance", "not-started",
			ViewRequest.in(
				locale
			).parameter(
				"networkMeetingId", String.valueOf(NetworkViews.UPCOMING_ID)
			),
			new MarkMeetingAttendanceMVCRenderCommand(), true);

		view.assertAlert(
			"info",
			view.message("attendance-can-be-marked-once-the-meeting-has-started")
		).assertNone(
			"form", "no attendance before the meeting"
		);

		_viewHarness.assertAccessible(view);
	}

	private static void _assertFieldError(
		RenderedView view, String fieldId, String message) {

		Element error = view.select(
			"#" + view.getNamespace() + fieldId + "Error"
		).first();

		Assertions.assertNotNull(error, "no message at " + fieldId);
		Assertions.assertTrue(
			error.text().contains(message),
			fieldId + ": " + error.text());
		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + fieldId
			).attr(
				"aria-describedby"
			).contains(
				fieldId + "Error"
			));
	}

	private static void _assertFields(RenderedView view) {
		view.assertField("title", view.message("title"));
		view.assertField("startDate", view.message("start-date"));
		view.assertField("startTime", view.message("start-time"));
		view.assertField("endDate", view.message("end-date"));
		view.assertField("endTime", view.message("end-time"));
		view.assertField("place", view.message("place"));
		view.assertField("onlineLink", view.message("online-link"));
		view.assertField("agenda", view.message("agenda"));
	}

	private RenderedView _render(
			String view, String state, ViewRequest viewRequest,
			MVCRenderCommand renderCommand, boolean canUpdate)
		throws Exception {

		NetworkViews.inject(renderCommand, canUpdate);

		return _viewHarness.render(
			"instructor_network-" + view, state, viewRequest,
			renderCommand::render);
	}

	private static ViewHarness _viewHarness;

}
