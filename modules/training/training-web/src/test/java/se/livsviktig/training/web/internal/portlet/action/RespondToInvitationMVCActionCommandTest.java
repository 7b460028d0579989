package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.exception.InstructorNotQualifiedException;
import se.livsviktig.training.exception.NoSuchSessionInstructorException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.MySessionsMessages;

/**
 * An instructor's answer goes to the remote service as accept or decline; an accepted session opens; each
 * refusal the service can give is kept under its type with the invitation, for the error summary; anything
 * else fails loudly.
 *
 * @author Livsviktig
 */
public class RespondToInvitationMVCActionCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@Test
	public void acceptingOpensTheSession() throws Exception {
		_answer("accept");

		SessionInstructor sessionInstructor = mock(SessionInstructor.class);

		when(
			sessionInstructor.getCourseSessionId()
		).thenReturn(
			_COURSE_SESSION_ID
		);
		when(
			_sessionInstructorService.respondToInvitation(
				_SESSION_INSTRUCTOR_ID, true)
		).thenReturn(
			sessionInstructor
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(_sessionInstructorService).respondToInvitation(
			_SESSION_INSTRUCTOR_ID, true);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, MySessionsMessages.INVITATION_ACCEPTED));
		assertTrue(SessionErrors.isEmpty(_actionRequest));
		verify(_renderParameters).setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.VIEW_MY_SESSIONS);
		verify(_renderParameters).setValue(
			"courseSessionId", String.valueOf(_COURSE_SESSION_ID));
		verify(
			_renderParameters, never()
		).setValue(
			"sessionInstructorId", String.valueOf(_SESSION_INSTRUCTOR_ID)
		);
	}

	@Test
	public void anAnswerAlreadyGivenIsExplained() throws Exception {
		_assertRefusal(
			new RegistrationStatusException("Invitation 701 is answered"),
			RegistrationStatusException.class,
			"this-invitation-has-already-been-answered");
	}

	@Test
	public void anInstructorNotCertifiedIsToldSo() throws Exception {
		_assertRefusal(
			new InstructorNotQualifiedException(),
			InstructorNotQualifiedException.class,
			"you-are-not-certified-for-this-method-on-every-date-of-the-session");
	}

	@Test
	public void anInvitationWithdrawnIsExplained() throws Exception {
		_assertRefusal(
			new NoSuchSessionInstructorException(),
			NoSuchSessionInstructorException.class,
			"the-invitation-could-not-be-found");
	}

	@Test
	public void anUnexpectedFailureIsNotSwallowed() throws Exception {
		_answer("accept");

		when(
			_sessionInstructorService.respondToInvitation(
				_SESSION_INSTRUCTOR_ID, true)
		).thenThrow(
			new SystemException("database down")
		);

		assertThrows(
			SystemException.class,
			() -> _command.doProcessAction(_actionRequest, _actionResponse));
	}

	@Test
	public void decliningSaysSoAndOpensNothing() throws Exception {
		_answer("decline");

		when(
			_sessionInstructorService.respondToInvitation(
				_SESSION_INSTRUCTOR_ID, false)
		).thenReturn(
			mock(SessionInstructor.class)
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(_sessionInstructorService).respondToInvitation(
			_SESSION_INSTRUCTOR_ID, false);
		assertTrue(
			SessionMessages.contains(
				_actionRequest, MySessionsMessages.INVITATION_DECLINED));
		verify(
			_renderParameters, never()
		).setValue(
			eq("courseSessionId"), anyString()
		);
	}

	@Test
	public void someoneElsesInvitationIsRefused() throws Exception {
		_assertRefusal(
			new PrincipalException.MustHavePermission(
				20125, SessionInstructor.class.getName(),
				_SESSION_INSTRUCTOR_ID, "UPDATE"),
			PrincipalException.class, "you-may-not-answer-this-invitation");
	}

	@BeforeEach
	public void setUp() {
		Fields.set(
			_command, "_sessionInstructorService", _sessionInstructorService);

		new PortletSessions(
			kernelStatics.portal()
		).with(
			_actionRequest
		);

		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);
		when(
			_actionRequest.getParameter("sessionInstructorId")
		).thenReturn(
			String.valueOf(_SESSION_INSTRUCTOR_ID)
		);
	}

	private void _answer(String answer) {
		when(
			_actionRequest.getParameter("answer")
		).thenReturn(
			answer
		);
	}

	private void _assertRefusal(
			PortalException portalException,
			Class<? extends PortalException> errorType, String messageKey)
		throws Exception {

		_answer("accept");

		when(
			_sessionInstructorService.respondToInvitation(
				_SESSION_INSTRUCTOR_ID, true)
		).thenThrow(
			portalException
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertSame(
			portalException,
			SessionErrors.get(_actionRequest, errorType.getName()));
		assertFalse(
			SessionMessages.contains(
				_actionRequest, MySessionsMessages.INVITATION_ACCEPTED));
		verify(_renderParameters).setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.VIEW_MY_SESSIONS);
		verify(_renderParameters).setValue(
			"sessionInstructorId", String.valueOf(_SESSION_INSTRUCTOR_ID));

		assertEquals(
			messageKey,
			MySessionsMessages.getInvitationErrorKeys(
			).get(
				errorType
			),
			"the list explains the refusal with its own message");
	}

	private static final long _COURSE_SESSION_ID = 40201;

	private static final long _SESSION_INSTRUCTOR_ID = 701;

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final RespondToInvitationMVCActionCommand _command =
		new RespondToInvitationMVCActionCommand();
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final SessionInstructorService _sessionInstructorService = mock(
		SessionInstructorService.class);

}
