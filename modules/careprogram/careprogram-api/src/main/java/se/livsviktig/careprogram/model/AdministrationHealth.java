package se.livsviktig.careprogram.model;

/**
 * How current one administration's (Organization's) local routines are on a site: how many it has, how many were
 * reviewed on time (their next review is due today or later), that share, and how many of the site's programmes it
 * has no routine for yet.
 *
 * @author Livsviktig
 */
public final class AdministrationHealth {

	public AdministrationHealth(
		long organizationId, int routineCount, int reviewedOnTimeCount,
		int programsWithoutRoutineCount) {

		_organizationId = organizationId;
		_routineCount = routineCount;
		_reviewedOnTimeCount = reviewedOnTimeCount;
		_programsWithoutRoutineCount = programsWithoutRoutineCount;
	}

	public long getOrganizationId() {
		return _organizationId;
	}

	public int getProgramsWithoutRoutineCount() {
		return _programsWithoutRoutineCount;
	}

	public int getReviewedOnTimeCount() {
		return _reviewedOnTimeCount;
	}

	/**
	 * @return the share of the routines reviewed on time, 0 to 1; 0 for an administration without routines
	 */
	public double getReviewedOnTimeShare() {
		if (_routineCount == 0) {
			return 0;
		}

		return (double)_reviewedOnTimeCount / _routineCount;
	}

	public int getRoutineCount() {
		return _routineCount;
	}

	@Override
	public String toString() {
		return "organization " + _organizationId + ": " + _reviewedOnTimeCount +
			" of " + _routineCount + " on time, " +
				_programsWithoutRoutineCount + " programmes without a routine";
	}

	private final long _organizationId;
	private final int _programsWithoutRoutineCount;
	private final int _reviewedOnTimeCount;
	private final int _routineCount;

}
