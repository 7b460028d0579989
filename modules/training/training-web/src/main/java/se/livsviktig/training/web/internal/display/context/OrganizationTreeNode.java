package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.model.Organization;

import java.text.Collator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One organisation in the company's tree as the session form lists it: under its parent, with its depth and
 * its path from the top ("Vård- och omsorgsförvaltningen › Hemtjänst Norr"), so both the eye (indentation)
 * and a screen reader (the path in the name) can tell a unit from the förvaltning above it.
 *
 * @author Livsviktig
 */
public class OrganizationTreeNode {

	public static final String PATH_SEPARATOR = " \u203a ";

	/**
	 * @return the organisations depth first: each one followed by the units under it, siblings in the
	 *         locale's alphabetical order. An organisation whose parent is not in the list is listed at the top.
	 */
	public static List<OrganizationTreeNode> inTreeOrder(
		List<Organization> organizations, Locale locale) {

		Set<Long> organizationIds = new HashSet<>();

		for (Organization organization : organizations) {
			organizationIds.add(organization.getOrganizationId());
		}

		List<Organization> roots = new ArrayList<>();
		Map<Long, List<Organization>> children = new HashMap<>();

		for (Organization organization : organizations) {
			long parentOrganizationId = organization.getParentOrganizationId();

			if ((parentOrganizationId == organization.getOrganizationId()) ||
				!organizationIds.contains(parentOrganizationId)) {

				roots.add(organization);
			}
			else {
				children.computeIfAbsent(
					parentOrganizationId, key -> new ArrayList<>()
				).add(
					organization
				);
			}
		}

		Collator collator = Collator.getInstance(locale);

		List<OrganizationTreeNode> nodes = new ArrayList<>();

		_addInTreeOrder(
			roots, children, collator, 0, "", new HashSet<>(), nodes);

		return Collections.unmodifiableList(nodes);
	}

	public int getDepth() {
		return _depth;
	}

	public String getName() {
		return _organization.getName();
	}

	public long getOrganizationId() {
		return _organization.getOrganizationId();
	}

	/**
	 * @return the names of the organisations above this one, each followed by the separator ("" at the top),
	 *         to be read before its name
	 */
	public String getParentPath() {
		return _parentPath;
	}

	/**
	 * @return the names from the top of the tree down to this organisation
	 */
	public String getPath() {
		return _parentPath + getName();
	}

	private static void _addInTreeOrder(
		List<Organization> siblings, Map<Long, List<Organization>> children,
		Collator collator, int depth, String parentPath, Set<Long> seen,
		List<OrganizationTreeNode> nodes) {

		List<Organization> sorted = new ArrayList<>(siblings);

		sorted.sort(
			(organization1, organization2) -> collator.compare(
				organization1.getName(), organization2.getName()));

		for (Organization organization : sorted) {

			// A tree that loops (bad data) must not hang the form

			if (!seen.add(organization.getOrganizationId())) {
				continue;
			}

			nodes.add(new OrganizationTreeNode(organization, depth, parentPath));

			_addInTreeOrder(
				children.getOrDefault(
					organization.getOrganizationId(), Collections.emptyList()),
				children, collator, depth + 1,
				parentPath + organization.getName() + PATH_SEPARATOR, seen,
				nodes);
		}
	}

	private OrganizationTreeNode(
		Organization organization, int depth, String parentPath) {

		_organization = organization;
		_depth = depth;
		_parentPath = parentPath;
	}

	private final int _depth;
	private final Organization _organization;
	private final String _parentPath;

}
