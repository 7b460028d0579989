package se.livsviktig.training.web.internal.portlet.action;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;

import org.mockito.stubbing.OngoingStubbing;

import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.display.context.ApprovalsDisplayContext;

/**
 * @author Livsviktig
 */
public class DeclineRegistrationMVCActionCommandTest
	extends DecideRegistrationMVCActionCommandTestCase {

	@Override
	protected BaseDecideRegistrationMVCActionCommand createCommand() {
		return new DeclineRegistrationMVCActionCommand();
	}

	@Override
	protected String successMessageKey() {
		return ApprovalsDisplayContext.DECLINED_MESSAGE_KEY;
	}

	@Override
	protected void verifyDecided(
			RegistrationService registrationService, long registrationId,
			String comment)
		throws PortalException {

		verify(
			registrationService
		).declineRegistration(
			registrationId, comment
		);
	}

	@Override
	protected OngoingStubbing<Registration> whenDecided(
			RegistrationService registrationService, long registrationId,
			String comment)
		throws PortalException {

		return when(
			registrationService.declineRegistration(registrationId, comment));
	}

}
