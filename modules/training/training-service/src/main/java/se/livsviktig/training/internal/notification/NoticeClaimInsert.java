package se.livsviktig.training.internal.notification;

import com.liferay.portal.kernel.dao.db.DBType;

/**
 * The claim of a notice as one insert that the unique (companyId, noticeKey) index guards: it inserts the row, or
 * does nothing when the key is taken, without an error. An error would not do: on PostgreSQL a unique violation
 * aborts the whole transaction it happens in, and every later statement of it fails until it rolls back. Nor would a
 * select before the insert: two claims can both find no row and both insert.
 *
 * <p>
 * PostgreSQL has {@code INSERT ... ON CONFLICT DO NOTHING}, MariaDB and MySQL {@code INSERT IGNORE}; both report
 * how many rows they inserted, 1 or 0. Other databases have no such statement in common, so there is none for them
 * ({@link #forDatabase} returns <code>null</code>) and the claim falls back on a select and an insert in a
 * transaction of its own.
 * </p>
 *
 * @author Livsviktig
 */
public final class NoticeClaimInsert {

	/**
	 * @return the insert, with the parameters trainingNoticeId, groupId, companyId, userId, createDate, noticeKey,
	 *         noticeType, registrationId, courseSessionId in that order; or <code>null</code> for a database without
	 *         an insert that skips a duplicate key
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

	private NoticeClaimInsert() {
	}

	private static final String _INSERT =
		"insert into LVTraining_TrainingNotice (mvccVersion, " +
			"trainingNoticeId, groupId, companyId, userId, createDate, " +
				"noticeKey, noticeType, registrationId, courseSessionId) " +
					"values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

}
