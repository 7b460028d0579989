package se.livsviktig.training.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BaseModelResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.service.CourseLocalService;

/**
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.Course",
	service = ModelResourcePermission.class
)
public class CourseModelResourcePermissionWrapper
	extends BaseModelResourcePermissionWrapper<Course> {

	@Override
	protected ModelResourcePermission<Course> doGetModelResourcePermission() {
		return ModelResourcePermissionFactory.create(
			Course.class, Course::getCourseId, _courseLocalService::getCourse,
			_portletResourcePermission,
			(modelResourcePermission, consumer) -> consumer.accept(
				new ManageSessionsPermissionLogic<>(_portletResourcePermission)));
	}

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference(target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

}
