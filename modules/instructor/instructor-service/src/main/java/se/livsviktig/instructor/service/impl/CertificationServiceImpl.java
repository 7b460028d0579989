package se.livsviktig.instructor.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.search.BaseModelSearchResult;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.Validator;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorActionKeys;
import se.livsviktig.instructor.constants.InstructorConstants;
import se.livsviktig.instructor.directory.InstructorDirectoryEntry;
import se.livsviktig.instructor.exception.CertificationStateException;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.base.CertificationServiceBaseImpl;
import se.livsviktig.instructor.standing.LicenceStandingLocalService;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * Certifications for callers the portal has authenticated: coordinators (MANAGE_CERTIFICATIONS on the app's
 * root resource in the company's group) add, renew and revoke; a person sees their own.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvinstructor",
		"json.web.service.context.path=Certification"
	},
	service = AopService.class
)
public class CertificationServiceImpl extends CertificationServiceBaseImpl {

	@Override
	public Certification addCertification(
			long holderUserId, long trainingMethodId, Date certifiedDate,
			Date validUntil, String issuer, String number,
			ServiceContext serviceContext)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		_portletResourcePermission.check(
			permissionChecker, _getCompanyGroupId(permissionChecker),
			InstructorActionKeys.MANAGE_CERTIFICATIONS);

