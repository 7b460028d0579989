package se.livsviktig.training.internal.registration;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;

/**
 * Reads what a session's seats look like now: its quotas and how many seats each quota's administration
 * already holds. The session row's own counters give the totals.
 *
 * @author Livsviktig
 */
@Component(service = SeatLedger.class)
public class SeatLedger {

	public SeatAvailability getSeatAvailability(
		CourseSession courseSession, Date now) {

		List<SessionQuota> sessionQuotas =
			_sessionQuotaPersistence.findByCourseSessionId(
				courseSession.getCourseSessionId());

		Map<Long, Integer> seatsHeldByOrganization = new HashMap<>();

		for (SessionQuota sessionQuota : sessionQuotas) {
			seatsHeldByOrganization.put(
				sessionQuota.getOrganizationId(),
				_registrationPersistence.countByCS_O_S(
					courseSession.getCourseSessionId(),
					sessionQuota.getOrganizationId(),
					RegistrationConstants.SEAT_HOLDING_STATUSES));
		}

		return new SeatAvailability(
			courseSession, sessionQuotas, seatsHeldByOrganization, now);
	}

	@Reference
	private RegistrationPersistence _registrationPersistence;

	@Reference
	private SessionQuotaPersistence _sessionQuotaPersistence;

}
