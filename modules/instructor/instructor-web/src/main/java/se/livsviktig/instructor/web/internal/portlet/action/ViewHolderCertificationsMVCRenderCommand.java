package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.constants.InstructorWebKeys;
import se.livsviktig.instructor.web.internal.display.context.HolderCertificationsDisplayContext;

/**
 * One person's certification history, read through the remote service (coordinators, or the person).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.VIEW_HOLDER_CERTIFICATIONS
	},
	service = MVCRenderCommand.class
)
public class ViewHolderCertificationsMVCRenderCommand
	extends BaseCertificationMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		long holderUserId = ParamUtil.getLong(renderRequest, "holderUserId");

		String holderName = null;

		User holder = userLocalService.fetchUser(holderUserId);

		if (holder != null) {
			holderName = holder.getFullName();
		}

		renderRequest.setAttribute(
			InstructorWebKeys.HOLDER_CERTIFICATIONS_DISPLAY_CONTEXT,
			new HolderCertificationsDisplayContext(
				renderRequest, renderResponse, holderName,
				certificationRows(
					renderRequest
				).toRows(
					_certificationService.getHolderCertifications(
						holderUserId)
				)));

		return "/instructor_admin/view_holder_certifications.jsp";
	}

	@Reference
	private CertificationService _certificationService;

}
