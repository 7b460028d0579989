package se.livsviktig.instructor.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import static se.livsviktig.instructor.test.persistence.InstructorRows.keys;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.module.util.SystemBundleUtil;
import com.liferay.portal.kernel.search.IndexerRegistry;
import com.liferay.portal.kernel.service.ResourceLocalService;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.service.MeetingNoticeLocalService;
import se.livsviktig.instructor.service.persistence.InstructorNetworkPersistence;
import se.livsviktig.instructor.service.persistence.MeetingNoticePersistence;
import se.livsviktig.instructor.service.persistence.MeetingParticipantPersistence;
import se.livsviktig.instructor.service.persistence.NetworkMeetingPersistence;
import se.livsviktig.instructor.service.persistence.NetworkMemberPersistence;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * Deleting a network through the local service, on PostgreSQL: its meetings, their invitations and answers
 * (MeetingParticipant rows) and its memberships go with it, another network's stay; and when the last step fails
 * the transaction takes everything back, so a network is never left half deleted.
 *
 * @author Livsviktig
 */
class NetworkDeletionIT {

	@RegisterExtension
	static final PersistenceHarness harness = InstructorRows.harness();

	/**
	 * An indexer registry without an indexer for networks, as the portal's, for the @Indexable advice of the
	 * generated delete methods.
	 */
	@BeforeAll
	static void setUpIndexing() {
		SystemBundleUtil.getBundleContext(
		).registerService(
			IndexerRegistry.class, mock(IndexerRegistry.class), null
		);
	}

	@Test
	void deletingANetworkDeletesItsMeetingsAnswersAndMembersAndNoOthers()
		throws Exception {

		Network network = _network();
		Network other = _network();

		harness.get(
			InstructorNetworkLocalService.class
		).deleteInstructorNetwork(
			network.instructorNetwork.getInstructorNetworkId()
		);

		assertNull(
			_rows.read(
				() -> harness.get(
					InstructorNetworkPersistence.class
				).fetchByPrimaryKey(
					network.instructorNetwork.getInstructorNetworkId()
				)));
		assertEquals(0, _meetingCount(network));
		assertEquals(0, _participantCount(network));
		assertEquals(0, _meetingNoticeCount(network));
		assertEquals(0, _memberCount(network));

		assertEquals(2, _meetingCount(other));
		assertEquals(4, _participantCount(other));
		assertEquals(4, _meetingNoticeCount(other));
		assertEquals(2, _memberCount(other));

		ResourceLocalService resourceLocalService = harness.portalService(
			ResourceLocalService.class);

		verify(
			resourceLocalService
		).deleteResource(
			_COMPANY_ID, InstructorNetwork.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL,
			network.instructorNetwork.getInstructorNetworkId()
		);

		for (NetworkMeeting networkMeeting : network.networkMeetings) {
			verify(
				resourceLocalService
			).deleteResource(
				_COMPANY_ID, NetworkMeeting.class.getName(),
				ResourceConstants.SCOPE_INDIVIDUAL,
				networkMeeting.getNetworkMeetingId()
			);
		}
	}

	@Test
	void aDeletionThatFailsAtTheEndLeavesTheNetworkWhole() throws Exception {
		Network network = _network();

		long instructorNetworkId =
			network.instructorNetwork.getInstructorNetworkId();

		doThrow(
			new PortalException("permissions could not be deleted")
		).when(
			harness.portalService(ResourceLocalService.class)
		).deleteResource(
			anyLong(), eq(InstructorNetwork.class.getName()), anyInt(),
			eq(instructorNetworkId)
		);

		assertThrows(
			PortalException.class,
			() -> harness.get(
				InstructorNetworkLocalService.class
			).deleteInstructorNetwork(
				instructorNetworkId
			));

		assertNotNull(
			_rows.read(
				() -> harness.get(
					InstructorNetworkPersistence.class
				).fetchByPrimaryKey(
					instructorNetworkId
				)));
		assertEquals(
			keys(network.networkMeetings.toArray(new NetworkMeeting[0])),
			keys(
				_rows.read(
					() -> harness.get(
						NetworkMeetingPersistence.class
					).findByInstructorNetworkId(
						instructorNetworkId
					))));
		assertEquals(4, _participantCount(network));
		assertEquals(4, _meetingNoticeCount(network));
		assertEquals(2, _memberCount(network));
	}

