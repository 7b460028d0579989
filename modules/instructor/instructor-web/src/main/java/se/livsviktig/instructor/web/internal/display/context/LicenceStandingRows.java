package se.livsviktig.instructor.web.internal.display.context;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * Turns the company's licence standings into the signed-in person's rows. LicenceStandingLocalService computes
 * every instructor of a company in a constant number of statements and offers no per-person read, so the page
 * asks it once and keeps the person's own here, rather than asking per method.
 *
 * @author Livsviktig
 */
public class LicenceStandingRows {

	public LicenceStandingRows(CertificationRows certificationRows) {
		_certificationRows = certificationRows;
	}

	/**
	 * @param  userId the person whose standings to keep
	 * @param  licenceStandings the company's standings, ordered by user and method
	 * @return the person's standings, one row per method they are certified for, in the service's order
	 */
	public List<LicenceStandingRow> toRows(
		long userId, List<LicenceStanding> licenceStandings) {

		List<LicenceStandingRow> rows = new ArrayList<>();

		for (LicenceStanding licenceStanding : licenceStandings) {
			if (licenceStanding.getUserId() == userId) {
				rows.add(_toRow(licenceStanding));
			}
		}

		return rows;
	}

	public static String standingLabelKey(InstructorStanding standing) {
		if (standing == InstructorStanding.AT_RISK) {
			return "licence-standing-at-risk";
		}

		if (standing == InstructorStanding.LAPSED) {
			return "licence-standing-lapsed";
		}

		return "licence-standing-ok";
	}

	private LicenceStandingRow _toRow(LicenceStanding licenceStanding) {
		return new LicenceStandingRow(
			_certificationRows.trainingMethodName(
				licenceStanding.getTrainingMethodId()),
			standingLabelKey(licenceStanding.getStanding()),
			licenceStanding.getSessionsRequired() > 0,
			licenceStanding.getSessionsDelivered(),
			licenceStanding.getSessionsRequired(),
			licenceStanding.getSessionsStillNeeded(),
			_certificationRows.formatDate(licenceStanding.getDeadline()),
			_certificationRows.formatDate(licenceStanding.getCertifiedUntil()),
			(licenceStanding.getCertifiedUntil() == null) &&
			(licenceStanding.getStanding() != InstructorStanding.LAPSED));
	}

	private final CertificationRows _certificationRows;

}
