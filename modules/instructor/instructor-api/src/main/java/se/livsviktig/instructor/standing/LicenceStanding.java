package se.livsviktig.instructor.standing;

import java.io.Serializable;

import java.util.Date;
import java.util.Objects;

import se.livsviktig.training.spi.InstructorStanding;

/**
 * How one instructor's licence for one training method stands today: ok, at risk or lapsed, the sessions that
 * count toward the method's rule, how many more are needed and by when. {@link LicenceStandingLocalService} says
 * how each is decided.
 *
 * @author Livsviktig
 */
public final class LicenceStanding implements Serializable {

	/**
	 * A standing whose certification ends on certifiedUntil, or, when that is <code>null</code>, for which no
	 * certification covers today: never open-ended.
	 */
	public LicenceStanding(
		long userId, long trainingMethodId, InstructorStanding standing,
		int sessionsDelivered, int sessionsRequired, int sessionsStillNeeded,
		Date deadline, Date certifiedUntil) {

		this(
			userId, trainingMethodId, standing, sessionsDelivered,
			sessionsRequired, sessionsStillNeeded, deadline, certifiedUntil,
			false);
	}

	/**
	 * @param openEnded whether a certification covers today and its run does not end (certifiedUntil is then
	 *        <code>null</code>)
	 */
	public LicenceStanding(
		long userId, long trainingMethodId, InstructorStanding standing,
		int sessionsDelivered, int sessionsRequired, int sessionsStillNeeded,
		Date deadline, Date certifiedUntil, boolean openEnded) {

		if (openEnded && (certifiedUntil != null)) {
			throw new IllegalArgumentException(
				"An open-ended certification has no end");
		}

		if (standing == null) {
			throw new IllegalArgumentException("A licence has a standing");
		}

		_userId = userId;
		_trainingMethodId = trainingMethodId;
		_standing = standing;
		_sessionsDelivered = sessionsDelivered;
		_sessionsRequired = sessionsRequired;
		_sessionsStillNeeded = sessionsStillNeeded;
		_deadline = _copy(deadline);
		_certifiedUntil = _copy(certifiedUntil);
		_openEnded = openEnded;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof LicenceStanding)) {
			return false;
		}

		LicenceStanding licenceStanding = (LicenceStanding)object;

		if ((_userId == licenceStanding._userId) &&
			(_trainingMethodId == licenceStanding._trainingMethodId) &&
			(_standing == licenceStanding._standing) &&
			(_sessionsDelivered == licenceStanding._sessionsDelivered) &&
			(_sessionsRequired == licenceStanding._sessionsRequired) &&
			(_sessionsStillNeeded == licenceStanding._sessionsStillNeeded) &&
			Objects.equals(_deadline, licenceStanding._deadline) &&
			Objects.equals(_certifiedUntil, licenceStanding._certifiedUntil) &&
			(_openEnded == licenceStanding._openEnded)) {

			return true;
		}

		return false;
	}

	/**
	 * @return the end of the unbroken run of valid certifications that covers today (renewals that follow on
	 *         extend it); <code>null</code> when it is open-ended or when no certification covers today, which
	 *         {@link #isOpenEnded()} tells apart
	 */
	public Date getCertifiedUntil() {
		return _copy(_certifiedUntil);
	}

	/**
	 * @return when the method's rule fails unless the instructor delivers {@link #getSessionsStillNeeded()} more
	 *         sessions before it; <code>null</code> when the method has no rule or it has already failed
	 */
	public Date getDeadline() {
		return _copy(_deadline);
	}

	/**
	 * @return sessions of the method delivered in the rule's period up to today (0 when the method has no rule)
	 */
	public int getSessionsDelivered() {
		return _sessionsDelivered;
	}

	/**
	 * @return the method's rule: sessions required per period (0 when the method has none)
	 */
	public int getSessionsRequired() {
		return _sessionsRequired;
	}

	/**
	 * @return sessions to deliver before the deadline to keep the licence past it (for a lapsed licence: to
	 *         meet the rule again)
	 */
	public int getSessionsStillNeeded() {
		return _sessionsStillNeeded;
	}

	public InstructorStanding getStanding() {
		return _standing;
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
		return Objects.hash(_userId, _trainingMethodId, _standing);
	}

	/**
	 * @return whether a certification covers today and does not expire; false when none covers today (then
	 *         {@link #getCertifiedUntil()} is <code>null</code> too) or when the run ends
	 */
	public boolean isOpenEnded() {
		return _openEnded;
	}

	@Override
	public String toString() {
		return "{userId=" + _userId + ", trainingMethodId=" +
			_trainingMethodId + ", standing=" + _standing +
				", sessionsDelivered=" + _sessionsDelivered +
					", sessionsRequired=" + _sessionsRequired +
						", sessionsStillNeeded=" + _sessionsStillNeeded +
							", deadline=" + _instant(_deadline) +
								", certifiedUntil=" + _instant(_certifiedUntil) +
									", openEnded=" + _openEnded + "}";
	}

	private static Date _copy(Date date) {
		if (date == null) {
			return null;
		}

		return new Date(date.getTime());
	}

	private static Object _instant(Date date) {
		if (date == null) {
			return null;
		}

		return date.toInstant();
	}

	private static final long serialVersionUID = 1L;

	private final Date _certifiedUntil;
	private final Date _deadline;
	private final boolean _openEnded;
	private final int _sessionsDelivered;
	private final int _sessionsRequired;
	private final int _sessionsStillNeeded;
	private final InstructorStanding _standing;
	private final long _trainingMethodId;
	private final long _userId;

}
