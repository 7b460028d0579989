package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.DuplicateSessionInstructorException;
import se.livsviktig.training.exception.InstructorNotQualifiedException;
import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.SessionDateImpl;
import se.livsviktig.training.model.impl.SessionInstructorImpl;
import se.livsviktig.training.model.impl.TrainingMethodImpl;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.SessionDatePersistence;
import se.livsviktig.training.service.persistence.SessionInstructorPersistence;
import se.livsviktig.training.service.persistence.TrainingMethodPersistence;
import se.livsviktig.training.spi.InstructorQualificationChecker;

/**
 * Staffing a session: only instructors certified for its method on every date, when the instructor app is
 * there to say who is; anyone when training runs alone. An invitation is answered once.
 *
 * @author Livsviktig
 */
public class SessionInstructorLocalServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(
			_service, "courseSessionPersistence", _courseSessionPersistence);
		Fields.set(
			_service, "sessionDatePersistence", _sessionDatePersistence);
		Fields.set(
			_service, "sessionInstructorPersistence",
			_sessionInstructorPersistence);
		Fields.set(
			_service, "trainingMethodPersistence", _trainingMethodPersistence);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "_noticeDispatcher", _noticeDispatcher);

		_service.setClock(Clock.fixed(RegistrationFixture.NOW, ZoneOffset.UTC));

		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setCourseSessionId(_SESSION_ID);
		courseSession.setGroupId(RegistrationFixture.GROUP_ID);
		courseSession.setCompanyId(_COMPANY_ID);
		courseSession.setTrainingMethodId(_METHOD_ID);

		when(
			_courseSessionPersistence.findByPrimaryKey(_SESSION_ID)
		).thenReturn(
			courseSession
		);

		_trainingMethod.setTrainingMethodId(_METHOD_ID);
		_trainingMethod.setCompanyId(_COMPANY_ID);
		_trainingMethod.setCertifiedInstructorsRequired(true);

		when(
			_trainingMethodPersistence.findByPrimaryKey(_METHOD_ID)
		).thenReturn(
			_trainingMethod
		);

		when(
			_sessionDatePersistence.findByCourseSessionId(_SESSION_ID)
		).thenReturn(
			Arrays.asList(
				_sessionDate(_DAY_ONE_START, _DAY_ONE_END),
				_sessionDate(_DAY_TWO_START, _DAY_TWO_END))
		);

		_user(RegistrationFixture.COORDINATOR_USER_ID, _COMPANY_ID);
		_user(_INSTRUCTOR_USER_ID, _COMPANY_ID);
		_user(_OTHER_COMPANY_USER_ID, 1);

		when(
			_counterLocalService.increment()
		).thenReturn(
			_SESSION_INSTRUCTOR_ID
		);
		when(
			_sessionInstructorPersistence.create(_SESSION_INSTRUCTOR_ID)
		).thenAnswer(
			invocation -> {
				SessionInstructor sessionInstructor =
					new SessionInstructorImpl();

				sessionInstructor.setSessionInstructorId(
					_SESSION_INSTRUCTOR_ID);

				return sessionInstructor;
			}
		);
		when(
			_sessionInstructorPersistence.update(any(SessionInstructor.class))
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);
	}

	@Test
	public void aMethodThatDoesNotRequireCertificationSkipsTheCheck()
		throws Exception {

		_deployChecker(false);

		_trainingMethod.setCertifiedInstructorsRequired(false);

		assertEquals(
			SessionInstructorConstants.STATUS_INVITED,
			_invite(
				_INSTRUCTOR_USER_ID
			).getStatus());

		verifyNoInteractions(_instructorQualificationChecker);
	}

	@Test
	public void acceptingIsRefusedWhenTheCertificationNoLongerHolds()
		throws Exception {

		_nameMethod();
		_deployChecker(false);

		SessionInstructor sessionInstructor = _storedInvitation(
			SessionInstructorConstants.STATUS_INVITED);

		assertThrows(
			InstructorNotQualifiedException.class,
			() -> _service.respondToInvitation(_SESSION_INSTRUCTOR_ID, true));

		assertEquals(
			SessionInstructorConstants.STATUS_INVITED,
			sessionInstructor.getStatus());
		verify(
			_sessionInstructorPersistence, never()
		).update(
			any(SessionInstructor.class)
		);
	}

	@Test
	public void acceptingWhileQualifiedStaffsTheInstructor() throws Exception {
		_deployChecker(true);

		SessionInstructor sessionInstructor = _storedInvitation(
			SessionInstructorConstants.STATUS_INVITED);

		_service.respondToInvitation(_SESSION_INSTRUCTOR_ID, true);

		assertEquals(
			SessionInstructorConstants.STATUS_ACCEPTED,
			sessionInstructor.getStatus());
		assertEquals(
			Date.from(RegistrationFixture.NOW),
			sessionInstructor.getResponseDate());
	}

	@Test
	public void anInstructorOfAnotherCompanyCannotBeInvited() throws Exception {
		assertThrows(
			NoSuchCourseSessionException.class,
			() -> _invite(_OTHER_COMPANY_USER_ID));

		_verifyNothingWritten();
	}

	@Test
	public void anInvitationIsAnsweredOnlyOnce() throws Exception {
		for (int status :
				new int[] {
					SessionInstructorConstants.STATUS_ACCEPTED,
					SessionInstructorConstants.STATUS_DECLINED,
					SessionInstructorConstants.STATUS_WITHDRAWN
				}) {

			SessionInstructor sessionInstructor = _storedInvitation(status);

			assertThrows(
				RegistrationStatusException.class,
				() -> _service.respondToInvitation(
					_SESSION_INSTRUCTOR_ID, false));
			assertThrows(
				RegistrationStatusException.class,
				() -> _service.respondToInvitation(
					_SESSION_INSTRUCTOR_ID, true));

			assertEquals(status, sessionInstructor.getStatus());
		}

		verify(
			_sessionInstructorPersistence, never()
		).update(
			any(SessionInstructor.class)
		);
	}

	@Test
	public void anUnqualifiedInstructorIsRefusedWhenTheMethodRequiresCertification()
		throws Exception {

		_nameMethod();
		_deployChecker(false);

		assertThrows(
			InstructorNotQualifiedException.class,
			() -> _invite(_INSTRUCTOR_USER_ID));

		verify(
			_instructorQualificationChecker
		).getFirstUnqualifiedDate(
			_COMPANY_ID, _INSTRUCTOR_USER_ID, _METHOD_ID,
			Arrays.asList(
				_DAY_ONE_START, _DAY_ONE_END, _DAY_TWO_START, _DAY_TWO_END)
		);

		_verifyNothingWritten();
	}

	@Test
	public void theRefusalOfAnInvitationNamesTheMethodAndTheFirstDateThatFails()
		throws Exception {

		_nameMethod();
		_deployChecker(false);

		InstructorNotQualifiedException instructorNotQualifiedException =
			assertThrows(
				InstructorNotQualifiedException.class,
				() -> _invite(_INSTRUCTOR_USER_ID));

		assertEquals(
			_DAY_TWO_START,
			instructorNotQualifiedException.getUnqualifiedDate());
		assertEquals(
			"MHFA Vuxen",
			instructorNotQualifiedException.getTrainingMethodName(
				_SWEDISH));
		assertEquals(
			"MHFA Adults",
			instructorNotQualifiedException.getTrainingMethodName(
				Locale.US));
		assertEquals(
			"MHFA Vuxen",
			instructorNotQualifiedException.getTrainingMethodName(
				Locale.GERMANY),
			"a language the method has no name in gets its default name");
	}

	@Test
	public void theRefusalOfAnAcceptedInvitationNamesTheMethodAndTheDate()
		throws Exception {

		_nameMethod();
		_deployChecker(false);

		SessionInstructor sessionInstructor = _storedInvitation(
			SessionInstructorConstants.STATUS_INVITED);

		InstructorNotQualifiedException instructorNotQualifiedException =
			assertThrows(
				InstructorNotQualifiedException.class,
				() -> _service.respondToInvitation(
					_SESSION_INSTRUCTOR_ID, true));

		assertEquals(
			_DAY_TWO_START,
			instructorNotQualifiedException.getUnqualifiedDate());
		assertEquals(
			"MHFA Adults",
			instructorNotQualifiedException.getTrainingMethodName(
				Locale.US));
		assertEquals(
			SessionInstructorConstants.STATUS_INVITED,
			sessionInstructor.getStatus());
	}

	@Test
	public void aSessionWithoutDatesIsRefusedWithoutADate() throws Exception {
		_nameMethod();
		_deployChecker(false);

		when(
			_sessionDatePersistence.findByCourseSessionId(_SESSION_ID)
		).thenReturn(
			Arrays.asList()
		);

		InstructorNotQualifiedException instructorNotQualifiedException =
			assertThrows(
				InstructorNotQualifiedException.class,
				() -> _invite(_INSTRUCTOR_USER_ID));

		assertEquals(
			null, instructorNotQualifiedException.getUnqualifiedDate());
		assertEquals(
			"MHFA Vuxen",
			instructorNotQualifiedException.getTrainingMethodName(
				_SWEDISH));
		verify(
			_instructorQualificationChecker
		).isQualified(
			_COMPANY_ID, _INSTRUCTOR_USER_ID, _METHOD_ID, Arrays.asList()
		);
		_verifyNothingWritten();
	}

	@Test
	public void aQualifiedInstructorIsInvitedAndTold() throws Exception {
		_deployChecker(true);

		SessionInstructor sessionInstructor = _invite(_INSTRUCTOR_USER_ID);

		assertEquals(
			SessionInstructorConstants.STATUS_INVITED,
			sessionInstructor.getStatus());
		assertEquals(_INSTRUCTOR_USER_ID, sessionInstructor.getInstructorUserId());
		assertEquals(_SESSION_ID, sessionInstructor.getCourseSessionId());

		ArgumentCaptor<Notice> argumentCaptor = ArgumentCaptor.forClass(
			Notice.class);

		verify(
			_noticeDispatcher
		).dispatchAfterCommit(
			argumentCaptor.capture()
		);

		Notice notice = argumentCaptor.getValue();

		assertEquals(
			TrainingNoticeTypes.INSTRUCTOR_INVITATION, notice.getType());
		assertEquals(_INSTRUCTOR_USER_ID, notice.getRecipientUserId());
	}

	@Test
	public void decliningNeedsNoCertification() throws Exception {
		_deployChecker(false);

		SessionInstructor sessionInstructor = _storedInvitation(
			SessionInstructorConstants.STATUS_INVITED);

		_service.respondToInvitation(_SESSION_INSTRUCTOR_ID, false);

		assertEquals(
			SessionInstructorConstants.STATUS_DECLINED,
			sessionInstructor.getStatus());
		verifyNoInteractions(_instructorQualificationChecker);
	}

	@Test
	public void invitingSomeoneAlreadyInvitedOrStaffedIsRefused()
		throws Exception {

		for (int status :
				new int[] {
					SessionInstructorConstants.STATUS_ACCEPTED,
					SessionInstructorConstants.STATUS_INVITED
				}) {

			SessionInstructor sessionInstructor = _storedInvitation(status);

			assertThrows(
				DuplicateSessionInstructorException.class,
				() -> _invite(_INSTRUCTOR_USER_ID));

			assertEquals(status, sessionInstructor.getStatus());
		}

		_verifyNothingWritten();
	}

	@Test
	public void someoneWhoDeclinedCanBeInvitedAgain() throws Exception {
		SessionInstructor sessionInstructor = _storedInvitation(
			SessionInstructorConstants.STATUS_DECLINED);

		_invite(_INSTRUCTOR_USER_ID);

		assertEquals(
			SessionInstructorConstants.STATUS_INVITED,
			sessionInstructor.getStatus());
		verify(
			_sessionInstructorPersistence, never()
		).create(
			anyLong()
		);
	}

	@Test
	public void withoutTheInstructorAppAnyoneCanBeInvited() throws Exception {
		assertEquals(
			SessionInstructorConstants.STATUS_INVITED,
			_invite(
				_INSTRUCTOR_USER_ID
			).getStatus());

		SessionInstructor sessionInstructor = _storedInvitation(
			SessionInstructorConstants.STATUS_INVITED);

		_service.respondToInvitation(_SESSION_INSTRUCTOR_ID, true);

		assertEquals(
			SessionInstructorConstants.STATUS_ACCEPTED,
			sessionInstructor.getStatus());
	}

	/**
	 * A deployed checker: qualified on every date, or not from the second session date on.
	 */
	private void _deployChecker(boolean qualified) {
		when(
			_instructorQualificationChecker.isQualified(
				anyLong(), anyLong(), anyLong(), any())
		).thenReturn(
			qualified
		);
		when(
			_instructorQualificationChecker.getFirstUnqualifiedDate(
				anyLong(), anyLong(), anyLong(), any())
		).thenReturn(
			qualified ? null : _DAY_TWO_START
		);

		Fields.set(
			_service, "_instructorQualificationChecker",
			_instructorQualificationChecker);
	}

	private void _nameMethod() throws Exception {
		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getTrainingMethodId()
		).thenReturn(
			_METHOD_ID
		);
		when(
			trainingMethod.isCertifiedInstructorsRequired()
		).thenReturn(
			true
		);
		when(
			trainingMethod.getDefaultLanguageId()
		).thenReturn(
			"sv_SE"
		);
		when(
			trainingMethod.getNameMap()
		).thenReturn(
			Map.of(_SWEDISH, "MHFA Vuxen", Locale.US, "MHFA Adults")
		);
		when(
			_trainingMethodPersistence.findByPrimaryKey(_METHOD_ID)
		).thenReturn(
			trainingMethod
		);
	}

	private SessionInstructor _invite(long instructorUserId) throws Exception {
		return _service.inviteInstructor(
			RegistrationFixture.COORDINATOR_USER_ID, _SESSION_ID,
			instructorUserId, "Vill du hålla i MHFA Vuxen?",
			new ServiceContext());
	}

	private SessionDate _sessionDate(Date startDate, Date endDate) {
		SessionDate sessionDate = new SessionDateImpl();

		sessionDate.setCourseSessionId(_SESSION_ID);
		sessionDate.setStartDate(startDate);
		sessionDate.setEndDate(endDate);

		return sessionDate;
	}

	private SessionInstructor _storedInvitation(int status) throws Exception {
		SessionInstructor sessionInstructor = new SessionInstructorImpl();

		sessionInstructor.setSessionInstructorId(_SESSION_INSTRUCTOR_ID);
		sessionInstructor.setCompanyId(_COMPANY_ID);
		sessionInstructor.setCourseSessionId(_SESSION_ID);
		sessionInstructor.setInstructorUserId(_INSTRUCTOR_USER_ID);
		sessionInstructor.setStatus(status);

		when(
			_sessionInstructorPersistence.findByPrimaryKey(
				_SESSION_INSTRUCTOR_ID)
		).thenReturn(
			sessionInstructor
		);
		when(
			_sessionInstructorPersistence.fetchByCS_IU(
				_SESSION_ID, _INSTRUCTOR_USER_ID)
		).thenReturn(
			sessionInstructor
		);

		return sessionInstructor;
	}

	private void _user(long userId, long companyId) throws Exception {
		User user = mock(User.class);

		when(
			user.getCompanyId()
		).thenReturn(
			companyId
		);
		when(
			user.getFullName()
		).thenReturn(
			"Kim Instruktör"
		);

		when(
			_userLocalService.getUser(userId)
		).thenReturn(
			user
		);
	}

	private void _verifyNothingWritten() {
		verify(
			_sessionInstructorPersistence, never()
		).create(
			anyLong()
		);
		verify(
			_sessionInstructorPersistence, never()
		).update(
			any(SessionInstructor.class)
		);
		verifyNoInteractions(_noticeDispatcher);
	}

	private static final long _COMPANY_ID = RegistrationFixture.COMPANY_ID;

	private static final Date _DAY_ONE_END = RegistrationFixture.hoursFromNow(
		14 * 24 + 7);

	private static final Date _DAY_ONE_START =
		RegistrationFixture.hoursFromNow(14 * 24);

	private static final Date _DAY_TWO_END = RegistrationFixture.hoursFromNow(
		15 * 24 + 7);

	private static final Date _DAY_TWO_START =
		RegistrationFixture.hoursFromNow(15 * 24);

	private static final long _INSTRUCTOR_USER_ID = 20140;

	private static final long _METHOD_ID = 80001;

	private static final long _OTHER_COMPANY_USER_ID = 39999;

	private static final long _SESSION_ID = RegistrationFixture.SESSION_ID;

	private static final long _SESSION_INSTRUCTOR_ID = 62001;

	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final CourseSessionPersistence _courseSessionPersistence = mock(
		CourseSessionPersistence.class);
	private final InstructorQualificationChecker
		_instructorQualificationChecker = mock(
			InstructorQualificationChecker.class);
	private final NoticeDispatcher _noticeDispatcher = mock(
		NoticeDispatcher.class);
	private final SessionInstructorLocalServiceImpl _service =
		new SessionInstructorLocalServiceImpl();
	private final SessionDatePersistence _sessionDatePersistence = mock(
		SessionDatePersistence.class);
	private final SessionInstructorPersistence _sessionInstructorPersistence =
		mock(SessionInstructorPersistence.class);
	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final TrainingMethod _trainingMethod = new TrainingMethodImpl();
	private final TrainingMethodPersistence _trainingMethodPersistence = mock(
		TrainingMethodPersistence.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
