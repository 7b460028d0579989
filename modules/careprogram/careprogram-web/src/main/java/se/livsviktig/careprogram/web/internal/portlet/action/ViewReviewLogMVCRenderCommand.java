package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.ContentReviewService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.constants.CareProgramWebKeys;
import se.livsviktig.careprogram.web.internal.display.context.PeopleAndPlaces;
import se.livsviktig.careprogram.web.internal.display.context.ReviewLogDisplayContext;
import se.livsviktig.careprogram.web.internal.display.context.ReviewLogRows;

/**
 * The site's review log in Livsviktig – Vård- och insatsprogram, read through the remote service (which checks
 * the coordinator's permission): who confirmed or approved which text, when and how.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.VIEW_REVIEW_LOG
	},
	service = MVCRenderCommand.class
)
public class ViewReviewLogMVCRenderCommand
	extends BaseCareProgramMVCRenderCommand {

	/**
	 * How many of the latest reviews the log shows: a year of a large site's reviews.
	 */
	public static final int SHOWN_AT_MOST = 200;

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		renderRequest.setAttribute(
			CareProgramWebKeys.REVIEW_LOG_DISPLAY_CONTEXT,
			new ReviewLogDisplayContext(
				new ReviewLogRows(
					reviewBadges(renderRequest),
					new PeopleAndPlaces(
						userLocalService, _organizationLocalService),
					_careProgramLocalService::fetchCareProgram,
					_localRoutineLocalService::fetchLocalRoutine,
					themeDisplay.getLocale()
				).toRows(
					_contentReviewService.getGroupReviews(
						themeDisplay.getScopeGroupId(), 0, SHOWN_AT_MOST)
				),
				SHOWN_AT_MOST));

		return "/care_program_admin/view_review_log.jsp";
	}

	@Reference
	private CareProgramLocalService _careProgramLocalService;

	@Reference
	private ContentReviewService _contentReviewService;

	@Reference
	private LocalRoutineLocalService _localRoutineLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

}
