package se.livsviktig.careprogram.service.internal.notice;

import com.liferay.portal.kernel.dao.db.DBType;

/**
 * The claim of a review notice as one insert that the unique (localRoutineId, careProgramId, recipientUserId,
 * noticeKind, episodeKey) index guards: it inserts the row, or does nothing when the notice was claimed before,
 * without an error. An error would not do: on PostgreSQL a unique violation aborts the transaction it happens in.
 * Nor would a select before the insert: two nodes can both find no row and both send. The same statement as
 * instructor's notice claim, for this table.
 *
 * <p>
 * PostgreSQL has {@code INSERT ... ON CONFLICT DO NOTHING}, MariaDB and MySQL {@code INSERT IGNORE}; both report
 * 1 or 0 rows inserted. Other databases have none in common ({@link #forDatabase} returns <code>null</code>), and
 * the claim falls back on a select and an insert in a transaction of its own.
 * </p>
 *
 * @author Livsviktig
 */
public final class ReviewNoticeClaimInsert {

	/**
	 * @return the insert, with the parameters reviewNoticeId, companyId, createDate, careProgramId, localRoutineId,
	 *         recipientUserId, noticeKind, episodeKey in that order; or <code>null</code> for a database without an
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

	private ReviewNoticeClaimInsert() {
	}

	private static final String _INSERT =
		"insert into LVCareProgram_ReviewNotice (mvccVersion, " +
			"reviewNoticeId, companyId, createDate, careProgramId, " +
				"localRoutineId, recipientUserId, noticeKind, episodeKey) " +
					"values (0, ?, ?, ?, ?, ?, ?, ?, ?)";

}