		return certificationLocalService.addCertification(
			getUserId(), holderUserId, trainingMethodId, certifiedDate,
			validUntil, issuer, number, serviceContext);
	}

	@Override
	public Certification getCertification(long certificationId)
		throws PortalException {

		_certificationModelResourcePermission.check(
			getPermissionChecker(), certificationId, ActionKeys.VIEW);

		return certificationLocalService.getCertification(certificationId);
	}

	@Override
	public List<Certification> getHolderCertifications(long holderUserId)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		if ((permissionChecker.getUserId() != holderUserId) &&
			!_portletResourcePermission.contains(
				permissionChecker, _getCompanyGroupId(permissionChecker),
				InstructorActionKeys.MANAGE_CERTIFICATIONS)) {

			throw new PrincipalException.MustHavePermission(
				permissionChecker, InstructorConstants.RESOURCE_NAME,
				holderUserId, InstructorActionKeys.MANAGE_CERTIFICATIONS);
		}

		return certificationLocalService.getHolderCertifications(holderUserId);
	}

	/**
	 * The instructor directory of the caller's company, for any signed-in person: it shows only names, methods
	 * and organisations of instructors who may teach today (the directory's "active ones, name and method only").
	 * A guest is refused.
	 *
	 * @see se.livsviktig.instructor.service.CertificationLocalService#getInstructorDirectory
	 */
	@Override
	public List<InstructorDirectoryEntry> getInstructorDirectory(
			long trainingMethodId, long organizationId, String keywords,
			int start, int end)
		throws PortalException {

		PermissionChecker permissionChecker = _checkSignedIn();

		return certificationLocalService.getInstructorDirectory(
			permissionChecker.getCompanyId(), trainingMethodId, organizationId,
			keywords, start, end);
	}

	@Override
	public int getInstructorDirectoryCount(
			long trainingMethodId, long organizationId, String keywords)
		throws PortalException {

		PermissionChecker permissionChecker = _checkSignedIn();

		return certificationLocalService.getInstructorDirectoryCount(
			permissionChecker.getCompanyId(), trainingMethodId, organizationId,
			keywords);
	}

	@Override
	public Certification renewCertification(
			long certificationId, Date certifiedDate, Date validUntil,
			String issuer, String number, ServiceContext serviceContext)
		throws PortalException {

		_certificationModelResourcePermission.check(
			getPermissionChecker(), certificationId, ActionKeys.UPDATE);

		return certificationLocalService.renewCertification(
			getUserId(), certificationId, certifiedDate, validUntil, issuer,
			number, serviceContext);
	}

	@Override
	public Certification revokeCertification(
			long certificationId, String reason)
		throws PortalException {

		_certificationModelResourcePermission.check(
			getPermissionChecker(), certificationId, ActionKeys.UPDATE);

		return certificationLocalService.revokeCertification(
			getUserId(), certificationId, reason);
	}

	/**
	 * The coordinators' list, filtered and paged in the database: needs MANAGE_CERTIFICATIONS.
	 *
	 * @see se.livsviktig.instructor.service.CertificationLocalService#searchCertifications
	 */
	@Override
	public List<Certification> searchCertifications(
			long trainingMethodId, int state, int expiringWithinDays,
			String holderName, int start, int end)
		throws PortalException {

		PermissionChecker permissionChecker = _checkManageCertifications();

		return certificationLocalService.searchCertifications(
			permissionChecker.getCompanyId(), trainingMethodId, state,
			expiringWithinDays, holderName, start, end);
	}

	@Override
	public int searchCertificationsCount(
			long trainingMethodId, int state, int expiringWithinDays,
			String holderName)
		throws PortalException {

		PermissionChecker permissionChecker = _checkManageCertifications();

		return certificationLocalService.searchCertificationsCount(
			permissionChecker.getCompanyId(), trainingMethodId, state,
			expiringWithinDays, holderName);
	}

	/**
	 * The coordinators' list with a licence standing filter: the company's standings in the constant statements
	 * of {@code LicenceStandingLocalService}, then the page and its count restricted to those instructors and
	 * methods. Needs MANAGE_CERTIFICATIONS.
	 *
	 * @param standing {@code AT_RISK} or {@code LAPSED} (an {@link InstructorStanding}), or blank for no such
	 *        filter
	 */
	@Override
	public BaseModelSearchResult<Certification> searchCertifications(
			long trainingMethodId, int state, int expiringWithinDays,
			String holderName, String standing, int start, int end)
		throws PortalException {

		PermissionChecker permissionChecker = _checkManageCertifications();

		long companyId = permissionChecker.getCompanyId();

		if (Validator.isBlank(standing)) {
			return new BaseModelSearchResult<>(
				certificationLocalService.searchCertifications(
					companyId, trainingMethodId, state, expiringWithinDays,
					holderName, start, end),
				certificationLocalService.searchCertificationsCount(
					companyId, trainingMethodId, state, expiringWithinDays,
					holderName));
		}

		return certificationLocalService.searchCertifications(
			companyId, trainingMethodId, state, expiringWithinDays, holderName,
			_licenceStandingLocalService.getLicenceStandings(
				companyId, trainingMethodId, _instructorStanding(standing)),
			start, end);
	}

	private PermissionChecker _checkManageCertifications()
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		_portletResourcePermission.check(
			permissionChecker, _getCompanyGroupId(permissionChecker),
			InstructorActionKeys.MANAGE_CERTIFICATIONS);

		return permissionChecker;
	}

	private PermissionChecker _checkSignedIn() throws PortalException {
		PermissionChecker permissionChecker = getPermissionChecker();

		if (!permissionChecker.isSignedIn()) {
			throw new PrincipalException.MustBeAuthenticated(
				permissionChecker.getUserId());
		}

		return permissionChecker;
	}

	private long _getCompanyGroupId(PermissionChecker permissionChecker)
		throws PortalException {

		return _groupLocalService.getCompanyGroup(
			permissionChecker.getCompanyId()
		).getGroupId();
	}

	/**
	 * @throws CertificationStateException when the filter names no standing the list offers
	 */
	private InstructorStanding _instructorStanding(String standing)
		throws PortalException {

		for (InstructorStanding instructorStanding :
				new InstructorStanding[] {
					InstructorStanding.AT_RISK, InstructorStanding.LAPSED
				}) {

			if (instructorStanding.name().equals(standing)) {
				return instructorStanding;
			}
		}

		throw new CertificationStateException(
			"No licence standing filter " + standing);
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.instructor.model.Certification)"
	)
	private ModelResourcePermission<Certification>
		_certificationModelResourcePermission;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private LicenceStandingLocalService _licenceStandingLocalService;

	@Reference(
		target = "(resource.name=" + InstructorConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
