package se.livsviktig.instructor.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BaseModelResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorConstants;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationLocalService;

/**
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.instructor.model.Certification",
	service = ModelResourcePermission.class
)
public class CertificationModelResourcePermissionWrapper
	extends BaseModelResourcePermissionWrapper<Certification> {

	@Override
	protected ModelResourcePermission<Certification>
		doGetModelResourcePermission() {

		return ModelResourcePermissionFactory.create(
			Certification.class, Certification::getCertificationId,
			_certificationLocalService::getCertification,
			_portletResourcePermission,
			(modelResourcePermission, consumer) -> consumer.accept(
				new CertificationPermissionLogic(_portletResourcePermission)));
	}

	@Reference
	private CertificationLocalService _certificationLocalService;

	@Reference(
		target = "(resource.name=" + InstructorConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
