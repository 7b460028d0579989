/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link CertificationService}.
 *
 * @author Livsviktig
 * @see CertificationService
 * @generated
 */
public class CertificationServiceWrapper
	implements CertificationService, ServiceWrapper<CertificationService> {

	public CertificationServiceWrapper() {
		this(null);
	}

	public CertificationServiceWrapper(
		CertificationService certificationService) {

		_certificationService = certificationService;
	}

	@Override
	public se.livsviktig.instructor.model.Certification addCertification(
			long holderUserId, long trainingMethodId,
			java.util.Date certifiedDate, java.util.Date validUntil,
			String issuer, String number,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationService.addCertification(
			holderUserId, trainingMethodId, certifiedDate, validUntil, issuer,
			number, serviceContext);
	}

	@Override
	public se.livsviktig.instructor.model.Certification getCertification(
			long certificationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationService.getCertification(certificationId);
	}

	@Override
	public java.util.List<se.livsviktig.instructor.model.Certification>
			getHolderCertifications(long holderUserId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationService.getHolderCertifications(holderUserId);
	}

	/**
	 * The instructor directory of the caller's company, for any signed-in person: it shows only names, methods
	 * and organisations of instructors who may teach today (the directory's "active ones, name and method only").
	 * A guest is refused.
	 *
	 * @see CertificationLocalService#getInstructorDirectory
	 */
	@Override
	public java.util.List
		<se.livsviktig.instructor.directory.InstructorDirectoryEntry>
				getInstructorDirectory(
					long trainingMethodId, long organizationId, String keywords,
					int start, int end)
			throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationService.getInstructorDirectory(
			trainingMethodId, organizationId, keywords, start, end);
	}

	@Override
	public int getInstructorDirectoryCount(
			long trainingMethodId, long organizationId, String keywords)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationService.getInstructorDirectoryCount(
			trainingMethodId, organizationId, keywords);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _certificationService.getOSGiServiceIdentifier();
	}

	@Override
	public se.livsviktig.instructor.model.Certification renewCertification(
			long certificationId, java.util.Date certifiedDate,
			java.util.Date validUntil, String issuer, String number,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationService.renewCertification(
			certificationId, certifiedDate, validUntil, issuer, number,
			serviceContext);
	}

	@Override
	public se.livsviktig.instructor.model.Certification revokeCertification(
			long certificationId, String reason)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationService.revokeCertification(
			certificationId, reason);
	}

	/**
	 * The coordinators' list, filtered and paged in the database: needs MANAGE_CERTIFICATIONS.
	 *
	 * @see CertificationLocalService#searchCertifications
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.Certification>
			searchCertifications(
				long trainingMethodId, int state, int expiringWithinDays,
				String holderName, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationService.searchCertifications(
			trainingMethodId, state, expiringWithinDays, holderName, start,
			end);
	}

	/**
	 * The coordinators' list with a licence standing filter: the company's standings in the constant statements
	 * of {@code LicenceStandingLocalService}, then the page and its count restricted to those instructors and
	 * methods. Needs MANAGE_CERTIFICATIONS.
	 *
	 * @param standing {@code AT_RISK} or {@code LAPSED} (an {@link InstructorStanding}), or blank for no such
	 filter
	 */
	@Override
	public com.liferay.portal.kernel.search.BaseModelSearchResult
		<se.livsviktig.instructor.model.Certification> searchCertifications(
				long trainingMethodId, int state, int expiringWithinDays,
				String holderName, String standing, int start, int end)
			throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationService.searchCertifications(
			trainingMethodId, state, expiringWithinDays, holderName, standing,
			start, end);
	}

	@Override
	public int searchCertificationsCount(
			long trainingMethodId, int state, int expiringWithinDays,
			String holderName)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationService.searchCertificationsCount(
			trainingMethodId, state, expiringWithinDays, holderName);
	}

	@Override
	public CertificationService getWrappedService() {
		return _certificationService;
	}

	@Override
	public void setWrappedService(CertificationService certificationService) {
		_certificationService = certificationService;
	}

	private CertificationService _certificationService;

}