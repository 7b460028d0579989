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
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _localRoutineService.getOSGiServiceIdentifier();
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