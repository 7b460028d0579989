/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link CareProgramFiguresLocalService}.
 *
 * @author Livsviktig
 * @see CareProgramFiguresLocalService
 * @generated
 */
public class CareProgramFiguresLocalServiceWrapper
	implements CareProgramFiguresLocalService,
			   ServiceWrapper<CareProgramFiguresLocalService> {

	public CareProgramFiguresLocalServiceWrapper() {
		this(null);
	}

	public CareProgramFiguresLocalServiceWrapper(
		CareProgramFiguresLocalService careProgramFiguresLocalService) {

		_careProgramFiguresLocalService = careProgramFiguresLocalService;
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _careProgramFiguresLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * The rolled-up figures: each child organisation of the parent as one row holding its whole subtree.
	 *
	 * @param parentOrganizationId the organisation whose children are the rows, or 0 for the top-level
	 administrations
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.RoutineReviewFigures>
			getRolledUpRoutineReviewFigures(
				long companyId, long parentOrganizationId, java.util.Date to,
				java.util.Date now)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramFiguresLocalService.getRolledUpRoutineReviewFigures(
			companyId, parentOrganizationId, to, now);
	}

	/**
	 * Per administration (the routine's organisation), the routines that existed at the end of the period and
	 * those of them reviewed on time then.
	 *
	 * @param to the first moment after the period
	 * @param now the routines are judged now instead when the period is not over yet
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.RoutineReviewFigures>
			getRoutineReviewFigures(
				long companyId, java.util.Date to, java.util.Date now)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramFiguresLocalService.getRoutineReviewFigures(
			companyId, to, now);
	}

	@Override
	public CareProgramFiguresLocalService getWrappedService() {
		return _careProgramFiguresLocalService;
	}

	@Override
	public void setWrappedService(
		CareProgramFiguresLocalService careProgramFiguresLocalService) {

		_careProgramFiguresLocalService = careProgramFiguresLocalService;
	}

	private CareProgramFiguresLocalService _careProgramFiguresLocalService;

}