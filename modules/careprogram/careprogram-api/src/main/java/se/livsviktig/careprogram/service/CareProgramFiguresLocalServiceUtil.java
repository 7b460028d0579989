/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

/**
 * Provides the local service utility for CareProgramFigures. This utility wraps
 * <code>se.livsviktig.careprogram.service.impl.CareProgramFiguresLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see CareProgramFiguresLocalService
 * @generated
 */
public class CareProgramFiguresLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.CareProgramFiguresLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * The rolled-up figures: each child organisation of the parent as one row holding its whole subtree.
	 *
	 * @param parentOrganizationId the organisation whose children are the rows, or 0 for the top-level
	 administrations
	 */
	public static List<se.livsviktig.careprogram.model.RoutineReviewFigures>
			getRolledUpRoutineReviewFigures(
				long companyId, long parentOrganizationId, java.util.Date to,
				java.util.Date now)
		throws PortalException {

		return getService().getRolledUpRoutineReviewFigures(
			companyId, parentOrganizationId, to, now);
	}

	/**
	 * Per administration (the routine's organisation), the routines that existed at the end of the period and
	 * those of them reviewed on time then.
	 *
	 * @param to the first moment after the period
	 * @param now the routines are judged now instead when the period is not over yet
	 */
	public static List<se.livsviktig.careprogram.model.RoutineReviewFigures>
			getRoutineReviewFigures(
				long companyId, java.util.Date to, java.util.Date now)
		throws PortalException {

		return getService().getRoutineReviewFigures(companyId, to, now);
	}

	public static CareProgramFiguresLocalService getService() {
		return _service;
	}

	public static void setService(CareProgramFiguresLocalService service) {
		_service = service;
	}

	private static volatile CareProgramFiguresLocalService _service;

}