package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import java.util.Map;
import java.util.Set;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.exception.NoSuchCertificationException;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;

/**
 * What the certification actions share: each calls the remote certification service, which checks
 * MANAGE_CERTIFICATIONS. Done, the coordinator lands on the view that shows the result, with a message. A
 * refusal of the input brings the form back with what was typed and each message at its field; a missing
 * permission, or a certification gone meanwhile, shows the error page; anything else is the portal's to report.
 *
 * @author Livsviktig
 */
public abstract class BaseCertificationMVCActionCommand
	extends BaseMVCActionCommand {

	/**
	 * Where the coordinator lands after a successful action: the SessionMessages key of what was done and the
	 * render parameters of the view that shows it.
	 */
	protected static class Done {

		/**
		 * The person's certification history, where a renewal or a revocation shows beside what came before.
		 */
		public static Done onHolderHistory(
			String messageKey, Certification certification) {

			return new Done(
				messageKey,
				Map.of(
					"mvcRenderCommandName",
					InstructorMVCCommandNames.VIEW_HOLDER_CERTIFICATIONS,
					"holderUserId",
					String.valueOf(certification.getHolderUserId())));
		}

		public Done(String messageKey, Map<String, String> renderParameters) {
			_messageKey = messageKey;
			_renderParameters = renderParameters;
		}

		private final String _messageKey;
		private final Map<String, String> _renderParameters;

	}

	/**
	 * Calls the remote service.
	 */
	protected abstract Done act(ActionRequest actionRequest)
		throws PortalException;

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		try {
			Done done = act(actionRequest);

			SessionMessages.add(actionRequest, done._messageKey);

			done._renderParameters.forEach(renderParameters::setValue);
		}
		catch (NoSuchCertificationException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			renderParameters.setValue("mvcPath", "/error.jsp");
		}
		catch (PortalException portalException) {
			if (!getFormErrors().contains(portalException.getClass())) {
				throw portalException;
			}

			SessionErrors.add(
				actionRequest, portalException.getClass(), portalException);

			hideDefaultErrorMessage(actionRequest);

			portal.copyRequestParameters(actionRequest, actionResponse);

			renderParameters.setValue(
				"mvcRenderCommandName", getFormMVCRenderCommandName());
		}
	}

	/**
	 * @return the refusals the form explains at its fields
	 */
	protected abstract Set<Class<?>> getFormErrors();

	/**
	 * @return the render command of the form, shown again after a refusal
	 */
	protected abstract String getFormMVCRenderCommandName();

	@Reference
	protected Portal portal;

}
