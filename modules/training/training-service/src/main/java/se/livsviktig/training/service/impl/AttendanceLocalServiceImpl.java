package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.AttendanceConstants;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.AttendanceSessionDateException;
import se.livsviktig.training.attendance.CheckInWindow;
import se.livsviktig.training.exception.CheckInClosedException;
import se.livsviktig.training.exception.CheckInCodeException;
import se.livsviktig.training.exception.CheckInNotConfirmedException;
import se.livsviktig.training.exception.CheckInNotRegisteredException;
import se.livsviktig.training.exception.DuplicateCheckInException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.internal.checkin.CheckInCodes;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.internal.registration.CompletionRule;
import se.livsviktig.training.internal.registration.RegistrationEvents;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.base.AttendanceLocalServiceBaseImpl;

/**
 * Attendance (närvaro) per session date: marked by the session's instructors or a coordinator, or by the
 * participant with the date's check-in code. Once every date of a participant is marked, their registration
 * is completed, not completed or a no-show by their method's rule.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.Attendance",
	service = AopService.class
)
public class AttendanceLocalServiceImpl extends AttendanceLocalServiceBaseImpl {

	/**
	 * The participant checks in with the code shown (as a QR code) during the date's check-in window.
	 */
	@Override
	public Attendance checkIn(long userId, long courseSessionId, String code)
		throws PortalException {

		SessionDate sessionDate = sessionDatePersistence.fetchByCS_CIC(
			courseSessionId, CheckInCodes.normalize(code));

		if (sessionDate == null) {
			throw new CheckInCodeException(
				"No date of session " + courseSessionId + " has that code");
		}

		Date now = _now();

		if (!CheckInWindow.isOpen(sessionDate, now)) {

			throw new CheckInClosedException(
				"Check-in is open from " + sessionDate.getCheckInOpenDate() +
					" to " + sessionDate.getCheckInCloseDate());
		}

		Registration registration = registrationPersistence.fetchByCS_AK(
			courseSessionId, userId);

		_checkMaySelfCheckIn(userId, courseSessionId, registration);

		Attendance attendance = attendancePersistence.fetchByR_SD(
			registration.getRegistrationId(), sessionDate.getSessionDateId());

		// A second scan or a reloaded form must say so rather than look like a fresh check-in; an instructor's
		// earlier "absent" is still overridden by the participant standing in the room with the code.

		if ((attendance != null) && attendance.isPresent()) {
			throw new DuplicateCheckInException(
				"User " + userId + " is already present on date " +
					sessionDate.getSessionDateId());
		}

		return _mark(
			userId, sessionDate, registration, true,
			AttendanceConstants.SOURCE_CHECK_IN, now);
	}

	@Override
	public List<Attendance> getRegistrationAttendances(long registrationId) {
		return attendancePersistence.findByRegistrationId(registrationId);
	}

	@Override
	public List<Attendance> getSessionDateAttendances(long sessionDateId) {
		return attendancePersistence.findBySessionDateId(sessionDateId);
	}

	@Override
	public Attendance markAttendance(
			long userId, long sessionDateId, long registrationId,
			boolean present)
		throws PortalException {

		SessionDate sessionDate = sessionDatePersistence.findByPrimaryKey(
			sessionDateId);
		Registration registration = registrationPersistence.findByPrimaryKey(
			registrationId);

		return _mark(
			userId, sessionDate, registration, present,
			AttendanceConstants.SOURCE_MARKED, _now());
	}

	/**
	 * One date's attendance form, saved at once: who was there and who was not.
	 */
	@Override
	public List<Attendance> markAttendances(
			long userId, long sessionDateId, long[] presentRegistrationIds,
			long[] absentRegistrationIds)
		throws PortalException {

		SessionDate sessionDate = sessionDatePersistence.findByPrimaryKey(
			sessionDateId);

		Date now = _now();

		List<Attendance> attendances = new ArrayList<>();

		for (long registrationId : presentRegistrationIds) {
			attendances.add(
				_mark(
					userId, sessionDate,
					registrationPersistence.findByPrimaryKey(registrationId),
					true, AttendanceConstants.SOURCE_MARKED, now));
		}

		for (long registrationId : absentRegistrationIds) {
			attendances.add(
				_mark(
					userId, sessionDate,
					registrationPersistence.findByPrimaryKey(registrationId),
					false, AttendanceConstants.SOURCE_MARKED, now));
		}

		return attendances;
	}

	/**
	 * The job's step: after a session's last date, asks its instructors (or its coordinator when it has
	 * none) to mark attendance while anyone's outcome is still open. Once per session and person; sessions
	 * that ended more than two weeks ago are left to the coordinator's overview.
	 *
	 * @return how many reminders went out now
	 */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int sendAttendanceReminders() {
		Date now = _now();

		Date oldest = new Date(now.getTime() - TimeUnit.DAYS.toMillis(14));

		int sent = 0;

		for (CourseSession courseSession :
				courseSessionPersistence.findByS_LtED(
					CourseSessionConstants.STATUS_PUBLISHED, now)) {

			if (courseSession.getEndDate(
				).before(
					oldest
				) ||
				(registrationPersistence.countByCS_S(
					courseSession.getCourseSessionId(),
					new int[] {RegistrationConstants.STATUS_CONFIRMED}) == 0)) {

				continue;
			}

			List<Long> recipientUserIds = new ArrayList<>();

			for (SessionInstructor sessionInstructor :
					sessionInstructorPersistence.findByCS_S(
						courseSession.getCourseSessionId(),
						new int[] {SessionInstructorConstants.STATUS_ACCEPTED})) {

				recipientUserIds.add(sessionInstructor.getInstructorUserId());
			}

			if (recipientUserIds.isEmpty() &&
				(courseSession.getCoordinatorUserId() > 0)) {

				recipientUserIds.add(courseSession.getCoordinatorUserId());
			}

			for (long recipientUserId : recipientUserIds) {
				if (_noticeDispatcher.dispatch(
						Notice.forSession(
							TrainingNoticeTypes.ATTENDANCE_REMINDER,
							courseSession, recipientUserId, "ended"))) {

					sent++;
				}
			}
		}

		return sent;
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private void _evaluateCompletion(Registration registration, Date now)
		throws PortalException {

		List<SessionDate> sessionDates =
			sessionDatePersistence.findByCourseSessionId(
				registration.getCourseSessionId());

		List<Attendance> attendances =
			attendancePersistence.findByRegistrationId(
				registration.getRegistrationId());

		if (attendances.size() < sessionDates.size()) {
			return;
		}

		int attended = 0;

		for (Attendance attendance : attendances) {
			if (attendance.isPresent()) {
				attended++;
			}
		}

		TrainingMethod trainingMethod =
			trainingMethodPersistence.findByPrimaryKey(
				registration.getTrainingMethodId());

		int status = new CompletionRule(
			trainingMethod.getRequiredAttendancePercent()
		).getStatus(
			sessionDates.size(), attended
		);

		if (status == registration.getStatus()) {
			return;
		}

		int fromStatus = registration.getStatus();

		registration.setStatus(status);
		registration.setStatusDate(now);
		registration.setModifiedDate(now);

		if (status == RegistrationConstants.STATUS_COMPLETED) {
			registration.setCompletionDate(now);
		}
		else {
			registration.setCompletionDate(null);
		}

		registrationPersistence.update(registration);

		_registrationEvents.add(
			registration, RegistrationEvents.TYPE_COMPLETED, fromStatus, 0,
			null, now);
	}

	/**
	 * Only someone holding a seat checks in; each refusal is its own exception so the page can tell the
	 * participant what to do (register, wait for the seat, or ask the instructor). A seat whose outcome is
	 * already set (completed, not completed, no-show) still checks in: an instructor may have marked the other
	 * dates first, and the outcome is evaluated again.
	 */
	private void _checkMaySelfCheckIn(
			long userId, long courseSessionId, Registration registration)
		throws PortalException {

		int status = RegistrationConstants.STATUS_CANCELLED;

		if (registration != null) {
			status = registration.getStatus();
		}

		switch (status) {
			case RegistrationConstants.STATUS_COMPLETED:
			case RegistrationConstants.STATUS_CONFIRMED:
			case RegistrationConstants.STATUS_NO_SHOW:
			case RegistrationConstants.STATUS_NOT_COMPLETED:
				return;
			case RegistrationConstants.STATUS_OFFERED:
			case RegistrationConstants.STATUS_PENDING_APPROVAL:
			case RegistrationConstants.STATUS_WAITLISTED:
				throw new CheckInNotConfirmedException(
					"User " + userId + " has no confirmed seat on session " +
						courseSessionId + " yet: " +
							RegistrationConstants.getStatusLabel(status));
			default:
				throw new CheckInNotRegisteredException(
					"User " + userId + " is not registered on session " +
						courseSessionId);
		}
	}

	private Attendance _mark(
			long userId, SessionDate sessionDate, Registration registration,
			boolean present, int source, Date now)
		throws PortalException {

		if (registration.getCourseSessionId() !=
				sessionDate.getCourseSessionId()) {

			throw new AttendanceSessionDateException(
				"Registration " + registration.getRegistrationId() +
					" is not for the session of date " +
						sessionDate.getSessionDateId());
		}

		if (!CheckInWindow.hasOpened(sessionDate, now)) {
			throw new AttendanceSessionDateException(
				"Date " + sessionDate.getSessionDateId() + " has not started");
		}

		int status = registration.getStatus();

		if ((status != RegistrationConstants.STATUS_CONFIRMED) &&
			(status != RegistrationConstants.STATUS_COMPLETED) &&
			(status != RegistrationConstants.STATUS_NOT_COMPLETED) &&
			(status != RegistrationConstants.STATUS_NO_SHOW)) {

			throw new RegistrationStatusException(
				"Registration " + registration.getRegistrationId() + " is " +
					RegistrationConstants.getStatusLabel(status));
		}

		Attendance attendance = attendancePersistence.fetchByR_SD(
			registration.getRegistrationId(), sessionDate.getSessionDateId());

		if (attendance == null) {
			attendance = attendancePersistence.create(
				counterLocalService.increment());

			attendance.setGroupId(registration.getGroupId());
			attendance.setCompanyId(registration.getCompanyId());
			attendance.setCreateDate(now);
			attendance.setCourseSessionId(registration.getCourseSessionId());
			attendance.setSessionDateId(sessionDate.getSessionDateId());
			attendance.setRegistrationId(registration.getRegistrationId());
		}

		User user = userLocalService.getUser(userId);

		attendance.setUserId(userId);
		attendance.setUserName(user.getFullName());
		attendance.setModifiedDate(now);
		attendance.setPresent(present);
		attendance.setSource(source);

		attendance = attendancePersistence.update(attendance);

		_evaluateCompletion(registration, now);

		return attendance;
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private NoticeDispatcher _noticeDispatcher;

	@Reference
	private RegistrationEvents _registrationEvents;

}
