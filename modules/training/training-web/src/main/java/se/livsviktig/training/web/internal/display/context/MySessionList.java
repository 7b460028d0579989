package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * The sessions an instructor teaches or is invited to, with their answer: the invitations come from the remote
 * service (only the reader's own); the course, session and method they name are read from the local services,
 * as they describe an invitation the remote service gave the reader. A withdrawn invitation is not listed.
 *
 * @author Livsviktig
 */
public class MySessionList {

	public MySessionList(
		SessionInstructorService sessionInstructorService,
		CourseLocalService courseLocalService,
		CourseSessionLocalService courseSessionLocalService,
		TrainingMethodLocalService trainingMethodLocalService, Locale locale,
		DateTimeRangeFormat dateTimeRangeFormat, long selectedCourseSessionId) {

		_sessionInstructorService = sessionInstructorService;
		_courseLocalService = courseLocalService;
		_courseSessionLocalService = courseSessionLocalService;
		_trainingMethodLocalService = trainingMethodLocalService;
		_locale = locale;
		_dateTimeRangeFormat = dateTimeRangeFormat;
		_selectedCourseSessionId = selectedCourseSessionId;
	}

	public List<MySession> get() throws PortalException {
		List<MySession> mySessions = new ArrayList<>();

		for (SessionInstructor sessionInstructor :
				_sessionInstructorService.getMySessionInstructors(
					_SHOWN_INSTRUCTOR_STATUSES, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS)) {

			MySession mySession = _toMySession(sessionInstructor);

			if (mySession != null) {
				mySessions.add(mySession);
			}
		}

		return mySessions;
	}

	private Course _getCourse(long courseId) {
		return _courses.computeIfAbsent(
			courseId, _courseLocalService::fetchCourse);
	}

	private TrainingMethod _getTrainingMethod(long trainingMethodId) {
		return _trainingMethods.computeIfAbsent(
			trainingMethodId, _trainingMethodLocalService::fetchTrainingMethod);
	}

	private MySession _toMySession(SessionInstructor sessionInstructor) {
		long courseSessionId = sessionInstructor.getCourseSessionId();

		CourseSession courseSession =
			_courseSessionLocalService.fetchCourseSession(courseSessionId);

		if (courseSession == null) {
			return null;
		}

		Course course = _getCourse(courseSession.getCourseId());
		TrainingMethod trainingMethod = _getTrainingMethod(
			courseSession.getTrainingMethodId());

		List<String> dates = new ArrayList<>();

		for (SessionDate sessionDate :
				_courseSessionLocalService.getSessionDates(courseSessionId)) {

			dates.add(
				_dateTimeRangeFormat.format(
					sessionDate.getStartDate(), sessionDate.getEndDate()));
		}

		return new MySession(
			sessionInstructor.getSessionInstructorId(), courseSessionId,
			(course == null) ? "" : course.getTitle(_locale),
			(trainingMethod == null) ? "" : trainingMethod.getName(_locale),
			dates, SessionPlace.of(courseSession),
			sessionInstructor.getStatus(), sessionInstructor.getMessage(),
			courseSessionId == _selectedCourseSessionId);
	}

	private static final int[] _SHOWN_INSTRUCTOR_STATUSES = {
		SessionInstructorConstants.STATUS_INVITED,
		SessionInstructorConstants.STATUS_ACCEPTED,
		SessionInstructorConstants.STATUS_DECLINED
	};

	private final CourseLocalService _courseLocalService;
	private final Map<Long, Course> _courses = new HashMap<>();
	private final CourseSessionLocalService _courseSessionLocalService;
	private final DateTimeRangeFormat _dateTimeRangeFormat;
	private final Locale _locale;
	private final long _selectedCourseSessionId;
	private final SessionInstructorService _sessionInstructorService;
	private final TrainingMethodLocalService _trainingMethodLocalService;
	private final Map<Long, TrainingMethod> _trainingMethods = new HashMap<>();

}
