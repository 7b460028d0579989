package se.livsviktig.training.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BaseModelResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.TrainingMethod",
	service = ModelResourcePermission.class
)
public class TrainingMethodModelResourcePermissionWrapper
	extends BaseModelResourcePermissionWrapper<TrainingMethod> {

	@Override
	protected ModelResourcePermission<TrainingMethod>
		doGetModelResourcePermission() {

		return ModelResourcePermissionFactory.create(
			TrainingMethod.class, TrainingMethod::getTrainingMethodId,
			_trainingMethodLocalService::getTrainingMethod,
			_portletResourcePermission, (modelResourcePermission, consumer) -> {
			});
	}

	@Reference(target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
