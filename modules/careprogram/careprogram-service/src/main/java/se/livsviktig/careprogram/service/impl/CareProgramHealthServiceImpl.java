/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.constants.CareProgramActionKeys;
import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.model.AdministrationHealth;
import se.livsviktig.careprogram.service.base.CareProgramHealthServiceBaseImpl;

/**
 * The health overview for those who manage the site's programmes: it compares administrations, so it is theirs,
 * not every reader's.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvcareprogram",
		"json.web.service.context.path=CareProgramHealth"
	},
	service = AopService.class
)
public class CareProgramHealthServiceImpl
	extends CareProgramHealthServiceBaseImpl {

	@Override
	public List<AdministrationHealth> getAdministrationHealth(long groupId)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId,
			CareProgramActionKeys.MANAGE_CARE_PROGRAMS);

		return careProgramHealthLocalService.getAdministrationHealth(groupId);
	}

	@Reference(
		target = "(resource.name=" + CareProgramConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
