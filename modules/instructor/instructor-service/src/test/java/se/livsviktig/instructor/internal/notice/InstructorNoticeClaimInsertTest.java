package se.livsviktig.instructor.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.liferay.portal.kernel.dao.db.DBType;

import org.junit.jupiter.api.Test;

/**
 * The claim is one insert that skips a claimed notice without an error, on each database that has one.
 *
 * @author Livsviktig
 */
public class InstructorNoticeClaimInsertTest {

	@Test
	public void onPostgreSQLAClaimedNoticeIsSkippedByOnConflictDoNothing() {
		String insert = InstructorNoticeClaimInsert.forDatabase(
			DBType.POSTGRESQL);

		assertTrue(
			insert.startsWith("insert into LVInstructor_InstructorNotice "),
			insert);
		assertTrue(insert.endsWith(" on conflict do nothing"), insert);
		assertEquals(7, _parameters(insert));
	}

	@Test
	public void onMariaDBAndMySQLAClaimedNoticeIsSkippedByInsertIgnore() {
		for (DBType dbType : new DBType[] {DBType.MARIADB, DBType.MYSQL}) {
			String insert = InstructorNoticeClaimInsert.forDatabase(dbType);

			assertTrue(
				insert.startsWith(
					"insert ignore into LVInstructor_InstructorNotice "),
				insert);
			assertEquals(7, _parameters(insert));
		}
	}

	@Test
	public void otherDatabasesHaveNoSuchInsert() {
		assertNull(InstructorNoticeClaimInsert.forDatabase(DBType.HYPERSONIC));
	}

	private static long _parameters(String insert) {
		return insert.chars(
		).filter(
			character -> character == '?'
		).count();
	}

}
