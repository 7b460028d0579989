package se.livsviktig.training.internal.notification;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.liferay.portal.kernel.dao.db.DBType;

import org.junit.jupiter.api.Test;

/**
 * The claim's insert skips a taken key without an error where the database can say so in one statement; the
 * database tier runs each on its database (NoticeClaimIsOneGuardedInsertIT).
 *
 * @author Livsviktig
 */
public class NoticeClaimInsertTest {

	@Test
	public void mariaDBAndMySQLIgnoreADuplicateKey() {
		assertTrue(
			NoticeClaimInsert.forDatabase(
				DBType.MARIADB
			).startsWith(
				"insert ignore into LVTraining_TrainingNotice "
			));
		assertTrue(
			NoticeClaimInsert.forDatabase(
				DBType.MYSQL
			).startsWith(
				"insert ignore into LVTraining_TrainingNotice "
			));
	}

	@Test
	public void otherDatabasesHaveNoGuardedInsert() {
		assertNull(NoticeClaimInsert.forDatabase(DBType.HYPERSONIC));
		assertNull(NoticeClaimInsert.forDatabase(DBType.ORACLE));
	}

	@Test
	public void postgreSQLDoesNothingOnConflict() {
		assertTrue(
			NoticeClaimInsert.forDatabase(
				DBType.POSTGRESQL
			).endsWith(
				" on conflict do nothing"
			));
	}

}
