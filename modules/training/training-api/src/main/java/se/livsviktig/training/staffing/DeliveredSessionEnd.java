package se.livsviktig.training.staffing;

import java.io.Serializable;

import java.util.Date;
import java.util.Objects;

/**
 * How many sessions of one training method one instructor delivered whose last date ended on one day: one row
 * of {@code SessionInstructorLocalService.getDeliveredSessionEnds}. Licence upkeep needs the moments, not only the
 * count: a session stops counting when its end leaves the licence period, and that says by when the next one is
 * due.
 *
 * @author Livsviktig
 */
public final class DeliveredSessionEnd implements Serializable {

	public DeliveredSessionEnd(
		long userId, long trainingMethodId, Date endDate, int sessionCount) {

		_userId = userId;
		_trainingMethodId = trainingMethodId;
		_endDate = new Date(endDate.getTime());
		_sessionCount = sessionCount;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof DeliveredSessionEnd)) {
			return false;
		}

		DeliveredSessionEnd deliveredSessionEnd = (DeliveredSessionEnd)object;

		if ((_userId == deliveredSessionEnd._userId) &&
			(_trainingMethodId == deliveredSessionEnd._trainingMethodId) &&
			_endDate.equals(deliveredSessionEnd._endDate) &&
			(_sessionCount == deliveredSessionEnd._sessionCount)) {

			return true;
		}

		return false;
	}

	/**
	 * @return the day the sessions' last date ended: 00:00 of it in the portal's time zone (UTC), since the portal's
	 *         Hibernate reads the date column of a DSL query's row as a date (T3p {@code DeliveredSessionCountsIT})
	 */
	public Date getEndDate() {
		return new Date(_endDate.getTime());
	}

	public int getSessionCount() {
		return _sessionCount;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	/**
	 * @return the instructor
	 */
	public long getUserId() {
		return _userId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_userId, _trainingMethodId, _endDate, _sessionCount);
	}

	@Override
	public String toString() {
		return "{userId=" + _userId + ", trainingMethodId=" +
			_trainingMethodId + ", endDate=" + _endDate.toInstant() +
				", sessionCount=" + _sessionCount + "}";
	}

	private static final long serialVersionUID = 1L;

	private final Date _endDate;
	private final int _sessionCount;
	private final long _trainingMethodId;
	private final long _userId;

}
