/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link CareProgramHealthLocalService}.
 *
 * @author Livsviktig
 * @see CareProgramHealthLocalService
 * @generated
 */
public class CareProgramHealthLocalServiceWrapper
	implements CareProgramHealthLocalService,
			   ServiceWrapper<CareProgramHealthLocalService> {

	public CareProgramHealthLocalServiceWrapper() {
		this(null);
	}

	public CareProgramHealthLocalServiceWrapper(
		CareProgramHealthLocalService careProgramHealthLocalService) {

		_careProgramHealthLocalService = careProgramHealthLocalService;
	}

	/**
	 * @return per administration with routines on the site, in the order of its organizationId: its routines,
	 those reviewed on time (due today or later in the company's time zone) and the site's programmes it
	 has no routine for
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.AdministrationHealth>
			getAdministrationHealth(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramHealthLocalService.getAdministrationHealth(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _careProgramHealthLocalService.getOSGiServiceIdentifier();
	}

	@Override
	public CareProgramHealthLocalService getWrappedService() {
		return _careProgramHealthLocalService;
	}

	@Override
	public void setWrappedService(
		CareProgramHealthLocalService careProgramHealthLocalService) {

		_careProgramHealthLocalService = careProgramHealthLocalService;
	}

	private CareProgramHealthLocalService _careProgramHealthLocalService;

}