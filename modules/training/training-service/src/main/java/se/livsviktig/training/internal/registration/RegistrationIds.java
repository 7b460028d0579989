package se.livsviktig.training.internal.registration;

/**
 * The ids a new registration needs (its own and its "registered" event's), taken from the counter before the
 * session's row is locked: the counter may need a connection and a transaction of its own for a new range, which
 * it must not wait for while holding the row others queue for.
 *
 * @author Livsviktig
 */
public final class RegistrationIds {

	RegistrationIds(long registrationId, long registrationEventId) {
		_registrationId = registrationId;
		_registrationEventId = registrationEventId;
	}

	public long getRegistrationEventId() {
		return _registrationEventId;
	}

	public long getRegistrationId() {
		return _registrationId;
	}

	private final long _registrationEventId;
	private final long _registrationId;

}
