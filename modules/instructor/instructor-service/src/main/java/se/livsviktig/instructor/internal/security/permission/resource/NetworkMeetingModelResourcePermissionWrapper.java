package se.livsviktig.instructor.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BaseModelResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorConstants;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;

/**
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.instructor.model.NetworkMeeting",
	service = ModelResourcePermission.class
)
public class NetworkMeetingModelResourcePermissionWrapper
	extends BaseModelResourcePermissionWrapper<NetworkMeeting> {

	@Override
	protected ModelResourcePermission<NetworkMeeting>
		doGetModelResourcePermission() {

		return ModelResourcePermissionFactory.create(
			NetworkMeeting.class, NetworkMeeting::getNetworkMeetingId,
			_networkMeetingLocalService::getNetworkMeeting,
			_portletResourcePermission,
			(modelResourcePermission, consumer) -> consumer.accept(
				new NetworkMeetingPermissionLogic(
					_instructorNetworkModelResourcePermission)));
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.instructor.model.InstructorNetwork)"
	)
	private ModelResourcePermission<InstructorNetwork>
		_instructorNetworkModelResourcePermission;

	@Reference
	private NetworkMeetingLocalService _networkMeetingLocalService;

	@Reference(
		target = "(resource.name=" + InstructorConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
