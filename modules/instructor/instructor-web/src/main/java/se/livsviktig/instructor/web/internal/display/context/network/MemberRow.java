package se.livsviktig.instructor.web.internal.display.context.network;

import java.util.List;

/**
 * One member in a network's directory: name, organisations, role and the methods they are certified for, each
 * already worded in the reader's language ("MHFA Vuxen (giltig till 15 januari 2031)").
 *
 * @author Livsviktig
 */
public class MemberRow {

	public MemberRow(
		String fullName, String organizations, String roleKey,
		List<String> methods) {

		_fullName = fullName;
		_organizations = organizations;
		_roleKey = roleKey;
		_methods = methods;
	}

	public String getFullName() {
		return _fullName;
	}

	/**
	 * @return the methods with their validity, in the reader's language
	 */
	public List<String> getMethods() {
		return _methods;
	}

	public String getOrganizations() {
		return _organizations;
	}

	public String getRoleKey() {
		return _roleKey;
	}

	private final String _fullName;
	private final List<String> _methods;
	private final String _organizations;
	private final String _roleKey;

}
