package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;

import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.web.internal.certificate.CertificateVerifier;
import se.livsviktig.training.web.internal.certificate.VerifiedCertificate;
import se.livsviktig.training.web.internal.portlet.action.VerifyCertificateMVCRenderCommand;

/**
 * course_catalog/verify_certificate.jsp, the public check of a paper certificate, rendered by the real
 * VerifyCertificateMVCRenderCommand and its display context: the empty form, a valid certificate (name, method,
 * date) and a number and code that do not verify (one message, no hint which part was wrong).
 *
 * @author Livsviktig
 */
public class VerifyCertificateViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = TrainingViews.harness();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void theEmptyFormAsksForNumberAndCode(Locale locale)
		throws Exception {

		CertificateVerifier certificateVerifier = mock(
			CertificateVerifier.class);

		RenderedView view = _render(
			"empty", ViewRequest.in(locale), certificateVerifier);

		view.assertHeading(
			2, view.message("verify-a-course-certificate")
		).assertButton(
			view.message("verify-the-certificate")
		).assertNone(
			".alert", "nothing was checked yet"
		).assertNone(
			"table", "nothing was checked yet"
		);

		view.assertField("number", view.message("certificate-number"));
		view.assertField("code", view.message("verification-code"));

		Element form = view.select("form").first();

		Assertions.assertEquals(
			"post", form.attr("method"), view.getName() + ": the form");
		Assertions.assertTrue(
			form.attr(
				"action"
			).contains(
				"mvcRenderCommandName=%2Ftraining%2Fverify_certificate"
			),
			view.getName() + ": the form checks on this page");

		verify(
			certificateVerifier, never()
		).verify(
			anyLong(), anyString(), anyString(), any(Locale.class)
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aValidCertificateShowsNameMethodAndDate(Locale locale)
		throws Exception {

		CertificateVerifier certificateVerifier = mock(
			CertificateVerifier.class);

		when(
			certificateVerifier.verify(
				ViewHarness.COMPANY_ID, "50001", "7K2QX-M4PZ9", locale)
		).thenReturn(
			Optional.of(
				new VerifiedCertificate(
					"Åsa Öberg <b>", "MHFA Vuxen",
					Date.from(Instant.parse("2027-02-16T15:30:00Z"))))
		);

		RenderedView view = _render(
			"valid",
			ViewRequest.in(
				locale
			).parameter(
				"number", "50001"
			).parameter(
				"code", "7K2QX-M4PZ9"
			),
			certificateVerifier);

		view.assertAlert(
			"success", view.message("the-certificate-is-valid")
		).assertTableRows(
			3
		).assertNone(
			".alert-danger", "a valid certificate"
		).assertNone(
			"b", "the name is escaped"
		).assertFieldValue(
			"number", "50001"
		).assertFieldValue(
			"code", "7K2QX-M4PZ9"
		);

		Assertions.assertEquals(
			"Åsa Öberg <b>",
			view.select(
				"tr:has(th:contains(" + view.message("certificate-participant") +
					")) td"
			).text(),
			view.getName() + ": the participant's row");
		Assertions.assertEquals(
			"MHFA Vuxen",
			view.select(
				"tr:has(th:contains(" +
					view.message("certificate-training-method") + ")) td"
			).text(),
			view.getName() + ": the method's row");
		Assertions.assertEquals(
			(locale.getLanguage().equals("sv")) ? "16 februari 2027" :
				"February 16, 2027",
			view.select(
				"tr:has(th:contains(" +
					view.message("certificate-completed-on") + ")) td"
			).text(),
			view.getName() + ": the completion date's row");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aNumberAndCodeThatDoNotVerifySaySoWithoutAHint(Locale locale)
		throws Exception {

		CertificateVerifier certificateVerifier = mock(
			CertificateVerifier.class);

		when(
			certificateVerifier.verify(
				eq(ViewHarness.COMPANY_ID), anyString(), anyString(),
				any(Locale.class))
		).thenReturn(
			Optional.empty()
		);

		RenderedView view = _render(
			"invalid",
			ViewRequest.in(
				locale
			).parameter(
				"number", "50002"
			).parameter(
				"code", "7K2QX-M4PZ9"
			),
			certificateVerifier);

		view.assertAlert(
			"danger",
			view.message("no-valid-certificate-matches-this-number-and-code")
		).assertNone(
			"table", "nothing about any certificate is shown"
		).assertNone(
			".alert-success", "not valid"
		).assertFieldValue(
			"number", "50002"
		);

		_viewHarness.assertAccessible(view);
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			CertificateVerifier certificateVerifier)
		throws Exception {

		VerifyCertificateMVCRenderCommand renderCommand =
			new VerifyCertificateMVCRenderCommand();

		TrainingViews.inject(
			renderCommand, "_certificateVerifier", certificateVerifier);

		return _viewHarness.render(
			"course_catalog-verify_certificate", state, viewRequest,
			renderCommand::render);
	}

	private static ViewHarness _viewHarness;

}
