package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.NoSuchModelException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ArrayUtil;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.exception.CareProgramContactException;
import se.livsviktig.careprogram.exception.ContentOwnerException;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;
import se.livsviktig.careprogram.web.internal.display.context.PersonPickerDisplayContext;

/**
 * The person picked becomes the programme's owner, or one more of its contacts (last in their order), through
 * the remote service's update (UPDATE on the programme), every other value of the programme as it was; or a
 * routine's owner, through the routine's remote update, its article and interval as they were. The service
 * decides who may be one (ContentOwnerException, CareProgramContactException: an active user of the company);
 * refused, the picker comes back saying why; chosen, the coordinator is back on the programme's or the
 * routine's form with a message.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.CHOOSE_PERSON
	},
	service = MVCActionCommand.class
)
public class ChoosePersonMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		long careProgramId = ParamUtil.getLong(actionRequest, "careProgramId");
		String role = PersonPickerDisplayContext.role(
			ParamUtil.getString(actionRequest, "role"));

		boolean owner = !PersonPickerDisplayContext.ROLE_CONTACT.equals(role);

		renderParameters.setValue("careProgramId", String.valueOf(careProgramId));

		try {
			long userId = ParamUtil.getLong(actionRequest, "userId");

			if (role.equals(PersonPickerDisplayContext.ROLE_ROUTINE_OWNER)) {
				long localRoutineId = ParamUtil.getLong(
					actionRequest, "localRoutineId");

				renderParameters.setValue(
					"localRoutineId", String.valueOf(localRoutineId));

				_chooseRoutineOwner(careProgramId, localRoutineId, userId);
			}
			else {
				_choose(careProgramId, owner, userId);
			}

			SessionMessages.add(
				actionRequest,
				owner ? CareProgramMessages.OWNER_CHOSEN :
					CareProgramMessages.CONTACT_ADDED);

			renderParameters.setValue(
				"mvcRenderCommandName",
				role.equals(PersonPickerDisplayContext.ROLE_ROUTINE_OWNER) ?
					CareProgramMVCCommandNames.EDIT_LOCAL_ROUTINE :
						CareProgramMVCCommandNames.EDIT_CARE_PROGRAM);
		}
		catch (CareProgramContactException | ContentOwnerException
					exception) {

			SessionErrors.add(actionRequest, exception.getClass(), exception);

			hideDefaultErrorMessage(actionRequest);

			renderParameters.setValue(
				"mvcRenderCommandName", CareProgramMVCCommandNames.PICK_PERSON);
			renderParameters.setValue("role", role);
		}
		catch (NoSuchModelException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			renderParameters.setValue(
				"mvcPath", BaseCareProgramMVCRenderCommand.ERROR_JSP);
		}
	}

	private void _choose(long careProgramId, boolean owner, long userId)
		throws Exception {

		CareProgram careProgram = _careProgramService.getCareProgram(
			careProgramId);

		long ownerUserId = careProgram.getOwnerUserId();
		long[] contactUserIds = _careProgramService.getContactUserIds(
			careProgramId);

		if (owner) {
			ownerUserId = userId;
		}
		else if (!ArrayUtil.contains(contactUserIds, userId)) {
			contactUserIds = ArrayUtil.append(contactUserIds, userId);
		}

		_careProgramService.updateCareProgram(
			careProgramId, careProgram.getTitleMap(),
			careProgram.getArticleResourcePrimKey(),
			careProgram.getNationalURL(), ownerUserId,
			careProgram.getReviewIntervalMonths(),
			_careProgramService.getTargetGroupCategoryIds(careProgramId),
			_careProgramService.getMethodIds(careProgramId), contactUserIds);
	}

	/**
	 * The person picked becomes the routine's owner, its article and interval as they were; the remote service
	 * checks UPDATE on the routine and that the person is an active user of the company.
	 */
	private void _chooseRoutineOwner(
			long careProgramId, long localRoutineId, long userId)
		throws Exception {

		LocalRoutine localRoutine = ProgramLocalRoutines.get(
			_localRoutineService, careProgramId, localRoutineId);

		_localRoutineService.updateLocalRoutine(
			localRoutine.getLocalRoutineId(),
			localRoutine.getArticleResourcePrimKey(), userId,
			localRoutine.getReviewIntervalMonths());
	}

	@Reference
	private CareProgramService _careProgramService;

	@Reference
	private LocalRoutineService _localRoutineService;

}
