package se.livsviktig.careprogram.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BaseModelResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;

/**
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.careprogram.model.LocalRoutine",
	service = ModelResourcePermission.class
)
public class LocalRoutineModelResourcePermissionWrapper
	extends BaseModelResourcePermissionWrapper<LocalRoutine> {

	@Override
	protected ModelResourcePermission<LocalRoutine> doGetModelResourcePermission() {
		return ModelResourcePermissionFactory.create(
			LocalRoutine.class, LocalRoutine::getLocalRoutineId,
			_localRoutineLocalService::getLocalRoutine, _portletResourcePermission,
			(modelResourcePermission, consumer) -> consumer.accept(
				new ReviewPermissionLogic<>(
					_portletResourcePermission, LocalRoutine::getLocalRoutineId,
					LocalRoutine::getOwnerUserId)));
	}

	@Reference
	private LocalRoutineLocalService _localRoutineLocalService;

	@Reference(
		target = "(resource.name=" + CareProgramConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
