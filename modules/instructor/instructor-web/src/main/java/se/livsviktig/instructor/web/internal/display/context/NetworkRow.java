package se.livsviktig.instructor.web.internal.display.context;

import java.util.List;

/**
 * One network as the coordinators' list shows it: its name, methods, number of members and coordinators' names,
 * and whether the reader may edit or delete it.
 *
 * @author Livsviktig
 */
public class NetworkRow {

	public NetworkRow(
		long instructorNetworkId, String name, List<String> methodNames,
		int memberCount, List<String> coordinatorNames, boolean updatable,
		boolean deletable) {

		_instructorNetworkId = instructorNetworkId;
		_name = name;
		_methodNames = methodNames;
		_memberCount = memberCount;
		_coordinatorNames = coordinatorNames;
		_updatable = updatable;
		_deletable = deletable;
	}

	public List<String> getCoordinatorNames() {
		return _coordinatorNames;
	}

	public long getInstructorNetworkId() {
		return _instructorNetworkId;
	}

	public int getMemberCount() {
		return _memberCount;
	}

	public List<String> getMethodNames() {
		return _methodNames;
	}

	public String getName() {
		return _name;
	}

	public boolean isDeletable() {
		return _deletable;
	}

	public boolean isUpdatable() {
		return _updatable;
	}

	private final List<String> _coordinatorNames;
	private final boolean _deletable;
	private final long _instructorNetworkId;
	private final int _memberCount;
	private final List<String> _methodNames;
	private final String _name;
	private final boolean _updatable;

}
