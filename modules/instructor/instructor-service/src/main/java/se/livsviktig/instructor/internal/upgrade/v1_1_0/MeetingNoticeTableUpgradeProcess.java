package se.livsviktig.instructor.internal.upgrade.v1_1_0;

import com.liferay.portal.kernel.upgrade.UpgradeProcess;

import se.livsviktig.instructor.model.impl.MeetingNoticeModelImpl;

/**
 * Schema 1.1.0 adds the meeting notices' table. An instance that ran schema 1.0.0 has every other table already, and
 * the portal creates tables.sql only on a module's first deploy, so this step creates LVInstructor_MeetingNotice and
 * its unique index (the claim of a notice relies on it) when they are missing. Each part is checked on its own, so a
 * step interrupted between the two, or run on a database that already has them, finishes the job without an error.
 *
 * @author Livsviktig
 */
public class MeetingNoticeTableUpgradeProcess extends UpgradeProcess {

	public static final String INDEX_NAME = "IX_1F50252C";

	/**
	 * The same statement as in META-INF/sql/indexes.sql (a unit test keeps the two equal).
	 */
	public static final String INDEX_SQL_CREATE =
		"create unique index " + INDEX_NAME + " on " + MeetingNoticeModelImpl.TABLE_NAME +
			" (networkMeetingId, userId, sequence);";

	@Override
	protected void doUpgrade() throws Exception {
		if (!hasTable(MeetingNoticeModelImpl.TABLE_NAME)) {

			// The generated DDL: the columns stay those of the model this bundle was built with.

			runSQLTemplateString(MeetingNoticeModelImpl.TABLE_SQL_CREATE, true);
		}

		if (!hasIndex(MeetingNoticeModelImpl.TABLE_NAME, INDEX_NAME)) {
			runSQLTemplateString(INDEX_SQL_CREATE, true);
		}
	}

}
