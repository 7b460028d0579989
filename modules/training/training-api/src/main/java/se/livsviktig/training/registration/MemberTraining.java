package se.livsviktig.training.registration;

import java.io.Serializable;

import java.util.Date;
import java.util.Objects;

/**
 * One member of a unit and one training method: how often and when they last completed it, and what is coming
 * (booked, pending approval, on the waitlist). A member with no registration of the method (or none at all,
 * when no method was asked for) appears once, with trainingMethodId 0 when no method was asked for, and no
 * completion.
 *
 * @author Livsviktig
 */
public class MemberTraining implements Serializable {

	public MemberTraining(
		long userId, String fullName, long trainingMethodId,
		int completedCount, Date lastCompletionDate,
		UpcomingTraining upcomingTraining) {

		_userId = userId;
		_fullName = fullName;
		_trainingMethodId = trainingMethodId;
		_completedCount = completedCount;
		_lastCompletionDate = (lastCompletionDate == null) ? null :
			new Date(lastCompletionDate.getTime());
		_upcomingTraining = upcomingTraining;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof MemberTraining)) {
			return false;
		}

		MemberTraining memberTraining = (MemberTraining)object;

		return (_userId == memberTraining._userId) &&
			   Objects.equals(_fullName, memberTraining._fullName) &&
			   (_trainingMethodId == memberTraining._trainingMethodId) &&
			   (_completedCount == memberTraining._completedCount) &&
			   Objects.equals(
				   _lastCompletionDate, memberTraining._lastCompletionDate) &&
			   (_upcomingTraining == memberTraining._upcomingTraining);
	}

	/**
	 * @return how many sessions of the method the member has completed
	 */
	public int getCompletedCount() {
		return _completedCount;
	}

	public String getFullName() {
		return _fullName;
	}

	/**
	 * @return when the member last completed the method, or null when they never have
	 */
	public Date getLastCompletionDate() {
		if (_lastCompletionDate == null) {
			return null;
		}

		return new Date(_lastCompletionDate.getTime());
	}

	/**
	 * @return the method, or 0 for a member without any registration when no method was asked for
	 */
	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	public UpcomingTraining getUpcomingTraining() {
		return _upcomingTraining;
	}

	public long getUserId() {
		return _userId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_userId, _trainingMethodId);
	}

	public boolean hasCompleted() {
		if (_completedCount > 0) {
			return true;
		}

		return false;
	}

	@Override
	public String toString() {
		return "MemberTraining{userId=" + _userId + ", fullName=" + _fullName +
			", trainingMethodId=" + _trainingMethodId + ", completedCount=" +
				_completedCount + ", lastCompletionDate=" +
					_lastCompletionDate + ", upcomingTraining=" +
						_upcomingTraining + "}";
	}

	private static final long serialVersionUID = 1L;

	private final int _completedCount;
	private final String _fullName;
	private final Date _lastCompletionDate;
	private final long _trainingMethodId;
	private final UpcomingTraining _upcomingTraining;
	private final long _userId;

}
