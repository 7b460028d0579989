package se.livsviktig.survey.internal.invitation;

import com.liferay.portal.kernel.dao.db.DBType;

/**
 * The creation of an invitation as one insert that the unique (surveyDispatchId, registrationId) index guards:
 * it inserts the row, or does nothing when the registration was invited before, without an error. An error would
 * not do: on PostgreSQL a unique violation aborts the transaction it happens in. Nor would a select before the
 * insert: two nodes can both find no row and both insert. The same statement as the instructor app's notice
 * claim, for this table.
 *
 * <p>
 * PostgreSQL has {@code INSERT ... ON CONFLICT DO NOTHING}, MariaDB and MySQL {@code INSERT IGNORE}; both report
 * 1 or 0 rows inserted. Other databases have none in common ({@link #forDatabase} returns <code>null</code>), and
 * the creation falls back on a select and an insert in a transaction of its own.
 * </p>
 *
 * @author Livsviktig
 */
public final class SurveyInvitationClaimInsert {

	/**
	 * @return the insert of a PENDING invitation without reminders, with the parameters surveyInvitationId,
	 *         companyId, groupId, surveyDispatchId, surveyId, registrationId, userId, courseSessionId, methodId,
	 *         organizationId, expirationDate in that order; or <code>null</code> for a database without an insert
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

	private SurveyInvitationClaimInsert() {
	}

	/**
	 * Status 0 is SurveyInvitationConstants.STATUS_PENDING, written as a literal so the statement is one constant.
	 */
	private static final String _INSERT =
		"insert into LVSurvey_SurveyInvitation (mvccVersion, " +
			"surveyInvitationId, companyId, groupId, surveyDispatchId, " +
				"surveyId, registrationId, userId, courseSessionId, methodId, " +
					"organizationId, status, reminderCount, expirationDate) " +
						"values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)";

}
