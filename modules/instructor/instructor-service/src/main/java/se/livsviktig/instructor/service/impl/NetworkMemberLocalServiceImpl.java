/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.exception.DuplicateNetworkMemberException;
import se.livsviktig.instructor.exception.NetworkCoordinatorException;
import se.livsviktig.instructor.exception.NetworkMemberRoleException;
import se.livsviktig.instructor.exception.NetworkMemberUserException;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeDispatcher;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeKinds;
import se.livsviktig.instructor.internal.meeting.notice.OutgoingMeetingNotice;
import se.livsviktig.instructor.internal.network.MeetingInvitations;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.base.NetworkMemberLocalServiceBaseImpl;

/**
 * Who belongs to a network and as what. A member is an active portal user of the network's company, once per
 * network; a new member is invited to every meeting still to come (and sent each invitation with its calendar entry
 * after the call commits); a network always keeps at least one
 * coordinator; a member who leaves loses the invitations to meetings still to come, while past meetings keep
 * their answers and attendance.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.instructor.model.NetworkMember",
	service = AopService.class
)
public class NetworkMemberLocalServiceImpl
	extends NetworkMemberLocalServiceBaseImpl {

	@Override
	public NetworkMember addNetworkMember(
			long userId, long instructorNetworkId, long memberUserId, int role,
			ServiceContext serviceContext)
		throws PortalException {

		InstructorNetwork instructorNetwork =
			instructorNetworkPersistence.findByPrimaryKey(instructorNetworkId);

		_validateMemberUser(instructorNetwork.getCompanyId(), memberUserId);
		_validateRole(role);

		if (networkMemberPersistence.fetchByIN_MU(
				instructorNetworkId, memberUserId) != null) {

			throw new DuplicateNetworkMemberException(
				"User " + memberUserId + " is already a member of network " +
					instructorNetworkId);
		}

		User user = userLocalService.getUser(userId);
		Date now = _now();

		NetworkMember networkMember = networkMemberPersistence.create(
			counterLocalService.increment());

		networkMember.setUuid(serviceContext.getUuid());
		networkMember.setGroupId(instructorNetwork.getGroupId());
		networkMember.setCompanyId(instructorNetwork.getCompanyId());
		networkMember.setUserId(userId);
		networkMember.setUserName(user.getFullName());
		networkMember.setCreateDate(now);
		networkMember.setModifiedDate(now);
		networkMember.setInstructorNetworkId(instructorNetworkId);
		networkMember.setMemberUserId(memberUserId);
		networkMember.setRole(role);

		networkMember = networkMemberPersistence.update(networkMember);

		MeetingInvitations meetingInvitations = new MeetingInvitations(
			counterLocalService, meetingParticipantPersistence);

		for (NetworkMeeting networkMeeting :
				networkMeetingPersistence.findByInstructorNetworkId(
					instructorNetworkId)) {

			if (!networkMeeting.isCancelled() &&
				networkMeeting.getStartDate(
				).after(
					now
				)) {

				meetingInvitations.invite(
					networkMeeting, memberUserId, user, now);

				_meetingNoticeDispatcher.dispatchAfterCommit(
					OutgoingMeetingNotice.of(
						MeetingNoticeKinds.INVITATION, networkMeeting,
						memberUserId));
			}
		}

		return networkMember;
	}

	@Override
	public NetworkMember fetchNetworkMember(
		long instructorNetworkId, long memberUserId) {

		return networkMemberPersistence.fetchByIN_MU(
			instructorNetworkId, memberUserId);
	}

	@Override
	public List<NetworkMember> getNetworkCoordinators(
		long instructorNetworkId) {

		return networkMemberPersistence.findByIN_R(
			instructorNetworkId, NetworkConstants.ROLE_COORDINATOR);
	}

	@Override
	public List<NetworkMember> getNetworkMembers(long instructorNetworkId) {
		return networkMemberPersistence.findByInstructorNetworkId(
			instructorNetworkId);
	}

	/**
	 * Takes the person out of the network. Their invitations to meetings still to come go; those of meetings that
	 * have started stay, with the answer and attendance they hold.
	 */
	@Override
	public NetworkMember removeNetworkMember(long networkMemberId)
		throws PortalException {

		NetworkMember networkMember = networkMemberPersistence.findByPrimaryKey(
			networkMemberId);

		if (networkMember.isCoordinator()) {
			_validateAnotherCoordinatorStays(networkMember);
		}

		Date now = _now();

		for (NetworkMeeting networkMeeting :
				networkMeetingPersistence.findByInstructorNetworkId(
					networkMember.getInstructorNetworkId())) {

			if (!networkMeeting.getStartDate(
				).after(
					now
				)) {

				continue;
			}

			MeetingParticipant meetingParticipant =
				meetingParticipantPersistence.fetchByNM_PU(
					networkMeeting.getNetworkMeetingId(),
					networkMember.getMemberUserId());

			if (meetingParticipant != null) {
				meetingParticipantPersistence.remove(meetingParticipant);
			}
		}

		return networkMemberPersistence.remove(networkMember);
	}

	@Override
	public NetworkMember updateNetworkMemberRole(
			long networkMemberId, int role)
		throws PortalException {

		_validateRole(role);

		NetworkMember networkMember = networkMemberPersistence.findByPrimaryKey(
			networkMemberId);

		if (networkMember.isCoordinator() &&
			(role != NetworkConstants.ROLE_COORDINATOR)) {

			_validateAnotherCoordinatorStays(networkMember);
		}

		networkMember.setModifiedDate(_now());
		networkMember.setRole(role);

		return networkMemberPersistence.update(networkMember);
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private void _validateAnotherCoordinatorStays(NetworkMember networkMember)
		throws PortalException {

		if (networkMemberPersistence.countByIN_R(
				networkMember.getInstructorNetworkId(),
				NetworkConstants.ROLE_COORDINATOR) <= 1) {

			throw new NetworkCoordinatorException(
				"Network " + networkMember.getInstructorNetworkId() +
					" would have no coordinator left");
		}
	}

	private void _validateMemberUser(long companyId, long memberUserId)
		throws PortalException {

		User memberUser = userLocalService.fetchUser(memberUserId);

		if ((memberUser == null) || (memberUser.getCompanyId() != companyId) ||
			!memberUser.isActive()) {

			throw new NetworkMemberUserException(
				"User " + memberUserId + " is not an active user of company " +
					companyId);
		}
	}

	private void _validateRole(int role) throws PortalException {
		if (!NetworkConstants.isRole(role)) {
			throw new NetworkMemberRoleException("Unknown role " + role);
		}
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private MeetingNoticeDispatcher _meetingNoticeDispatcher;

}
