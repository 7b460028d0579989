package se.livsviktig.careprogram.web.internal.display.context;

/**
 * One administration's health as the overview shows it: its name, its routines and how many were reviewed on time
 * (with the share in whole percent), and how many of the site's programmes it has no routine for. Values are
 * plain text and numbers; the JSP escapes them.
 *
 * @author Livsviktig
 */
public class HealthRow {

	public HealthRow(
		String administrationName, int routineCount, int reviewedOnTimeCount,
		int reviewedOnTimePercent, int programsWithoutRoutineCount) {

		_administrationName = administrationName;
		_routineCount = routineCount;
		_reviewedOnTimeCount = reviewedOnTimeCount;
		_reviewedOnTimePercent = reviewedOnTimePercent;
		_programsWithoutRoutineCount = programsWithoutRoutineCount;
	}

	public String getAdministrationName() {
		return _administrationName;
	}

	public int getProgramsWithoutRoutineCount() {
		return _programsWithoutRoutineCount;
	}

	public int getReviewedOnTimeCount() {
		return _reviewedOnTimeCount;
	}

	public int getReviewedOnTimePercent() {
		return _reviewedOnTimePercent;
	}

	public int getRoutineCount() {
		return _routineCount;
	}

	private final String _administrationName;
	private final int _programsWithoutRoutineCount;
	private final int _reviewedOnTimeCount;
	private final int _reviewedOnTimePercent;
	private final int _routineCount;

}
