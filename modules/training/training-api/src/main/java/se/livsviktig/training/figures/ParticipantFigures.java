package se.livsviktig.training.figures;

import java.io.Serializable;

import java.util.Objects;

/**
 * The person-based figures of one administration, training method and sex for the sessions whose first date falls in
 * a period: one row of {@code TrainingFiguresLocalService.getParticipantFigures}. The administration is the
 * organisation copied onto each registration when it was made, so a person who moves later stays counted where
 * they were; rolled up, it is the organisation whose subtree holds the registration's organisation.
 *
 * @author Livsviktig
 */
public final class ParticipantFigures implements Serializable {

	/**
	 * Figures not split by sex (the sex is empty).
	 */
	public ParticipantFigures(
		long organizationId, long trainingMethodId, long registrationCount,
		long participantCount, long completedCount, long notCompletedCount,
		long noShowCount, long lateCancellationCount, long unmetDemandCount,
		double participantHours) {

		this(
			organizationId, trainingMethodId, "", registrationCount,
			participantCount, completedCount, notCompletedCount, noShowCount,
			lateCancellationCount, unmetDemandCount, participantHours);
	}

	/**
	 * @param sex the registrations' statistical category, one of {@code RegistrationSexes}
	 */
	public ParticipantFigures(
		long organizationId, long trainingMethodId, String sex,
		long registrationCount, long participantCount, long completedCount,
		long notCompletedCount, long noShowCount, long lateCancellationCount,
		long unmetDemandCount, double participantHours) {

		_organizationId = organizationId;
		_trainingMethodId = trainingMethodId;
		_sex = sex;
		_registrationCount = registrationCount;
		_participantCount = participantCount;
		_completedCount = completedCount;
		_notCompletedCount = notCompletedCount;
		_noShowCount = noShowCount;
		_lateCancellationCount = lateCancellationCount;
		_unmetDemandCount = unmetDemandCount;
		_participantHours = participantHours;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ParticipantFigures)) {
			return false;
		}

		ParticipantFigures participantFigures = (ParticipantFigures)object;

		return (_organizationId == participantFigures._organizationId) &&
			(_trainingMethodId == participantFigures._trainingMethodId) &&
			Objects.equals(_sex, participantFigures._sex) &&
			(_registrationCount == participantFigures._registrationCount) &&
			(_participantCount == participantFigures._participantCount) &&
			(_completedCount == participantFigures._completedCount) &&
			(_notCompletedCount == participantFigures._notCompletedCount) &&
			(_noShowCount == participantFigures._noShowCount) &&
			(_lateCancellationCount ==
				participantFigures._lateCancellationCount) &&
			(_unmetDemandCount == participantFigures._unmetDemandCount) &&
			(Double.compare(
				_participantHours, participantFigures._participantHours) == 0);
	}

	public long getCompletedCount() {
		return _completedCount;
	}

	/**
	 * @return registrations cancelled after the session's cancellation deadline, in a session that was not
	 *         itself cancelled
	 */
	public long getLateCancellationCount() {
		return _lateCancellationCount;
	}

	/**
	 * @return participants whose attendance was marked as not attended at all
	 */
	public long getNoShowCount() {
		return _noShowCount;
	}

	public long getNotCompletedCount() {
		return _notCompletedCount;
	}

	public long getOrganizationId() {
		return _organizationId;
	}

	/**
	 * @return distinct people with a registration: a person on two sessions counts once
	 */
	public long getParticipantCount() {
		return _participantCount;
	}

	/**
	 * @return the completed registrations times their course's duration in hours
	 */
	public double getParticipantHours() {
		return _participantHours;
	}

	/**
	 * @return every registration made, whatever became of it
	 */
	public long getRegistrationCount() {
		return _registrationCount;
	}

	/**
	 * @return the statistical sex category stored on the registrations when they were made: female, male or
	 *         unknown (RegistrationSexes)
	 */
	public String getSex() {
		return _sex;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	/**
	 * @return registrations that were waitlisted and never held a seat (still waiting, cancelled or expired)
	 */
	public long getUnmetDemandCount() {
		return _unmetDemandCount;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_organizationId, _trainingMethodId, _sex, _registrationCount,
			_participantCount, _completedCount, _notCompletedCount,
			_noShowCount, _lateCancellationCount, _unmetDemandCount,
			_participantHours);
	}

	@Override
	public String toString() {
		return "{organizationId=" + _organizationId + ", trainingMethodId=" +
			_trainingMethodId + ", sex=" + _sex + ", registrations=" + _registrationCount +
				", participants=" + _participantCount + ", completed=" +
					_completedCount + ", notCompleted=" + _notCompletedCount +
						", noShow=" + _noShowCount + ", lateCancellations=" +
							_lateCancellationCount + ", unmetDemand=" +
								_unmetDemandCount + ", participantHours=" +
									_participantHours + "}";
	}

	private static final long serialVersionUID = 1L;

	private final long _completedCount;
	private final long _lateCancellationCount;
	private final long _noShowCount;
	private final long _notCompletedCount;
	private final long _organizationId;
	private final long _participantCount;
	private final double _participantHours;
	private final long _registrationCount;
	private final String _sex;
	private final long _trainingMethodId;
	private final long _unmetDemandCount;

}
