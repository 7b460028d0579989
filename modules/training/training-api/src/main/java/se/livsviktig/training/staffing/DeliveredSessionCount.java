package se.livsviktig.training.staffing;

import java.io.Serializable;

import java.util.Objects;

/**
 * How many sessions of one training method one instructor delivered in a window: one row of
 * {@code SessionInstructorLocalService.getDeliveredSessionCounts}, the figure licence upkeep is measured by.
 *
 * @author Livsviktig
 */
public final class DeliveredSessionCount implements Serializable {

	public DeliveredSessionCount(
		long userId, long trainingMethodId, int sessionCount) {

		_userId = userId;
		_trainingMethodId = trainingMethodId;
		_sessionCount = sessionCount;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof DeliveredSessionCount)) {
			return false;
		}

		DeliveredSessionCount deliveredSessionCount =
			(DeliveredSessionCount)object;

		if ((_userId == deliveredSessionCount._userId) &&
			(_trainingMethodId == deliveredSessionCount._trainingMethodId) &&
			(_sessionCount == deliveredSessionCount._sessionCount)) {

			return true;
		}

		return false;
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
		return Objects.hash(_userId, _trainingMethodId, _sessionCount);
	}

	@Override
	public String toString() {
		return "{userId=" + _userId + ", trainingMethodId=" +
			_trainingMethodId + ", sessionCount=" + _sessionCount + "}";
	}

	private static final long serialVersionUID = 1L;

	private final int _sessionCount;
	private final long _trainingMethodId;
	private final long _userId;

}
