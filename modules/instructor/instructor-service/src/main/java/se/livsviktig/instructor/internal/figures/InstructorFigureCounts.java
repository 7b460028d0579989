package se.livsviktig.instructor.internal.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.livsviktig.instructor.figures.InstructorCount;
import se.livsviktig.instructor.figures.InstructorStandingCount;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.training.spi.InstructorStanding;
import se.livsviktig.training.staffing.DeliveredSessionCount;

/**
 * Turns what the figure families read into counts per training method, ordered by method. The certified count
 * is the database's (a COUNT DISTINCT, whose number type differs between PostgreSQL and MariaDB, so it is read as
 * a Number); the active and standing counts are of rows that are already one per instructor and method (training's
 * GROUP BY and the app's standings), so counting them counts people.
 *
 * @author Livsviktig
 */
public class InstructorFigureCounts {

	/**
	 * @param deliveredSessionCounts one row per instructor and method with a delivered session
	 * @return per method, the instructors who delivered at least one session of it
	 */
	public static List<InstructorCount> activeCounts(
		List<DeliveredSessionCount> deliveredSessionCounts) {

		Map<Long, Long> counts = new TreeMap<>();

		for (DeliveredSessionCount deliveredSessionCount :
				deliveredSessionCounts) {

			if (deliveredSessionCount.getSessionCount() > 0) {
				counts.merge(
					deliveredSessionCount.getTrainingMethodId(), 1L,
					Long::sum);
			}
		}

		List<InstructorCount> instructorCounts = new ArrayList<>();

		for (Map.Entry<Long, Long> entry : counts.entrySet()) {
			instructorCounts.add(
				new InstructorCount(entry.getKey(), entry.getValue()));
		}

		return instructorCounts;
	}

	/**
	 * @param rows trainingMethodId and the number of instructors, one row per method
	 */
	public static List<InstructorCount> fromRows(List<Object[]> rows) {
		List<InstructorCount> instructorCounts = new ArrayList<>(rows.size());

		for (Object[] row : rows) {
			instructorCounts.add(
				new InstructorCount(
					((Number)row[0]).longValue(),
					((Number)row[1]).longValue()));
		}

		return instructorCounts;
	}

	/**
	 * @param licenceStandings one per instructor and method
	 * @return per method and standing, how many instructors had it; a standing nobody had is left out
	 */
	public static List<InstructorStandingCount> standingCounts(
		List<LicenceStanding> licenceStandings) {

		Map<Long, Map<InstructorStanding, Long>> counts = new TreeMap<>();

		for (LicenceStanding licenceStanding : licenceStandings) {
			counts.computeIfAbsent(
				licenceStanding.getTrainingMethodId(), key -> new TreeMap<>()
			).merge(
				licenceStanding.getStanding(), 1L, Long::sum
			);
		}

		List<InstructorStandingCount> instructorStandingCounts =
			new ArrayList<>();

		for (Map.Entry<Long, Map<InstructorStanding, Long>> entry :
				counts.entrySet()) {

			for (Map.Entry<InstructorStanding, Long> standingEntry :
					entry.getValue().entrySet()) {

				instructorStandingCounts.add(
					new InstructorStandingCount(
						entry.getKey(), standingEntry.getKey(),
						standingEntry.getValue()));
			}
		}

		return instructorStandingCounts;
	}

}
