package se.livsviktig.instructor.internal.notice;

import com.liferay.portal.kernel.dao.db.DBType;

/**
 * The claim of a certification notice as one insert that the unique (certificationId, noticeKind) index guards:
 * it inserts the row, or does nothing when the notice was claimed before, without an error. An error would not
 * do: on PostgreSQL a unique violation aborts the transaction it happens in. Nor would a select before the insert:
 * two nodes can both find no row and both send. The same statement as training's notice claim, for this table.
 *
 * <p>
 * PostgreSQL has {@code INSERT ... ON CONFLICT DO NOTHING}, MariaDB and MySQL {@code INSERT IGNORE}; both report
 * 1 or 0 rows inserted. Other databases have none in common ({@link #forDatabase} returns <code>null</code>), and
 * the claim falls back on a select and an insert in a transaction of its own.
 * </p>
 *
 * @author Livsviktig
 */
public final class InstructorNoticeClaimInsert {

	/**
	 * @return the insert, with the parameters instructorNoticeId, groupId, companyId, userId, createDate,
	 *         certificationId, noticeKind in that order; or <code>null</code> for a database without an insert
	 *         that skips a duplicate key
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

	private InstructorNoticeClaimInsert() {
	}

	private static final String _INSERT =
		"insert into LVInstructor_InstructorNotice (mvccVersion, " +
			"instructorNoticeId, groupId, companyId, userId, createDate, " +
				"certificationId, noticeKind) values (0, ?, ?, ?, ?, ?, ?, ?)";

}
