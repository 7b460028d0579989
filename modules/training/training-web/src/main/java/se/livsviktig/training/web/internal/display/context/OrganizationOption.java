package se.livsviktig.training.web.internal.display.context;

/**
 * A choice of organisation in the session form's audience: the organisation's place in the tree and whether
 * it is ticked.
 *
 * @author Livsviktig
 */
public class OrganizationOption {

	public OrganizationOption(
		OrganizationTreeNode organizationTreeNode, boolean selected) {

		_organizationTreeNode = organizationTreeNode;
		_selected = selected;
	}

	/**
	 * @return 0 for an organisation at the top, 1 for a unit under it, and so on
	 */
	public int getDepth() {
		return _organizationTreeNode.getDepth();
	}

	public String getName() {
		return _organizationTreeNode.getName();
	}

	/**
	 * @return the names above the organisation, each followed by the separator, for screen readers
	 */
	public String getParentPath() {
		return _organizationTreeNode.getParentPath();
	}

	public String getValue() {
		return String.valueOf(_organizationTreeNode.getOrganizationId());
	}

	public boolean isSelected() {
		return _selected;
	}

	private final OrganizationTreeNode _organizationTreeNode;
	private final boolean _selected;

}
