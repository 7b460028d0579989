package se.livsviktig.training.internal.registration;

/**
 * The ids a new registration needs (its own, its "registered" event's and its first notice's claim), taken from
 * the counter before the session's row is locked: the counter may need a connection and a transaction of its own
 * for a new range, which it must not wait for while holding the row others queue for.
 *
 * @author Livsviktig
 */
public final class RegistrationIds {

	RegistrationIds(
		long registrationId, long registrationEventId, long trainingNoticeId) {

		_registrationId = registrationId;
		_registrationEventId = registrationEventId;
		_trainingNoticeId = trainingNoticeId;
	}

	public long getRegistrationEventId() {
		return _registrationEventId;
	}

	public long getRegistrationId() {
		return _registrationId;
	}

	/**
	 * The id of the claim of the notice the registration sends (confirmation or waitlist); unused when it waits
	 * for a manager's approval instead.
	 */
	public long getTrainingNoticeId() {
		return _trainingNoticeId;
	}

	private final long _registrationEventId;
	private final long _registrationId;
	private final long _trainingNoticeId;

}
