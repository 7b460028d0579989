package se.livsviktig.benchmarks.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's rows, made inside PostgreSQL with generate_series and INSERT ... SELECT (a million registrations
 * through JDBC batches would take longer than the measuring). Deterministic: the random numbers come from a seed.
 *
 * <ul>
 * <li>20 administrations (top-level organisations), each with three units below it; a person belongs to one of the
 *     80 and is registered with it.</li>
 * <li>9 training methods with three courses each (2.5, 7.5 and 16 hours).</li>
 * <li>Sessions starting on any day from 2021-01-01 over 1,916 days (to the end of March 2026), two days long for
 *     two in three, the cancellation deadline a week before; 7 % cancelled by a coordinator, 5 % archived, the rest
 *     published; one draft (no registrations) per 50 sessions.</li>
 * <li>16 registrations per session for 10 to 16 seats, so 0 to 6 start on the waitlist. On a seat: 10 % went
 *     through approval first; 70 % completed, 5 % not completed, 8 % no-show, 8 % cancelled after the deadline,
 *     9 % before it. On the waitlist: 40 % promoted (then completed), 30 % cancelled, 30 % expired. A cancelled
 *     session cancels them all; a session after "now" keeps them confirmed or waitlisted.</li>
 * <li>Sex, copied onto the registration as training does, from the person: 55 % female, 40 % male, 5 %
 *     unknown; the participant key is the person's.</li>
 * <li>Every status a registration went through is a {@code RegistrationEvent}, as training records them (about
 *     2.1 per registration).</li>
 * </ul>
 */
final class FiguresData {

	static final int REGISTRATIONS_PER_SESSION = 16;

	FiguresData(long companyId, long groupId, long userId, String now) {
		_companyId = companyId;
		_groupId = groupId;
		_userId = userId;
		_now = now;
	}

