/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorActionKeys;
import se.livsviktig.instructor.constants.InstructorConstants;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.network.NetworkDirectoryEntry;
import se.livsviktig.instructor.service.base.InstructorNetworkServiceBaseImpl;

/**
 * Networks for callers the portal has authenticated: whoever holds ADD_NETWORK on the app's root resource in the
 * site starts one; its coordinators (or a grant) update it; its members (or a grant) see it and its directory.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvinstructor",
		"json.web.service.context.path=InstructorNetwork"
	},
	service = AopService.class
)
public class InstructorNetworkServiceImpl
	extends InstructorNetworkServiceBaseImpl {

	@Override
	public InstructorNetwork addInstructorNetwork(
			long groupId, String name, String description,
			long[] trainingMethodIds, ServiceContext serviceContext)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId, InstructorActionKeys.ADD_NETWORK);

		return instructorNetworkLocalService.addInstructorNetwork(
			getUserId(), groupId, name, description, trainingMethodIds,
			serviceContext);
	}

	/**
	 * Deleting takes a grant of DELETE on the network (its owner has it): being a coordinator is not enough.
	 */
	@Override
	public InstructorNetwork deleteInstructorNetwork(long instructorNetworkId)
		throws PortalException {

		_instructorNetworkModelResourcePermission.check(
			getPermissionChecker(), instructorNetworkId, ActionKeys.DELETE);

		return instructorNetworkLocalService.deleteInstructorNetwork(
			instructorNetworkId);
	}

	/**
	 * @return the site's networks the caller may view
	 */
	@Override
	public List<InstructorNetwork> getGroupInstructorNetworks(long groupId)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();
		List<InstructorNetwork> instructorNetworks = new ArrayList<>();

		for (InstructorNetwork instructorNetwork :
				instructorNetworkLocalService.getGroupInstructorNetworks(
					groupId)) {

			if (_instructorNetworkModelResourcePermission.contains(
					permissionChecker, instructorNetwork, ActionKeys.VIEW)) {

				instructorNetworks.add(instructorNetwork);
			}
		}

		return instructorNetworks;
	}

	@Override
	public InstructorNetwork getInstructorNetwork(long instructorNetworkId)
		throws PortalException {

		_instructorNetworkModelResourcePermission.check(
			getPermissionChecker(), instructorNetworkId, ActionKeys.VIEW);

		return instructorNetworkLocalService.getInstructorNetwork(
			instructorNetworkId);
	}

	@Override
	public List<NetworkDirectoryEntry> getNetworkDirectory(
			long instructorNetworkId)
		throws PortalException {

		_instructorNetworkModelResourcePermission.check(
			getPermissionChecker(), instructorNetworkId, ActionKeys.VIEW);

		return instructorNetworkLocalService.getNetworkDirectory(
			instructorNetworkId);
	}

	@Override
	public InstructorNetwork updateInstructorNetwork(
			long instructorNetworkId, String name, String description,
			long[] trainingMethodIds)
		throws PortalException {

		_instructorNetworkModelResourcePermission.check(
			getPermissionChecker(), instructorNetworkId, ActionKeys.UPDATE);

		return instructorNetworkLocalService.updateInstructorNetwork(
			getUserId(), instructorNetworkId, name, description,
			trainingMethodIds);
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.instructor.model.InstructorNetwork)"
	)
	private ModelResourcePermission<InstructorNetwork>
		_instructorNetworkModelResourcePermission;

	@Reference(
		target = "(resource.name=" + InstructorConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
