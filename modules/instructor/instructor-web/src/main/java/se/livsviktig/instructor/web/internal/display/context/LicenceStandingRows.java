package se.livsviktig.instructor.web.internal.display.context;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * Turns the signed-in person's licence standings (LicenceStandingLocalService.getHolderLicenceStandings) into the
 * rows Mina instruktörsuppdrag shows.
 *
 * @author Livsviktig
 */
public class LicenceStandingRows {

	public LicenceStandingRows(CertificationRows certificationRows) {
		_certificationRows = certificationRows;
	}

	/**
	 * @param  licenceStandings the person's standings
	 * @return one row per method they are certified for, in the service's order
	 */
	public List<LicenceStandingRow> toRows(
		List<LicenceStanding> licenceStandings) {

		List<LicenceStandingRow> rows = new ArrayList<>(
			licenceStandings.size());

		for (LicenceStanding licenceStanding : licenceStandings) {
			rows.add(_toRow(licenceStanding));
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
			licenceStanding.isOpenEnded());
	}

	private final CertificationRows _certificationRows;

}
