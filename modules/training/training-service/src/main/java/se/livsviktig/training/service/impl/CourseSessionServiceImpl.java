package se.livsviktig.training.service.impl;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.string.StringPool;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.InlineSQLHelper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.catalog.CatalogPage;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.internal.security.permission.GroupWideUpdate;
import se.livsviktig.training.internal.security.permission.StatusVisibility;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.service.base.CourseSessionServiceBaseImpl;

/**
 * Checks the caller's permission, then delegates to the local service. The catalogue is filtered by the
 * database with the portal's inline permission SQL, so paging stays right.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvtraining",
		"json.web.service.context.path=CourseSession"
	},
	service = AopService.class
)
public class CourseSessionServiceImpl extends CourseSessionServiceBaseImpl {

	@Override
	public CourseSession addCourseSession(
			long courseId, long coordinatorUserId, int deliveryMode,
			String venueName, String venueAddress, String locality,
			String onlineMeetingURL, int seats, Date registrationOpenDate,
			Date registrationCloseDate, Date cancellationDeadline,
			boolean approvalRequired, int waitlistMode, int offerHours,
			boolean dietaryNeedsRequested, String note, Date[] startDates,
			Date[] endDates, long[] audienceOrganizationIds,
			ServiceContext serviceContext)
		throws PortalException {

		_courseModelResourcePermission.check(
			getPermissionChecker(), courseId, TrainingActionKeys.ADD_SESSION);

		return courseSessionLocalService.addCourseSession(
			getUserId(), courseId, coordinatorUserId, deliveryMode, venueName,
			venueAddress, locality, onlineMeetingURL, seats,
			registrationOpenDate, registrationCloseDate, cancellationDeadline,
			approvalRequired, waitlistMode, offerHours, dietaryNeedsRequested,
			note, startDates, endDates, audienceOrganizationIds,
			serviceContext);
	}

	@Override
	public CourseSession archiveCourseSession(long courseSessionId)
		throws PortalException {

		_check(courseSessionId, ActionKeys.UPDATE);

		return courseSessionLocalService.archiveCourseSession(
			getUserId(), courseSessionId);
	}

	@Override
	public CourseSession cancelCourseSession(
			long courseSessionId, String reason)
		throws PortalException {

		_check(courseSessionId, ActionKeys.UPDATE);

		return courseSessionLocalService.cancelCourseSession(
			getUserId(), courseSessionId, reason);
	}

	@Override
	public CourseSession deleteCourseSession(long courseSessionId)
		throws PortalException {

		_check(courseSessionId, ActionKeys.DELETE);

		return courseSessionLocalService.deleteCourseSession(courseSessionId);
	}

	/**
	 * The catalogue as the caller may see it.
	 */
	@Override
	public List<CourseSession> getCatalogCourseSessions(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, int start, int end) {

		return courseSessionLocalService.getCatalogCourseSessions(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats,
			_getViewPredicate(groupId), start, end);
	}

	/**
	 * The catalogue's page as the caller may see it, each row with its course's title, in one statement.
	 */
	@Override
	public List<CatalogEntry> getCatalogEntries(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, int start, int end) {

		return courseSessionLocalService.getCatalogEntries(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats,
			_getViewPredicate(groupId), start, end);
	}

	/**
	 * The catalogue's page as the caller may see it and the number of sessions of every page, in one statement.
	 */
	@Override
	public CatalogPage getCatalogPage(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, int start, int end) {

		return courseSessionLocalService.getCatalogPage(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, _getViewPredicate(groupId), start,
			end);
	}

	@Override
	public int getCatalogCourseSessionsCount(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats) {

		return courseSessionLocalService.getCatalogCourseSessionsCount(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats,
			_getViewPredicate(groupId));
	}

	@Override
	public CourseSession getCourseSession(long courseSessionId)
		throws PortalException {

		_check(courseSessionId, ActionKeys.VIEW);

		return courseSessionLocalService.getCourseSession(courseSessionId);
	}

	/**
	 * The site's sessions of a status that the caller may view; drafts and archived sessions only to those who
	 * may update them.
	 */
	@Override
	public List<CourseSession> getCourseSessions(
		long groupId, int status, int start, int end) {

		if (_STATUS_VISIBILITY.isPublic(status) ||
			_mayUpdateEverySession(groupId)) {

			return courseSessionPersistence.filterFindByG_S(
				groupId, status, start, end);
		}

		return searchCourseSessions(
			groupId, null, status, 0, 0, start, end, null);
	}

	@Override
	public int getCourseSessionsCount(long groupId, int status) {
		if (_STATUS_VISIBILITY.isPublic(status) ||
			_mayUpdateEverySession(groupId)) {

			return courseSessionPersistence.filterCountByG_S(groupId, status);
		}

		return searchCourseSessionsCount(groupId, null, status, 0, 0);
	}

	@Override
	public List<SessionDate> getSessionDates(long courseSessionId)
		throws PortalException {

		_check(courseSessionId, ActionKeys.VIEW);

		List<SessionDate> sessionDates =
			courseSessionLocalService.getSessionDates(courseSessionId);

		if (_courseSessionModelResourcePermission.contains(
				getPermissionChecker(), courseSessionId,
				TrainingActionKeys.MARK_ATTENDANCE)) {

			return sessionDates;
		}

		// Whoever may see the session sees its dates, but a check-in code is for the room: a participant who
		// read it here could check in without being there. Copies, so the cached entities keep their codes.

		List<SessionDate> sessionDatesWithoutCodes = new ArrayList<>(
			sessionDates.size());

		for (SessionDate sessionDate : sessionDates) {
			SessionDate sessionDateWithoutCode =
				(SessionDate)sessionDate.clone();

			sessionDateWithoutCode.setCheckInCode(StringPool.BLANK);

			sessionDatesWithoutCodes.add(sessionDateWithoutCode);
		}

		return sessionDatesWithoutCodes;
	}

	@Override
	public CourseSession publishCourseSession(long courseSessionId)
		throws PortalException {

		_check(courseSessionId, ActionKeys.UPDATE);

		return courseSessionLocalService.publishCourseSession(
			getUserId(), courseSessionId);
	}

	/**
	 * The coordinators' list: the site's sessions the caller may view, drafts and archived ones only when the
	 * caller may update them, filtered by the database so paging stays right.
	 */
	@Override
	public List<CourseSession> searchCourseSessions(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId, int start, int end,
		OrderByComparator<CourseSession> orderByComparator) {

		return courseSessionLocalService.searchCourseSessions(
			groupId, keywords, status, trainingMethodId, courseId,
			_getPermissionPredicate(groupId), start, end, orderByComparator);
	}

	@Override
	public int searchCourseSessionsCount(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId) {

		return courseSessionLocalService.searchCourseSessionsCount(
			groupId, keywords, status, trainingMethodId, courseId,
			_getPermissionPredicate(groupId));
	}

	@Override
	public CourseSession updateCourseSession(
			long courseSessionId, long coordinatorUserId, int deliveryMode,
			String venueName, String venueAddress, String locality,
			String onlineMeetingURL, int seats, Date registrationOpenDate,
			Date registrationCloseDate, Date cancellationDeadline,
			boolean approvalRequired, int waitlistMode, int offerHours,
			boolean dietaryNeedsRequested, String note, Date[] startDates,
			Date[] endDates, long[] audienceOrganizationIds,
			ServiceContext serviceContext)
		throws PortalException {

		_check(courseSessionId, ActionKeys.UPDATE);

		return courseSessionLocalService.updateCourseSession(
			getUserId(), courseSessionId, coordinatorUserId, deliveryMode,
			venueName, venueAddress, locality, onlineMeetingURL, seats,
			registrationOpenDate, registrationCloseDate, cancellationDeadline,
			approvalRequired, waitlistMode, offerHours, dietaryNeedsRequested,
			note, startDates, endDates, audienceOrganizationIds,
			serviceContext);
	}

	@Override
	public List<SessionQuota> updateSessionQuotas(
			long courseSessionId, long[] organizationIds, int[] seats,
			Date[] releaseDates)
		throws PortalException {

		_check(courseSessionId, ActionKeys.UPDATE);

		return courseSessionLocalService.updateSessionQuotas(
			courseSessionId, organizationIds, seats, releaseDates);
	}

	private Predicate _getPermissionPredicate(long groupId) {
		return Predicate.and(
			_getViewPredicate(groupId),
			_STATUS_VISIBILITY.getPredicate(
				_mayUpdateEverySession(groupId),
				GroupWideUpdate.getUserId()));
	}

	/**
	 * The sessions the caller may view, as the portal's inline permission SQL.
	 */
	private Predicate _getViewPredicate(long groupId) {
		return _inlineSQLHelper.getPermissionWherePredicate(
			CourseSession.class, CourseSessionTable.INSTANCE.courseSessionId,
			groupId);
	}

	/**
	 * A coordinator (MANAGE_SESSIONS) or a role granted UPDATE on the site's sessions as a whole.
	 */
	private boolean _mayUpdateEverySession(long groupId) {
		return GroupWideUpdate.isAllowed(
			groupId, CourseSession.class.getName(), _portletResourcePermission);
	}

	private void _check(long courseSessionId, String actionId)
		throws PortalException {

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), courseSessionId, actionId);
	}

	@Reference(target = "(model.class.name=se.livsviktig.training.model.Course)")
	private ModelResourcePermission<Course> _courseModelResourcePermission;

	@Reference(
		target = "(model.class.name=se.livsviktig.training.model.CourseSession)"
	)
	private ModelResourcePermission<CourseSession>
		_courseSessionModelResourcePermission;

	@Reference
	private InlineSQLHelper _inlineSQLHelper;

	@Reference(target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	private static final StatusVisibility<CourseSessionTable>
		_STATUS_VISIBILITY = new StatusVisibility<>(
			CourseSessionTable.INSTANCE.status,
			CourseSessionTable.INSTANCE.userId,
			CourseSessionConstants.STATUS_PUBLISHED,
			CourseSessionConstants.STATUS_CANCELLED);

}
