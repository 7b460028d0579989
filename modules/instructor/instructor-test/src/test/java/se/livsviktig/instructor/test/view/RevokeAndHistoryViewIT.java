package se.livsviktig.instructor.test.view;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.exception.CertificationStateReasonException;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.display.context.HolderCertificationsDisplayContext;
import se.livsviktig.instructor.web.internal.portlet.action.RevokeCertificationMVCRenderCommand;
import se.livsviktig.instructor.web.internal.portlet.action.ViewHolderCertificationsMVCRenderCommand;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * Revoking with a reason (the form, and again after a refusal), and a person's history, where renewals and
 * revoked certifications stay with their reason, as the coordinator sees it after renewing or revoking.
 *
 * @author Livsviktig
 */
public class RevokeAndHistoryViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = InstructorViews.harness();
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void revokeFormAsksForTheReason(Locale locale) throws Exception {
		RenderedView view = _renderRevoke(
			"empty", ViewRequest.in(locale).parameter("certificationId", "9001"));

		view.assertHeading(
			1, view.message("revoke-certification")
		).assertButton(
			view.message("revoke")
		).assertLink(
			view.message("cancel"), "view_holder_certifications"
		).assertNone(
			"#" + view.getNamespace() + "errorSummary",
			"a fresh form has no errors"
		);

		view.assertField("reason", view.message("reason"));

		Assertions.assertTrue(
			view.select(
				"form[method=post]"
			).attr(
				"action"
			).contains(
				"javax.portlet.action=%2Finstructor%2Fadmin%2Frevoke_certification"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void refusedRevokeExplainsTheReasonsLimitAndKeepsWhatWasTyped(
			Locale locale)
		throws Exception {

		String tooLong = "x".repeat(501);

		RenderedView view = _renderRevoke(
			"refused",
			ViewRequest.in(
				locale
			).parameter(
				"certificationId", "9001"
			).parameter(
				"reason", tooLong
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, CertificationStateReasonException.class)
			));

		view.assertAlert(
			"danger", view.message("please-correct-the-following")
		).assertFieldValue(
			"reason", tooLong
		);

		CertificationFormViewIT._assertFieldError(
			view, "reason",
			view.message("enter-a-reason-of-at-most-x-characters", 500));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void historyKeepsRenewalsAndRevocationsWithTheirReason(
			Locale locale)
		throws Exception {

		RenderedView view = _renderHistory(
			"history", ViewRequest.in(locale), _history());

		view.assertHeading(
			1, view.message("certifications-of-x", "Anna Svensson")
		).assertTableRows(
			3
		).assertLink(
			view.message("back-to-the-certifications"), "view_certifications"
		);

		Elements rows = view.select("tbody tr");

		Assertions.assertTrue(
			rows.get(0).text().contains(view.message("renewal")),
			"the newest row says it renews an earlier one");
		Assertions.assertEquals(
			1, rows.get(0).select("a[href*=revoke_certification]").size());

		Element revoked = rows.get(2);

		Assertions.assertTrue(
			revoked.text().contains(
				view.message("certification-state-revoked")));
		Assertions.assertTrue(
			revoked.text().contains(
				view.message("reason-x", "Licensen drogs in av utfärdaren")));
		Assertions.assertTrue(
			revoked.select("a").isEmpty(),
			"a revoked certification has no actions");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void historyAfterARenewalSaysItWasRenewed(Locale locale)
		throws Exception {

		RenderedView view = _renderHistory(
			"renewed",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest,
					HolderCertificationsDisplayContext.RENEWED_MESSAGE_KEY)
			),
			_history());

		view.assertAlert(
			"success", view.message("the-certification-was-renewed"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void historyAfterARevocationSaysItWasRevoked(Locale locale)
		throws Exception {

		RenderedView view = _renderHistory(
			"revoked",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest,
					HolderCertificationsDisplayContext.REVOKED_MESSAGE_KEY)
			),
			_history());

		view.assertAlert(
			"success", view.message("the-certification-was-revoked"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void historyOfSomeoneWithoutCertificationsSaysSo(Locale locale)
		throws Exception {

		RenderedView view = _renderHistory(
			"empty", ViewRequest.in(locale), List.of());

		view.assertText(
			view.message("this-person-has-no-certifications")
		).assertNone(
			"table", "no certifications, no table"
		);

		_viewHarness.assertAccessible(view);
	}

	private static List<Certification> _history() {
		return List.of(
			InstructorViews.certification(
				9003, InstructorViews.HOLDER_USER_ID, InstructorViews.MHFA_ID,
				"2031-01-10", "2033-01-10", "MHFA-2002",
				CertificationConstants.STATE_ACTIVE, null, 9001),
			InstructorViews.certification(
				9001, InstructorViews.HOLDER_USER_ID, InstructorViews.MHFA_ID,
				"2029-01-15", "2031-01-15", "MHFA-1001",
				CertificationConstants.STATE_LAPSED, null, 0),
			InstructorViews.certification(
				9002, InstructorViews.HOLDER_USER_ID, InstructorViews.YAM_ID,
				"2028-05-02", null, "YAM-77",
				CertificationConstants.STATE_REVOKED,
				"Licensen drogs in av utfärdaren", 0));
	}

	private RenderedView _renderHistory(
			String state, ViewRequest viewRequest,
			List<Certification> certifications)
		throws Exception {

		CertificationService certificationService = mock(
			CertificationService.class);

		when(
			certificationService.getHolderCertifications(
				InstructorViews.HOLDER_USER_ID)
		).thenReturn(
			certifications
		);

		ViewHolderCertificationsMVCRenderCommand renderCommand =
			new ViewHolderCertificationsMVCRenderCommand();

		InstructorViews.inject(renderCommand, certificationService);

		return _viewHarness.render(
			"instructor_admin-holder_certifications", state,
			viewRequest.parameter(
				"holderUserId", String.valueOf(InstructorViews.HOLDER_USER_ID)),
			renderCommand::render);
	}

	private RenderedView _renderRevoke(String state, ViewRequest viewRequest)
		throws Exception {

		CertificationService certificationService = mock(
			CertificationService.class);

		// Stubbed first: Mockito cannot stub one mock while it stubs another.

		Certification certification = InstructorViews.certification(
			9001, InstructorViews.HOLDER_USER_ID, InstructorViews.MHFA_ID,
			"2029-01-15", "2031-01-15", "MHFA-1001",
			CertificationConstants.STATE_ACTIVE, null, 0);

		when(
			certificationService.getCertification(9001)
		).thenReturn(
			certification
		);

		RevokeCertificationMVCRenderCommand renderCommand =
			new RevokeCertificationMVCRenderCommand();

		InstructorViews.inject(renderCommand, certificationService);

		return _viewHarness.render(
			"instructor_admin-revoke_certification", state, viewRequest,
			renderCommand::render);
	}

	private static ViewHarness _viewHarness;

}
