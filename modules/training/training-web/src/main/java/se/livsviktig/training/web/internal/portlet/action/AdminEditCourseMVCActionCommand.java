package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Localization;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Locale;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.AdminCoursesDisplayContext;
import se.livsviktig.training.web.internal.display.context.EditCourseDisplayContext;

/**
 * Saves a course through the remote service: a new one needs ADD_COURSE in the site, a saved one UPDATE on
 * itself. Input the service refuses brings the form back with what was typed and a message per field; a
 * missing permission, or a course gone meanwhile, shows the error page.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.ADMIN_EDIT_COURSE
	},
	service = MVCActionCommand.class
)
public class AdminEditCourseMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long courseId = ParamUtil.getLong(actionRequest, "courseId");

		long trainingMethodId = ParamUtil.getLong(
			actionRequest, "trainingMethodId");
		Map<Locale, String> titleMap = _localization.getLocalizationMap(
			actionRequest, "title");
		Map<Locale, String> descriptionMap = _localization.getLocalizationMap(
			actionRequest, "description");
		Map<Locale, String> targetAudienceMap =
			_localization.getLocalizationMap(actionRequest, "targetAudience");
		double durationHours = ParamUtil.getDouble(
			actionRequest, "durationHours");
		boolean autoBookInterested = ParamUtil.getBoolean(
			actionRequest, "autoBookInterested");

		try {
			ServiceContext serviceContext = ServiceContextFactory.getInstance(
				Course.class.getName(), actionRequest);

			if (courseId <= 0) {
				_courseService.addCourse(
					themeDisplay.getScopeGroupId(), trainingMethodId, titleMap,
					descriptionMap, targetAudienceMap, durationHours,
					autoBookInterested, serviceContext);
			}
			else {
				_courseService.updateCourse(
					courseId, trainingMethodId, titleMap, descriptionMap,
					targetAudienceMap, durationHours, autoBookInterested,
					serviceContext);
			}

			SessionMessages.add(
				actionRequest, AdminCoursesDisplayContext.SAVED_MESSAGE_KEY);

			String redirect = ParamUtil.getString(actionRequest, "redirect");

			if (Validator.isNotNull(redirect)) {
				sendRedirect(actionRequest, actionResponse, redirect);
			}
		}
		catch (NoSuchCourseException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			actionResponse.getRenderParameters(
			).setValue(
				"mvcPath", "/error.jsp"
			);
		}
		catch (PortalException portalException) {
			if (!_isExplainedByTheForm(portalException)) {
				throw portalException;
			}

			SessionErrors.add(
				actionRequest, portalException.getClass(), portalException);

			hideDefaultErrorMessage(actionRequest);

			_portal.copyRequestParameters(actionRequest, actionResponse);

			MutableRenderParameters mutableRenderParameters =
				actionResponse.getRenderParameters();

			mutableRenderParameters.setValue(
				"mvcRenderCommandName",
				TrainingMVCCommandNames.ADMIN_EDIT_COURSE);
		}
	}

	private boolean _isExplainedByTheForm(PortalException portalException) {
		return EditCourseDisplayContext.ERRORS.contains(
			portalException.getClass());
	}

	@Reference
	private CourseService _courseService;

	@Reference
	private Localization _localization;

	@Reference
	private Portal _portal;

}
