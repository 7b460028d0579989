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

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.base.NetworkMeetingServiceBaseImpl;

/**
 * A network's meetings for callers the portal has authenticated: whoever may update the network (its
 * coordinators) adds meetings; whoever may update a meeting (inherited from its network) changes, cancels and
 * writes notes; whoever may view them sees them.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvinstructor",
		"json.web.service.context.path=NetworkMeeting"
	},
	service = AopService.class
)
public class NetworkMeetingServiceImpl extends NetworkMeetingServiceBaseImpl {

	@Override
	public NetworkMeeting addNetworkMeeting(
			long instructorNetworkId, String title, Date startDate,
			Date endDate, String place, String onlineLink, String agenda,
			ServiceContext serviceContext)
		throws PortalException {

		_instructorNetworkModelResourcePermission.check(
			getPermissionChecker(), instructorNetworkId, ActionKeys.UPDATE);

		return networkMeetingLocalService.addNetworkMeeting(
			getUserId(), instructorNetworkId, title, startDate, endDate, place,
			onlineLink, agenda, serviceContext);
	}

	@Override
	public NetworkMeeting cancelNetworkMeeting(long networkMeetingId)
		throws PortalException {

		_networkMeetingModelResourcePermission.check(
			getPermissionChecker(), networkMeetingId, ActionKeys.UPDATE);

		return networkMeetingLocalService.cancelNetworkMeeting(
			networkMeetingId);
	}

	@Override
	public NetworkMeeting getNetworkMeeting(long networkMeetingId)
		throws PortalException {

		_networkMeetingModelResourcePermission.check(
			getPermissionChecker(), networkMeetingId, ActionKeys.VIEW);

		return networkMeetingLocalService.getNetworkMeeting(networkMeetingId);
	}

	@Override
	public List<NetworkMeeting> getNetworkMeetings(long instructorNetworkId)
		throws PortalException {

		_instructorNetworkModelResourcePermission.check(
			getPermissionChecker(), instructorNetworkId, ActionKeys.VIEW);

		return networkMeetingLocalService.getNetworkMeetings(
			instructorNetworkId);
	}

	@Override
	public NetworkMeeting updateNetworkMeeting(
			long networkMeetingId, String title, Date startDate, Date endDate,
			String place, String onlineLink, String agenda)
		throws PortalException {

		_networkMeetingModelResourcePermission.check(
			getPermissionChecker(), networkMeetingId, ActionKeys.UPDATE);

		return networkMeetingLocalService.updateNetworkMeeting(
			getUserId(), networkMeetingId, title, startDate, endDate, place,
			onlineLink, agenda);
	}

	@Override
	public NetworkMeeting updateNetworkMeetingNotes(
			long networkMeetingId, String notes)
		throws PortalException {

		_networkMeetingModelResourcePermission.check(
			getPermissionChecker(), networkMeetingId, ActionKeys.UPDATE);

		return networkMeetingLocalService.updateNetworkMeetingNotes(
			getUserId(), networkMeetingId, notes);
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.instructor.model.InstructorNetwork)"
	)
	private ModelResourcePermission<InstructorNetwork>
		_instructorNetworkModelResourcePermission;

	@Reference(
		target = "(model.class.name=se.livsviktig.instructor.model.NetworkMeeting)"
	)
	private ModelResourcePermission<NetworkMeeting>
		_networkMeetingModelResourcePermission;

}
