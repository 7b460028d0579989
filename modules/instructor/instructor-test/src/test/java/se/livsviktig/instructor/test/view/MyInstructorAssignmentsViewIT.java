package se.livsviktig.instructor.test.view;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;

import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.portlet.action.ViewMyInstructorAssignmentsMVCRenderCommand;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * Mina instruktörsuppdrag as an instructor sees it, rendered by its real render command: their own
 * certifications with renewals and a revocation's reason, or a sentence when they have none. No actions: a
 * coordinator renews and revokes.
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

	private RenderedView _render(
			String state, Locale locale, List<Certification> certifications)
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

		InstructorViews.inject(renderCommand, certificationService);

		return _viewHarness.render(
			"my_instructor_assignments", state, ViewRequest.in(locale),
			renderCommand::render);
	}

	private static ViewHarness _viewHarness;

}
