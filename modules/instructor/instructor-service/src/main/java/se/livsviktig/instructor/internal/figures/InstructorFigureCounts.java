package se.livsviktig.instructor.internal.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.livsviktig.instructor.figures.InstructorCount;
import se.livsviktig.instructor.figures.InstructorStandingCount;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.spi.InstructorStanding;
import se.livsviktig.training.staffing.DeliveredSessionCount;

/**
 * Turns what the figure families read into counts per administration, training method and sex, ordered so. The
 * certified count is the database's (a COUNT DISTINCT, whose number type differs between PostgreSQL and MariaDB,
 * so it is read as a Number); the active and standing counts are of rows that are already one per instructor and
 * method (training's GROUP BY and the app's standings), each placed in the cell its {@link InstructorAttribution}
 * gives, so counting them counts people.
 *
 * @author Livsviktig
 */
public class InstructorFigureCounts {

	/**
	 * @param deliveredSessionCounts one row per instructor and method with a delivered session
	 * @return per cell, the instructors who delivered at least one session of the method
	 */
	public static List<InstructorCount> activeCounts(
		List<DeliveredSessionCount> deliveredSessionCounts,
		InstructorAttribution instructorAttribution) {

		Map<FigureCell, Long> counts = new TreeMap<>();

		for (DeliveredSessionCount deliveredSessionCount :
				deliveredSessionCounts) {

			if (deliveredSessionCount.getSessionCount() <= 0) {
				continue;
			}

			FigureCell figureCell = instructorAttribution.cellOf(
				deliveredSessionCount.getUserId(),
				deliveredSessionCount.getTrainingMethodId());

			if (figureCell != null) {
				counts.merge(figureCell, 1L, Long::sum);
			}
		}

		List<InstructorCount> instructorCounts = new ArrayList<>();

		for (Map.Entry<FigureCell, Long> entry : counts.entrySet()) {
			FigureCell figureCell = entry.getKey();

			instructorCounts.add(
				new InstructorCount(
					figureCell.getOrganizationId(),
					figureCell.getTrainingMethodId(), figureCell.getSex(),
					entry.getValue()));
		}

		return instructorCounts;
	}

	/**
	 * @param rows organizationId, trainingMethodId, sex and the number of instructors, one row per cell
	 */
	public static List<InstructorCount> fromRows(List<Object[]> rows) {
		List<InstructorCount> instructorCounts = new ArrayList<>(rows.size());

		for (Object[] row : rows) {
			instructorCounts.add(
				new InstructorCount(
					((Number)row[0]).longValue(), ((Number)row[1]).longValue(),
					_sex((String)row[2]), ((Number)row[3]).longValue()));
		}

		return instructorCounts;
	}

	/**
	 * @param licenceStandings one per instructor and method
	 * @return per cell and standing, how many instructors had it; a standing nobody had is left out
	 */
	public static List<InstructorStandingCount> standingCounts(
		List<LicenceStanding> licenceStandings,
		InstructorAttribution instructorAttribution) {

		Map<FigureCell, Map<InstructorStanding, Long>> counts = new TreeMap<>();

		for (LicenceStanding licenceStanding : licenceStandings) {
			FigureCell figureCell = instructorAttribution.cellOf(
				licenceStanding.getUserId(),
				licenceStanding.getTrainingMethodId());

			if (figureCell == null) {
				continue;
			}

			counts.computeIfAbsent(
				figureCell, key -> new TreeMap<>()
			).merge(
				licenceStanding.getStanding(), 1L, Long::sum
			);
		}

		List<InstructorStandingCount> instructorStandingCounts =
			new ArrayList<>();

		for (Map.Entry<FigureCell, Map<InstructorStanding, Long>> entry :
				counts.entrySet()) {

			FigureCell figureCell = entry.getKey();

			for (Map.Entry<InstructorStanding, Long> standingEntry :
					entry.getValue().entrySet()) {

				instructorStandingCounts.add(
					new InstructorStandingCount(
						figureCell.getOrganizationId(),
						figureCell.getTrainingMethodId(), figureCell.getSex(),
						standingEntry.getKey(), standingEntry.getValue()));
			}
		}

		return instructorStandingCounts;
	}

	/**
	 * A row recorded before the category existed and never filled (the upgrade fills every row) is unknown.
	 */
	private static String _sex(String sex) {
		if (RegistrationSexes.isSex(sex)) {
			return sex;
		}

		return RegistrationSexes.UNKNOWN;
	}

}
