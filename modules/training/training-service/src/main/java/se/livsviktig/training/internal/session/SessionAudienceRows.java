package se.livsviktig.training.internal.session;

import com.liferay.counter.kernel.service.CounterLocalService;

import java.util.Date;
import java.util.List;

import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.service.persistence.SessionAudiencePersistence;

/**
 * Writes who a session is for: one row per organisation, none for the whole company. An organisation named twice
 * gets one row, so the audience's unique (courseSessionId, organizationId) holds.
 *
 * @author Livsviktig
 */
public final class SessionAudienceRows {

	public SessionAudienceRows(
		SessionAudiencePersistence sessionAudiencePersistence,
		CounterLocalService counterLocalService) {

		_sessionAudiencePersistence = sessionAudiencePersistence;
		_counterLocalService = counterLocalService;
	}

	/**
	 * @param organizationIds the organisations, or null to leave the audience as it is
	 */
	public void add(
		CourseSession courseSession, long[] organizationIds, Date now) {

		if (organizationIds == null) {
			return;
		}

		for (long organizationId : organizationIds) {
			if (_sessionAudiencePersistence.fetchByCS_O(
					courseSession.getCourseSessionId(), organizationId) !=
						null) {

				continue;
			}

			SessionAudience sessionAudience =
				_sessionAudiencePersistence.create(
					_counterLocalService.increment());

			sessionAudience.setGroupId(courseSession.getGroupId());
			sessionAudience.setCompanyId(courseSession.getCompanyId());
			sessionAudience.setCreateDate(now);
			sessionAudience.setCourseSessionId(
				courseSession.getCourseSessionId());
			sessionAudience.setOrganizationId(organizationId);

			_sessionAudiencePersistence.update(sessionAudience);
		}
	}

	/**
	 * @return the organisations the session is for, none for the whole company
	 */
	public long[] getOrganizationIds(long courseSessionId) {
		List<SessionAudience> sessionAudiences =
			_sessionAudiencePersistence.findByCourseSessionId(courseSessionId);

		long[] organizationIds = new long[sessionAudiences.size()];

		for (int i = 0; i < organizationIds.length; i++) {
			organizationIds[i] = sessionAudiences.get(
				i
			).getOrganizationId();
		}

		return organizationIds;
	}

	private final CounterLocalService _counterLocalService;
	private final SessionAudiencePersistence _sessionAudiencePersistence;

}
