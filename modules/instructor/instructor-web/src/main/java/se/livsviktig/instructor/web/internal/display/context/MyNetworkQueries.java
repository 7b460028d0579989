package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import java.util.Date;

import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.model.InstructorNetworkTable;
import se.livsviktig.instructor.model.MeetingParticipantTable;
import se.livsviktig.instructor.model.NetworkMeetingTable;
import se.livsviktig.instructor.model.NetworkMemberTable;

/**
 * What Mina instruktörsuppdrag reads of the person's networks, one statement each whatever the number of networks
 * and meetings: their memberships, the networks those are of, and the upcoming meetings they are invited to.
 *
 * @author Livsviktig
 */
public class MyNetworkQueries {

	public MyNetworkQueries(long userId) {
		_userId = userId;
	}

	/**
	 * @return the person's memberships, each with its role
	 */
	public DSLQuery memberships() {
		NetworkMemberTable networkMemberTable = NetworkMemberTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			networkMemberTable
		).from(
			networkMemberTable
		).where(
			networkMemberTable.memberUserId.eq(_userId)
		);
	}

	/**
	 * @return the networks the person is a member or coordinator of
	 */
	public DSLQuery networks() {
		InstructorNetworkTable instructorNetworkTable =
			InstructorNetworkTable.INSTANCE;
		NetworkMemberTable networkMemberTable = NetworkMemberTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			instructorNetworkTable
		).from(
			instructorNetworkTable
		).where(
			instructorNetworkTable.instructorNetworkId.in(
				DSLQueryFactoryUtil.select(
					networkMemberTable.instructorNetworkId
				).from(
					networkMemberTable
				).where(
					networkMemberTable.memberUserId.eq(_userId)
				))
		);
	}

	/**
	 * @return the scheduled meetings starting after the moment that the person is invited to, soonest first
	 */
	public DSLQuery upcomingInvitedMeetings(Date now) {
		MeetingParticipantTable meetingParticipantTable =
			MeetingParticipantTable.INSTANCE;
		NetworkMeetingTable networkMeetingTable = NetworkMeetingTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			networkMeetingTable
		).from(
			networkMeetingTable
		).where(
			networkMeetingTable.networkMeetingId.in(
				DSLQueryFactoryUtil.select(
					meetingParticipantTable.networkMeetingId
				).from(
					meetingParticipantTable
				).where(
					meetingParticipantTable.participantUserId.eq(_userId)
				)
			).and(
				networkMeetingTable.status.eq(
					NetworkMeetingConstants.STATUS_SCHEDULED)
			).and(
				networkMeetingTable.startDate.gt(now)
			)
		).orderBy(
			networkMeetingTable.startDate.ascending(),
			networkMeetingTable.networkMeetingId.ascending()
		);
	}

	private final long _userId;

}
