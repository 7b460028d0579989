package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.standing.LicenceStandingLocalService;
import se.livsviktig.instructor.web.internal.constants.InstructorWebKeys;
import se.livsviktig.instructor.web.internal.display.context.CertificationRows;
import se.livsviktig.instructor.web.internal.display.context.LicenceStandingRows;
import se.livsviktig.instructor.web.internal.display.context.MyInstructorAssignmentsDisplayContext;

/**
 * Mina instruktörsuppdrag: the signed-in person's own certifications, read through the remote service, and
 * their licence standing per method. The standing is read once for the company and filtered to the person
 * (LicenceStandingRows): the person only ever sees their own.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.MY_INSTRUCTOR_ASSIGNMENTS,
		"mvc.command.name=/"
	},
	service = MVCRenderCommand.class
)
public class ViewMyInstructorAssignmentsMVCRenderCommand
	extends BaseCertificationMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		CertificationRows certificationRows = certificationRows(renderRequest);

		renderRequest.setAttribute(
			InstructorWebKeys.MY_INSTRUCTOR_ASSIGNMENTS_DISPLAY_CONTEXT,
			new MyInstructorAssignmentsDisplayContext(
				certificationRows.toRows(
					_certificationService.getHolderCertifications(
						themeDisplay.getUserId())),
				new LicenceStandingRows(
					certificationRows
				).toRows(
					themeDisplay.getUserId(),
					_licenceStandingLocalService.getLicenceStandings(
						themeDisplay.getCompanyId())
				)));

		return "/my_instructor_assignments/view.jsp";
	}

	@Reference
	private CertificationService _certificationService;

	@Reference
	private LicenceStandingLocalService _licenceStandingLocalService;

}
