/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link CareProgramHealthService}.
 *
 * @author Livsviktig
 * @see CareProgramHealthService
 * @generated
 */
public class CareProgramHealthServiceWrapper
	implements CareProgramHealthService,
			   ServiceWrapper<CareProgramHealthService> {

	public CareProgramHealthServiceWrapper() {
		this(null);
	}

	public CareProgramHealthServiceWrapper(
		CareProgramHealthService careProgramHealthService) {

		_careProgramHealthService = careProgramHealthService;
	}

	@Override
	public java.util.List<se.livsviktig.careprogram.model.AdministrationHealth>
			getAdministrationHealth(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramHealthService.getAdministrationHealth(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _careProgramHealthService.getOSGiServiceIdentifier();
	}

	@Override
	public CareProgramHealthService getWrappedService() {
		return _careProgramHealthService;
	}

	@Override
	public void setWrappedService(
		CareProgramHealthService careProgramHealthService) {

		_careProgramHealthService = careProgramHealthService;
	}

	private CareProgramHealthService _careProgramHealthService;

}