package se.livsviktig.training.internal.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The organisations a person is a member of, in the portal's order, with the tree above them: a member of a
 * unit under a förvaltning counts as the förvaltning's staff too.
 *
 * @author Livsviktig
 */
public class OrganizationMemberships {

	/**
	 * Memberships without a tree: each organisation stands alone.
	 */
	public static OrganizationMemberships flat(
		Collection<Long> organizationIds) {

		return new OrganizationMemberships(
			organizationIds, OrganizationLineages.flat());
	}

	public OrganizationMemberships(
		Collection<Long> organizationIds, OrganizationLineages lineages) {

		_organizationIds = Collections.unmodifiableList(
			new ArrayList<>(organizationIds));
		_lineages = lineages;
	}

	/**
	 * @return the first organisation of the person's that is one of the given ones or under one of them, or 0
	 */
	public long getFirstWithin(Collection<Long> organizationIds) {
		for (long organizationId : _organizationIds) {
			if (_lineages.isWithin(organizationId, organizationIds)) {
				return organizationId;
			}
		}

		return 0;
	}

	public OrganizationLineages getLineages() {
		return _lineages;
	}

	/**
	 * @return the organisations the person is a direct member of
	 */
	public List<Long> getOrganizationIds() {
		return _organizationIds;
	}

	public boolean isMemberOf(long organizationId) {
		return _organizationIds.contains(organizationId);
	}

	/**
	 * @return whether the person is a member of one of the given organisations or of a unit under one of them
	 */
	public boolean isWithin(Collection<Long> organizationIds) {
		if (getFirstWithin(organizationIds) > 0) {
			return true;
		}

		return false;
	}

	private final OrganizationLineages _lineages;
	private final List<Long> _organizationIds;

}
