package se.livsviktig.training.internal.session;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Date;
import java.util.List;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.SessionDatesException;
import se.livsviktig.training.exception.SessionSeatsException;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.internal.registration.WaitlistPromoter;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.service.persistence.AttendancePersistence;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionAudiencePersistence;
import se.livsviktig.training.service.persistence.SessionDatePersistence;

/**
 * Changes a session's fields, dates and audience, with what follows from a change: never fewer seats than are
 * taken, no other dates once attendance is recorded, everyone registered told when a published session moves in
 * time or place, and the waitlist let in when seats are raised.
 *
 * @author Livsviktig
 */
public final class SessionRevision {

	public SessionRevision(
		CourseSessionPersistence courseSessionPersistence,
		SessionDatePersistence sessionDatePersistence,
		SessionAudiencePersistence sessionAudiencePersistence,
		AttendancePersistence attendancePersistence,
		RegistrationPersistence registrationPersistence,
		SessionReferences sessionReferences, SessionDateRows sessionDateRows,
		SessionAudienceRows sessionAudienceRows,
		NoticeDispatcher noticeDispatcher, WaitlistPromoter waitlistPromoter) {

		_courseSessionPersistence = courseSessionPersistence;
		_sessionDatePersistence = sessionDatePersistence;
		_sessionAudiencePersistence = sessionAudiencePersistence;
		_attendancePersistence = attendancePersistence;
		_registrationPersistence = registrationPersistence;
		_sessionReferences = sessionReferences;
		_sessionDateRows = sessionDateRows;
		_sessionAudienceRows = sessionAudienceRows;
		_noticeDispatcher = noticeDispatcher;
		_waitlistPromoter = waitlistPromoter;
	}

	public CourseSession revise(
			long userId, long courseSessionId, SessionFields sessionFields,
			Date now)
		throws PortalException {

		CourseSession courseSession =
			_courseSessionPersistence.findByPrimaryKey(courseSessionId);

		sessionFields.validate();

		int seats = sessionFields.getSeats();

		if (seats < courseSession.getSeatsTaken()) {
			throw new SessionSeatsException.MustNotBeBelowSeatsTaken(
				courseSession.getSeatsTaken() + " seats are taken; the session " +
					"cannot have fewer");
		}

		_sessionReferences.checkOrganizations(
			courseSession.getCompanyId(),
			sessionFields.getAudienceOrganizationIds());
		_sessionReferences.checkCoordinator(
			courseSession.getCompanyId(), sessionFields.getCoordinatorUserId());

		List<SessionDate> sessionDates =
			_sessionDatePersistence.findByCourseSessionId(courseSessionId);

		boolean datesChanged = SessionChange.datesChanged(
			sessionDates, sessionFields.getStartDates(),
			sessionFields.getEndDates());

		if (datesChanged &&
			(_attendancePersistence.countByCourseSessionId(courseSessionId) >
				0)) {

			throw new SessionDatesException(
				"The dates of a session with attendance cannot change");
		}

		boolean placeChanged = sessionFields.placeChangedFrom(courseSession);

		boolean seatsRaised = seats > courseSession.getSeats();

		courseSession.setModifiedDate(now);

		sessionFields.applyTo(courseSession);

		List<Date[]> previousDates = SessionChange.periodsOf(sessionDates);

		if (datesChanged) {
			_sessionDatePersistence.removeByCourseSessionId(courseSessionId);

			_sessionDateRows.add(
				courseSession, sessionFields.getStartDates(),
				sessionFields.getEndDates(), userId, now);
		}

		_sessionAudiencePersistence.removeByCourseSessionId(courseSessionId);

		_sessionAudienceRows.add(
			courseSession, sessionFields.getAudienceOrganizationIds(), now);

		if ((datesChanged || placeChanged) &&
			(courseSession.getStatus() ==
				CourseSessionConstants.STATUS_PUBLISHED)) {

			new SessionChangeNotices(
				_registrationPersistence, _noticeDispatcher
			).tellRegistered(
				courseSessionId, previousDates, now
			);
		}

		if (seatsRaised) {
			_waitlistPromoter.fillFreeSeats(
				courseSession, now, userId,
				"seats-raised/" + courseSession.getModifiedDate(
				).getTime());
		}

		return _courseSessionPersistence.update(courseSession);
	}

	private final AttendancePersistence _attendancePersistence;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final NoticeDispatcher _noticeDispatcher;
	private final RegistrationPersistence _registrationPersistence;
	private final SessionAudiencePersistence _sessionAudiencePersistence;
	private final SessionAudienceRows _sessionAudienceRows;
	private final SessionDatePersistence _sessionDatePersistence;
	private final SessionDateRows _sessionDateRows;
	private final SessionReferences _sessionReferences;
	private final WaitlistPromoter _waitlistPromoter;

}
