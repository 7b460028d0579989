package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.CourseInterestConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.DuplicateCourseInterestException;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.base.CourseInterestLocalServiceBaseImpl;

/**
 * The interest list (intresselista) of a course with no session to book: when one is published, the people
 * on it are told, in the order they signed up, or booked straight away if the course says so.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.CourseInterest",
	service = AopService.class
)
public class CourseInterestLocalServiceImpl
	extends CourseInterestLocalServiceBaseImpl {

	@Override
	public CourseInterest addCourseInterest(long userId, long courseId)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		Course course = coursePersistence.fetchByPrimaryKey(courseId);

		if ((course == null) || (course.getCompanyId() != user.getCompanyId())) {
			throw new NoSuchCourseException("No course " + courseId);
		}

		CourseInterest courseInterest = courseInterestPersistence.fetchByC_U(
			courseId, userId);

		Date now = _now();

		if (courseInterest != null) {
			if (courseInterest.getStatus() ==
					CourseInterestConstants.STATUS_ACTIVE) {

				throw new DuplicateCourseInterestException(
					"User " + userId + " is already interested in course " +
						courseId);
			}

			// Interested again after an earlier session: back to the end of the list

			courseInterest.setCreateDate(now);
		}
		else {
			courseInterest = courseInterestPersistence.create(
				counterLocalService.increment());

			courseInterest.setUuid(new ServiceContext().getUuid());
			courseInterest.setGroupId(course.getGroupId());
			courseInterest.setCompanyId(course.getCompanyId());
			courseInterest.setUserId(userId);
			courseInterest.setUserName(user.getFullName());
			courseInterest.setCreateDate(now);
			courseInterest.setCourseId(courseId);
		}

		courseInterest.setModifiedDate(now);
		courseInterest.setNotifiedDate(null);
		courseInterest.setStatus(CourseInterestConstants.STATUS_ACTIVE);

		return courseInterestPersistence.update(courseInterest);
	}

	@Override
	public CourseInterest deleteCourseInterest(long userId, long courseId)
		throws PortalException {

		return courseInterestPersistence.removeByC_U(courseId, userId);
	}

	@Override
	public CourseInterest fetchCourseInterest(long userId, long courseId) {
		return courseInterestPersistence.fetchByC_U(courseId, userId);
	}

	@Override
	public List<CourseInterest> getCourseInterests(
		long courseId, int status, int start, int end) {

		return courseInterestPersistence.findByC_S(courseId, status, start, end);
	}

	/**
	 * Everyone on the course's interest list, whatever became of them (waiting, told, booked), longest waiting
	 * first.
	 */
	@Override
	public List<CourseInterest> getCourseInterests(
		long courseId, int start, int end) {

		return courseInterestPersistence.findByCourseId(courseId, start, end);
	}

	@Override
	public int getCourseInterestsCount(long courseId) {
		return courseInterestPersistence.countByCourseId(courseId);
	}

	@Override
	public List<CourseInterest> getUserCourseInterests(long userId) {
		return courseInterestPersistence.findByUserId(userId);
	}

	/**
	 * Tells, or books, the people waiting for a session of the course. Someone who cannot be booked (not in
	 * the session's audience, say) is told instead, so nobody on the list is forgotten.
	 */
	@Override
	public int notifyInterested(CourseSession courseSession)
		throws PortalException {

		Course course = coursePersistence.findByPrimaryKey(
			courseSession.getCourseId());

		List<CourseInterest> courseInterests =
			courseInterestPersistence.findByC_S(
				course.getCourseId(), CourseInterestConstants.STATUS_ACTIVE);

		Date now = _now();

		List<Long> bookedUserIds = new ArrayList<>();

		if (course.isAutoBookInterested()) {
			long[] userIds = new long[courseInterests.size()];

			for (int i = 0; i < userIds.length; i++) {
				userIds[i] = courseInterests.get(
					i
				).getUserId();
			}

			bookedUserIds = _registrationLocalService.bookInterestedUsers(
				courseSession.getCourseSessionId(), userIds);
		}

		for (CourseInterest courseInterest : courseInterests) {
			courseInterest.setNotifiedDate(now);
			courseInterest.setModifiedDate(now);

			if (bookedUserIds.contains(courseInterest.getUserId())) {
				courseInterest.setStatus(CourseInterestConstants.STATUS_BOOKED);
			}
			else {
				courseInterest.setStatus(CourseInterestConstants.STATUS_NOTIFIED);

				_noticeDispatcher.dispatchAfterCommit(
					Notice.forSession(
						TrainingNoticeTypes.INTEREST_SESSION_PUBLISHED,
						courseSession, courseInterest.getUserId(),
						"interest/" + courseInterest.getCourseInterestId()));
			}

			courseInterestPersistence.update(courseInterest);
		}

		return courseInterests.size();
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private NoticeDispatcher _noticeDispatcher;

	@Reference
	private RegistrationLocalService _registrationLocalService;

}
