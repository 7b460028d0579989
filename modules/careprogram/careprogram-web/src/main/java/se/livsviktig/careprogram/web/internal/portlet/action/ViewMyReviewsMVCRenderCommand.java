package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.constants.CareProgramWebKeys;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramFieldErrors;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;
import se.livsviktig.careprogram.web.internal.display.context.MyReviewsDisplayContext;
import se.livsviktig.careprogram.web.internal.display.context.MyReviewQueries;
import se.livsviktig.careprogram.web.internal.display.context.PeopleAndPlaces;
import se.livsviktig.careprogram.web.internal.display.context.ReviewTaskRows;

/**
 * Mina granskningar: the programmes and routines the signed-in person owns, read by their own user id from the
 * signed-in session, so nobody sees another person's list.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.MY_REVIEWS,
		"mvc.command.name=/",
		"mvc.command.name=" + CareProgramMVCCommandNames.VIEW_MY_REVIEWS
	},
	service = MVCRenderCommand.class
)
public class ViewMyReviewsMVCRenderCommand
	extends BaseCareProgramMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		long userId = themeDisplay.getUserId();

		List<CareProgram> ownedCarePrograms = _careProgramLocalService.dslQuery(
			MyReviewQueries.ownedCarePrograms(
				themeDisplay.getCompanyId(), userId));
		List<LocalRoutine> ownedLocalRoutines =
			_localRoutineService.getOwnerLocalRoutines(userId);

		renderRequest.setAttribute(
			CareProgramWebKeys.MY_REVIEWS_DISPLAY_CONTEXT,
			new MyReviewsDisplayContext(
				new ReviewTaskRows(
					reviewStatusReader(renderRequest),
					reviewBadges(renderRequest),
					new PeopleAndPlaces(
						userLocalService, _organizationLocalService),
					themeDisplay.getLocale()
				).toRows(
					ownedCarePrograms, ownedLocalRoutines,
					_careProgramLocalService.dslQuery(
						MyReviewQueries.ownedRoutinesCarePrograms(userId))
				),
				PortletURLBuilder.createActionURL(
					renderResponse
				).setActionName(
					CareProgramMVCCommandNames.CONFIRM_REVIEW
				).buildString(),
				_portal.getCurrentURL(renderRequest),
				CareProgramMessages.getSuccessMessageKey(renderRequest),
				CareProgramFieldErrors.of(
					renderRequest,
					CareProgramFieldErrors.CONFIRM_REVIEW_ERRORS)));

		return "/my_reviews/view.jsp";
	}

	@Reference
	private CareProgramLocalService _careProgramLocalService;

	@Reference
	private LocalRoutineService _localRoutineService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private Portal _portal;

}
