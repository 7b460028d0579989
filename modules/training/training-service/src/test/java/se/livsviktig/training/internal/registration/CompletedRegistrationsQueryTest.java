package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;

import java.sql.Timestamp;

import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.registration.CompletedRegistration;

/**
 * The survey app's page of completed registrations: keyset pages by registrationId, so a job resumes after the
 * last one it read; only completed registrations of the company; the rows keep the end's time of day. The rows
 * the statement returns on real databases: training-test's CompletedRegistrationsQueryIT.
 *
 * @author Livsviktig
 */
class CompletedRegistrationsQueryTest {

	@Test
	void aPageStartsAfterTheLastRegistrationReadInRegistrationOrder() {
		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CompletedRegistrationsQuery.ofMethod(
			_COMPANY_ID, 501, _FROM, _TO
		).select(
			4711, 100
		).toSQL(
			defaultASTNodeListener
		);

		assertTrue(
			sql.contains("LVTraining_Registration.registrationId > ?"), sql);
		assertTrue(
			sql.trim().endsWith(
				"order by LVTraining_Registration.registrationId asc"),
			sql);
		assertTrue(
			defaultASTNodeListener.getScalarValues(
			).contains(
				4711L
			));
	}

	@Test
	void onlyCompletedRegistrationsOfTheCompanyInTheWindowAreRead() {
		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CompletedRegistrationsQuery.ofSessions(
			_COMPANY_ID, new long[] {11, 12}, _FROM, _TO
		).select(
			0, 100
		).toSQL(
			defaultASTNodeListener
		);

		assertTrue(
			sql.contains("LVTraining_Registration.companyId = ?"), sql);
		assertTrue(sql.contains("LVTraining_Registration.status = ?"), sql);
		assertTrue(
			sql.contains("LVTraining_Registration.courseSessionId in (?, ?)"),
			sql);
		assertTrue(sql.contains("LVTraining_CourseSession.endDate >= ?"), sql);
		assertTrue(sql.contains("LVTraining_CourseSession.endDate < ?"), sql);
		assertEquals(
			List.of(
				_COMPANY_ID, RegistrationConstants.STATUS_COMPLETED, 0L, 11L,
				12L, _FROM, _TO),
			defaultASTNodeListener.getScalarValues());
	}

	@Test
	void noSessionsIsRefusedBecauseInOfNothingIsNoSql() {
		assertThrows(
			IllegalArgumentException.class,
			() -> CompletedRegistrationsQuery.ofSessions(
				_COMPANY_ID, new long[0], _FROM, _TO));
	}

	@Test
	void rowsKeepTheEndsTimeOfDayAsPlainDates() {
		Timestamp end = new Timestamp(_FROM.getTime() + 3_723_000L);

		List<CompletedRegistration> completedRegistrations =
			CompletedRegistrationsQuery.toCompletedRegistrations(
				Collections.singletonList(
					new Object[] {7L, 8L, 9L, 501L, 10L, end}));

		CompletedRegistration completedRegistration =
			completedRegistrations.get(0);

		assertEquals(
			new CompletedRegistration(
				7, 8, 9, 501, 10, new Date(end.getTime())),
			completedRegistration);
		assertEquals(
			Date.class,
			completedRegistration.getCompletionDate(
			).getClass());
	}

	private static final long _COMPANY_ID = 20097;

	private static final Date _FROM = new Date(1_900_000_000_000L);

	private static final Date _TO = new Date(
		1_900_000_000_000L + (30 * 86_400_000L));

}
