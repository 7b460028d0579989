package se.livsviktig.training.registration;

import java.io.Serializable;

/**
 * One line of a registration list: who it names, and whether they can be registered. The message is a
 * language key the page translates.
 *
 * @author Livsviktig
 */
public class RegistrationImportRow implements Serializable {

	public static final String ALREADY_REGISTERED = "already-registered";

	public static final String DUPLICATE_IN_LIST = "named-twice-in-the-list";

	public static final String NOT_IN_AUDIENCE = "not-in-the-sessions-audience";

	public static final String OK = "can-be-registered";

	public static final String UNKNOWN_USER = "no-such-user";

	public RegistrationImportRow(
		int lineNumber, String value, long userId, String userName,
		String messageKey) {

		_lineNumber = lineNumber;
		_value = value;
		_userId = userId;
		_userName = userName;
		_messageKey = messageKey;
	}

	public int getLineNumber() {
		return _lineNumber;
	}

	public String getMessageKey() {
		return _messageKey;
	}

	public long getUserId() {
		return _userId;
	}

	public String getUserName() {
		return _userName;
	}

	/**
	 * @return the e-mail address or screen name as written in the list
	 */
	public String getValue() {
		return _value;
	}

	public boolean isValid() {
		return OK.equals(_messageKey);
	}

	private static final long serialVersionUID = 1L;

	private final int _lineNumber;
	private final String _messageKey;
	private final long _userId;
	private final String _userName;
	private final String _value;

}
