package se.livsviktig.instructor.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BaseModelResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorConstants;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.service.NetworkMemberLocalService;

/**
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.instructor.model.InstructorNetwork",
	service = ModelResourcePermission.class
)
public class InstructorNetworkModelResourcePermissionWrapper
	extends BaseModelResourcePermissionWrapper<InstructorNetwork> {

	@Override
	protected ModelResourcePermission<InstructorNetwork>
		doGetModelResourcePermission() {

		return ModelResourcePermissionFactory.create(
			InstructorNetwork.class, InstructorNetwork::getInstructorNetworkId,
			_instructorNetworkLocalService::getInstructorNetwork,
			_portletResourcePermission,
			(modelResourcePermission, consumer) -> consumer.accept(
				new InstructorNetworkPermissionLogic(
					_networkMemberLocalService)));
	}

	@Reference
	private InstructorNetworkLocalService _instructorNetworkLocalService;

	@Reference
	private NetworkMemberLocalService _networkMemberLocalService;

	@Reference(
		target = "(resource.name=" + InstructorConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
