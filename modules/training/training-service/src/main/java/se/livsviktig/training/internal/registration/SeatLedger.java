package se.livsviktig.training.internal.registration;

import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.internal.organization.OrganizationLineages;
import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;

/**
 * Reads what a session's seats look like now: its quotas and how many seats each quota's administration
 * already holds, counting each seat against the holder's nearest quota up the organisation tree (see
 * {@link SeatAvailability}). The session row's own counters give the totals. With quotas, the seats held are
 * one query (at most the session's seats as rows), whatever the number of quotas.
 *
 * @author Livsviktig
 */
@Component(service = SeatLedger.class)
public class SeatLedger {

	public SeatAvailability getSeatAvailability(
		CourseSession courseSession, Date now) {

		return getSeatAvailability(
			courseSession, getSessionQuotas(courseSession.getCourseSessionId()),
			_organizationTree.getLineages(), now);
	}

	/**
	 * @param sessionQuotas the session's quotas, read before its row was locked: a quota is the coordinator's
	 *        setting, not a seat, so a registration need not read it under the lock
	 * @param lineages where the organisations sit in the tree; lineages read before are not read again
	 */
	public SeatAvailability getSeatAvailability(
		CourseSession courseSession, List<SessionQuota> sessionQuotas,
		OrganizationLineages lineages, Date now) {

		SeatAvailability seatAvailability = new SeatAvailability(
			courseSession, sessionQuotas, Collections.emptyMap(), lineages, now);

		if (sessionQuotas.isEmpty()) {
			return seatAvailability;
		}

		for (Registration registration :
				_registrationPersistence.findByCS_S(
					courseSession.getCourseSessionId(),
					RegistrationConstants.SEAT_HOLDING_STATUSES)) {

			seatAvailability.seatTakenBy(registration.getOrganizationId());
		}

		return seatAvailability;
	}

	public List<SessionQuota> getSessionQuotas(long courseSessionId) {
		return _sessionQuotaPersistence.findByCourseSessionId(courseSessionId);
	}

	@Reference
	private OrganizationTree _organizationTree;

	@Reference
	private RegistrationPersistence _registrationPersistence;

	@Reference
	private SessionQuotaPersistence _sessionQuotaPersistence;

}
