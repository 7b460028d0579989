package se.livsviktig.training.internal.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The shape of the person figures' statement that keeps the year's report fast at 10^6 registrations (the report
 * benchmark): the registration history is read once, for the period's sessions only, and never as IN / NOT IN
 * subqueries over the company's whole history. The rows it returns are proven on both databases by T3's
 * TrainingFiguresQueryIT.
 *
 * @author Livsviktig
 */
class ParticipantFiguresQueryTest {

	@Test
	void theHistoryIsReadOnceForThePeriodsSessionsOnly() {
		for (DSLQuery dslQuery :
				new DSLQuery[] {
					_participantFiguresQuery.select(),
					_participantFiguresQuery.selectRolledUp(0)
				}) {

			String sql = dslQuery.toSQL(new DefaultASTNodeListener());

			assertEquals(
				1, _count(sql, "from LVTraining_RegistrationEvent"), sql);
			assertFalse(
				Pattern.compile(
					"\\bin \\(select", Pattern.CASE_INSENSITIVE
				).matcher(
					sql
				).find(),
				sql);

			String history = sql.substring(
				sql.indexOf("from LVTraining_RegistrationEvent"),
				sql.indexOf(") history"));

			assertTrue(
				history.contains("historySession.startDate >= ?") &&
				history.contains("historySession.startDate < ?"),
				history);
			assertTrue(
				sql.contains(
					"left join (select LVTraining_RegistrationEvent." +
						"registrationId"),
				sql);
		}
	}

	@Test
	void rolledUpTheOrganisationTreeIsLeftJoinedAfterThePeriodsRegistrations() {
		String sql = _participantFiguresQuery.selectRolledUp(
			0
		).toSQL(
			new DefaultASTNodeListener()
		);

		assertTrue(
			sql.contains(
				"left join (select ownOrganization.organizationId, " +
					"administration.organizationId administrationId from " +
						"Organization_ ownOrganization inner join Organization_ " +
							"administration on "),
			sql);
		assertTrue(
			sql.contains(
				") administrationTree on administrationTree.organizationId = " +
					"LVTraining_Registration.organizationId"),
			sql);
		assertFalse(
			Pattern.compile(
				"inner join Organization_ \\w+ on \\w+\\.organizationId = " +
					"LVTraining_Registration\\.organizationId"
			).matcher(
				sql
			).find(),
			sql);
		assertTrue(
			sql.contains(
				"(? + case when administrationTree.administrationId is not " +
					"NULL then ? else ? end) = ?"),
			sql);
	}

	private static int _count(String sql, String part) {
		Matcher matcher = Pattern.compile(
			Pattern.quote(part)
		).matcher(
			sql
		);

		int count = 0;

		while (matcher.find()) {
			count++;
		}

		return count;
	}

	private final ParticipantFiguresQuery _participantFiguresQuery =
		new ParticipantFiguresQuery(
			20097, new Date(1_900_000_000_000L),
			new Date(1_930_000_000_000L));

}
