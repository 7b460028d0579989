/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.instructor.model.Certification;

/**
 * Provides the remote service utility for Certification. This utility wraps
 * <code>se.livsviktig.instructor.service.impl.CertificationServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see CertificationService
 * @generated
 */
public class CertificationServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.CertificationServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static Certification addCertification(
			long holderUserId, long trainingMethodId,
			java.util.Date certifiedDate, java.util.Date validUntil,
			String issuer, String number,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addCertification(
			holderUserId, trainingMethodId, certifiedDate, validUntil, issuer,
			number, serviceContext);
	}

	public static Certification getCertification(long certificationId)
		throws PortalException {

		return getService().getCertification(certificationId);
	}

	public static List<Certification> getHolderCertifications(long holderUserId)
		throws PortalException {

		return getService().getHolderCertifications(holderUserId);
	}

	/**
	 * The instructor directory of the caller's company, for any signed-in person: it shows only names, methods
	 * and organisations of instructors who may teach today (the directory's "active ones, name and method only").
	 * A guest is refused.
	 *
	 * @see CertificationLocalService#getInstructorDirectory
	 */
	public static List
		<se.livsviktig.instructor.directory.InstructorDirectoryEntry>
				getInstructorDirectory(
					long trainingMethodId, long organizationId, String keywords,
					int start, int end)
			throws PortalException {

		return getService().getInstructorDirectory(
			trainingMethodId, organizationId, keywords, start, end);
	}

	public static int getInstructorDirectoryCount(
			long trainingMethodId, long organizationId, String keywords)
		throws PortalException {

		return getService().getInstructorDirectoryCount(
			trainingMethodId, organizationId, keywords);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static Certification renewCertification(
			long certificationId, java.util.Date certifiedDate,
			java.util.Date validUntil, String issuer, String number,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().renewCertification(
			certificationId, certifiedDate, validUntil, issuer, number,
			serviceContext);
	}

	public static Certification revokeCertification(
			long certificationId, String reason)
		throws PortalException {

		return getService().revokeCertification(certificationId, reason);
	}

	/**
	 * The coordinators' list, filtered and paged in the database: needs MANAGE_CERTIFICATIONS.
	 *
	 * @see CertificationLocalService#searchCertifications
	 */
	public static List<Certification> searchCertifications(
			long trainingMethodId, int state, int expiringWithinDays,
			String holderName, int start, int end)
		throws PortalException {

		return getService().searchCertifications(
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
	public static com.liferay.portal.kernel.search.BaseModelSearchResult
		<Certification> searchCertifications(
				long trainingMethodId, int state, int expiringWithinDays,
				String holderName, String standing, int start, int end)
			throws PortalException {

		return getService().searchCertifications(
			trainingMethodId, state, expiringWithinDays, holderName, standing,
			start, end);
	}

	public static int searchCertificationsCount(
			long trainingMethodId, int state, int expiringWithinDays,
			String holderName)
		throws PortalException {

		return getService().searchCertificationsCount(
			trainingMethodId, state, expiringWithinDays, holderName);
	}

	public static CertificationService getService() {
		return _service;
	}

	public static void setService(CertificationService service) {
		_service = service;
	}

	private static volatile CertificationService _service;

}