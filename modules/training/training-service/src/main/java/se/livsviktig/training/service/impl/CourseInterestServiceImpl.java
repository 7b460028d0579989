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
 * Everyone manages only their own interest, in courses they can see; the course's coordinators read its list.
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

	/**
	 * A course's interest list, for whoever may edit the course (its coordinators): who waits is theirs to
	 * plan for, not for everyone who may see the course.
	 */
	@Override
	public List<CourseInterest> getCourseInterests(
			long courseId, int start, int end)
		throws PortalException {

		_courseModelResourcePermission.check(
			getPermissionChecker(), courseId, ActionKeys.UPDATE);

		return courseInterestLocalService.getCourseInterests(
			courseId, start, end);
	}

	@Override
	public int getCourseInterestsCount(long courseId) throws PortalException {
		_courseModelResourcePermission.check(
			getPermissionChecker(), courseId, ActionKeys.UPDATE);

		return courseInterestLocalService.getCourseInterestsCount(courseId);
	}

	@Override
	public List<CourseInterest> getMyCourseInterests() throws PortalException {
		return courseInterestLocalService.getUserCourseInterests(getUserId());
	}

	@Reference(target = "(model.class.name=se.livsviktig.training.model.Course)")
	private ModelResourcePermission<Course> _courseModelResourcePermission;

}
