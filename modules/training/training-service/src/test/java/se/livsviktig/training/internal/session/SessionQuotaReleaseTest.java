package se.livsviktig.training.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Date;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.model.impl.SessionQuotaImpl;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;

/**
 * A quota's seats go to the waitlist when it is released, once: the job that runs again hands nothing out twice.
 *
 * @author Livsviktig
 */
public class SessionQuotaReleaseTest {

	@Test
	public void aQuotaIsReleasedAndItsSeatsGoToTheWaitlist() throws Exception {
		SessionQuota sessionQuota = _sessionQuota(false);

		SessionQuota released = _sessionQuotaRelease.release(
			_QUOTA_ID, _now);

		assertTrue(released.isReleased());
		assertEquals(_now, released.getModifiedDate());

		verify(
			_registrationLocalService
		).promoteWaitlist(
			_SESSION_ID, 0, "quota-released/" + _QUOTA_ID
		);
		verify(_sessionQuotaPersistence).update(sessionQuota);
	}

	@Test
	public void aQuotaReleasedBeforeIsLeftAsItIs() throws Exception {
		_sessionQuota(true);

		_sessionQuotaRelease.release(_QUOTA_ID, _now);

		verifyNoInteractions(_registrationLocalService);
	}

	private SessionQuota _sessionQuota(boolean released) throws Exception {
		SessionQuota sessionQuota = new SessionQuotaImpl();

		sessionQuota.setSessionQuotaId(_QUOTA_ID);
		sessionQuota.setCourseSessionId(_SESSION_ID);
		sessionQuota.setReleased(released);

		when(
			_sessionQuotaPersistence.findByPrimaryKey(_QUOTA_ID)
		).thenReturn(
			sessionQuota
		);
		when(
			_sessionQuotaPersistence.update(any(SessionQuota.class))
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);

		return sessionQuota;
	}

	private static final long _QUOTA_ID = 5001;

	private static final long _SESSION_ID = 4711;

	private final Date _now = new Date(1_800_000_000_000L);
	private final RegistrationLocalService _registrationLocalService = mock(
		RegistrationLocalService.class);
	private final SessionQuotaPersistence _sessionQuotaPersistence = mock(
		SessionQuotaPersistence.class);
	private final SessionQuotaRelease _sessionQuotaRelease =
		new SessionQuotaRelease(
			_sessionQuotaPersistence, _registrationLocalService);

}
