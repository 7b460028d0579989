package se.livsviktig.training.internal.registration;

import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionQuota;

/**
 * How many seats of a session a person from a given administration may take now. Seats reserved for another
 * administration (a quota) stay out of reach until its release date or until that administration has used
 * them.
 *
 * @author Livsviktig
 */
public class SeatAvailability {

	/**
	 * @param seatsHeldByOrganization seats held per organizationId (pending approval, confirmed, offered...)
	 */
	public SeatAvailability(
		CourseSession courseSession, List<SessionQuota> sessionQuotas,
		Map<Long, Integer> seatsHeldByOrganization, Date now) {

		_courseSession = courseSession;
		_sessionQuotas = sessionQuotas;
		_seatsHeldByOrganization = new HashMap<>(seatsHeldByOrganization);
		_now = now;
	}

	public static SeatAvailability withoutQuotas(CourseSession courseSession) {
		return new SeatAvailability(
			courseSession, Collections.emptyList(), Collections.emptyMap(),
			new Date(0));
	}

	public int getFreeSeats(long organizationId) {
		int freeSeats =
			_courseSession.getSeats() - _courseSession.getSeatsTaken();

		for (SessionQuota sessionQuota : _sessionQuotas) {
			if ((sessionQuota.getOrganizationId() == organizationId) ||
				!isReserved(sessionQuota)) {

				continue;
			}

			int held = _seatsHeldByOrganization.getOrDefault(
				sessionQuota.getOrganizationId(), 0);

			freeSeats -= Math.max(0, sessionQuota.getSeats() - held);
		}

		return Math.max(0, freeSeats);
	}

	public boolean hasSeatFor(long organizationId) {
		if (getFreeSeats(organizationId) > 0) {
			return true;
		}

		return false;
	}

	/**
	 * Counts a seat just given to someone from the organisation, so their quota shrinks. The session's own
	 * counters are read live from the session object.
	 */
	public void seatTakenBy(long organizationId) {
		_seatsHeldByOrganization.merge(organizationId, 1, Integer::sum);
	}

	public boolean isReserved(SessionQuota sessionQuota) {
		if (sessionQuota.isReleased() ||
			((sessionQuota.getReleaseDate() != null) &&
			 !_now.before(sessionQuota.getReleaseDate()))) {

			return false;
		}

		return true;
	}

	private final CourseSession _courseSession;
	private final Date _now;
	private final Map<Long, Integer> _seatsHeldByOrganization;
	private final List<SessionQuota> _sessionQuotas;

}
