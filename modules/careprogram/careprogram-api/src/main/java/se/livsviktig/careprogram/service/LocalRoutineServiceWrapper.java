/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link LocalRoutineService}.
 *
 * @author Livsviktig
 * @see LocalRoutineService
 * @generated
 */
public class LocalRoutineServiceWrapper
	implements LocalRoutineService, ServiceWrapper<LocalRoutineService> {

	public LocalRoutineServiceWrapper() {
		this(null);
	}

	public LocalRoutineServiceWrapper(LocalRoutineService localRoutineService) {
		_localRoutineService = localRoutineService;
	}

	/**
	 * Adding a routine to a programme takes UPDATE on the programme (the site's editors have it).
	 */
	@Override
	public se.livsviktig.careprogram.model.LocalRoutine addLocalRoutine(
			long careProgramId, long organizationId,
			long articleResourcePrimKey, long ownerUserId,
			int reviewIntervalMonths,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineService.addLocalRoutine(
			careProgramId, organizationId, articleResourcePrimKey, ownerUserId,
			reviewIntervalMonths, serviceContext);
	}

	/**
	 * "Still correct": the owner, or anyone with CONFIRM_REVIEW or UPDATE on the routine (its permission logic).
	 */
	@Override
	public se.livsviktig.careprogram.model.LocalRoutine
			confirmLocalRoutineReview(long localRoutineId, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineService.confirmLocalRoutineReview(
			localRoutineId, comment);
	}

	@Override
	public se.livsviktig.careprogram.model.LocalRoutine deleteLocalRoutine(
			long localRoutineId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineService.deleteLocalRoutine(localRoutineId);
	}

	/**
	 * @return the programme's routines the caller may view, if the caller may view the programme
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.LocalRoutine>
			getCareProgramLocalRoutines(long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineService.getCareProgramLocalRoutines(careProgramId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _localRoutineService.getOSGiServiceIdentifier();
	}

	/**
	 * "Mina granskningar": the routines the signed-in person owns, and nobody else's.
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.LocalRoutine>
			getOwnerLocalRoutines(long ownerUserId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineService.getOwnerLocalRoutines(ownerUserId);
	}

	@Override
	public se.livsviktig.careprogram.model.LocalRoutine updateLocalRoutine(
			long localRoutineId, long articleResourcePrimKey, long ownerUserId,
			int reviewIntervalMonths)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineService.updateLocalRoutine(
			localRoutineId, articleResourcePrimKey, ownerUserId,
			reviewIntervalMonths);
	}

	@Override
	public LocalRoutineService getWrappedService() {
		return _localRoutineService;
	}

	@Override
	public void setWrappedService(LocalRoutineService localRoutineService) {
		_localRoutineService = localRoutineService;
	}

	private LocalRoutineService _localRoutineService;

}