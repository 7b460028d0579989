/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link CareProgramService}.
 *
 * @author Livsviktig
 * @see CareProgramService
 * @generated
 */
public class CareProgramServiceWrapper
	implements CareProgramService, ServiceWrapper<CareProgramService> {

	public CareProgramServiceWrapper() {
		this(null);
	}

	public CareProgramServiceWrapper(CareProgramService careProgramService) {
		_careProgramService = careProgramService;
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _careProgramService.getOSGiServiceIdentifier();
	}

	@Override
	public CareProgramService getWrappedService() {
		return _careProgramService;
	}

	@Override
	public void setWrappedService(CareProgramService careProgramService) {
		_careProgramService = careProgramService;
	}

	private CareProgramService _careProgramService;

}