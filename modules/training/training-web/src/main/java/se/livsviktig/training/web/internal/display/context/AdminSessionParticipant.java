package se.livsviktig.training.web.internal.display.context;

/**
 * One person on a session's participants page: who they are, their state (with the place in line when
 * waitlisted and the reason when cancelled) and what they told. Values are as stored: the view escapes them.
 *
 * @author Livsviktig
 */
public class AdminSessionParticipant {

	public AdminSessionParticipant(
		long registrationId, String name, String emailAddress,
		String organizationName, int status, String statusKey,
		int waitlistPosition, String registeredDate, String holdExpiration,
		String motivation, String dietaryNeeds, String cancellationReason) {

		_registrationId = registrationId;
		_name = name;
		_emailAddress = emailAddress;
		_organizationName = organizationName;
		_status = status;
		_statusKey = statusKey;
		_waitlistPosition = waitlistPosition;
		_registeredDate = registeredDate;
		_holdExpiration = holdExpiration;
		_motivation = motivation;
		_dietaryNeeds = dietaryNeeds;
		_cancellationReason = cancellationReason;
	}

	public String getCancellationReason() {
		return _cancellationReason;
	}

	public String getDietaryNeeds() {
		return _dietaryNeeds;
	}

	public String getEmailAddress() {
		return _emailAddress;
	}

	public String getHoldExpiration() {
		return _holdExpiration;
	}

	public String getMotivation() {
		return _motivation;
	}

	public String getName() {
		return _name;
	}

	public String getOrganizationName() {
		return _organizationName;
	}

	public String getRegisteredDate() {
		return _registeredDate;
	}

	public long getRegistrationId() {
		return _registrationId;
	}

	public int getStatus() {
		return _status;
	}

	public String getStatusKey() {
		return _statusKey;
	}

	/**
	 * @return the place in line, 1 for the next to get a seat, or 0 when not waitlisted
	 */
	public int getWaitlistPosition() {
		return _waitlistPosition;
	}

	private final String _cancellationReason;
	private final String _dietaryNeeds;
	private final String _emailAddress;
	private final String _holdExpiration;
	private final String _motivation;
	private final String _name;
	private final String _organizationName;
	private final String _registeredDate;
	private final long _registrationId;
	private final int _status;
	private final String _statusKey;
	private final int _waitlistPosition;

}
