package se.livsviktig.training.uad.anonymizer;

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
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.SessionInstructorLocalService;

/**
 * The coordinator's message in an instructor invitation is free text between two people: it goes when either
 * of them is anonymised, and stays when someone else is.
 *
 * @author Livsviktig
 */
public class SessionInstructorUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			_anonymizer, "sessionInstructorLocalService",
			_sessionInstructorLocalService);

		when(
			_anonymousUser.getUserId()
		).thenReturn(
			_ANONYMOUS_USER_ID
		);
		when(
			_sessionInstructor.getUserId()
		).thenReturn(
			_COORDINATOR_USER_ID
		);
		when(
			_sessionInstructor.getInstructorUserId()
		).thenReturn(
			_INSTRUCTOR_USER_ID
		);
	}

	@Test
	public void anonymisingTheInstructorErasesTheMessage() throws Exception {
		_anonymizer.autoAnonymize(
			_sessionInstructor, _INSTRUCTOR_USER_ID, _anonymousUser);

		FreeTextColumns.verifyErased(
			verify(_sessionInstructor), "SessionInstructor");
		verify(_sessionInstructor).setInstructorUserId(_ANONYMOUS_USER_ID);
		verify(
			_sessionInstructorLocalService
		).updateSessionInstructor(
			_sessionInstructor
		);
	}

	@Test
	public void anonymisingTheCoordinatorErasesTheMessage() throws Exception {
		_anonymizer.autoAnonymize(
			_sessionInstructor, _COORDINATOR_USER_ID, _anonymousUser);

		FreeTextColumns.verifyErased(
			verify(_sessionInstructor), "SessionInstructor");
	}

	@Test
	public void anonymisingSomeoneElseKeepsTheMessage() throws Exception {
		_anonymizer.autoAnonymize(
			_sessionInstructor, _OTHER_USER_ID, _anonymousUser);

		verify(_sessionInstructor, never()).setMessage(null);
		verify(_sessionInstructor, never()).setMessage(anyString());
	}

	private static final long _ANONYMOUS_USER_ID = 1;

	private static final long _COORDINATOR_USER_ID = 30001;

	private static final long _INSTRUCTOR_USER_ID = 30002;

	private static final long _OTHER_USER_ID = 30003;

	private final SessionInstructorUADAnonymizer _anonymizer =
		new SessionInstructorUADAnonymizer();
	private final User _anonymousUser = mock(User.class);
	private final SessionInstructor _sessionInstructor = mock(
		SessionInstructor.class);
	private final SessionInstructorLocalService _sessionInstructorLocalService =
		mock(SessionInstructorLocalService.class);

}
