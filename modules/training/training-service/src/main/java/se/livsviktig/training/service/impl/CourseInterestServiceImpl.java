package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.service.base.CourseInterestServiceBaseImpl;

/**
 * Everyone manages only their own interest, in courses they can see.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvtraining",
		"json.web.service.context.path=CourseInterest"
	},
	service = AopService.class
)
public class CourseInterestServiceImpl extends CourseInterestServiceBaseImpl {

	@Override
	public CourseInterest addCourseInterest(long courseId)
		throws PortalException {

		_courseModelResourcePermission.check(
			getPermissionChecker(), courseId, ActionKeys.VIEW);

		return courseInterestLocalService.addCourseInterest(
			getUserId(), courseId);
	}

	@Override
	public CourseInterest deleteCourseInterest(long courseId)
		throws PortalException {

		return courseInterestLocalService.deleteCourseInterest(
			getUserId(), courseId);
	}

	@Override
	public List<CourseInterest> getMyCourseInterests() throws PortalException {
		return courseInterestLocalService.getUserCourseInterests(getUserId());
	}

	@Reference(target = "(model.class.name=se.livsviktig.training.model.Course)")
	private ModelResourcePermission<Course> _courseModelResourcePermission;

}
