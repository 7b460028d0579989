/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

/**
 * Provides the remote service utility for CareProgramHealth. This utility wraps
 * <code>se.livsviktig.careprogram.service.impl.CareProgramHealthServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see CareProgramHealthService
 * @generated
 */
public class CareProgramHealthServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.CareProgramHealthServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static List<se.livsviktig.careprogram.model.AdministrationHealth>
			getAdministrationHealth(long groupId)
		throws PortalException {

		return getService().getAdministrationHealth(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static CareProgramHealthService getService() {
		return _service;
	}

	public static void setService(CareProgramHealthService service) {
		_service = service;
	}

	private static volatile CareProgramHealthService _service;

}