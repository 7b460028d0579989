/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.base.NetworkMemberServiceBaseImpl;

/**
 * A network's members for callers the portal has authenticated: whoever may update the network (its coordinators)
 * adds, re-roles and removes members; whoever may view it sees them.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvinstructor",
		"json.web.service.context.path=NetworkMember"
	},
	service = AopService.class
)
public class NetworkMemberServiceImpl extends NetworkMemberServiceBaseImpl {

	@Override
	public NetworkMember addNetworkMember(
			long instructorNetworkId, long memberUserId, int role,
			ServiceContext serviceContext)
		throws PortalException {

		_instructorNetworkModelResourcePermission.check(
			getPermissionChecker(), instructorNetworkId, ActionKeys.UPDATE);

		return networkMemberLocalService.addNetworkMember(
			getUserId(), instructorNetworkId, memberUserId, role,
			serviceContext);
	}

	@Override
	public List<NetworkMember> getNetworkMembers(long instructorNetworkId)
		throws PortalException {

		_instructorNetworkModelResourcePermission.check(
			getPermissionChecker(), instructorNetworkId, ActionKeys.VIEW);

		return networkMemberLocalService.getNetworkMembers(
			instructorNetworkId);
	}

	@Override
	public NetworkMember removeNetworkMember(long networkMemberId)
		throws PortalException {

		_checkUpdateOnTheNetworkOf(networkMemberId);

		return networkMemberLocalService.removeNetworkMember(networkMemberId);
	}

	@Override
	public NetworkMember updateNetworkMemberRole(
			long networkMemberId, int role)
		throws PortalException {

		_checkUpdateOnTheNetworkOf(networkMemberId);

		return networkMemberLocalService.updateNetworkMemberRole(
			networkMemberId, role);
	}

	private void _checkUpdateOnTheNetworkOf(long networkMemberId)
		throws PortalException {

		NetworkMember networkMember =
			networkMemberLocalService.getNetworkMember(networkMemberId);

		_instructorNetworkModelResourcePermission.check(
			getPermissionChecker(), networkMember.getInstructorNetworkId(),
			ActionKeys.UPDATE);
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.instructor.model.InstructorNetwork)"
	)
	private ModelResourcePermission<InstructorNetwork>
		_instructorNetworkModelResourcePermission;

}
