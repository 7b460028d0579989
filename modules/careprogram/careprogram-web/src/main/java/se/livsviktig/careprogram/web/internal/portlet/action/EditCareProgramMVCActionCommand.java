package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.NoSuchModelException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.web.internal.constants.CareProgramMVCCommandNames;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramFieldErrors;
import se.livsviktig.careprogram.web.internal.display.context.CareProgramMessages;

/**
 * Saves the programme form through the remote service (MANAGE_CARE_PROGRAMS to add, UPDATE to edit). Saved, the
 * coordinator lands on the programme list with a message; a refusal of the input brings the form back with what
 * was typed and each message at its field, nothing written; a missing permission, or a programme gone, shows the
 * error page; anything else is the portal's to report.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
		"mvc.command.name=" + CareProgramMVCCommandNames.EDIT_CARE_PROGRAM
	},
	service = MVCActionCommand.class
)
public class EditCareProgramMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		try {
			_save(actionRequest);

			SessionMessages.add(
				actionRequest, CareProgramMessages.CARE_PROGRAM_SAVED);

			renderParameters.setValue(
				"mvcRenderCommandName",
				CareProgramMVCCommandNames.VIEW_ADMIN_CARE_PROGRAMS);
		}
		catch (NoSuchModelException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			renderParameters.setValue(
				"mvcPath", BaseCareProgramMVCRenderCommand.ERROR_JSP);
		}
		catch (PortalException portalException) {
			if (!CareProgramFieldErrors.CARE_PROGRAM_FORM_ERRORS.contains(
					portalException.getClass())) {

				throw portalException;
			}

			SessionErrors.add(
				actionRequest, portalException.getClass(), portalException);

			hideDefaultErrorMessage(actionRequest);

			_portal.copyRequestParameters(actionRequest, actionResponse);

			renderParameters.setValue(
				"mvcRenderCommandName",
				CareProgramMVCCommandNames.EDIT_CARE_PROGRAM);
		}
	}

	private CareProgram _save(ActionRequest actionRequest)
		throws PortalException {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		PersonInput personInput = new PersonInput(
			_userLocalService, themeDisplay.getCompanyId());

		long careProgramId = ParamUtil.getLong(actionRequest, "careProgramId");

		Map<Locale, String> titleMap = new HashMap<>();

		titleMap.put(
			EditCareProgramMVCRenderCommand.SWEDISH,
			ParamUtil.getString(actionRequest, "titleSv"));
		titleMap.put(
			EditCareProgramMVCRenderCommand.ENGLISH,
			ParamUtil.getString(actionRequest, "titleEn"));

		long articleResourcePrimKey = ParamUtil.getLong(
			actionRequest, "articleResourcePrimKey");
		String nationalURL = ParamUtil.getString(actionRequest, "nationalURL");
		long ownerUserId = personInput.userId(
			ParamUtil.getString(actionRequest, "ownerEmailAddress"));
		int reviewIntervalMonths = ParamUtil.getInteger(
			actionRequest, "reviewIntervalMonths");
		long[] targetGroupCategoryIds = ParamUtil.getLongValues(
			actionRequest, "targetGroupCategoryIds");
		long[] methodIds = ParamUtil.getLongValues(actionRequest, "methodIds");
		long[] contactUserIds = personInput.userIds(
			ParamUtil.getString(actionRequest, "contactEmailAddresses"));

		if (careProgramId > 0) {
			return _careProgramService.updateCareProgram(
				careProgramId, titleMap, articleResourcePrimKey, nationalURL,
				ownerUserId, reviewIntervalMonths, targetGroupCategoryIds,
				methodIds, contactUserIds);
		}

		ServiceContext serviceContext = ServiceContextFactory.getInstance(
			CareProgram.class.getName(), actionRequest);

		return _careProgramService.addCareProgram(
			themeDisplay.getScopeGroupId(), titleMap, articleResourcePrimKey,
			nationalURL, ownerUserId, reviewIntervalMonths,
			targetGroupCategoryIds, methodIds, contactUserIds, serviceContext);
	}

	@Reference
	private CareProgramService _careProgramService;

	@Reference
	private Portal _portal;

	@Reference
	private UserLocalService _userLocalService;

}
