package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.impl.SessionDateImpl;
import se.livsviktig.training.service.AttendanceLocalService;
import se.livsviktig.training.service.persistence.SessionDatePersistence;

/**
 * Attendance is marked by whoever may mark it on the date's session and read by whoever may see its
 * participants; a participant checks only themselves in.
 *
 * @author Livsviktig
 */
public class AttendanceServiceImplTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@RegisterExtension
	public final SignedInCaller signedInCaller = new SignedInCaller();

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_service, "attendanceLocalService", _localService);
		Fields.set(
			_service, "sessionDatePersistence", _sessionDatePersistence);
		Fields.set(
			_service, "_courseSessionModelResourcePermission", _sessionGrants);

		SessionDate sessionDate = new SessionDateImpl();

		sessionDate.setSessionDateId(_SESSION_DATE_ID);
		sessionDate.setCourseSessionId(_SESSION_ID);

		when(
			_sessionDatePersistence.findByPrimaryKey(_SESSION_DATE_ID)
		).thenReturn(
			sessionDate
		);
	}

	@Test
	public void checkInChecksInTheCallerOnly() throws Exception {
		signedInCaller.signOut();

		assertThrows(
			PrincipalException.class,
			() -> _service.checkIn(_SESSION_ID, "ABC234"));

		verifyNoInteractions(_localService);

		signedInCaller.signIn();

		when(
			_localService.checkIn(SignedInCaller.USER_ID, _SESSION_ID, "ABC234")
		).thenReturn(
			_attendance
		);

		assertSame(_attendance, _service.checkIn(_SESSION_ID, "ABC234"));
	}

	/**
	 * A participant may see the session and its participants' list is not theirs to see, but even someone who
	 * may see the participants must not read the codes unless they may mark attendance.
	 */
	@Test
	public void getCheckInSessionDatesNeedsMarkAttendanceOnTheSession()
		throws Exception {

		_sessionGrants.grant(
			_SESSION_ID, ActionKeys.VIEW
		).grant(
			_SESSION_ID, TrainingActionKeys.VIEW_PARTICIPANTS
		);

		assertThrows(
			PrincipalException.class,
			() -> _service.getCheckInSessionDates(_SESSION_ID));

		verifyNoInteractions(_sessionDatePersistence);

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.MARK_ATTENDANCE);

		List<SessionDate> sessionDates = Collections.singletonList(
			mock(SessionDate.class));

		when(
			_sessionDatePersistence.findByCourseSessionId(_SESSION_ID)
		).thenReturn(
			sessionDates
		);

		assertSame(sessionDates, _service.getCheckInSessionDates(_SESSION_ID));
	}

	@Test
	public void getSessionDateAttendancesNeedsViewParticipants()
		throws Exception {

		_sessionGrants.grant(_SESSION_ID, ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getSessionDateAttendances(_SESSION_DATE_ID));

		verifyNoInteractions(_localService);

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.VIEW_PARTICIPANTS);

		List<Attendance> attendances = Collections.singletonList(_attendance);

		when(
			_localService.getSessionDateAttendances(_SESSION_DATE_ID)
		).thenReturn(
			attendances
		);

		assertSame(
			attendances, _service.getSessionDateAttendances(_SESSION_DATE_ID));
	}

	@Test
	public void markAttendanceNeedsMarkAttendanceOnTheSession()
		throws Exception {

		_sessionGrants.grant(
			_SESSION_ID, ActionKeys.VIEW
		).grant(
			_SESSION_ID, TrainingActionKeys.VIEW_PARTICIPANTS
		);

		assertThrows(
			PrincipalException.class,
			() -> _service.markAttendance(_SESSION_DATE_ID, 1, true));

		verifyNoInteractions(_localService);

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.MARK_ATTENDANCE);

		when(
			_localService.markAttendance(
				SignedInCaller.USER_ID, _SESSION_DATE_ID, 1, true)
		).thenReturn(
			_attendance
		);

		assertSame(
			_attendance, _service.markAttendance(_SESSION_DATE_ID, 1, true));
	}

	@Test
	public void markAttendancesNeedsMarkAttendanceOnTheSession()
		throws Exception {

		long[] present = {1, 2};
		long[] absent = {3};

		_sessionGrants.grant(
			_SESSION_ID, ActionKeys.VIEW
		).grant(
			_SESSION_ID, TrainingActionKeys.VIEW_PARTICIPANTS
		);

		assertThrows(
			PrincipalException.class,
			() -> _service.markAttendances(_SESSION_DATE_ID, present, absent));

		verifyNoInteractions(_localService);

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.MARK_ATTENDANCE);

		List<Attendance> attendances = Collections.singletonList(_attendance);

		when(
			_localService.markAttendances(
				SignedInCaller.USER_ID, _SESSION_DATE_ID, present, absent)
		).thenReturn(
			attendances
		);

		assertSame(
			attendances,
			_service.markAttendances(_SESSION_DATE_ID, present, absent));
	}

	private static final long _SESSION_DATE_ID = 61001;

	private static final long _SESSION_ID = RegistrationFixture.SESSION_ID;

	private final Attendance _attendance = mock(Attendance.class);
	private final AttendanceLocalService _localService = mock(
		AttendanceLocalService.class);
	private final AttendanceServiceImpl _service = new AttendanceServiceImpl();
	private final SessionDatePersistence _sessionDatePersistence = mock(
		SessionDatePersistence.class);
	private final Grants.ModelGrants<CourseSession> _sessionGrants =
		Grants.model(CourseSession.class, CourseSession::getCourseSessionId);

}
