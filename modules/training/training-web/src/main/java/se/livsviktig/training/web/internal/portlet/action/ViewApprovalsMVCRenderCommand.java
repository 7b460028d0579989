package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.ApprovalsDisplayContext;

/**
 * The list of requests waiting for the reader's approval; also where an approval-request e-mail's link lands,
 * with the request's {@code registrationId}.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.APPROVALS,
		"mvc.command.name=/",
		"mvc.command.name=" + TrainingMVCCommandNames.VIEW_APPROVALS
	},
	service = MVCRenderCommand.class
)
public class ViewApprovalsMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
		RenderRequest renderRequest, RenderResponse renderResponse) {

		renderRequest.setAttribute(
			TrainingWebKeys.APPROVALS_DISPLAY_CONTEXT,
			new ApprovalsDisplayContext(
				renderRequest, renderResponse, _registrationService,
				_courseLocalService, _courseSessionLocalService,
				_trainingMethodLocalService, _organizationLocalService,
				_PAGE_SIZE));

		return "/approvals/view.jsp";
	}

	/**
	 * A manager has seldom more than a page of requests; paging is for a unit's yearly rush.
	 */
	private static final int _PAGE_SIZE = 20;

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private RegistrationService _registrationService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
