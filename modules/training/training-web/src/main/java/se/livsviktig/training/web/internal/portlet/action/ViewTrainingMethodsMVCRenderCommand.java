package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.configuration.CatalogPageSize;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.TrainingMethodsDisplayContext;

/**
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"mvc.command.name=" + TrainingMVCCommandNames.VIEW_TRAINING_METHODS
	},
	service = MVCRenderCommand.class
)
public class ViewTrainingMethodsMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		renderRequest.setAttribute(
			TrainingWebKeys.TRAINING_METHODS_DISPLAY_CONTEXT,
			new TrainingMethodsDisplayContext(
				renderRequest, renderResponse, _trainingMethodService,
				_portletResourcePermission,
				CatalogPageSize.of(_configurationProvider, renderRequest)));

		return "/course_catalog/training_methods.jsp";
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference(target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
