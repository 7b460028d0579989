package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.mockito.stubbing.OngoingStubbing;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.exception.RegistrationCommentException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * What approving and declining share: the decision goes to the remote service with the comment; a decision
 * made leaves a success message with the person's name; each refusal the service can give leaves its exception
 * for the error summary, and the request and the typed comment for the list to show again.
 *
 * @author Livsviktig
 */
public abstract class DecideRegistrationMVCActionCommandTestCase {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@Test
	public void aCommentTooLongComesBackWithWhatWasTyped() throws Exception {
		_assertRefusal(new RegistrationCommentException("too long"));
	}

	@Test
	public void aDecisionSomeoneElseMadeFirstComesBackWithTheComment()
		throws Exception {

		_assertRefusal(
			new RegistrationStatusException(
				"Registration 30001 is confirmed"));
	}

	@Test
	public void aMissingRequestComesBackToTheList() throws Exception {
		_assertRefusal(new NoSuchRegistrationException());
	}

	@Test
	public void aRefusedPermissionComesBackToTheListWithTheComment()
		throws Exception {

		PrincipalException.MustHavePermission mustHavePermission =
			new PrincipalException.MustHavePermission(
				20125, Registration.class.getName(), _REGISTRATION_ID,
				"APPROVE_REGISTRATION");

		_assertRefusal(mustHavePermission);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, PrincipalException.getNestedClasses()));
	}

	@Test
	public void aDecisionMadeSaysWhoseRequestItWas() throws Exception {
		Registration registration = mock(Registration.class);

		when(
			registration.getUserName()
		).thenReturn(
			"Anna Andersson"
		);

		whenDecided(
			_registrationService, _REGISTRATION_ID, _COMMENT
		).thenReturn(
			registration
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		verifyDecided(_registrationService, _REGISTRATION_ID, _COMMENT);
		assertEquals(
			"Anna Andersson",
			SessionMessages.get(_actionRequest, successMessageKey()));
		assertTrue(SessionErrors.isEmpty(_actionRequest));
		verify(_renderParameters).setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.VIEW_APPROVALS);
		verify(_renderParameters).removeParameter("comment");
		verify(_renderParameters).removeParameter("registrationId");
	}

	@Test
	public void anUnexpectedFailureIsNotSwallowed() throws Exception {
		whenDecided(
			_registrationService, _REGISTRATION_ID, _COMMENT
		).thenThrow(
			new SystemException("database down")
		);

		assertThrows(
			SystemException.class,
			() -> _command.doProcessAction(_actionRequest, _actionResponse));
	}

	@BeforeEach
	public void setUp() {
		_command = createCommand();

		Fields.set(_command, "_registrationService", _registrationService);

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
			_actionRequest.getParameter("registrationId")
		).thenReturn(
			String.valueOf(_REGISTRATION_ID)
		);
		when(
			_actionRequest.getParameter("comment")
		).thenReturn(
			_COMMENT
		);
	}

	protected abstract BaseDecideRegistrationMVCActionCommand createCommand();

	protected abstract String successMessageKey();

	protected abstract void verifyDecided(
			RegistrationService registrationService, long registrationId,
			String comment)
		throws PortalException;

	protected abstract OngoingStubbing<Registration> whenDecided(
			RegistrationService registrationService, long registrationId,
			String comment)
		throws PortalException;

	private void _assertRefusal(PortalException portalException)
		throws Exception {

		whenDecided(
			_registrationService, _REGISTRATION_ID, _COMMENT
		).thenThrow(
			portalException
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		assertSame(
			portalException,
			SessionErrors.get(
				_actionRequest, portalException.getClass().getName()));
		assertFalse(
			SessionMessages.contains(_actionRequest, successMessageKey()));
		verify(_renderParameters).setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.VIEW_APPROVALS);
		verify(_renderParameters).setValue("comment", _COMMENT);
		verify(_renderParameters).setValue(
			"registrationId", String.valueOf(_REGISTRATION_ID));
		verify(
			_renderParameters, never()
		).removeParameter(
			"comment"
		);
	}

	private static final String _COMMENT = "Prata med mig först om vikarie.";

	private static final long _REGISTRATION_ID = 30001;

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private BaseDecideRegistrationMVCActionCommand _command;
	private final RegistrationService _registrationService = mock(
		RegistrationService.class);
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);

}
