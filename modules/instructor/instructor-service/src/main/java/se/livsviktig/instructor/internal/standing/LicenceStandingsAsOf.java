package se.livsviktig.instructor.internal.standing;

import java.time.Instant;

import java.util.List;

import se.livsviktig.instructor.standing.LicenceStanding;

/**
 * The licence standings of a company's instructors as they were at a past moment, for the report's figures: the
 * same rule and the same three statements as {@code LicenceStandingLocalService}'s, only the moment and the
 * certifications active at it differ. Internal, so the API's standings stay today's.
 *
 * @author Livsviktig
 */
public interface LicenceStandingsAsOf {

	/**
	 * @return the standing of every instructor with a certification active at the moment, per method, ordered by
	 *         user and method
	 */
	public List<LicenceStanding> getLicenceStandingsAsOf(
		long companyId, Instant asOf);

}
