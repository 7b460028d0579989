package se.livsviktig.instructor.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.Locale;

import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.exception.CertificationDatesException;
import se.livsviktig.instructor.exception.CertificationHolderException;
import se.livsviktig.instructor.exception.DuplicateCertificationNumberException;
import se.livsviktig.instructor.exception.NoSuchCertificationException;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.portlet.action.AddCertificationMVCRenderCommand;
import se.livsviktig.instructor.web.internal.portlet.action.RenewCertificationMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * The add and renew forms, rendered by their real render commands: every field labelled and posting to its
 * action URL; after a refusal, each message in the summary and at its field with what was typed kept; the renew
 * form naming the certification it renews; a certification gone shows the error page.
 *
 * @author Livsviktig
 */
public class CertificationFormViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = InstructorViews.harness();
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void theAddFormIsNotOfferedToSomeoneWhoMayNotManageCertifications(
			Locale locale)
		throws Exception {

		PortletResourcePermission portletResourcePermission = mock(
			PortletResourcePermission.class);

		doThrow(
			new PrincipalException.MustHavePermission(
				ViewHarness.USER_ID, "se.livsviktig.instructor",
				ViewHarness.COMPANY_GROUP_ID, "MANAGE_CERTIFICATIONS")
		).when(
			portletResourcePermission
		).check(
			any(), anyLong(), anyString()
		);

		RenderedView view = _renderAdd(
			"no-permission", ViewRequest.in(locale), portletResourcePermission);

		view.assertAlert(
			"danger", view.message("you-do-not-have-permission-to-do-this")
		).assertNone(
			"form", "no form to fill in that could only be refused"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void addFormHasALabelledFieldForEverythingTheServiceNeeds(
			Locale locale)
		throws Exception {

		RenderedView view = _renderAdd("empty", ViewRequest.in(locale));

		view.assertHeading(
			1, view.message("add-certification")
		).assertButton(
			view.message("add-certification")
		).assertLink(
			view.message("cancel"), "view_certifications"
		).assertNone(
			"#" + view.getNamespace() + "errorSummary",
			"a fresh form has no errors"
		);

		view.assertField(
			"holder", view.message("holder-e-mail-address-or-screen-name"));
		view.assertField("trainingMethodId", view.message("training-method"));
		view.assertField("certifiedDate", view.message("certified-date"));
		view.assertField("validUntil", view.message("valid-until"));
		view.assertField("issuer", view.message("issuer"));
		view.assertField("number", view.message("number"));

		Element form = view.select(
			"form[method=post]"
		).first();

		Assertions.assertTrue(
			form.attr(
				"action"
			).contains(
				"javax.portlet.action=%2Finstructor%2Fadmin%2Fadd_certification"
			),
			"the form posts to the add action: " + form.attr("action"));
		Assertions.assertEquals(
			3,
			view.select(
				"#" + view.getNamespace() + "trainingMethodId option"
			).size(),
			"a prompt and the company's two active methods");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void refusedAddShowsEachMessageAtItsFieldWithWhatWasTyped(
			Locale locale)
		throws Exception {

		ViewRequest viewRequest = ViewRequest.in(
			locale
		).parameter(
			"holder", "nobody@example.se"
		).parameter(
			"trainingMethodId", String.valueOf(InstructorViews.YAM_ID)
		).parameter(
			"certifiedDate", "2030-03-17"
		).parameter(
			"validUntil", "2029-03-17"
		).parameter(
			"issuer", "Suicide Zero"
		).parameter(
			"number", "YAM-1"
		).afterAction(
			renderRequest -> {
				SessionErrors.add(
					renderRequest, CertificationHolderException.class);
				SessionErrors.add(
					renderRequest, CertificationDatesException.class);
				SessionErrors.add(
					renderRequest, DuplicateCertificationNumberException.class);
			}
		);

		RenderedView view = _renderAdd("refused", viewRequest);

		view.assertAlert(
			"danger", view.message("please-correct-the-following")
		).assertFieldValue(
			"holder", "nobody@example.se"
		).assertFieldValue(
			"certifiedDate", "2030-03-17"
		).assertFieldValue(
			"validUntil", "2029-03-17"
		).assertFieldValue(
			"issuer", "Suicide Zero"
		).assertFieldValue(
			"number", "YAM-1"
		);

		_assertFieldError(
			view, "holder",
			view.message("enter-the-e-mail-address-or-screen-name-of-a-user"));
		_assertFieldError(
			view, "validUntil",
			view.message("valid-until-must-be-after-the-certified-date"));
		_assertFieldError(
			view, "number",
			view.message(
				"the-issuer-has-already-given-this-number-for-the-method"));

		Assertions.assertEquals(
			3, view.select("#" + view.getNamespace() + "errorSummary li a").size(),
			"each message in the summary links to its field");
		Assertions.assertEquals(
			String.valueOf(InstructorViews.YAM_ID),
			view.select(
				"#" + view.getNamespace() + "trainingMethodId option[selected]"
			).attr(
				"value"
			),
			"the method chosen stays chosen");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void renewFormNamesTheCertificationItRenews(Locale locale)
		throws Exception {

		RenderedView view = _renderRenew(
			"renew", ViewRequest.in(locale).parameter("certificationId", "9001"));

		String methodName = (locale == InstructorViews.SWEDISH) ?
			"MHFA Vuxen" : "MHFA Adult";

		view.assertHeading(
			1, view.message("renew-certification")
		).assertText(
			view.message(
				"renewing-the-certification-of-x-for-x-number-x-from-x",
				"Anna Svensson", methodName, "MHFA-1001", "MHFA Sverige")
		).assertFieldValue(
			"issuer", "MHFA Sverige"
		).assertFieldValue(
			"number", ""
		).assertButton(
			view.message("renew")
		).assertLink(
			view.message("cancel"), "view_holder_certifications"
		).assertNone(
			"#" + view.getNamespace() + "holder",
			"a renewal is for the same person"
		).assertNone(
			"#" + view.getNamespace() + "trainingMethodId",
			"a renewal is for the same method"
		);

		Assertions.assertTrue(
			view.select(
				"form[method=post]"
			).attr(
				"action"
			).contains(
				"renew_certification"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void renewingACertificationGoneShowsTheErrorPage(Locale locale)
		throws Exception {

		CertificationService certificationService = mock(
			CertificationService.class);

		when(
			certificationService.getCertification(404)
		).thenThrow(
			new NoSuchCertificationException()
		);

		RenewCertificationMVCRenderCommand renderCommand = _renewCommand(
			certificationService);

		RenderedView view = _viewHarness.render(
			"error", "not-found",
			ViewRequest.in(
				locale
			).parameter(
				"certificationId", "404"
			),
			renderCommand::render);

		view.assertAlert(
			"danger", view.message("the-certification-could-not-be-found")
		).assertNone(
			"form", "the error page offers no form"
		);

		_viewHarness.assertAccessible(view);
	}

	static void _assertFieldError(
		RenderedView view, String fieldId, String message) {

		Element field = view.getDocument(
		).getElementById(
			view.getNamespace() + fieldId
		);
		Element fieldError = view.getDocument(
		).getElementById(
			view.getNamespace() + fieldId + "Error"
		);

		Assertions.assertNotNull(fieldError, fieldId + " has its message");
		Assertions.assertTrue(
			fieldError.text().contains(message),
			fieldId + ": " + fieldError.text());
		Assertions.assertEquals("true", field.attr("aria-invalid"), fieldId);
		Assertions.assertTrue(
			field.attr(
				"aria-describedby"
			).contains(
				view.getNamespace() + fieldId + "Error"
			),
			fieldId + " names its message");
	}

	private RenderedView _renderAdd(String state, ViewRequest viewRequest) {
		return _renderAdd(
			state, viewRequest, mock(PortletResourcePermission.class));
	}

	private RenderedView _renderAdd(
		String state, ViewRequest viewRequest,
		PortletResourcePermission portletResourcePermission) {

		AddCertificationMVCRenderCommand renderCommand =
			new AddCertificationMVCRenderCommand();

		Fields.set(
			renderCommand, "_portletResourcePermission",
			portletResourcePermission);

		Fields.set(
			renderCommand, "_trainingMethodService",
			InstructorViews.trainingMethodService());
		Fields.set(
			renderCommand, "trainingMethodLocalService",
			InstructorViews.trainingMethodLocalService());
		Fields.set(
			renderCommand, "userLocalService",
			InstructorViews.userLocalService());

		return _viewHarness.render(
			"instructor_admin-add_certification", state, viewRequest,
			renderCommand::render);
	}

	private RenderedView _renderRenew(String state, ViewRequest viewRequest)
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

		return _viewHarness.render(
			"instructor_admin-renew_certification", state, viewRequest,
			_renewCommand(certificationService)::render);
	}

	private RenewCertificationMVCRenderCommand _renewCommand(
		CertificationService certificationService) {

		RenewCertificationMVCRenderCommand renderCommand =
			new RenewCertificationMVCRenderCommand();

		InstructorViews.inject(renderCommand, certificationService);

		Fields.set(
			renderCommand, "_trainingMethodService",
			InstructorViews.trainingMethodService());

		return renderCommand;
	}

	private static ViewHarness _viewHarness;

}
