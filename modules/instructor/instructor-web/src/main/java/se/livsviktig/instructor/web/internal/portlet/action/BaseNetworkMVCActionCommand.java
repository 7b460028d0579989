package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import java.util.Set;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.exception.NoSuchInstructorNetworkException;
import se.livsviktig.instructor.exception.NoSuchNetworkMemberException;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;

/**
 * What the network actions share: each calls a remote network service, which checks the permission. Done, the
 * coordinator lands on the view that shows the result, with a message; a refusal the page explains brings it back
 * with what was typed and the message; a missing permission, or a network or member gone meanwhile, shows the
 * error page; anything else is the portal's to report.
 *
 * @author Livsviktig
 */
public abstract class BaseNetworkMVCActionCommand extends BaseMVCActionCommand {

	/**
	 * Calls the remote service.
	 *
	 * @return the SessionMessages key of what was done
	 */
	protected abstract String act(ActionRequest actionRequest)
		throws PortalException;

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		try {
			SessionMessages.add(actionRequest, act(actionRequest));

			renderParameters.setValue(
				"mvcRenderCommandName", getDoneMVCRenderCommandName());

			if (!getDoneMVCRenderCommandName().equals(
					InstructorMVCCommandNames.VIEW_NETWORKS)) {

				renderParameters.setValue(
					"instructorNetworkId",
					ParamUtil.getString(actionRequest, "instructorNetworkId"));
				renderParameters.setValue(
					"keywords", ParamUtil.getString(actionRequest, "keywords"));
			}
		}
		catch (NoSuchInstructorNetworkException |
			   NoSuchNetworkMemberException | PrincipalException exception) {

			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			renderParameters.setValue("mvcPath", "/error.jsp");
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
