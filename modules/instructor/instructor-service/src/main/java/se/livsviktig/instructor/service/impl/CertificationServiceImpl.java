package se.livsviktig.instructor.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorActionKeys;
import se.livsviktig.instructor.constants.InstructorConstants;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.base.CertificationServiceBaseImpl;

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

	private PermissionChecker _checkManageCertifications()
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		_portletResourcePermission.check(
			permissionChecker, _getCompanyGroupId(permissionChecker),
			InstructorActionKeys.MANAGE_CERTIFICATIONS);

		return permissionChecker;
	}

	private long _getCompanyGroupId(PermissionChecker permissionChecker)
		throws PortalException {

		return _groupLocalService.getCompanyGroup(
			permissionChecker.getCompanyId()
		).getGroupId();
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.instructor.model.Certification)"
	)
	private ModelResourcePermission<Certification>
		_certificationModelResourcePermission;

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference(
		target = "(resource.name=" + InstructorConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
