package se.livsviktig.careprogram.model;

import java.io.Serializable;

import java.util.Objects;

/**
 * The report's figure of one administration's (Organization's) local routines at the end of a period: how many it
 * had (each must be kept reviewed, so each is due) and how many of them were reviewed on time then, by the app's
 * own rule (the last review, or the creation of a routine never reviewed, plus its interval in calendar months in
 * the company's time zone, falls on the judging day or later). One row of
 * {@code CareProgramFiguresLocalService.getRoutineReviewFigures}.
 *
 * @author Livsviktig
 */
public final class RoutineReviewFigures implements Serializable {

	public RoutineReviewFigures(
		long organizationId, long routineCount, long reviewedOnTimeCount) {

		_organizationId = organizationId;
		_routineCount = routineCount;
		_reviewedOnTimeCount = reviewedOnTimeCount;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof RoutineReviewFigures)) {
			return false;
		}

		RoutineReviewFigures routineReviewFigures =
			(RoutineReviewFigures)object;

		return (_organizationId == routineReviewFigures._organizationId) &&
			(_routineCount == routineReviewFigures._routineCount) &&
			(_reviewedOnTimeCount == routineReviewFigures._reviewedOnTimeCount);
	}

	public long getOrganizationId() {
		return _organizationId;
	}

	/**
	 * @return the routines not overdue at the end of the period
	 */
	public long getReviewedOnTimeCount() {
		return _reviewedOnTimeCount;
	}

	/**
	 * @return the routines that existed at the end of the period, all of them due to be kept reviewed
	 */
	public long getRoutineCount() {
		return _routineCount;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_organizationId, _routineCount, _reviewedOnTimeCount);
	}

	@Override
	public String toString() {
		return "{organizationId=" + _organizationId + ", routines=" +
			_routineCount + ", reviewedOnTime=" + _reviewedOnTimeCount + "}";
	}

	private static final long serialVersionUID = 1L;

	private final long _organizationId;
	private final long _reviewedOnTimeCount;
	private final long _routineCount;

}
