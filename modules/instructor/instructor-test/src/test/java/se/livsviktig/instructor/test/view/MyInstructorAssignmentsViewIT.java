package se.livsviktig.instructor.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.portlet.PortletRequest;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.exception.MeetingAnswerException;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.service.MeetingParticipantLocalService;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.instructor.service.NetworkMemberLocalService;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.instructor.standing.LicenceStandingLocalService;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkMessages;
import se.livsviktig.instructor.web.internal.portlet.action.ViewMyInstructorAssignmentsMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.service.SessionInstructorLocalService;
import se.livsviktig.training.spi.InstructorStanding;
import se.livsviktig.training.staffing.TaughtSession;

/**
 * Mina instruktörsuppdrag as an instructor sees it, rendered by its real render command: their own
 * certifications with renewals and a revocation's reason, or a sentence when they have none; a coordinator renews
 * and revokes. Their licence standing per method (the service's read for the one holder), in words: ok, at risk
 * with the sessions still needed and the deadline, or lapsed, with the certification open-ended or no valid one; a
 * method without a rule only with its validity. The sessions they taught, their networks with their role, and the
 * upcoming meetings they are invited to, each answered by a POST form whose buttons name the meeting. Every part
 * says so when it is empty.
 *
 * @author Livsviktig
 */
public class MyInstructorAssignmentsViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = InstructorViews.harness();
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void withoutCertificationsSaysSo(Locale locale) throws Exception {
		RenderedView view = _render("empty", locale, List.of());

		view.assertHeading(
			2, view.message("my-instructor-assignments")
		).assertHeading(
			3, view.message("my-certifications")
		).assertText(
			view.message("you-have-no-certifications")
		).assertHeading(
			3, view.message("meeting-invitations")
		).assertText(
			view.message("you-have-no-upcoming-meeting-invitations")
		).assertHeading(
			3, view.message("my-networks")
		).assertText(
			view.message("you-are-in-no-instructor-network")
		).assertHeading(
			3, view.message("sessions-i-taught")
		).assertText(
			view.message("you-have-not-taught-a-session-yet")
		).assertNone(
			"table", "no certifications, sessions or networks, no table"
		).assertNone(
			"form", "no invitations, nothing to answer"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void myCertificationsShowTheirHistory(Locale locale)
		throws Exception {

		List<Certification> certifications = List.of(
			InstructorViews.certification(
				9003, ViewHarness.USER_ID, InstructorViews.MHFA_ID,
				"2031-01-10", "2033-01-10", "MHFA-2002",
				CertificationConstants.STATE_ACTIVE, null, 9001),
			InstructorViews.certification(
				9001, ViewHarness.USER_ID, InstructorViews.MHFA_ID,
				"2029-01-15", "2031-01-15", "MHFA-1001",
				CertificationConstants.STATE_LAPSED, null, 0),
			InstructorViews.certification(
				9002, ViewHarness.USER_ID, InstructorViews.YAM_ID,
				"2028-05-02", null, "YAM-77",
				CertificationConstants.STATE_REVOKED,
				"Licensen drogs in av utfärdaren", 0));

		RenderedView view = _render("history", locale, certifications);

		view.assertTableRows(
			3
		).assertNone(
			"a, form", "an instructor reads their certifications; coordinators change them"
		);

		Elements rows = view.select("tbody tr");

		Assertions.assertTrue(rows.get(0).text().contains(view.message("renewal")));
		Assertions.assertTrue(
			rows.get(1).text().contains(
				view.message("certification-state-lapsed")));
		Assertions.assertTrue(
			rows.get(2).text().contains(view.message("open-ended")));
		Assertions.assertTrue(
			rows.get(2).text().contains(
				view.message("reason-x", "Licensen drogs in av utfärdaren")));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void myLicenceStandingIsOk(Locale locale) throws Exception {
		RenderedView view = _render(
			"standing-ok", locale, _activeCertifications(),
			List.of(
				new LicenceStanding(
					ViewHarness.USER_ID, InstructorViews.MHFA_ID,
					InstructorStanding.OK, 5, 4, 0, _day("2032-02-01"),
					_day("2033-01-10")),
				new LicenceStanding(
					ViewHarness.USER_ID, InstructorViews.YAM_ID,
					InstructorStanding.OK, 0, 0, 0, null, null, true)));

		view.assertHeading(3, view.message("my-licence-standing"));

		Elements rows = _standingRows(view);

		Assertions.assertEquals(2, rows.size());

		_assertCells(
			rows.get(0), _methodName(locale, InstructorViews.MHFA_ID),
			view.message("licence-standing-ok"),
			view.message("x-of-x-required", 5, 4),
			view.message("none-still-needed"), _date(locale, "2033-01-10"));
		_assertCells(
			rows.get(1), _methodName(locale, InstructorViews.YAM_ID),
			view.message("licence-standing-ok"),
			view.message("no-session-requirement-the-certification-decides"),
			view.message("open-ended"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void myLicenceStandingIsAtRiskWithSessionsStillNeededByTheDeadline(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"standing-at-risk", locale, _activeCertifications(),
			List.of(
				new LicenceStanding(
					ViewHarness.USER_ID, InstructorViews.MHFA_ID,
					InstructorStanding.AT_RISK, 2, 4, 2, _day("2031-03-12"),
					_day("2033-01-10"))));

		Elements rows = _standingRows(view);

		Assertions.assertEquals(1, rows.size());

		_assertCells(
			rows.get(0), _methodName(locale, InstructorViews.MHFA_ID),
			view.message("licence-standing-at-risk"),
			view.message("x-of-x-required", 2, 4),
			view.message(
				"x-sessions-by-x", 2, _date(locale, "2031-03-12")),
			_date(locale, "2033-01-10"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void myLicenceStandingIsLapsedWithNoValidCertification(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"standing-lapsed", locale, _activeCertifications(),
			List.of(
				new LicenceStanding(
					ViewHarness.USER_ID, InstructorViews.MHFA_ID,
					InstructorStanding.LAPSED, 1, 4, 3, null, null, false)));

		Elements rows = _standingRows(view);

		Assertions.assertEquals(1, rows.size());

		_assertCells(
			rows.get(0), _methodName(locale, InstructorViews.MHFA_ID),
			view.message("licence-standing-lapsed"),
			view.message("x-of-x-required", 1, 4),
			view.message("x-sessions-to-meet-the-requirement-again", 3),
			view.message("no-valid-certification"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void myLicenceStandingIsLapsedUnderAnOpenEndedCertification(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"standing-lapsed-open-ended", locale, _activeCertifications(),
			List.of(
				new LicenceStanding(
					ViewHarness.USER_ID, InstructorViews.YAM_ID,
					InstructorStanding.LAPSED, 0, 2, 2, null, null, true)));

		Elements rows = _standingRows(view);

		Assertions.assertEquals(1, rows.size());

		_assertCells(
			rows.get(0), _methodName(locale, InstructorViews.YAM_ID),
			view.message("licence-standing-lapsed"),
			view.message("x-of-x-required", 0, 2),
			view.message("x-sessions-to-meet-the-requirement-again", 2),
			view.message("open-ended"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void afterAnAnswerThePageSaysItWasSaved(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"answer-saved",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest, NetworkMessages.ANSWER_SAVED)
			),
			List.of(), List.of(), List.of(), true);

		view.assertAlert("success", view.message("your-answer-was-saved"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void aRefusedAnswerSaysWhy(Locale locale) throws Exception {
		RenderedView view = _render(
			"answer-refused",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, MeetingAnswerException.class)
			),
			List.of(), List.of(), List.of(), true);

		view.assertAlert(
			"danger", view.message("the-meeting-can-no-longer-be-answered"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void everyPartFilled(Locale locale) throws Exception {
		RenderedView view = _render(
			"all-parts", locale, _activeCertifications(),
			List.of(
				new LicenceStanding(
					ViewHarness.USER_ID, InstructorViews.MHFA_ID,
					InstructorStanding.OK, 5, 4, 0, _day("2032-02-01"),
					_day("2033-01-10"))),
			List.of(
				_taughtSession(
					"2031-05-20T07:00:00Z", "2031-05-21T15:00:00Z"),
				_taughtSession(
					"2031-02-03T08:00:00Z", "2031-02-03T16:00:00Z")),
			true);

		Elements taughtRows = _sectionRows(view, "mySessionsTaught");

		Assertions.assertEquals(2, taughtRows.size());

		_assertCells(
			taughtRows.get(0), _courseTitle(locale),
			_methodName(locale, InstructorViews.MHFA_ID),
			_date(locale, "2031-05-20") + " – " + _date(locale, "2031-05-21"));
		_assertCells(
			taughtRows.get(1), _courseTitle(locale),
			_methodName(locale, InstructorViews.MHFA_ID),
			_date(locale, "2031-02-03"));

		Elements networkRows = _sectionRows(view, "myNetworks");

		Assertions.assertEquals(2, networkRows.size());

		_assertCells(
			networkRows.get(0), "Instruktörer i Sundsvall",
			view.message("network-role-member"));
		_assertCells(
			networkRows.get(1), "Västernorrlands MHFA-nätverk",
			view.message("network-role-coordinator"));

		Elements invitations = view.select(
			"section[aria-labelledby=" + view.getNamespace() +
				"myMeetingInvitations] li");

		Assertions.assertEquals(2, invitations.size());

		String firstTimes =
			_date(locale, "2031-03-12") + " " + _time(locale, "13:00") + "–" +
				_time(locale, "15:00");

		Element unanswered = invitations.get(0);

		Assertions.assertTrue(
			unanswered.text().contains("Samverkansträff mars"));
		Assertions.assertTrue(unanswered.text().contains(firstTimes));
		Assertions.assertTrue(
			unanswered.text().contains(
				view.message("place-x", "Folkets hus, Sundsvall")));
		Assertions.assertTrue(
			unanswered.text().contains(view.message("meeting-answer-none")));

		String firstMeeting = view.message(
			"x-on-x", "Samverkansträff mars", firstTimes);

		_assertAnswerForms(
			view, unanswered.select("form"), 8001,
			List.of(
				MeetingParticipantConstants.ANSWER_COMING,
				MeetingParticipantConstants.ANSWER_NOT_COMING),
			List.of(
				view.message("i-am-coming") + ": " + firstMeeting,
				view.message("i-am-not-coming") + ": " + firstMeeting));

		Element answered = invitations.get(1);

		Assertions.assertTrue(
			answered.text().contains(view.message("meeting-answer-coming")));
		Assertions.assertEquals(
			"https://meet.example.se/samverkan",
			answered.select("a[href]").attr("href"));

		_assertAnswerForms(
			view, answered.select("form"), 8002,
			List.of(MeetingParticipantConstants.ANSWER_NOT_COMING),
			List.of(
				view.message("i-am-not-coming") + ": " +
					view.message(
						"x-on-x", "Samverkansträff juni",
						_date(locale, "2031-06-10") + " " +
							_time(locale, "09:00") + "–" +
								_time(locale, "12:00"))));

		_viewHarness.assertAccessible(view);
	}

	private static void _assertAnswerForms(
		RenderedView view, Elements forms, long networkMeetingId,
		List<Integer> answers, List<String> buttonNames) {

		Assertions.assertEquals(answers.size(), forms.size());

		String namespace = view.getNamespace();

		for (int i = 0; i < forms.size(); i++) {
			Element form = forms.get(i);

			Assertions.assertEquals("post", form.attr("method"));
			Assertions.assertTrue(
				form.attr(
					"action"
				).contains(
					"javax.portlet.action=%2Finstructor%2Fanswer_meeting_invitation"
				),
				form.attr("action"));
			Assertions.assertTrue(
				form.attr("action").contains("p_auth="), "a CSRF token");
			Assertions.assertEquals(
				String.valueOf(networkMeetingId),
				form.select(
					"input[name=" + namespace + "networkMeetingId]"
				).val());
			Assertions.assertEquals(
				String.valueOf(answers.get(i)),
				form.select("input[name=" + namespace + "answer]").val());
			Assertions.assertEquals(
				_CURRENT_URL,
				form.select("input[name=" + namespace + "redirect]").val());
			Assertions.assertEquals(
				buttonNames.get(i), form.select("button[type=submit]").text(),
				"the button's name says which meeting");
		}
	}

	private static List<Certification> _activeCertifications() {
		return List.of(
			InstructorViews.certification(
				9003, ViewHarness.USER_ID, InstructorViews.MHFA_ID,
				"2031-01-10", "2033-01-10", "MHFA-2002",
				CertificationConstants.STATE_ACTIVE, null, 0),
			InstructorViews.certification(
				9004, ViewHarness.USER_ID, InstructorViews.YAM_ID,
				"2030-05-02", null, "YAM-78",
				CertificationConstants.STATE_ACTIVE, null, 0));
	}

	private static void _assertCells(Element row, String... texts) {
		Elements cells = row.select("th, td");

		Assertions.assertEquals(texts.length, cells.size(), row.outerHtml());

		for (int i = 0; i < texts.length; i++) {
			Assertions.assertEquals(texts[i], cells.get(i).text(), row.outerHtml());
		}
	}

	private static String _date(Locale locale, String isoDate) {
		return DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			locale
		).format(
			LocalDate.parse(isoDate)
		);
	}

	private static Date _day(String isoDate) {
		return Date.from(
			LocalDate.parse(
				isoDate
			).atStartOfDay(
				ZoneId.of("Europe/Stockholm")
			).toInstant());
	}

	private static String _methodName(Locale locale, long trainingMethodId) {
		return InstructorViews.trainingMethods(
		).stream(
		).filter(
			trainingMethod ->
				trainingMethod.getTrainingMethodId() == trainingMethodId
		).findFirst(
		).get(
		).getName(
			locale
		);
	}

	private static Elements _sectionRows(RenderedView view, String sectionId) {
		return view.select(
			"section[aria-labelledby=" + view.getNamespace() + sectionId +
				"] tbody tr");
	}

	private static Elements _standingRows(RenderedView view) {
		return _sectionRows(view, "myLicenceStanding");
	}

	private static String _courseTitle(Locale locale) {
		if (locale.equals(InstructorViews.SWEDISH)) {
			return "Första hjälpen till psykisk hälsa";
		}

		return "Mental Health First Aid";
	}

	private static InstructorNetwork _network(
		long instructorNetworkId, String name) {

		InstructorNetwork instructorNetwork = mock(InstructorNetwork.class);

		when(
			instructorNetwork.getInstructorNetworkId()
		).thenReturn(
			instructorNetworkId
		);
		when(
			instructorNetwork.getName()
		).thenReturn(
			name
		);

		return instructorNetwork;
	}

	private static NetworkMeeting _meeting(
		long networkMeetingId, String title, String start, String end,
		String place, String onlineLink) {

		NetworkMeeting networkMeeting = mock(NetworkMeeting.class);

		when(
			networkMeeting.getNetworkMeetingId()
		).thenReturn(
			networkMeetingId
		);
		when(
			networkMeeting.getInstructorNetworkId()
		).thenReturn(
			_MHFA_NETWORK_ID
		);
		when(
			networkMeeting.getTitle()
		).thenReturn(
			title
		);
		when(
			networkMeeting.getStartDate()
		).thenReturn(
			Date.from(Instant.parse(start))
		);
		when(
			networkMeeting.getEndDate()
		).thenReturn(
			Date.from(Instant.parse(end))
		);
		when(
			networkMeeting.getPlace()
		).thenReturn(
			place
		);
		when(
			networkMeeting.getOnlineLink()
		).thenReturn(
			onlineLink
		);

		return networkMeeting;
	}

	private static NetworkMember _member(long instructorNetworkId, int role) {
		NetworkMember networkMember = mock(NetworkMember.class);

		when(
			networkMember.getInstructorNetworkId()
		).thenReturn(
			instructorNetworkId
		);
		when(
			networkMember.getRole()
		).thenReturn(
			role
		);

		return networkMember;
	}

	private static MeetingParticipant _participant(
		long networkMeetingId, int answer) {

		MeetingParticipant meetingParticipant = mock(MeetingParticipant.class);

		when(
			meetingParticipant.getNetworkMeetingId()
		).thenReturn(
			networkMeetingId
		);
		when(
			meetingParticipant.getAnswer()
		).thenReturn(
			answer
		);

		return meetingParticipant;
	}

	private static TaughtSession _taughtSession(String start, String end) {
		TaughtSession taughtSession = mock(TaughtSession.class);

		when(
			taughtSession.getTrainingMethodId()
		).thenReturn(
			InstructorViews.MHFA_ID
		);
		when(
			taughtSession.getCourseTitle(InstructorViews.SWEDISH)
		).thenReturn(
			_courseTitle(InstructorViews.SWEDISH)
		);
		when(
			taughtSession.getCourseTitle(InstructorViews.ENGLISH)
		).thenReturn(
			_courseTitle(InstructorViews.ENGLISH)
		);
		when(
			taughtSession.getStartDate()
		).thenReturn(
			Date.from(Instant.parse(start))
		);
		when(
			taughtSession.getEndDate()
		).thenReturn(
			Date.from(Instant.parse(end))
		);

		return taughtSession;
	}

	private static String _time(Locale locale, String isoTime) {
		return DateTimeFormatter.ofLocalizedTime(
			FormatStyle.SHORT
		).withLocale(
			locale
		).format(
			LocalTime.parse(isoTime)
		);
	}

	private RenderedView _render(
			String state, Locale locale, List<Certification> certifications)
		throws Exception {

		return _render(state, locale, certifications, List.of());
	}

	private RenderedView _render(
			String state, Locale locale, List<Certification> certifications,
			List<LicenceStanding> holderStandings)
		throws Exception {

		return _render(
			state, locale, certifications, holderStandings, List.of(), false);
	}

	/**
	 * @param inNetworks whether the person is in two networks and invited to two upcoming meetings of one, the
	 *        first unanswered, the second answered "coming"
	 */
	private RenderedView _render(
			String state, Locale locale, List<Certification> certifications,
			List<LicenceStanding> holderStandings,
			List<TaughtSession> taughtSessions, boolean inNetworks)
		throws Exception {

		return _render(
			state, ViewRequest.in(locale), certifications, holderStandings,
			taughtSessions, inNetworks);
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			List<Certification> certifications,
			List<LicenceStanding> holderStandings,
			List<TaughtSession> taughtSessions, boolean inNetworks)
		throws Exception {

		CertificationService certificationService = mock(
			CertificationService.class);

		when(
			certificationService.getHolderCertifications(ViewHarness.USER_ID)
		).thenReturn(
			certifications
		);

		ViewMyInstructorAssignmentsMVCRenderCommand renderCommand =
			new ViewMyInstructorAssignmentsMVCRenderCommand();

		LicenceStandingLocalService licenceStandingLocalService = mock(
			LicenceStandingLocalService.class);

		when(
			licenceStandingLocalService.getHolderLicenceStandings(
				ViewHarness.COMPANY_ID, ViewHarness.USER_ID)
		).thenReturn(
			holderStandings
		);

		SessionInstructorLocalService sessionInstructorLocalService = mock(
			SessionInstructorLocalService.class);

		when(
			sessionInstructorLocalService.getTaughtSessions(
				eq(ViewHarness.COMPANY_ID), eq(ViewHarness.USER_ID),
				eq(Date.from(_NOW)), eq(0), anyInt())
		).thenReturn(
			taughtSessions
		);

		NetworkMemberLocalService networkMemberLocalService = mock(
			NetworkMemberLocalService.class);
		InstructorNetworkLocalService instructorNetworkLocalService = mock(
			InstructorNetworkLocalService.class);
		NetworkMeetingLocalService networkMeetingLocalService = mock(
			NetworkMeetingLocalService.class);
		MeetingParticipantLocalService meetingParticipantLocalService = mock(
			MeetingParticipantLocalService.class);

		List<NetworkMember> networkMembers = List.of();
		List<InstructorNetwork> instructorNetworks = List.of();
		List<NetworkMeeting> networkMeetings = List.of();
		List<MeetingParticipant> meetingParticipants = List.of();

		if (inNetworks) {
			networkMembers = List.of(
				_member(_MHFA_NETWORK_ID, NetworkConstants.ROLE_COORDINATOR),
				_member(_SUNDSVALL_NETWORK_ID, NetworkConstants.ROLE_MEMBER));
			instructorNetworks = List.of(
				_network(_MHFA_NETWORK_ID, "Västernorrlands MHFA-nätverk"),
				_network(_SUNDSVALL_NETWORK_ID, "Instruktörer i Sundsvall"));
			networkMeetings = List.of(
				_meeting(
					8001, "Samverkansträff mars", "2031-03-12T12:00:00Z",
					"2031-03-12T14:00:00Z", "Folkets hus, Sundsvall", null),
				_meeting(
					8002, "Samverkansträff juni", "2031-06-10T07:00:00Z",
					"2031-06-10T10:00:00Z", null,
					"https://meet.example.se/samverkan"));
			meetingParticipants = List.of(
				_participant(8001, MeetingParticipantConstants.ANSWER_NONE),
				_participant(8002, MeetingParticipantConstants.ANSWER_COMING));
		}

		when(
			networkMemberLocalService.<List<NetworkMember>>dslQuery(
				any(DSLQuery.class))
		).thenReturn(
			networkMembers
		);
		when(
			instructorNetworkLocalService.<List<InstructorNetwork>>dslQuery(
				any(DSLQuery.class))
		).thenReturn(
			instructorNetworks
		);
		when(
			networkMeetingLocalService.<List<NetworkMeeting>>dslQuery(
				any(DSLQuery.class))
		).thenReturn(
			networkMeetings
		);
		when(
			meetingParticipantLocalService.getParticipantMeetingParticipants(
				ViewHarness.USER_ID)
		).thenReturn(
			meetingParticipants
		);

		Portal portal = mock(Portal.class);

		when(
			portal.getCurrentURL(any(PortletRequest.class))
		).thenReturn(
			_CURRENT_URL
		);

		InstructorViews.inject(renderCommand, certificationService);

		Fields.set(
			renderCommand, "_licenceStandingLocalService",
			licenceStandingLocalService);
		Fields.set(
			renderCommand, "_sessionInstructorLocalService",
			sessionInstructorLocalService);
		Fields.set(
			renderCommand, "_networkMemberLocalService",
			networkMemberLocalService);
		Fields.set(
			renderCommand, "_instructorNetworkLocalService",
			instructorNetworkLocalService);
		Fields.set(
			renderCommand, "_networkMeetingLocalService",
			networkMeetingLocalService);
		Fields.set(
			renderCommand, "_meetingParticipantLocalService",
			meetingParticipantLocalService);
		Fields.set(renderCommand, "_portal", portal);
		Fields.set(renderCommand, "_clock", Clock.fixed(_NOW, ZoneOffset.UTC));

		return _viewHarness.render(
			"my_instructor_assignments", state, viewRequest,
			renderCommand::render);
	}

	private static final String _CURRENT_URL =
		"/web/guest/mina-instruktorsuppdrag?tab=1&x=<y>";

	private static final long _MHFA_NETWORK_ID = 71;

	private static final Instant _NOW = Instant.parse("2031-01-20T10:00:00Z");

	private static final long _SUNDSVALL_NETWORK_ID = 72;

	private static ViewHarness _viewHarness;

}
