package se.livsviktig.instructor.test.view;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.exception.MeetingAnswerException;
import se.livsviktig.instructor.service.InstructorNetworkService;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkMessages;
import se.livsviktig.instructor.web.internal.portlet.action.network.ViewInstructorNetworkMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * Instruktörsnätverk as a member and as a coordinator sees it, rendered by its real render command: the site's
 * networks, one network's members with their methods, the meetings to come with the reader's answer and the two
 * answer buttons (named after their meeting), a cancelled meeting said in words and not answerable, the meetings
 * held with their notes and, for a coordinator only, who came. Every text escaped except the sanitized agenda and
 * notes.
 *
 * @author Livsviktig
 */
public class NetworkPageViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = InstructorViews.harness();
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void theSitesNetworksAreLinks(Locale locale) throws Exception {
		RenderedView view = _render(
			"networks", "some", ViewRequest.in(locale), false);

		view.assertHeading(
			1, view.message("instructor-networks")
		).assertLink(
			"MHFA-nätverket Väst & Norr", "instructorNetworkId=7"
		).assertLink(
			"YAM-nätverket", "instructorNetworkId=8"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void withoutNetworksTheWidgetSaysSo(Locale locale) throws Exception {
		ViewInstructorNetworkMVCRenderCommand renderCommand =
			NetworkViews.inject(
				new ViewInstructorNetworkMVCRenderCommand(), false);

		Fields.set(
			renderCommand, "_instructorNetworkService",
			org.mockito.Mockito.mock(InstructorNetworkService.class));

		RenderedView view = _viewHarness.render(
			"instructor_network-networks", "none", ViewRequest.in(locale),
			renderCommand::render);

		view.assertText(
			view.message("you-are-not-in-any-instructor-network-on-this-site")
		).assertNone(
			"li a", "no networks, no links"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void aMemberSeesMembersMeetingsToAnswerAndNotesButNoAttendance(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"network", "member", _network(ViewRequest.in(locale)), false);

		view.assertHeading(
			1, "MHFA-nätverket Väst & Norr"
		).assertHeading(
			2, view.message("members")
		).assertHeading(
			2, view.message("upcoming-meetings")
		).assertHeading(
			2, view.message("past-meetings")
		).assertNone(
			"a[href*=view_network_meetings]",
			"a member does not manage meetings"
		).assertNone(
			"table.livsviktig-meeting-attendance",
			"a member does not see who came"
		);

		Elements memberRows = view.select("table tbody tr");

		Assertions.assertEquals(2, memberRows.size());
		Assertions.assertTrue(
			memberRows.get(0).text().contains(
				view.message("network-role-coordinator")));
		Assertions.assertTrue(
			memberRows.get(0).text().contains(
				locale.getLanguage().equals("sv") ?
					"MHFA Vuxen (15 januari 2031)" :
						"MHFA Adult (January 15, 2031)"));
		Assertions.assertTrue(
			memberRows.get(1).text().contains("Skolförvaltningen, Elevhälsan"));

		Elements meetings = view.select("section.livsviktig-network-meeting");

		Assertions.assertEquals(5, meetings.size());

		Element answered = meetings.get(0);

		Assertions.assertEquals(
			"Samverkansträff <vår>", answered.selectFirst("h3").text());
		Assertions.assertTrue(
			answered.text().contains(
				view.message("your-answer") + ": " +
					view.message("answer-coming")));
		Assertions.assertTrue(
			answered.text().contains(
				locale.getLanguage().equals("sv") ?
					"lördag 30 mars 2030, 18:00–20:00" :
						"Saturday, March 30, 2030, 18:00–20:00"));
		Assertions.assertEquals(
			"MHFA",
			answered.select(
				".livsviktig-meeting-agenda strong"
			).text(),
			"the sanitized agenda is HTML");
		Assertions.assertEquals(
			"https://meet.example.se/mhfa",
			answered.select(
				"a[href^=https]"
			).attr(
				"href"
			));

		Elements forms = answered.select("form[method=post]");

		Assertions.assertEquals(2, forms.size());
		Assertions.assertTrue(
			forms.attr(
				"action"
			).contains(
				"javax.portlet.action=%2Finstructor%2Fanswer_meeting_invitation"
			));
		Assertions.assertEquals(
			String.valueOf(MeetingParticipantConstants.ANSWER_COMING),
			forms.get(
				0
			).select(
				"input[name$=answer]"
			).val());
		Assertions.assertEquals(
			view.message("i-am-coming") + " – Samverkansträff <vår>",
			forms.get(
				0
			).select(
				"button"
			).text(),
			"the button's name says which meeting");
		Assertions.assertEquals(
			view.message("i-am-not-coming") + " – Samverkansträff <vår>",
			forms.get(
				1
			).select(
				"button"
			).text());
		Assertions.assertTrue(
			forms.get(
				0
			).select(
				"input[name$=redirect]"
			).val(
			).contains(
				"instructorNetworkId=7"
			));

		Element notAnswered = meetings.get(1);

		Assertions.assertEquals("Sommarträff", notAnswered.selectFirst("h3").text());
		Assertions.assertTrue(
			notAnswered.text().contains(
				locale.getLanguage().equals("sv") ?
					"söndag 31 mars 2030, 18:00–20:00" :
						"Sunday, March 31, 2030, 18:00–20:00"),
			"the same clock time after the change to summer time");
		Assertions.assertTrue(
			notAnswered.text().contains(view.message("not-answered-yet")));

		Element cancelled = meetings.get(2);

		Assertions.assertTrue(
			cancelled.select(
				"h3"
			).text(
			).contains(
				view.message("meeting-cancelled")
			));
		Assertions.assertTrue(
			cancelled.select("form").isEmpty(),
			"a cancelled meeting cannot be answered");

		Element held = meetings.get(3);

		Assertions.assertEquals(
			2, held.select(".livsviktig-meeting-notes li").size(),
			"the sanitized notes are HTML");
		Assertions.assertTrue(held.select("form").isEmpty());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void aCoordinatorSeesWhoCameAndManagesTheMeetings(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"network", "coordinator", _network(ViewRequest.in(locale)), true);

		view.assertLink(
			view.message("manage-meetings"), "view_network_meetings");

		Elements attendance = view.select(
			"table.livsviktig-meeting-attendance");

		Assertions.assertEquals(
			1, attendance.size(),
			"attendance of the meeting held, not of the cancelled one");
		Assertions.assertEquals(
			view.message("attendance-at-x", "Vinterträff"),
			attendance.select(
				"caption"
			).text());

		Elements rows = attendance.select("tbody tr");

		Assertions.assertEquals(
			List.of(
				"Anna Andersson " + view.message("answer-coming") + " " +
					view.message("attendance-present"),
				"Anna Svensson " + view.message("not-answered-yet") + " " +
					view.message("attendance-unmarked"),
				"Bo Berg " + view.message("answer-not-coming") + " " +
					view.message("attendance-absent")),
			rows.eachText(), "by name, each with answer and attendance");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void afterAnAnswerThePageSaysItWasSaved(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"network", "answered",
			_network(
				ViewRequest.in(
					locale
				).afterAction(
					renderRequest -> SessionMessages.add(
						renderRequest, NetworkMessages.ANSWER_SAVED)
				)),
			false);

		view.assertAlert("success", view.message("your-answer-was-saved"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void aRefusedAnswerSaysWhy(Locale locale) throws Exception {
		RenderedView view = _render(
			"network", "answer-refused",
			_network(
				ViewRequest.in(
					locale
				).afterAction(
					renderRequest -> SessionErrors.add(
						renderRequest, MeetingAnswerException.class)
				)),
			false);

		view.assertAlert(
			"danger", view.message("the-meeting-can-no-longer-be-answered"));

		_viewHarness.assertAccessible(view);
	}

	private static ViewRequest _network(ViewRequest viewRequest) {
		return viewRequest.parameter(
			"instructorNetworkId", String.valueOf(NetworkViews.NETWORK_ID));
	}

	private RenderedView _render(
			String view, String state, ViewRequest viewRequest,
			boolean canUpdate)
		throws Exception {

		ViewInstructorNetworkMVCRenderCommand renderCommand =
			NetworkViews.inject(
				new ViewInstructorNetworkMVCRenderCommand(), canUpdate);

		return _viewHarness.render(
			"instructor_network-" + view, state, viewRequest,
			renderCommand::render);
	}

	private static ViewHarness _viewHarness;

}