	/**
	 * The invitations sent: one claimed notice per member and meeting, at the meeting's first version.
	 */
	private int _meetingNoticeCount(Network network) throws Exception {
		int count = 0;

		for (NetworkMeeting networkMeeting : network.networkMeetings) {
			for (long memberUserId : network.memberUserIds) {
				if (_rows.read(
						() -> harness.get(
							MeetingNoticePersistence.class
						).fetchByNM_U_S(
							networkMeeting.getNetworkMeetingId(), memberUserId,
							0
						)) != null) {

					count++;
				}
			}
		}

		return count;
	}

	private int _meetingCount(Network network) throws Exception {
		return _rows.read(
			() -> harness.get(
				NetworkMeetingPersistence.class
			).countByInstructorNetworkId(
				network.instructorNetwork.getInstructorNetworkId()
			));
	}

	private int _memberCount(Network network) throws Exception {
		return _rows.read(
			() -> harness.get(
				NetworkMemberPersistence.class
			).countByInstructorNetworkId(
				network.instructorNetwork.getInstructorNetworkId()
			));
	}

	/**
	 * A network with two members and two meetings, each member invited to each meeting.
	 */
	private Network _network() throws Exception {
		InstructorNetwork instructorNetwork = _rows.instructorNetwork(
			values -> {
				values.setCompanyId(_COMPANY_ID);
				values.setGroupId(_GROUP_ID);
				values.setName("Nätverket " + values.getInstructorNetworkId());
			});

		long instructorNetworkId = instructorNetwork.getInstructorNetworkId();

		long[] memberUserIds = {_rows.newId(), _rows.newId()};

		for (long memberUserId : memberUserIds) {
			_rows.networkMember(
				values -> {
					values.setCompanyId(_COMPANY_ID);
					values.setInstructorNetworkId(instructorNetworkId);
					values.setMemberUserId(memberUserId);
				});
		}

		Network network = new Network(instructorNetwork, memberUserIds);

		for (int i = 0; i < 2; i++) {
			NetworkMeeting networkMeeting = _rows.networkMeeting(
				values -> {
					values.setCompanyId(_COMPANY_ID);
					values.setGroupId(_GROUP_ID);
					values.setInstructorNetworkId(instructorNetworkId);
					values.setTitle("Träff");
				});

			network.networkMeetings.add(networkMeeting);

			for (long memberUserId : memberUserIds) {
				_rows.meetingParticipant(
					values -> {
						values.setCompanyId(_COMPANY_ID);
						values.setNetworkMeetingId(
							networkMeeting.getNetworkMeetingId());
						values.setParticipantUserId(memberUserId);
					});

				harness.get(
					MeetingNoticeLocalService.class
				).claimMeetingNotice(
					_COMPANY_ID, _GROUP_ID, memberUserId,
					networkMeeting.getNetworkMeetingId(), 0, "meeting-invitation"
				);
			}
		}

		return network;
	}

	private int _participantCount(Network network) throws Exception {
		int count = 0;

		for (NetworkMeeting networkMeeting : network.networkMeetings) {
			count += _rows.read(
				() -> harness.get(
					MeetingParticipantPersistence.class
				).countByNetworkMeetingId(
					networkMeeting.getNetworkMeetingId()
				));
		}

		return count;
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private final InstructorRows _rows = new InstructorRows(harness);

	private static class Network {

		Network(InstructorNetwork instructorNetwork, long[] memberUserIds) {
			this.instructorNetwork = instructorNetwork;
			this.memberUserIds = memberUserIds;
		}

		final InstructorNetwork instructorNetwork;
		final long[] memberUserIds;
		final List<NetworkMeeting> networkMeetings =
			new ArrayList<>();

	}

}
