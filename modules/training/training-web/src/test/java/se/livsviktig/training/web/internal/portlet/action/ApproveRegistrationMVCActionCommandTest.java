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
public class ApproveRegistrationMVCActionCommandTest
	extends DecideRegistrationMVCActionCommandTestCase {

	@Override
	protected BaseDecideRegistrationMVCActionCommand createCommand() {
		return new ApproveRegistrationMVCActionCommand();
	}

	@Override
	protected String successMessageKey() {
		return ApprovalsDisplayContext.APPROVED_MESSAGE_KEY;
	}

	@Override
	protected void verifyDecided(
			RegistrationService registrationService, long registrationId,
			String comment)
		throws PortalException {

		verify(
			registrationService
		).approveRegistration(
			registrationId, comment
		);
	}

	@Override
	protected OngoingStubbing<Registration> whenDecided(
			RegistrationService registrationService, long registrationId,
			String comment)
		throws PortalException {

		return when(
			registrationService.approveRegistration(registrationId, comment));
	}

}
