package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.EditTrainingMethodDisplayContext;

/**
 * The add/edit form. Someone without the permission gets the error page, not an empty form.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.EDIT_TRAINING_METHOD
	},
	service = MVCRenderCommand.class
)
public class EditTrainingMethodMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long trainingMethodId = ParamUtil.getLong(
			renderRequest, "trainingMethodId");

		try {
			TrainingMethod trainingMethod = null;
			long groupId = themeDisplay.getCompanyGroupId();

			if (trainingMethodId > 0) {
				trainingMethod = _trainingMethodService.getTrainingMethod(
					trainingMethodId);

				groupId = trainingMethod.getGroupId();
			}
			else {
				_portletResourcePermission.check(
					themeDisplay.getPermissionChecker(), groupId,
					TrainingActionKeys.ADD_TRAINING_METHOD);
			}

			renderRequest.setAttribute(
				TrainingWebKeys.EDIT_TRAINING_METHOD_DISPLAY_CONTEXT,
				new EditTrainingMethodDisplayContext(
					renderRequest, renderResponse, trainingMethod,
					_language.getAvailableLocales(groupId),
					_portal.getSiteDefaultLocale(groupId),
					_portal.escapeRedirect(
						ParamUtil.getString(renderRequest, "redirect"))));

			return "/course_catalog/edit_training_method.jsp";
		}
		catch (NoSuchTrainingMethodException | PrincipalException exception) {
			SessionErrors.add(renderRequest, exception.getClass());

			return "/error.jsp";
		}
		catch (PortalException portalException) {
			throw new PortletException(portalException);
		}
	}

	@Reference
	private Language _language;

	@Reference
	private Portal _portal;

	@Reference(target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
