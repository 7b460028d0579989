package se.livsviktig.careprogram.web.internal.display.context;

/**
 * One person the picker offers: who (name, e-mail address, organisations, as plain text the JSP escapes) and the
 * user id the choice posts.
 *
 * @author Livsviktig
 */
public class PersonOption {

	public PersonOption(
		long userId, String fullName, String emailAddress,
		String organizationNames) {

		_userId = userId;
		_fullName = fullName;
		_emailAddress = emailAddress;
		_organizationNames = organizationNames;
	}

	public String getEmailAddress() {
		return _emailAddress;
	}

	public String getFullName() {
		return _fullName;
	}

	/**
	 * @return the person's organisations, comma-separated; empty for none
	 */
	public String getOrganizationNames() {
		return _organizationNames;
	}

	public long getUserId() {
		return _userId;
	}

	private final String _emailAddress;
	private final String _fullName;
	private final String _organizationNames;
	private final long _userId;

}
