package se.livsviktig.training.internal.session;

import com.liferay.counter.kernel.service.CounterLocalService;

import java.util.Date;

import se.livsviktig.training.internal.checkin.CheckInCodes;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.service.persistence.SessionDatePersistence;

/**
 * Writes a session's dates, each with its own check-in code and window, so a participant checks in for the day
 * they are at, not for the session as a whole.
 *
 * @author Livsviktig
 */
public final class SessionDateRows {

	public SessionDateRows(
		SessionDatePersistence sessionDatePersistence,
		CounterLocalService counterLocalService, CheckInCodes checkInCodes) {

		_sessionDatePersistence = sessionDatePersistence;
		_counterLocalService = counterLocalService;
		_checkInCodes = checkInCodes;
	}

	public void add(
		CourseSession courseSession, Date[] startDates, Date[] endDates,
		long userId, Date now) {

		for (int i = 0; i < startDates.length; i++) {
			SessionDate sessionDate = _sessionDatePersistence.create(
				_counterLocalService.increment());

			sessionDate.setGroupId(courseSession.getGroupId());
			sessionDate.setCompanyId(courseSession.getCompanyId());
			sessionDate.setUserId(userId);
			sessionDate.setCreateDate(now);
			sessionDate.setModifiedDate(now);
			sessionDate.setCourseSessionId(courseSession.getCourseSessionId());
			sessionDate.setStartDate(startDates[i]);
			sessionDate.setEndDate(endDates[i]);
			sessionDate.setCheckInCode(_checkInCodes.newCode());
			sessionDate.setCheckInOpenDate(
				CheckInCodes.getOpenDate(startDates[i]));
			sessionDate.setCheckInCloseDate(
				CheckInCodes.getCloseDate(endDates[i]));

			_sessionDatePersistence.update(sessionDate);
		}
	}

	private final CheckInCodes _checkInCodes;
	private final CounterLocalService _counterLocalService;
	private final SessionDatePersistence _sessionDatePersistence;

}
