package se.livsviktig.training.uad.anonymizer;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.portal.kernel.model.User;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationLocalService;

/**
 * Anonymised registrations still count in the year's figures, but say nothing about the person.
 *
 * @author Livsviktig
 */
public class RegistrationUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			_anonymizer, "registrationLocalService",
			_registrationLocalService);

		when(
			_anonymousUser.getUserId()
		).thenReturn(
			_ANONYMOUS_USER_ID
		);
		when(
			_anonymousUser.getFullName()
		).thenReturn(
			"Anonymous Anonymous"
		);
		when(
			_registration.getRegistrationId()
		).thenReturn(
			_REGISTRATION_ID
		);
	}

	@Test
	public void anonymisingTheParticipantRemovesThemAndTheirFreeText()
		throws Exception {

		when(
			_registration.getUserId()
		).thenReturn(
			_USER_ID
		);
		when(
			_registration.getActiveKey()
		).thenReturn(
			_USER_ID
		);

		_anonymizer.autoAnonymize(_registration, _USER_ID, _anonymousUser);

		verify(_registration).setUserId(_ANONYMOUS_USER_ID);
		verify(_registration).setUserName("Anonymous Anonymous");
		verify(_registration).setActiveKey(-_REGISTRATION_ID);
		verify(_registration).setDietaryNeeds(null);
		verify(_registration).setMotivation(null);
		verify(_registration).setReviewComment(null);
		verify(_registration).setCancellationReason(null);
		verify(_registration, never()).setOrganizationId(anyLong());
		verify(_registration, never()).setTrainingMethodId(anyLong());
		verify(_registration, never()).setStatus(anyInt());
		verify(_registrationLocalService).updateRegistration(_registration);
	}

	@Test
	public void anonymisingAnApproverKeepsTheParticipantsRegistration()
		throws Exception {

		when(
			_registration.getUserId()
		).thenReturn(
			_USER_ID
		);
		when(
			_registration.getActiveKey()
		).thenReturn(
			_USER_ID
		);
		when(
			_registration.getReviewerUserId()
		).thenReturn(
			_MANAGER_USER_ID
		);

		_anonymizer.autoAnonymize(
			_registration, _MANAGER_USER_ID, _anonymousUser);

		verify(_registration).setReviewerUserId(_ANONYMOUS_USER_ID);
		verify(_registration, never()).setUserId(anyLong());
		verify(_registration, never()).setActiveKey(anyLong());
		verify(_registration, never()).setDietaryNeeds(anyString());
		verify(_registration, never()).setDietaryNeeds(null);
	}

	private static final long _ANONYMOUS_USER_ID = 1;

	private static final long _MANAGER_USER_ID = 30001;

	private static final long _REGISTRATION_ID = 50001;

	private static final long _USER_ID = 30002;

	private final RegistrationUADAnonymizer _anonymizer =
		new RegistrationUADAnonymizer();
	private final User _anonymousUser = mock(User.class);
	private final Registration _registration = mock(Registration.class);
	private final RegistrationLocalService _registrationLocalService = mock(
		RegistrationLocalService.class);

}
