package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.NoSuchModelException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Validator;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.exception.ContentReviewCommentException;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;

/**
 * "Fortfarande korrekt": the owner, or anyone the routine's or programme's permission lets confirm it, says the
 * text is still correct, with an optional comment. The remote service checks CONFIRM_REVIEW and logs the review;
 * the reader goes back where they confirmed (the redirect, checked by the portal) with a message. A missing
 * permission, or a text gone, shows the error page.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_LIST,
		"javax.portlet.name=" + CareProgramPortletKeys.MY_REVIEWS,
		"mvc.command.name=" + CareProgramMVCCommandNames.CONFIRM_REVIEW
	},
	service = MVCActionCommand.class
)
public class ConfirmReviewMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long localRoutineId = ParamUtil.getLong(
			actionRequest, "localRoutineId");
		String comment = ParamUtil.getString(actionRequest, "comment");

		try {
			if (localRoutineId > 0) {
				_localRoutineService.confirmLocalRoutineReview(
					localRoutineId, comment);
			}
			else {
				_careProgramService.confirmCareProgramReview(
					ParamUtil.getLong(actionRequest, "careProgramId"),
					comment);
			}

			SessionMessages.add(
				actionRequest, CareProgramMessages.REVIEW_CONFIRMED);
		}
		catch (NoSuchModelException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			actionResponse.getRenderParameters(
			).setValue(
				"mvcPath", BaseCareProgramMVCRenderCommand.ERROR_JSP
			);

			return;
		}
		catch (ContentReviewCommentException contentReviewCommentException) {

			// Back where they confirmed, which says why above the list: nothing was confirmed.

			SessionErrors.add(
				actionRequest, contentReviewCommentException.getClass(),
				contentReviewCommentException);

			hideDefaultErrorMessage(actionRequest);
		}

		String redirect = _portal.escapeRedirect(
			ParamUtil.getString(actionRequest, "redirect"));

		if (Validator.isNotNull(redirect)) {
			actionResponse.sendRedirect(redirect);
		}
	}

	@Reference
	private CareProgramService _careProgramService;

	@Reference
	private LocalRoutineService _localRoutineService;

	@Reference
	private Portal _portal;

}