	/**
	 * Inserts the rows for the given number of registrations (rounded down to whole sessions) into empty tables and
	 * runs ANALYZE.
	 */
	void populate(Connection connection, int registrations) throws SQLException {
		int sessions = registrations / REGISTRATIONS_PER_SESSION;

		try (Statement statement = connection.createStatement()) {
			statement.execute(
				"create table if not exists Organization_ (organizationId bigint not null primary key, companyId " +
					"bigint, parentOrganizationId bigint, treePath varchar(768), name varchar(100))");
			statement.execute("truncate table Organization_");
			statement.execute("select setseed(0.2026)");

			statement.execute(
				"insert into Organization_ select 1000 + a, " + _companyId + ", 0, '/' || (1000 + a) || '/', " +
					"'Förvaltning ' || a from generate_series(0, 19) a");
			statement.execute(
				"insert into Organization_ select 2000 + (a * 10) + u, " + _companyId + ", 1000 + a, '/' || " +
					"(1000 + a) || '/' || (2000 + (a * 10) + u) || '/', 'Enhet ' || a || '.' || u from " +
						"generate_series(0, 19) a, generate_series(1, 3) u");

			statement.execute(
				"insert into LVTraining_Course (mvccVersion, courseId, groupId, companyId, userId, trainingMethodId, " +
					"durationHours, status) select 0, 100 + (m * 10) + k, " + _groupId + ", " + _companyId + ", " +
						_userId + ", m, (array[2.5, 7.5, 16])[k], 0 from generate_series(1, 9) m, " +
							"generate_series(1, 3) k");

			statement.execute(
				"insert into LVTraining_CourseSession (mvccVersion, courseSessionId, groupId, companyId, userId, " +
					"courseId, trainingMethodId, seats, startDate, endDate, cancellationDeadline, status, " +
						"statusDate) select 0, 100000 + s, " + _groupId + ", " + _companyId + ", " + _userId +
							", 100 + (method * 10) + k, method, seats, start, start + case when k = 1 then " +
								"interval '8 hours' else interval '1 day 8 hours' end, start - interval '7 days', " +
									"case when r < 0.07 then 10 when r < 0.12 then 5 else 0 end, start - " +
										"interval '30 days' from (select s, 1 + floor(random() * 9)::int " +
											"method, 1 + floor(random() * 3)::int k, 10 + floor(random() * " +
												"7)::int seats, timestamp '2021-01-01 07:00' + floor(random() * " +
													"1916)::int * interval '1 day' start, random() r from " +
														"generate_series(1, " + sessions + ") s) x");

			statement.execute(
				"insert into LVTraining_CourseSession (mvccVersion, courseSessionId, groupId, companyId, userId, " +
					"courseId, trainingMethodId, seats, startDate, endDate, cancellationDeadline, status) select " +
						"0, 100000 + " + sessions + " + d, " + _groupId + ", " + _companyId + ", " + _userId +
							", 100 + (method * 10) + 2, method, 12, start, start + interval '1 day 8 hours', " +
								"start - interval '7 days', 2 from (select d, 1 + floor(random() * 9)::int method, " +
									"timestamp '2021-01-01 07:00' + floor(random() * 1916)::int * interval '1 " +
										"day' start from generate_series(1, " + Math.max(1, sessions / 50) +
											") d) x");

			// Each registration's slot on its session, its outcome and the statuses it went through.

			statement.execute(
				"create temporary table benchmark_registration as select s.courseSessionId * " +
					REGISTRATIONS_PER_SESSION + " + i registrationId, s.courseSessionId, s.courseId, " +
						"s.trainingMethodId, s.startDate, s.endDate, s.cancellationDeadline, 500000 + floor(" +
							"random() * 60000)::bigint userId, i, case when s.status = 10 then 'cancelled' when " +
								"s.startDate > timestamp '" + _now + "' then 'upcoming' else 'held' end " +
									"session, i >= s.seats waitlisted, random() r, random() < 0.1 approval from " +
										"LVTraining_CourseSession s, generate_series(0, " +
											(REGISTRATIONS_PER_SESSION - 1) + ") i where s.companyId = " +
												_companyId + " and s.status <> 2");

			statement.execute(
				_sql(
					"create temporary table benchmark_history as",
					"select b.*, h.history, h.history[array_length(h.history, 1)] status,",
					"  case when h.history[array_length(h.history, 1)] in (8, 9, 10) then b.endDate + interval '1 day'",
					"    when b.session = 'cancelled' then b.startDate - interval '10 days'",
					"    when h.late then b.cancellationDeadline + interval '2 days'",
					"    when h.history[array_length(h.history, 1)] in (5, 7) then",
					"      b.cancellationDeadline - interval '2 days'",
					"    else b.startDate - interval '20 days' end statusDate",
					"from benchmark_registration b cross join lateral (select",
					"  case when b.waitlisted then",
					"    case when b.session = 'cancelled' then array[3, 5]",
					"      when b.session = 'upcoming' then array[3]",
					"      when b.r < 0.4 then array[3, 2, 8]",
					"      when b.r < 0.7 then array[3, 5]",
					"      else array[3, 7] end",
					"  else",
					"    (case when b.approval then array[1] else array[]::int[] end) ||",
					"    case when b.session = 'cancelled' then array[2, 5]",
					"      when b.session = 'upcoming' then array[2]",
					"      when b.r < 0.70 then array[2, 8]",
					"      when b.r < 0.75 then array[2, 9]",
					"      when b.r < 0.83 then array[2, 10]",
					"      else array[2, 5] end",
					"  end history,",
					"  (not b.waitlisted and b.session = 'held' and b.r >= 0.83 and b.r < 0.91) late) h"));

			statement.execute(
				"insert into LVTraining_Registration (mvccVersion, registrationId, groupId, companyId, userId, " +
					"createDate, modifiedDate, courseSessionId, courseId, trainingMethodId, organizationId, " +
						"registeredByUserId, activeKey, queueNumber, calendarSequence, status, statusDate, sex, " +
							"participantKey) select 0, " +
							"registrationId, " + _groupId + ", " + _companyId + ", userId, startDate - interval " +
								"'30 days', statusDate, courseSessionId, courseId, trainingMethodId, case when " +
									"userId % 4 = 0 then 1000 + (userId / 4) % 20 else 2000 + ((userId / 4) % 20) " +
										"* 10 + userId % 4 end, userId, -registrationId, i, 0, status, statusDate, case when " +
												"userId % 20 < 11 then 'female' when userId % 20 < 19 then 'male' " +
													"else 'unknown' end, userId " +
												"from benchmark_history");

			statement.execute(
				"insert into LVTraining_RegistrationEvent (mvccVersion, registrationEventId, groupId, companyId, " +
					"userId, createDate, registrationId, courseSessionId, type_, fromStatus, toStatus) select 0, " +
						"registrationId * 4 + o, " + _groupId + ", " + _companyId + ", userId, startDate - " +
							"interval '30 days' + o * interval '1 day', registrationId, courseSessionId, 'status', " +
								"coalesce(history[o - 1], 0), toStatus from benchmark_history cross join lateral " +
									"unnest(history) with ordinality as t(toStatus, o)");

			statement.execute("drop table benchmark_history");
			statement.execute("drop table benchmark_registration");
			statement.execute("analyze");
		}
	}

	private static String _sql(String... lines) {
		return String.join("\n", lines);
	}

	private final long _companyId;
	private final long _groupId;
	private final String _now;
	private final long _userId;

}
