package se.livsviktig.instructor.network;

import java.io.Serializable;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One member of a network as the members' directory shows them: name, organisations, role, and the methods they
 * hold an active certification for with its valid-until date. One entry of
 * {@code InstructorNetworkLocalService.getNetworkDirectory}.
 *
 * @author Livsviktig
 */
public final class NetworkDirectoryEntry implements Serializable {

	public NetworkDirectoryEntry(
		long userId, String fullName, int role, List<String> organizationNames,
		List<NetworkDirectoryMethod> methods) {

		_userId = userId;
		_fullName = fullName;
		_role = role;
		_organizationNames = Collections.unmodifiableList(organizationNames);
		_methods = Collections.unmodifiableList(methods);
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof NetworkDirectoryEntry)) {
			return false;
		}

		NetworkDirectoryEntry networkDirectoryEntry =
			(NetworkDirectoryEntry)object;

		if ((_userId == networkDirectoryEntry._userId) &&
			(_role == networkDirectoryEntry._role) &&
			Objects.equals(_fullName, networkDirectoryEntry._fullName) &&
			_organizationNames.equals(
				networkDirectoryEntry._organizationNames) &&
			_methods.equals(networkDirectoryEntry._methods)) {

			return true;
		}

		return false;
	}

	public String getFullName() {
		return _fullName;
	}

	/**
	 * @return the methods of the member's active certifications, by method id
	 */
	public List<NetworkDirectoryMethod> getMethods() {
		return _methods;
	}

	/**
	 * @return the member's organisations (administrations, units), by name
	 */
	public List<String> getOrganizationNames() {
		return _organizationNames;
	}

	/**
	 * @return a role of {@code NetworkConstants}
	 */
	public int getRole() {
		return _role;
	}

	public long getUserId() {
		return _userId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_userId, _fullName, _role);
	}

	@Override
	public String toString() {
		return "{userId=" + _userId + ", fullName=" + _fullName + ", role=" +
			_role + ", organizationNames=" + _organizationNames +
				", methods=" + _methods + "}";
	}

	private static final long serialVersionUID = 1L;

	private final String _fullName;
	private final List<NetworkDirectoryMethod> _methods;
	private final List<String> _organizationNames;
	private final int _role;
	private final long _userId;

}
