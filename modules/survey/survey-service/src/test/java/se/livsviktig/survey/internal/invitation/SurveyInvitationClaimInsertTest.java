package se.livsviktig.survey.internal.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.liferay.portal.kernel.dao.db.DBType;

import org.junit.jupiter.api.Test;

/**
 * An invitation is created by one insert that skips a registration invited before, in each database's words;
 * the statement itself runs on the persistence tier (SurveyDispatchJobIT).
 *
 * @author Livsviktig
 */
class SurveyInvitationClaimInsertTest {

	@Test
	void mariaDBAndMySQLIgnoreTheDuplicate() {
		String insert = SurveyInvitationClaimInsert.forDatabase(
			DBType.MARIADB);

		assertEquals(
			"insert ignore into LVSurvey_SurveyInvitation (",
			insert.substring(0, 46));
		assertEquals(
			insert, SurveyInvitationClaimInsert.forDatabase(DBType.MYSQL));
	}

	@Test
	void otherDatabasesFallBackOnASelectAndAnInsert() {
		assertNull(SurveyInvitationClaimInsert.forDatabase(DBType.HYPERSONIC));
	}

	@Test
	void postgreSQLDoesNothingOnTheConflict() {
		String insert = SurveyInvitationClaimInsert.forDatabase(
			DBType.POSTGRESQL);

		assertEquals(
			" on conflict do nothing",
			insert.substring(insert.length() - 23));
	}

}
