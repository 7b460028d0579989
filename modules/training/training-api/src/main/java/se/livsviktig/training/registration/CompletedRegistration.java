package se.livsviktig.training.registration;

import java.io.Serializable;

import java.util.Date;
import java.util.Objects;

/**
 * A registration whose participant completed the session: one row of
 * {@code RegistrationLocalService.getCompletedRegistrations}. The survey app invites from these rows, so each
 * carries what an invitation needs without reading the registration again: the person, the session and its
 * method, the administration the person registered from (the statistical attribute kept on the registration) and
 * when the training was completed.
 *
 * @author Livsviktig
 */
public final class CompletedRegistration implements Serializable {

	public CompletedRegistration(
		long registrationId, long userId, long courseSessionId,
		long trainingMethodId, long organizationId, Date completionDate) {

		_registrationId = registrationId;
		_userId = userId;
		_courseSessionId = courseSessionId;
		_trainingMethodId = trainingMethodId;
		_organizationId = organizationId;
		_completionDate = new Date(completionDate.getTime());
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CompletedRegistration)) {
			return false;
		}

		CompletedRegistration completedRegistration =
			(CompletedRegistration)object;

		if ((_registrationId == completedRegistration._registrationId) &&
			(_userId == completedRegistration._userId) &&
			(_courseSessionId == completedRegistration._courseSessionId) &&
			(_trainingMethodId == completedRegistration._trainingMethodId) &&
			(_organizationId == completedRegistration._organizationId) &&
			_completionDate.equals(completedRegistration._completionDate)) {

			return true;
		}

		return false;
	}

	/**
	 * @return when the session's last date ended: the training is complete then, whenever the attendance was
	 *         marked
	 */
	public Date getCompletionDate() {
		return new Date(_completionDate.getTime());
	}

	public long getCourseSessionId() {
		return _courseSessionId;
	}

	/**
	 * @return the administration the person registered from, copied onto the registration when it was made
	 */
	public long getOrganizationId() {
		return _organizationId;
	}

	public long getRegistrationId() {
		return _registrationId;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	public long getUserId() {
		return _userId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_registrationId, _completionDate);
	}

	@Override
	public String toString() {
		return "{registrationId=" + _registrationId + ", userId=" + _userId +
			", courseSessionId=" + _courseSessionId + ", trainingMethodId=" +
				_trainingMethodId + ", organizationId=" + _organizationId +
					", completionDate=" + _completionDate.toInstant() + "}";
	}

	private static final long serialVersionUID = 1L;

	private final Date _completionDate;
	private final long _courseSessionId;
	private final long _organizationId;
	private final long _registrationId;
	private final long _trainingMethodId;
	private final long _userId;

}
