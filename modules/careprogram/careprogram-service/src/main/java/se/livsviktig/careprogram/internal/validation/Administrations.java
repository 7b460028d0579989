package se.livsviktig.careprogram.internal.validation;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import se.livsviktig.careprogram.exception.LocalRoutineOrganizationException;

/**
 * A routine is an administration's: an organization of the same portal instance.
 *
 * @author Livsviktig
 */
public class Administrations {

	public Administrations(OrganizationLocalService organizationLocalService) {
		_organizationLocalService = organizationLocalService;
	}

	public Organization validate(long companyId, long organizationId)
		throws LocalRoutineOrganizationException {

		Organization organization =
			_organizationLocalService.fetchOrganization(organizationId);

		if ((organization == null) ||
			(organization.getCompanyId() != companyId)) {

			throw new LocalRoutineOrganizationException(
				"Not an organization of company " + companyId + ": " +
					organizationId);
		}

		return organization;
	}

	private final OrganizationLocalService _organizationLocalService;

}
