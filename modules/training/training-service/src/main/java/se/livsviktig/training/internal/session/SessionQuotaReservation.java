package se.livsviktig.training.internal.session;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.exception.PortalException;

import java.util.Date;
import java.util.List;

import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;

/**
 * Reserves a session's seats for administrations until given dates, in place of the quotas it had, once the
 * quotas fit the session ({@link SessionQuotaRules}) and name organisations of its company.
 *
 * @author Livsviktig
 */
public final class SessionQuotaReservation {

	public SessionQuotaReservation(
		CourseSessionPersistence courseSessionPersistence,
		SessionQuotaPersistence sessionQuotaPersistence,
		CounterLocalService counterLocalService,
		SessionReferences sessionReferences) {

		_courseSessionPersistence = courseSessionPersistence;
		_sessionQuotaPersistence = sessionQuotaPersistence;
		_counterLocalService = counterLocalService;
		_sessionReferences = sessionReferences;
	}

	public List<SessionQuota> reserve(
			long courseSessionId, long[] organizationIds, int[] seats,
			Date[] releaseDates, Date now)
		throws PortalException {

		CourseSession courseSession =
			_courseSessionPersistence.findByPrimaryKey(courseSessionId);

		SessionQuotaRules.checkShape(organizationIds, seats, releaseDates);

		_sessionReferences.checkOrganizations(
			courseSession.getCompanyId(), organizationIds);

		SessionQuotaRules.checkSeats(
			courseSession, organizationIds, seats, releaseDates);

		List<SessionQuota> sessionQuotas = new SessionQuotaRows(
			_sessionQuotaPersistence, _counterLocalService
		).replace(
			courseSession, organizationIds, seats, releaseDates, now
		);

		// Touch the session so concurrent registrations re-read the quotas

		courseSession.setModifiedDate(now);

		_courseSessionPersistence.update(courseSession);

		return sessionQuotas;
	}

	private final CounterLocalService _counterLocalService;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final SessionQuotaPersistence _sessionQuotaPersistence;
	private final SessionReferences _sessionReferences;

}
