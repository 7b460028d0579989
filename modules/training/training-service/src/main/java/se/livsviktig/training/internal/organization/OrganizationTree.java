package se.livsviktig.training.internal.organization;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the portal's organisation tree for the training rules. An organisation's ancestors come from its tree
 * path (`Organization.getAncestorOrganizationIds()`), so a lineage costs one read of the organisation (the
 * portal's entity cache usually has it), never a walk up the tree.
 *
 * @author Livsviktig
 */
@Component(service = OrganizationTree.class)
public class OrganizationTree {

	/**
	 * @return lineages read from the tree when first asked for, kept for the life of the returned object
	 */
	public OrganizationLineages getLineages() {
		return new OrganizationLineages(this::_readLineage);
	}

	/**
	 * @return the organisation and its ancestors, nearest first; empty when the organisation does not exist
	 */
	public List<Organization> getLineageOrganizations(long organizationId)
		throws PortalException {

		List<Organization> organizations = new ArrayList<>();

		Organization organization = _organizationLocalService.fetchOrganization(
			organizationId);

		if (organization == null) {
			return organizations;
		}

		organizations.add(organization);
		organizations.addAll(organization.getAncestors());

		return organizations;
	}

	/**
	 * The person's organisations (administrative ones included, as the portal counts membership), whose
	 * lineages are read when a rule first asks for them.
	 */
	public OrganizationMemberships getMemberships(long userId)
		throws PortalException {

		List<Long> organizationIds = new ArrayList<>();

		for (long organizationId :
				_organizationLocalService.getUserOrganizationIds(
					userId, true)) {

			organizationIds.add(organizationId);
		}

		return new OrganizationMemberships(organizationIds, getLineages());
	}

	/**
	 * @return the organisations and every organisation under them
	 */
	public long[] getOrganizationIdsWithDescendants(
		Collection<Organization> organizations) {

		Set<Long> organizationIds = new LinkedHashSet<>();

		for (Organization organization : organizations) {
			organizationIds.add(organization.getOrganizationId());
		}

		for (Organization organization :
				_organizationLocalService.getSuborganizations(
					new ArrayList<>(organizations))) {

			organizationIds.add(organization.getOrganizationId());
		}

		return organizationIds.stream(
		).mapToLong(
			Long::longValue
		).toArray();
	}

	private long[] _lineageOf(Organization organization) {
		long[] ancestorOrganizationIds;

		try {
			ancestorOrganizationIds =
				organization.getAncestorOrganizationIds();
		}
		catch (PortalException portalException) {
			throw new SystemException(portalException);
		}

		// The portal lists ancestors from the root down; a lineage goes from the organisation up

		long[] lineage = new long[ancestorOrganizationIds.length + 1];

		lineage[0] = organization.getOrganizationId();

		for (int i = 0; i < ancestorOrganizationIds.length; i++) {
			lineage[i + 1] =
				ancestorOrganizationIds[ancestorOrganizationIds.length - 1 - i];
		}

		return lineage;
	}

	private long[] _readLineage(long organizationId) {
		Organization organization = _organizationLocalService.fetchOrganization(
			organizationId);

		if (organization == null) {
			return new long[] {organizationId};
		}

		return _lineageOf(organization);
	}

	@Reference
	private OrganizationLocalService _organizationLocalService;

}
