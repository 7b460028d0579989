package se.livsviktig.instructor.web.internal.display.context;

/**
 * A user the member search found: whom to add, how to tell namesakes apart (e-mail address), and whether they
 * already belong to the network (then they are marked, not offered).
 *
 * @author Livsviktig
 */
public class MemberCandidate {

	public MemberCandidate(
		long userId, String name, String emailAddress, boolean member) {

		_userId = userId;
		_name = name;
		_emailAddress = emailAddress;
		_member = member;
	}

	public String getEmailAddress() {
		return _emailAddress;
	}

	public String getName() {
		return _name;
	}

	public long getUserId() {
		return _userId;
	}

	public boolean isMember() {
		return _member;
	}

	private final String _emailAddress;
	private final boolean _member;
	private final String _name;
	private final long _userId;

}
