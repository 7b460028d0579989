/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.impl;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.internal.network.NetworkDirectoryQuery;
import se.livsviktig.instructor.internal.network.NetworkDirectoryRows;
import se.livsviktig.instructor.internal.network.NetworkValidator;
import se.livsviktig.instructor.internal.network.Texts;
import se.livsviktig.instructor.internal.network.TrainingMethodIds;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.MeetingNoticeTable;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.network.NetworkDirectoryEntry;
import se.livsviktig.instructor.service.NetworkMemberLocalService;
import se.livsviktig.instructor.service.base.InstructorNetworkLocalServiceBaseImpl;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Instructor networks on a site: started with the person who starts them as the first coordinator (a network
 * always has one, see {@link NetworkMemberLocalService}), renamed and re-scoped to other methods, and read with
 * their members' directory. Every rule is checked before anything is written ({@link NetworkValidator}).
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.instructor.model.InstructorNetwork",
	service = AopService.class
)
public class InstructorNetworkLocalServiceImpl
	extends InstructorNetworkLocalServiceBaseImpl {

	@Override
	public InstructorNetwork addInstructorNetwork(
			long userId, long groupId, String name, String description,
			long[] trainingMethodIds, ServiceContext serviceContext)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		_validator().validate(
			user.getCompanyId(), groupId, name, description,
			trainingMethodIds);

		InstructorNetwork instructorNetwork =
			instructorNetworkPersistence.create(
				counterLocalService.increment());

		Date now = _now();

		instructorNetwork.setUuid(serviceContext.getUuid());
		instructorNetwork.setGroupId(groupId);
		instructorNetwork.setCompanyId(user.getCompanyId());
		instructorNetwork.setUserId(userId);
		instructorNetwork.setUserName(user.getFullName());
		instructorNetwork.setCreateDate(now);
		instructorNetwork.setModifiedDate(now);
		instructorNetwork.setName(name.trim());
		instructorNetwork.setDescription(Texts.trimmed(description));
		instructorNetwork.setTrainingMethodIds(
			TrainingMethodIds.toString(trainingMethodIds));

		instructorNetwork = instructorNetworkPersistence.update(
			instructorNetwork);

		resourceLocalService.addModelResources(
			instructorNetwork, serviceContext);

		_networkMemberLocalService.addNetworkMember(
			userId, instructorNetwork.getInstructorNetworkId(), userId,
			NetworkConstants.ROLE_COORDINATOR, serviceContext);

		return instructorNetwork;
	}

	/**
	 * A network goes with everything that exists only for it: its meetings with their invitations and answers,
	 * its memberships, the record of the meeting notices sent (each row names its recipient, and nothing is sent
	 * about a meeting that no longer exists), and the permissions of the network and of each meeting. All in the
	 * local service's one transaction, so a failure halfway leaves the network whole. InstructorNotice names
	 * certifications only, so none of its rows is about a network or a meeting.
	 */
	@Override
	public InstructorNetwork deleteInstructorNetwork(
			InstructorNetwork instructorNetwork)
		throws PortalException {

		long instructorNetworkId = instructorNetwork.getInstructorNetworkId();

		for (NetworkMeeting networkMeeting :
				networkMeetingPersistence.findByInstructorNetworkId(
					instructorNetworkId)) {

			meetingParticipantPersistence.removeByNetworkMeetingId(
				networkMeeting.getNetworkMeetingId());

			_deleteMeetingNotices(networkMeeting.getNetworkMeetingId());

			resourceLocalService.deleteResource(
				networkMeeting.getCompanyId(), NetworkMeeting.class.getName(),
				ResourceConstants.SCOPE_INDIVIDUAL,
				networkMeeting.getNetworkMeetingId());

			networkMeetingPersistence.remove(networkMeeting);
		}

		networkMemberPersistence.removeByInstructorNetworkId(
			instructorNetworkId);

		resourceLocalService.deleteResource(
			instructorNetwork.getCompanyId(), InstructorNetwork.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL, instructorNetworkId);

		return instructorNetworkPersistence.remove(instructorNetwork);
	}

	@Override
	public InstructorNetwork deleteInstructorNetwork(long instructorNetworkId)
		throws PortalException {

		return deleteInstructorNetwork(
			instructorNetworkPersistence.findByPrimaryKey(instructorNetworkId));
	}

	@Override
	public List<InstructorNetwork> getGroupInstructorNetworks(long groupId) {
		return instructorNetworkPersistence.findByGroupId(groupId);
	}

	/**
	 * @return the networks the person is a coordinator or member of
	 */
	@Override
	public List<InstructorNetwork> getMemberInstructorNetworks(
		long memberUserId) {

		List<InstructorNetwork> instructorNetworks = new ArrayList<>();

		for (NetworkMember networkMember :
				networkMemberPersistence.findByMemberUserId(memberUserId)) {

			InstructorNetwork instructorNetwork =
				instructorNetworkPersistence.fetchByPrimaryKey(
					networkMember.getInstructorNetworkId());

			if (instructorNetwork != null) {
				instructorNetworks.add(instructorNetwork);
			}
		}

		return instructorNetworks;
	}

	/**
	 * The members' directory: name, organisations, role, and the methods of their active certifications valid
	 * today, with valid until; one statement whatever the number of members.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<NetworkDirectoryEntry> getNetworkDirectory(
		long instructorNetworkId) {

		List<Object[]> rows = instructorNetworkPersistence.dslQuery(
			new NetworkDirectoryQuery(
				instructorNetworkId, _now()
			).select());

		return new NetworkDirectoryRows().fold(rows);
	}

	@Override
	public InstructorNetwork updateInstructorNetwork(
			long userId, long instructorNetworkId, String name,
			String description, long[] trainingMethodIds)
		throws PortalException {

		InstructorNetwork instructorNetwork =
			instructorNetworkPersistence.findByPrimaryKey(instructorNetworkId);

		_validator().validateFields(
			instructorNetwork.getCompanyId(), name, description,
			trainingMethodIds);

		instructorNetwork.setModifiedDate(_now());
		instructorNetwork.setName(name.trim());
		instructorNetwork.setDescription(Texts.trimmed(description));
		instructorNetwork.setTrainingMethodIds(
			TrainingMethodIds.toString(trainingMethodIds));

		return instructorNetworkPersistence.update(instructorNetwork);
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private void _deleteMeetingNotices(long networkMeetingId)
		throws PortalException {

		List<Long> meetingNoticeIds = meetingNoticePersistence.dslQuery(
			DSLQueryFactoryUtil.select(
				MeetingNoticeTable.INSTANCE.meetingNoticeId
			).from(
				MeetingNoticeTable.INSTANCE
			).where(
				MeetingNoticeTable.INSTANCE.networkMeetingId.eq(networkMeetingId)
			));

		for (long meetingNoticeId : meetingNoticeIds) {
			meetingNoticePersistence.remove(meetingNoticeId);
		}
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private NetworkValidator _validator() {
		return new NetworkValidator(
			_groupLocalService, _trainingMethodLocalService);
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private NetworkMemberLocalService _networkMemberLocalService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
