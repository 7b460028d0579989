/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.jsonwebservice.JSONWebService;
import com.liferay.portal.kernel.search.BaseModelSearchResult;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.directory.InstructorDirectoryEntry;
import se.livsviktig.instructor.model.Certification;

/**
 * Provides the remote service interface for Certification. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see CertificationServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface CertificationService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.CertificationServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the certification remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link CertificationServiceUtil} if injection and service tracking are not available.
	 */
	public Certification addCertification(
			long holderUserId, long trainingMethodId, Date certifiedDate,
			Date validUntil, String issuer, String number,
			ServiceContext serviceContext)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Certification getCertification(long certificationId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Certification> getHolderCertifications(long holderUserId)
		throws PortalException;

	/**
	 * The instructor directory of the caller's company, for any signed-in person: it shows only names, methods
	 * and organisations of instructors who may teach today (the directory's "active ones, name and method only").
	 * A guest is refused.
	 *
	 * @see CertificationLocalService#getInstructorDirectory
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<InstructorDirectoryEntry> getInstructorDirectory(
			long trainingMethodId, long organizationId, String keywords,
			int start, int end)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getInstructorDirectoryCount(
			long trainingMethodId, long organizationId, String keywords)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	public Certification renewCertification(
			long certificationId, Date certifiedDate, Date validUntil,
			String issuer, String number, ServiceContext serviceContext)
		throws PortalException;

	public Certification revokeCertification(
			long certificationId, String reason)
		throws PortalException;

	/**
	 * The coordinators' list, filtered and paged in the database: needs MANAGE_CERTIFICATIONS.
	 *
	 * @see CertificationLocalService#searchCertifications
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Certification> searchCertifications(
			long trainingMethodId, int state, int expiringWithinDays,
			String holderName, int start, int end)
		throws PortalException;

	/**
	 * The coordinators' list with a licence standing filter: the company's standings in the constant statements
	 * of {@code LicenceStandingLocalService}, then the page and its count restricted to those instructors and
	 * methods. Needs MANAGE_CERTIFICATIONS.
	 *
	 * @param standing {@code AT_RISK} or {@code LAPSED} (an {@link InstructorStanding}), or blank for no such
	 filter
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public BaseModelSearchResult<Certification> searchCertifications(
			long trainingMethodId, int state, int expiringWithinDays,
			String holderName, String standing, int start, int end)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int searchCertificationsCount(
			long trainingMethodId, int state, int expiringWithinDays,
			String holderName)
		throws PortalException;

}