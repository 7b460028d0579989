package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.impl.SessionInstructorImpl;
import se.livsviktig.training.service.SessionInstructorLocalService;

/**
 * Whoever may update a session staffs it; only the invited instructor answers the invitation.
 *
 * @author Livsviktig
 */
public class SessionInstructorServiceImplTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@RegisterExtension
	public final SignedInCaller signedInCaller = new SignedInCaller();

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_service, "sessionInstructorLocalService", _localService);
		Fields.set(
			_service, "_courseSessionModelResourcePermission", _sessionGrants);

		_sessionInstructor.setSessionInstructorId(_SESSION_INSTRUCTOR_ID);
		_sessionInstructor.setCourseSessionId(_SESSION_ID);
		_sessionInstructor.setInstructorUserId(_INSTRUCTOR_USER_ID);
		_sessionInstructor.setStatus(SessionInstructorConstants.STATUS_INVITED);

		when(
			_localService.getSessionInstructor(_SESSION_INSTRUCTOR_ID)
		).thenReturn(
			_sessionInstructor
		);
	}

	@Test
	public void getCourseSessionInstructorsNeedsView() throws Exception {
		int[] statuses = {SessionInstructorConstants.STATUS_ACCEPTED};

		assertThrows(
			PrincipalException.class,
			() -> _service.getCourseSessionInstructors(_SESSION_ID, statuses));

		verifyNoInteractions(_localService);

		_sessionGrants.grant(
			_SESSION_ID, ActionKeys.VIEW
		).grant(
			_SESSION_ID, ActionKeys.UPDATE
		);

		List<SessionInstructor> sessionInstructors =
			Collections.singletonList(_sessionInstructor);

		when(
			_localService.getCourseSessionInstructors(_SESSION_ID, statuses)
		).thenReturn(
			sessionInstructors
		);

		assertSame(
			sessionInstructors,
			_service.getCourseSessionInstructors(_SESSION_ID, statuses));
	}

	@Test
	public void whoeverMayOnlyViewTheSessionSeesWhoTeachesItAndNoMessage()
		throws Exception {

		_sessionGrants.grant(_SESSION_ID, ActionKeys.VIEW);

		_sessionInstructor.setStatus(
			SessionInstructorConstants.STATUS_ACCEPTED);
		_sessionInstructor.setMessage("Kan du ta dag två? Lisa är sjukskriven.");

		when(
			_localService.getCourseSessionInstructors(
				_SESSION_ID,
				new int[] {SessionInstructorConstants.STATUS_ACCEPTED})
		).thenReturn(
			Collections.singletonList(_sessionInstructor)
		);

		List<SessionInstructor> sessionInstructors =
			_service.getCourseSessionInstructors(
				_SESSION_ID,
				new int[] {
					SessionInstructorConstants.STATUS_INVITED,
					SessionInstructorConstants.STATUS_ACCEPTED,
					SessionInstructorConstants.STATUS_DECLINED
				});

		assertEquals(1, sessionInstructors.size());

		SessionInstructor sessionInstructor = sessionInstructors.get(0);

		assertEquals(
			_INSTRUCTOR_USER_ID, sessionInstructor.getInstructorUserId());
		assertEquals("", sessionInstructor.getMessage());

		// The cached entity keeps its message for those who may update the session

		assertEquals(
			"Kan du ta dag två? Lisa är sjukskriven.",
			_sessionInstructor.getMessage());

		verify(
			_localService, never()
		).getCourseSessionInstructors(
			_SESSION_ID,
			new int[] {
				SessionInstructorConstants.STATUS_INVITED,
				SessionInstructorConstants.STATUS_ACCEPTED,
				SessionInstructorConstants.STATUS_DECLINED
			}
		);
	}

	@Test
	public void whoeverMayOnlyViewTheSessionSeesNoInvitationsOrRefusals()
		throws Exception {

		_sessionGrants.grant(_SESSION_ID, ActionKeys.VIEW);

		assertTrue(
			_service.getCourseSessionInstructors(
				_SESSION_ID,
				new int[] {
					SessionInstructorConstants.STATUS_INVITED,
					SessionInstructorConstants.STATUS_DECLINED
				}
			).isEmpty());

		verifyNoInteractions(_localService);
	}

	@Test
	public void getMySessionInstructorsListsTheCallersOwn() throws Exception {
		int[] statuses = {SessionInstructorConstants.STATUS_INVITED};

		signedInCaller.signOut();

		assertThrows(
			PrincipalException.class,
			() -> _service.getMySessionInstructors(statuses, 0, 20));

		verifyNoInteractions(_localService);

		signedInCaller.signIn();

		List<SessionInstructor> sessionInstructors =
			Collections.singletonList(_sessionInstructor);

		when(
			_localService.getInstructorSessionInstructors(
				SignedInCaller.USER_ID, statuses, 0, 20)
		).thenReturn(
			sessionInstructors
		);

		assertSame(
			sessionInstructors,
			_service.getMySessionInstructors(statuses, 0, 20));
	}

	@Test
	public void inviteInstructorNeedsUpdateOnTheSession() throws Exception {
		_sessionGrants.grant(
			_SESSION_ID, ActionKeys.VIEW
		).grant(
			_SESSION_ID, TrainingActionKeys.VIEW_PARTICIPANTS
		);

		ServiceContext serviceContext = new ServiceContext();

		assertThrows(
			PrincipalException.class,
			() -> _service.inviteInstructor(
				_SESSION_ID, _INSTRUCTOR_USER_ID, "Välkommen", serviceContext));

		verifyNoInteractions(_localService);

		_sessionGrants.grant(_SESSION_ID, ActionKeys.UPDATE);

		when(
			_localService.inviteInstructor(
				SignedInCaller.USER_ID, _SESSION_ID, _INSTRUCTOR_USER_ID,
				"Välkommen", serviceContext)
		).thenReturn(
			_sessionInstructor
		);

		assertSame(
			_sessionInstructor,
			_service.inviteInstructor(
				_SESSION_ID, _INSTRUCTOR_USER_ID, "Välkommen", serviceContext));
	}

	@Test
	public void respondToInvitationIsOnlyForTheInvitedInstructor()
		throws Exception {

		_sessionGrants.grant(_SESSION_ID, ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.respondToInvitation(_SESSION_INSTRUCTOR_ID, true));

		verify(
			_localService, never()
		).respondToInvitation(
			anyLong(), anyBoolean()
		);

		_sessionInstructor.setInstructorUserId(SignedInCaller.USER_ID);

		when(
			_localService.respondToInvitation(_SESSION_INSTRUCTOR_ID, true)
		).thenReturn(
			_sessionInstructor
		);

		assertSame(
			_sessionInstructor,
			_service.respondToInvitation(_SESSION_INSTRUCTOR_ID, true));
	}

	@Test
	public void withdrawInstructorNeedsUpdateOnTheSession() throws Exception {
		_sessionGrants.grant(_SESSION_ID, ActionKeys.VIEW);
		_sessionInstructor.setInstructorUserId(SignedInCaller.USER_ID);

		assertThrows(
			PrincipalException.class,
			() -> _service.withdrawInstructor(_SESSION_INSTRUCTOR_ID));

		verify(
			_localService, never()
		).withdrawInstructor(
			anyLong()
		);

		_sessionGrants.grant(_SESSION_ID, ActionKeys.UPDATE);

		when(
			_localService.withdrawInstructor(_SESSION_INSTRUCTOR_ID)
		).thenReturn(
			_sessionInstructor
		);

		assertSame(
			_sessionInstructor,
			_service.withdrawInstructor(_SESSION_INSTRUCTOR_ID));
	}

	private static final long _INSTRUCTOR_USER_ID = 20140;

	private static final long _SESSION_ID = RegistrationFixture.SESSION_ID;

	private static final long _SESSION_INSTRUCTOR_ID = 62001;

	private final SessionInstructorLocalService _localService = mock(
		SessionInstructorLocalService.class);
	private final SessionInstructorServiceImpl _service =
		new SessionInstructorServiceImpl();
	private final Grants.ModelGrants<CourseSession> _sessionGrants =
		Grants.model(CourseSession.class, CourseSession::getCourseSessionId);
	private final SessionInstructor _sessionInstructor =
		new SessionInstructorImpl();

}
