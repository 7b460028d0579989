package se.livsviktig.training.service.impl;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.InlineSQLHelper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.internal.security.permission.GroupWideUpdate;
import se.livsviktig.training.internal.security.permission.StatusVisibility;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseTable;
import se.livsviktig.training.service.base.CourseServiceBaseImpl;

/**
 * Checks the caller's permission, then delegates to the local service.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvtraining",
		"json.web.service.context.path=Course"
	},
	service = AopService.class
)
public class CourseServiceImpl extends CourseServiceBaseImpl {

	@Override
	public Course addCourse(
			long groupId, long trainingMethodId, Map<Locale, String> titleMap,
			Map<Locale, String> descriptionMap,
			Map<Locale, String> targetAudienceMap, double durationHours,
			boolean autoBookInterested, ServiceContext serviceContext)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId, TrainingActionKeys.ADD_COURSE);

		return courseLocalService.addCourse(
			getUserId(), groupId, trainingMethodId, titleMap, descriptionMap,
			targetAudienceMap, durationHours, autoBookInterested,
			serviceContext);
	}

	@Override
	public Course deleteCourse(long courseId) throws PortalException {
		_courseModelResourcePermission.check(
			getPermissionChecker(), courseId, ActionKeys.DELETE);

		return courseLocalService.deleteCourse(courseId);
	}

	@Override
	public Course getCourse(long courseId) throws PortalException {
		_courseModelResourcePermission.check(
			getPermissionChecker(), courseId, ActionKeys.VIEW);

		return courseLocalService.getCourse(courseId);
	}

	/**
	 * The site's courses of a status that the caller may view; archived courses only to those who may update
	 * them.
	 */
	@Override
	public List<Course> getCourses(
		long groupId, int status, int start, int end) {

		if (_STATUS_VISIBILITY.isPublic(status) ||
			_mayUpdateEveryCourse(groupId)) {

			return coursePersistence.filterFindByG_S(
				groupId, status, start, end);
		}

		return searchCourses(groupId, null, status, 0, start, end, null);
	}

	@Override
	public int getCoursesCount(long groupId, int status) {
		if (_STATUS_VISIBILITY.isPublic(status) ||
			_mayUpdateEveryCourse(groupId)) {

			return coursePersistence.filterCountByG_S(groupId, status);
		}

		return searchCoursesCount(groupId, null, status, 0);
	}

	/**
	 * The site's published courses the caller may view that have no upcoming published session.
	 */
	@Override
	public List<Course> getUnscheduledCourses(long groupId, int start, int end) {
		return courseLocalService.getUnscheduledCourses(
			groupId, new Date(),
			_inlineSQLHelper.getPermissionWherePredicate(
				Course.class, CourseTable.INSTANCE.courseId, groupId),
			start, end);
	}

	/**
	 * The coordinators' list: the site's courses the caller may view, archived ones only when the caller may
	 * update them, filtered by the database.
	 */
	@Override
	public List<Course> searchCourses(
		long groupId, String keywords, int status, long trainingMethodId,
		int start, int end, OrderByComparator<Course> orderByComparator) {

		return courseLocalService.searchCourses(
			groupId, keywords, status, trainingMethodId,
			_getPermissionPredicate(groupId), start, end, orderByComparator);
	}

	@Override
	public int searchCoursesCount(
		long groupId, String keywords, int status, long trainingMethodId) {

		return courseLocalService.searchCoursesCount(
			groupId, keywords, status, trainingMethodId,
			_getPermissionPredicate(groupId));
	}

	@Override
	public Course updateCourse(
			long courseId, long trainingMethodId, Map<Locale, String> titleMap,
			Map<Locale, String> descriptionMap,
			Map<Locale, String> targetAudienceMap, double durationHours,
			boolean autoBookInterested, ServiceContext serviceContext)
		throws PortalException {

		_courseModelResourcePermission.check(
			getPermissionChecker(), courseId, ActionKeys.UPDATE);

		return courseLocalService.updateCourse(
			courseId, trainingMethodId, titleMap, descriptionMap,
			targetAudienceMap, durationHours, autoBookInterested,
			serviceContext);
	}

	@Override
	public Course updateStatus(long courseId, int status)
		throws PortalException {

		_courseModelResourcePermission.check(
			getPermissionChecker(), courseId, ActionKeys.UPDATE);

		return courseLocalService.updateStatus(getUserId(), courseId, status);
	}

	private Predicate _getPermissionPredicate(long groupId) {
		return Predicate.and(
			_inlineSQLHelper.getPermissionWherePredicate(
				Course.class, CourseTable.INSTANCE.courseId, groupId),
			_STATUS_VISIBILITY.getPredicate(
				_mayUpdateEveryCourse(groupId),
				GroupWideUpdate.getUserId()));
	}

	/**
	 * A coordinator (MANAGE_SESSIONS) or a role granted UPDATE on the site's courses as a whole.
	 */
	private boolean _mayUpdateEveryCourse(long groupId) {
		return GroupWideUpdate.isAllowed(
			groupId, Course.class.getName(), _portletResourcePermission);
	}

	private static final StatusVisibility<CourseTable> _STATUS_VISIBILITY =
		new StatusVisibility<>(
			CourseTable.INSTANCE.status, CourseTable.INSTANCE.userId,
			WorkflowConstants.STATUS_APPROVED);

	@Reference
	private InlineSQLHelper _inlineSQLHelper;

	@Reference(target = "(model.class.name=se.livsviktig.training.model.Course)")
	private ModelResourcePermission<Course> _courseModelResourcePermission;

	@Reference(target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

}
