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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.exception.NetworkMeetingStateException;
import se.livsviktig.instructor.internal.meeting.notice.InvitationDetails;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeDispatcher;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeKinds;
import se.livsviktig.instructor.internal.meeting.notice.OutgoingMeetingNotice;
import se.livsviktig.instructor.internal.network.MeetingInvitations;
import se.livsviktig.instructor.internal.network.MeetingTextCleaner;
import se.livsviktig.instructor.internal.network.NetworkMeetingValidator;
import se.livsviktig.instructor.internal.network.Texts;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.base.NetworkMeetingLocalServiceBaseImpl;

/**
 * A network's meetings: added (every member invited), changed or cancelled (the sequence rises, so a calendar
 * that holds the invitation replaces it), and given notes afterwards. Every invited person is sent the invitation,
 * a change of time, place or link, and the cancellation, with the calendar entry, after the call commits. Agenda and notes are cleaned by the
 * portal's sanitizer before they are checked and kept. A cancelled meeting stays, with its notes and answers.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.instructor.model.NetworkMeeting",
	service = AopService.class
)
public class NetworkMeetingLocalServiceImpl
	extends NetworkMeetingLocalServiceBaseImpl {

	@Override
	public NetworkMeeting addNetworkMeeting(
			long userId, long instructorNetworkId, String title, Date startDate,
			Date endDate, String place, String onlineLink, String agenda,
			ServiceContext serviceContext)
		throws PortalException {

		InstructorNetwork instructorNetwork =
			instructorNetworkPersistence.findByPrimaryKey(instructorNetworkId);
		User user = userLocalService.getUser(userId);

		long networkMeetingId = counterLocalService.increment();

		String cleanAgenda = _meetingTextCleaner.clean(
			instructorNetwork.getCompanyId(), instructorNetwork.getGroupId(),
			userId, networkMeetingId, agenda);

		_validator.validate(
			title, startDate, endDate, place, onlineLink, cleanAgenda);

		NetworkMeeting networkMeeting = networkMeetingPersistence.create(
			networkMeetingId);

		Date now = _now();

		networkMeeting.setUuid(serviceContext.getUuid());
		networkMeeting.setGroupId(instructorNetwork.getGroupId());
		networkMeeting.setCompanyId(instructorNetwork.getCompanyId());
		networkMeeting.setUserId(userId);
		networkMeeting.setUserName(user.getFullName());
		networkMeeting.setCreateDate(now);
		networkMeeting.setModifiedDate(now);
		networkMeeting.setInstructorNetworkId(instructorNetworkId);
		_setDetails(
			networkMeeting, title, startDate, endDate, place, onlineLink,
			cleanAgenda);
		networkMeeting.setNotes("");
		networkMeeting.setSequence(0);
		networkMeeting.setStatus(NetworkMeetingConstants.STATUS_SCHEDULED);

		networkMeeting = networkMeetingPersistence.update(networkMeeting);

		resourceLocalService.addModelResources(networkMeeting, serviceContext);

		MeetingInvitations meetingInvitations = new MeetingInvitations(
			counterLocalService, meetingParticipantPersistence);

		for (NetworkMember networkMember :
				networkMemberPersistence.findByInstructorNetworkId(
					instructorNetworkId)) {

			meetingInvitations.invite(
				networkMeeting, networkMember.getMemberUserId(), user, now);

			_meetingNoticeDispatcher.dispatchAfterCommit(
				OutgoingMeetingNotice.of(
					MeetingNoticeKinds.INVITATION, networkMeeting,
					networkMember.getMemberUserId()));
		}

		return networkMeeting;
	}

	/**
	 * Calls the meeting off: the row stays, the sequence rises (the invitation's calendar entry is withdrawn).
	 */
	@Override
	public NetworkMeeting cancelNetworkMeeting(long networkMeetingId)
		throws PortalException {

		NetworkMeeting networkMeeting = _getScheduledMeeting(networkMeetingId);

		networkMeeting.setModifiedDate(_now());
		networkMeeting.setSequence(networkMeeting.getSequence() + 1);
		networkMeeting.setStatus(NetworkMeetingConstants.STATUS_CANCELLED);

		networkMeeting = networkMeetingPersistence.update(networkMeeting);

		// Everyone invited, whatever they answered: who said no may still hold the entry in a calendar

		_noticeEveryInvitedPerson(
			MeetingNoticeKinds.CANCELLATION, networkMeeting);

		return networkMeeting;
	}

	/**
	 * @return the network's meetings, earliest first
	 */
	@Override
	public List<NetworkMeeting> getNetworkMeetings(long instructorNetworkId) {
		return networkMeetingPersistence.findByInstructorNetworkId(
			instructorNetworkId);
	}

	/**
	 * @return the network's meetings that have started (held or cancelled), latest first, with their notes
	 */
	@Override
	public List<NetworkMeeting> getPastNetworkMeetings(
		long instructorNetworkId) {

		Date now = _now();
		List<NetworkMeeting> pastNetworkMeetings = new ArrayList<>();

		for (NetworkMeeting networkMeeting :
				networkMeetingPersistence.findByInstructorNetworkId(
					instructorNetworkId)) {

			if (!networkMeeting.getStartDate(
				).after(
					now
				)) {

				pastNetworkMeetings.add(0, networkMeeting);
			}
		}

		return pastNetworkMeetings;
	}

	/**
	 * @return the network's meetings still to come (cancelled ones too, so a page can say so), earliest first
	 */
	@Override
	public List<NetworkMeeting> getUpcomingNetworkMeetings(
		long instructorNetworkId) {

		Date now = _now();
		List<NetworkMeeting> upcomingNetworkMeetings = new ArrayList<>();

		for (NetworkMeeting networkMeeting :
				networkMeetingPersistence.findByInstructorNetworkId(
					instructorNetworkId)) {

			if (networkMeeting.getStartDate(
				).after(
					now
				)) {

				upcomingNetworkMeetings.add(networkMeeting);
			}
		}

		return upcomingNetworkMeetings;
	}

	/**
	 * Changes what the invitation says (title, time, place, link, agenda); the sequence rises.
	 */
	@Override
	public NetworkMeeting updateNetworkMeeting(
			long userId, long networkMeetingId, String title, Date startDate,
			Date endDate, String place, String onlineLink, String agenda)
		throws PortalException {

		NetworkMeeting networkMeeting = _getScheduledMeeting(networkMeetingId);

		String cleanAgenda = _meetingTextCleaner.clean(
			networkMeeting.getCompanyId(), networkMeeting.getGroupId(), userId,
			networkMeetingId, agenda);

		_validator.validate(
			title, startDate, endDate, place, onlineLink, cleanAgenda);

		InvitationDetails invitationDetails = InvitationDetails.of(
			networkMeeting);

		networkMeeting.setModifiedDate(_now());
		_setDetails(
			networkMeeting, title, startDate, endDate, place, onlineLink,
			cleanAgenda);
		networkMeeting.setSequence(networkMeeting.getSequence() + 1);

		networkMeeting = networkMeetingPersistence.update(networkMeeting);

		if (!invitationDetails.equals(InvitationDetails.of(networkMeeting))) {
			_noticeEveryInvitedPerson(
				MeetingNoticeKinds.CHANGE, networkMeeting);
		}

		return networkMeeting;
	}

	/**
	 * Notes, usually written after the meeting; also on a cancelled one (why it was called off). The invitation
	 * does not carry them, so the sequence stays.
	 */
	@Override
	public NetworkMeeting updateNetworkMeetingNotes(
			long userId, long networkMeetingId, String notes)
		throws PortalException {

		NetworkMeeting networkMeeting =
			networkMeetingPersistence.findByPrimaryKey(networkMeetingId);

		String cleanNotes = _meetingTextCleaner.clean(
			networkMeeting.getCompanyId(), networkMeeting.getGroupId(), userId,
			networkMeetingId, notes);

		_validator.validateNotes(cleanNotes);

		networkMeeting.setModifiedDate(_now());
		networkMeeting.setNotes(cleanNotes);

		return networkMeetingPersistence.update(networkMeeting);
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private NetworkMeeting _getScheduledMeeting(long networkMeetingId)
		throws PortalException {

		NetworkMeeting networkMeeting =
			networkMeetingPersistence.findByPrimaryKey(networkMeetingId);

		if (networkMeeting.isCancelled()) {
			throw new NetworkMeetingStateException(
				"Meeting " + networkMeetingId + " is cancelled");
		}

		return networkMeeting;
	}

	private void _noticeEveryInvitedPerson(
		String noticeKind, NetworkMeeting networkMeeting) {

		for (MeetingParticipant meetingParticipant :
				meetingParticipantPersistence.findByNetworkMeetingId(
					networkMeeting.getNetworkMeetingId())) {

			_meetingNoticeDispatcher.dispatchAfterCommit(
				OutgoingMeetingNotice.of(
					noticeKind, networkMeeting,
					meetingParticipant.getParticipantUserId()));
		}
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private void _setDetails(
		NetworkMeeting networkMeeting, String title, Date startDate,
		Date endDate, String place, String onlineLink, String cleanAgenda) {

		networkMeeting.setTitle(title.trim());
		networkMeeting.setStartDate(startDate);
		networkMeeting.setEndDate(endDate);
		networkMeeting.setPlace(Texts.trimmed(place));
		networkMeeting.setOnlineLink(Texts.trimmed(onlineLink));
		networkMeeting.setAgenda(cleanAgenda);
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private MeetingNoticeDispatcher _meetingNoticeDispatcher;

	private MeetingTextCleaner _meetingTextCleaner =
		new MeetingTextCleaner();
	private final NetworkMeetingValidator _validator =
		new NetworkMeetingValidator();

}
