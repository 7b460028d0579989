/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

/**
 * Provides the local service utility for CareProgramHealth. This utility wraps
 * <code>se.livsviktig.careprogram.service.impl.CareProgramHealthLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see CareProgramHealthLocalService
 * @generated
 */
public class CareProgramHealthLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.CareProgramHealthLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @return per administration with routines on the site, in the order of its organizationId: its routines,
	 those reviewed on time (due today or later in the company's time zone) and the site's programmes it
	 has no routine for
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

	public static CareProgramHealthLocalService getService() {
		return _service;
	}

	public static void setService(CareProgramHealthLocalService service) {
		_service = service;
	}

	private static volatile CareProgramHealthLocalService _service;

}