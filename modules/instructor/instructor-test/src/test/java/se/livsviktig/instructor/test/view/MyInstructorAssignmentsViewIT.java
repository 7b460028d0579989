package se.livsviktig.instructor.test.view;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.instructor.standing.LicenceStandingLocalService;
import se.livsviktig.instructor.web.internal.portlet.action.ViewMyInstructorAssignmentsMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * Mina instruktörsuppdrag as an instructor sees it, rendered by its real render command: their own
 * certifications with renewals and a revocation's reason, or a sentence when they have none. No actions: a
 * coordinator renews and revokes. Their licence standing per method, in words: ok, at risk with the sessions
 * still needed and the deadline, or lapsed; a method without a rule only with its validity. The service answers
 * for the whole company and the page keeps the person's own.
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
		).assertNone(
			"table", "no certifications, no table"
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
					InstructorStanding.OK, 0, 0, 0, null, null),
				_someoneElses()));

		view.assertHeading(3, view.message("my-licence-standing"));

		Elements rows = _standingRows(view);

		Assertions.assertEquals(2, rows.size(), "only the person's own");

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
					_day("2033-01-10")),
				_someoneElses()));

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
	public void myLicenceStandingIsLapsed(Locale locale) throws Exception {
		RenderedView view = _render(
			"standing-lapsed", locale, _activeCertifications(),
			List.of(
				new LicenceStanding(
					ViewHarness.USER_ID, InstructorViews.MHFA_ID,
					InstructorStanding.LAPSED, 1, 4, 3, null, null),
				_someoneElses()));

		Elements rows = _standingRows(view);

		Assertions.assertEquals(1, rows.size());

		_assertCells(
			rows.get(0), _methodName(locale, InstructorViews.MHFA_ID),
			view.message("licence-standing-lapsed"),
			view.message("x-of-x-required", 1, 4),
			view.message("x-sessions-to-meet-the-requirement-again", 3),
			view.message("see-my-certifications"));

		_viewHarness.assertAccessible(view);
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

	/**
	 * Another instructor of the company, in the service's answer: the page must leave them out.
	 */
	private static LicenceStanding _someoneElses() {
		return new LicenceStanding(
			ViewHarness.USER_ID + 1, InstructorViews.MHFA_ID,
			InstructorStanding.LAPSED, 0, 4, 4, null, _day("2031-01-01"));
	}

	private static Elements _standingRows(RenderedView view) {
		return view.select(
			"section[aria-labelledby=" + view.getNamespace() +
				"myLicenceStanding] tbody tr");
	}

	private RenderedView _render(
			String state, Locale locale, List<Certification> certifications)
		throws Exception {

		return _render(state, locale, certifications, List.of());
	}

	private RenderedView _render(
			String state, Locale locale, List<Certification> certifications,
			List<LicenceStanding> companyStandings)
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
			licenceStandingLocalService.getLicenceStandings(
				ViewHarness.COMPANY_ID)
		).thenReturn(
			companyStandings
		);

		InstructorViews.inject(renderCommand, certificationService);

		Fields.set(
			renderCommand, "_licenceStandingLocalService",
			licenceStandingLocalService);

		return _viewHarness.render(
			"my_instructor_assignments", state, ViewRequest.in(locale),
			renderCommand::render);
	}

	private static ViewHarness _viewHarness;

}
