package se.livsviktig.training.web.internal.display.context;

/**
 * A participant of a session as its instructor sees them: name, dietary needs when given, whether they were
 * present on the selected date (null: not marked yet) and their registration's state, which tells completion.
 * Every text is plain; the view escapes it.
 *
 * @author Livsviktig
 */
public class SessionParticipant {

	public SessionParticipant(
		long registrationId, String name, String dietaryNeeds, Boolean present,
		boolean checkedIn, String statusKey) {

		_registrationId = registrationId;
		_name = name;
		_dietaryNeeds = dietaryNeeds;
		_present = present;
		_checkedIn = checkedIn;
		_statusKey = statusKey;
	}

	/**
	 * @return the dietary needs the participant gave, or empty
	 */
	public String getDietaryNeeds() {
		return _dietaryNeeds;
	}

	public String getName() {
		return _name;
	}

	/**
	 * @return present on the selected date, absent, or null when nobody marked it
	 */
	public Boolean getPresent() {
		return _present;
	}

	public long getRegistrationId() {
		return _registrationId;
	}

	/**
	 * @return the Language key of the registration's state: confirmed, completed, not completed, did not attend
	 */
	public String getStatusKey() {
		return _statusKey;
	}

	/**
	 * @return whether the participant checked themselves in with the date's code
	 */
	public boolean isCheckedIn() {
		return _checkedIn;
	}

	public boolean isPresent() {
		return Boolean.TRUE.equals(_present);
	}

	private final boolean _checkedIn;
	private final String _dietaryNeeds;
	private final String _name;
	private final Boolean _present;
	private final long _registrationId;
	private final String _statusKey;

}
