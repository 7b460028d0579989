package se.livsviktig.careprogram.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BaseModelResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.service.CareProgramLocalService;

/**
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.careprogram.model.CareProgram",
	service = ModelResourcePermission.class
)
public class CareProgramModelResourcePermissionWrapper
	extends BaseModelResourcePermissionWrapper<CareProgram> {

	@Override
	protected ModelResourcePermission<CareProgram> doGetModelResourcePermission() {
		return ModelResourcePermissionFactory.create(
			CareProgram.class, CareProgram::getCareProgramId,
			_careProgramLocalService::getCareProgram, _portletResourcePermission,
			(modelResourcePermission, consumer) -> consumer.accept(
				new ReviewPermissionLogic<>(
					_portletResourcePermission, CareProgram::getCareProgramId,
					CareProgram::getOwnerUserId)));
	}

	@Reference
	private CareProgramLocalService _careProgramLocalService;

	@Reference(
		target = "(resource.name=" + CareProgramConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
