package se.livsviktig.training.internal.session;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.Date;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.persistence.CoursePersistence;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;

/**
 * Adds a draft session of a course of the user's company, with its dates and audience, once its fields are valid
 * and everyone and everything it names belongs to that company; nothing is written before.
 *
 * @author Livsviktig
 */
public final class SessionCreation {

	public SessionCreation(
		UserLocalService userLocalService, CoursePersistence coursePersistence,
		CourseSessionPersistence courseSessionPersistence,
		CounterLocalService counterLocalService,
		SessionReferences sessionReferences, SessionDateRows sessionDateRows,
		SessionAudienceRows sessionAudienceRows) {

		_userLocalService = userLocalService;
		_coursePersistence = coursePersistence;
		_courseSessionPersistence = courseSessionPersistence;
		_counterLocalService = counterLocalService;
		_sessionReferences = sessionReferences;
		_sessionDateRows = sessionDateRows;
		_sessionAudienceRows = sessionAudienceRows;
	}

	/**
	 * @param uuid the session's uuid, from the service context (staging and export keep it), or null for a new one
	 */
	public CourseSession create(
			long userId, long courseId, SessionFields sessionFields,
			String uuid, Date now)
		throws PortalException {

		User user = _userLocalService.getUser(userId);

		Course course = _coursePersistence.fetchByPrimaryKey(courseId);

		if ((course == null) || (course.getCompanyId() != user.getCompanyId())) {
			throw new NoSuchCourseException("No course " + courseId);
		}

		sessionFields.validate();

		_sessionReferences.checkOrganizations(
			user.getCompanyId(), sessionFields.getAudienceOrganizationIds());
		_sessionReferences.checkCoordinator(
			user.getCompanyId(), sessionFields.getCoordinatorUserId());

		CourseSession courseSession = _courseSessionPersistence.create(
			_counterLocalService.increment());

		courseSession.setUuid(uuid);
		courseSession.setGroupId(course.getGroupId());
		courseSession.setCompanyId(course.getCompanyId());
		courseSession.setUserId(userId);
		courseSession.setUserName(user.getFullName());
		courseSession.setCreateDate(now);
		courseSession.setModifiedDate(now);
		courseSession.setCourseId(courseId);
		courseSession.setTrainingMethodId(course.getTrainingMethodId());

		sessionFields.applyTo(courseSession);

		courseSession.setStatus(CourseSessionConstants.STATUS_DRAFT);
		courseSession.setStatusByUserId(userId);
		courseSession.setStatusByUserName(user.getFullName());
		courseSession.setStatusDate(now);

		courseSession = _courseSessionPersistence.update(courseSession);

		_sessionDateRows.add(
			courseSession, sessionFields.getStartDates(),
			sessionFields.getEndDates(), userId, now);
		_sessionAudienceRows.add(
			courseSession, sessionFields.getAudienceOrganizationIds(), now);

		return courseSession;
	}

	private final CounterLocalService _counterLocalService;
	private final CoursePersistence _coursePersistence;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final SessionAudienceRows _sessionAudienceRows;
	private final SessionDateRows _sessionDateRows;
	private final SessionReferences _sessionReferences;
	private final UserLocalService _userLocalService;

}
