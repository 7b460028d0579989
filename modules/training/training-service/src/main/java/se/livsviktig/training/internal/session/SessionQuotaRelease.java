package se.livsviktig.training.internal.session;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Date;

import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;

/**
 * Opens a quota's reserved seats to everyone once its date has come, and gives those that are free to the
 * waitlist. A quota released once is not released again, so the release job may run twice.
 *
 * @author Livsviktig
 */
public final class SessionQuotaRelease {

	public SessionQuotaRelease(
		SessionQuotaPersistence sessionQuotaPersistence,
		RegistrationLocalService registrationLocalService) {

		_sessionQuotaPersistence = sessionQuotaPersistence;
		_registrationLocalService = registrationLocalService;
	}

	public SessionQuota release(long sessionQuotaId, Date now)
		throws PortalException {

		SessionQuota sessionQuota = _sessionQuotaPersistence.findByPrimaryKey(
			sessionQuotaId);

		if (sessionQuota.isReleased()) {
			return sessionQuota;
		}

		sessionQuota.setReleased(true);
		sessionQuota.setModifiedDate(now);

		sessionQuota = _sessionQuotaPersistence.update(sessionQuota);

		_registrationLocalService.promoteWaitlist(
			sessionQuota.getCourseSessionId(), 0,
			"quota-released/" + sessionQuotaId);

		return sessionQuota;
	}

	private final RegistrationLocalService _registrationLocalService;
	private final SessionQuotaPersistence _sessionQuotaPersistence;

}
