package se.livsviktig.instructor.internal.meeting.notice;

import com.liferay.portal.kernel.dao.db.DBType;

/**
 * The claim of a meeting notice as one insert that the unique (networkMeetingId, userId, sequence) index guards:
 * it inserts the row, or does nothing when that version of the meeting was sent to that person before, without an
 * error (on PostgreSQL a unique violation aborts the transaction it happens in), and without a select first (two
 * nodes could both find no row and both send). The same statement as the certification notices' claim.
 *
 * @author Livsviktig
 */
public final class MeetingNoticeClaimInsert {

	/**
	 * @return the insert, with the parameters meetingNoticeId, groupId, companyId, userId, createDate,
	 *         networkMeetingId, sequence, noticeKind in that order; or <code>null</code> for a database without an
	 *         insert that skips a duplicate key
	 */
	public static String forDatabase(DBType dbType) {
		if (dbType == DBType.POSTGRESQL) {
			return _INSERT + " on conflict do nothing";
		}

		if ((dbType == DBType.MARIADB) || (dbType == DBType.MYSQL)) {
			return "insert ignore" + _INSERT.substring("insert".length());
		}

		return null;
	}

	private MeetingNoticeClaimInsert() {
	}

	private static final String _INSERT =
		"insert into LVInstructor_MeetingNotice (mvccVersion, " +
			"meetingNoticeId, groupId, companyId, userId, createDate, " +
				"networkMeetingId, sequence, noticeKind) values (0, ?, ?, ?, " +
					"?, ?, ?, ?, ?)";

}
