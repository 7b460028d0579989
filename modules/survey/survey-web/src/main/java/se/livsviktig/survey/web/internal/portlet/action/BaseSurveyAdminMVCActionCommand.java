package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.NoSuchModelException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import java.util.Set;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Reference;

/**
 * What the admin actions share: each calls a remote survey service, which checks the permission. Done, the
 * coordinator lands on the view that shows the result, with a message; a refusal the page explains brings the
 * form back with what was typed and the message at its field; a missing permission, or a survey gone meanwhile,
 * shows the error page; anything else is the portal's to report.
 *
 * @author Livsviktig
 */
public abstract class BaseSurveyAdminMVCActionCommand
	extends BaseMVCActionCommand {

	/**
	 * Calls the remote service and names, in the render parameters, which survey the view after success shows.
	 *
	 * @return the SessionMessages key of what was done
	 */
	protected abstract String act(
			ActionRequest actionRequest,
			MutableRenderParameters doneRenderParameters)
		throws PortalException;

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		try {
			SessionMessages.add(
				actionRequest, act(actionRequest, renderParameters));

			hideDefaultSuccessMessage(actionRequest);

			renderParameters.setValue(
				"mvcRenderCommandName", getDoneMVCRenderCommandName());
		}
		catch (NoSuchModelException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			renderParameters.setValue("mvcPath", "/survey_admin/error.jsp");
		}
		catch (PortalException portalException) {
			if (!getPageErrors().contains(portalException.getClass())) {
				throw portalException;
			}

			SessionErrors.add(
				actionRequest, portalException.getClass(), portalException);

			hideDefaultErrorMessage(actionRequest);

			portal.copyRequestParameters(actionRequest, actionResponse);

			renderParameters.setValue(
				"mvcRenderCommandName", getPageMVCRenderCommandName());
		}
	}

	/**
	 * @return the view shown after success
	 */
	protected abstract String getDoneMVCRenderCommandName();

	/**
	 * @return the refusals the page explains
	 */
	protected abstract Set<Class<?>> getPageErrors();

	/**
	 * @return the page shown again after a refusal
	 */
	protected abstract String getPageMVCRenderCommandName();

	@Reference
	protected Portal portal;

}
