package se.livsviktig.training.internal.registration;

import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.training.internal.organization.OrganizationLineages;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionQuota;

/**
 * How many seats of a session a person from a given administration may take now. Seats reserved for another
 * administration (a quota) stay out of reach until its release date or until that administration has used
 * them.
 *
 * <p>
 * Quotas follow the organisation tree: a person counts against exactly one quota, the nearest one on the way
 * up from their organisation (their unit's own quota before the förvaltning's above it), and may use that
 * quota's reserved seats only. When a unit and its förvaltning both have quotas, the förvaltning's seats are
 * kept for its staff outside that unit, so the two reservations never count one seat twice.
 * </p>
 *
 * @author Livsviktig
 */
public class SeatAvailability {

	/**
	 * Quotas without the organisation tree: each counts its own organisation's seats only.
	 *
	 * @param seatsHeldByOrganization seats held per quota's organizationId (pending approval, confirmed,
	 *        offered...)
	 */
	public SeatAvailability(
		CourseSession courseSession, List<SessionQuota> sessionQuotas,
		Map<Long, Integer> seatsHeldByOrganization, Date now) {

		this(
			courseSession, sessionQuotas, seatsHeldByOrganization,
			OrganizationLineages.flat(), now);
	}

	/**
	 * @param seatsHeldByOrganization seats held per quota's organizationId (pending approval, confirmed,
	 *        offered...)
	 * @param lineages where the organisations sit in the tree, to find each person's nearest quota
	 */
	public SeatAvailability(
		CourseSession courseSession, List<SessionQuota> sessionQuotas,
		Map<Long, Integer> seatsHeldByOrganization,
		OrganizationLineages lineages, Date now) {

		_courseSession = courseSession;
		_sessionQuotas = sessionQuotas;
		_seatsHeldByOrganization = new HashMap<>(seatsHeldByOrganization);
		_lineages = lineages;
		_now = now;

		for (SessionQuota sessionQuota : sessionQuotas) {
			_quotaOrganizationIds.add(sessionQuota.getOrganizationId());
		}
	}

	public static SeatAvailability withoutQuotas(CourseSession courseSession) {
		return new SeatAvailability(
			courseSession, Collections.emptyList(), Collections.emptyMap(),
			new Date(0));
	}

	public int getFreeSeats(long organizationId) {
		int freeSeats =
			_courseSession.getSeats() - _courseSession.getSeatsTaken();

		long quotaOrganizationId = getQuotaOrganizationId(organizationId);

		for (SessionQuota sessionQuota : _sessionQuotas) {
			if ((sessionQuota.getOrganizationId() == quotaOrganizationId) ||
				!isReserved(sessionQuota)) {

				continue;
			}

			int held = _seatsHeldByOrganization.getOrDefault(
				sessionQuota.getOrganizationId(), 0);

			freeSeats -= Math.max(0, sessionQuota.getSeats() - held);
		}

		return Math.max(0, freeSeats);
	}

	/**
	 * @return the organisation of the quota a person from this organisation counts against: its own, else its
	 *         nearest ancestor's; 0 when no quota is theirs
	 */
	public long getQuotaOrganizationId(long organizationId) {
		return _lineages.getNearest(organizationId, _quotaOrganizationIds);
	}

	public boolean hasSeatFor(long organizationId) {
		if (getFreeSeats(organizationId) > 0) {
			return true;
		}

		return false;
	}

	/**
	 * Counts a seat held by someone from the organisation against their quota, so it shrinks. The session's
	 * own counters are read live from the session object.
	 */
	public void seatTakenBy(long organizationId) {
		long quotaOrganizationId = getQuotaOrganizationId(organizationId);

		if (quotaOrganizationId > 0) {
			_seatsHeldByOrganization.merge(quotaOrganizationId, 1, Integer::sum);
		}
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
	private final OrganizationLineages _lineages;
	private final Date _now;
	private final Set<Long> _quotaOrganizationIds = new HashSet<>();
	private final Map<Long, Integer> _seatsHeldByOrganization;
	private final List<SessionQuota> _sessionQuotas;

}
