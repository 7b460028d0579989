/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.careprogram.model.LocalRoutine;

/**
 * Provides the remote service utility for LocalRoutine. This utility wraps
 * <code>se.livsviktig.careprogram.service.impl.LocalRoutineServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see LocalRoutineService
 * @generated
 */
public class LocalRoutineServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.LocalRoutineServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Adding a routine to a programme takes UPDATE on the programme (the site's editors have it).
	 */
	public static LocalRoutine addLocalRoutine(
			long careProgramId, long organizationId,
			long articleResourcePrimKey, long ownerUserId,
			int reviewIntervalMonths,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addLocalRoutine(
			careProgramId, organizationId, articleResourcePrimKey, ownerUserId,
			reviewIntervalMonths, serviceContext);
	}

	/**
	 * "Still correct": the owner, or anyone with CONFIRM_REVIEW or UPDATE on the routine (its permission logic).
	 */
	public static LocalRoutine confirmLocalRoutineReview(
			long localRoutineId, String comment)
		throws PortalException {

		return getService().confirmLocalRoutineReview(localRoutineId, comment);
	}

	public static LocalRoutine deleteLocalRoutine(long localRoutineId)
		throws PortalException {

		return getService().deleteLocalRoutine(localRoutineId);
	}

	/**
	 * @return the programme's routines the caller may view, if the caller may view the programme
	 */
	public static List<LocalRoutine> getCareProgramLocalRoutines(
			long careProgramId)
		throws PortalException {

		return getService().getCareProgramLocalRoutines(careProgramId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * "Mina granskningar": the routines the signed-in person owns, and nobody else's.
	 */
	public static List<LocalRoutine> getOwnerLocalRoutines(long ownerUserId)
		throws PortalException {

		return getService().getOwnerLocalRoutines(ownerUserId);
	}

	public static LocalRoutine updateLocalRoutine(
			long localRoutineId, long articleResourcePrimKey, long ownerUserId,
			int reviewIntervalMonths)
		throws PortalException {

		return getService().updateLocalRoutine(
			localRoutineId, articleResourcePrimKey, ownerUserId,
			reviewIntervalMonths);
	}

	public static LocalRoutineService getService() {
		return _service;
	}

	public static void setService(LocalRoutineService service) {
		_service = service;
	}

	private static volatile LocalRoutineService _service;

}