package se.livsviktig.training.internal.session;

import com.liferay.counter.kernel.service.CounterLocalService;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;

/**
 * Writes a session's quotas in place of the ones it had. A quota whose release date has already come is written
 * released, so the release job does not hand its seats out a second time.
 *
 * @author Livsviktig
 */
public final class SessionQuotaRows {

	public SessionQuotaRows(
		SessionQuotaPersistence sessionQuotaPersistence,
		CounterLocalService counterLocalService) {

		_sessionQuotaPersistence = sessionQuotaPersistence;
		_counterLocalService = counterLocalService;
	}

	public List<SessionQuota> replace(
		CourseSession courseSession, long[] organizationIds, int[] seats,
		Date[] releaseDates, Date now) {

		_sessionQuotaPersistence.removeByCourseSessionId(
			courseSession.getCourseSessionId());

		List<SessionQuota> sessionQuotas = new ArrayList<>();

		for (int i = 0; i < organizationIds.length; i++) {
			SessionQuota sessionQuota = _sessionQuotaPersistence.create(
				_counterLocalService.increment());

			sessionQuota.setGroupId(courseSession.getGroupId());
			sessionQuota.setCompanyId(courseSession.getCompanyId());
			sessionQuota.setCreateDate(now);
			sessionQuota.setModifiedDate(now);
			sessionQuota.setCourseSessionId(courseSession.getCourseSessionId());
			sessionQuota.setOrganizationId(organizationIds[i]);
			sessionQuota.setSeats(seats[i]);
			sessionQuota.setReleaseDate(releaseDates[i]);
			sessionQuota.setReleased(!now.before(releaseDates[i]));

			sessionQuotas.add(_sessionQuotaPersistence.update(sessionQuota));
		}

		return sessionQuotas;
	}

	private final CounterLocalService _counterLocalService;
	private final SessionQuotaPersistence _sessionQuotaPersistence;

}
