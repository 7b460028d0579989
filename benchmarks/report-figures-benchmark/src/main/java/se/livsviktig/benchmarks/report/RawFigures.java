package se.livsviktig.benchmarks.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: each figure family as one hand-written GROUP BY over plain JDBC on a connection kept open, no ORM,
 * no transaction, no objects but one line per row. It is what any report must at least read: the period's sessions,
 * their registrations, and the history of those registrations only (joined through the period's sessions, once per
 * registration), with the same definitions as training's figures (README, "The report app").
 */
final class RawFigures {

	RawFigures(Connection connection, long companyId, Timestamp from, Timestamp to) {
		_connection = connection;
		_companyId = companyId;
		_from = from;
		_to = to;
	}

	/**
	 * Registrations and their outcomes per registration organisation, method and sex, in that order.
	 */
	List<String> participantFigures() throws SQLException {
		return _participantFigures("r.organizationId", "");
	}

	/**
	 * The same per top-level administration with its whole subtree, method and sex, in that order.
	 */
	List<String> rolledUpParticipantFigures() throws SQLException {
		return _participantFigures("administration.organizationId", _rolledUpJoins());
	}

	/**
	 * Sessions held and cancelled per method, in method order.
	 */
	List<String> sessionFigures(Timestamp now) throws SQLException {
		List<String> lines = new ArrayList<>();

		try (PreparedStatement preparedStatement = _connection.prepareStatement(
				"select trainingMethodId, sum(case when status in (0, 5) and endDate < ? then 1 else 0 end), " +
					"sum(case when status = 10 then 1 else 0 end) from LVTraining_CourseSession where companyId = ? " +
						"and startDate >= ? and startDate < ? group by trainingMethodId order by trainingMethodId")) {

			preparedStatement.setTimestamp(1, now);
			preparedStatement.setLong(2, _companyId);
			preparedStatement.setTimestamp(3, _from);
			preparedStatement.setTimestamp(4, _to);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					lines.add(resultSet.getLong(1) + " " + resultSet.getLong(2) + " " + resultSet.getLong(3));
				}
			}
		}

		return lines;
	}

	/**
	 * EXPLAIN ANALYZE of the person figures' and the rolled-up figures' statements.
	 */
	void explain() throws SQLException {
		QueryPlans.print(
			_connection, "raw GROUP BY: person figures", _participantSql("r.organizationId", ""),
			_participantValues());
		QueryPlans.print(
			_connection, "raw GROUP BY: person figures rolled up",
			_participantSql("administration.organizationId", _rolledUpJoins()), _participantValues());
	}

	private List<String> _participantFigures(String administrationColumn, String administrationJoins)
		throws SQLException {

		List<String> lines = new ArrayList<>();

		try (PreparedStatement preparedStatement = _connection.prepareStatement(
				_participantSql(administrationColumn, administrationJoins))) {

			List<Object> values = _participantValues();

			for (int i = 0; i < values.size(); i++) {
				preparedStatement.setObject(i + 1, values.get(i));
			}

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					StringBuilder sb = new StringBuilder();

					sb.append(resultSet.getLong(1));
					sb.append(' ');
					sb.append(resultSet.getLong(2));
					sb.append(' ');
					sb.append(resultSet.getString(3));
					sb.append(' ');

					for (int i = 4; i <= 10; i++) {
						sb.append(resultSet.getLong(i));
						sb.append(' ');
					}

					sb.append(resultSet.getDouble(11));

					lines.add(sb.toString());
				}
			}
		}

		return lines;
	}

	private String _participantSql(String administrationColumn, String administrationJoins) {
		return String.join(
			"\n", "with history as (", "  select e.registrationId,",
			"    max(case when e.toStatus in (1, 2, 4, 8, 9, 10) then 1 else 0 end) seated,",
			"    max(case when e.toStatus = 3 then 1 else 0 end) waitlisted", "  from LVTraining_RegistrationEvent e",
			"  join LVTraining_CourseSession es on es.courseSessionId = e.courseSessionId",
			"  where e.companyId = ? and es.companyId = ? and es.startDate >= ? and es.startDate < ?",
			"  group by e.registrationId)",
			"select " + administrationColumn + ", r.trainingMethodId, r.sex, count(*), count(distinct r.participantKey),",
			"  sum(case when r.status = 8 then 1 else 0 end),", "  sum(case when r.status = 9 then 1 else 0 end),",
			"  sum(case when r.status = 10 then 1 else 0 end),",
			"  sum(case when r.status = 5 and r.statusDate > s.cancellationDeadline and s.status <> 10",
			"    and h.seated = 1 then 1 else 0 end),",
			"  sum(case when h.waitlisted = 1 and h.seated = 0 then 1 else 0 end),",
			"  sum(case when r.status = 8 then c.durationHours else 0 end)", "from LVTraining_Registration r",
			"join LVTraining_CourseSession s on s.courseSessionId = r.courseSessionId",
			"left join LVTraining_Course c on c.courseId = r.courseId",
			"left join history h on h.registrationId = r.registrationId", administrationJoins,
			"where r.companyId = ? and s.startDate >= ? and s.startDate < ?",
			"group by " + administrationColumn + ", r.trainingMethodId, r.sex",
			"order by " + administrationColumn + ", r.trainingMethodId, r.sex");
	}

	private List<Object> _participantValues() {
		return List.of(_companyId, _companyId, _from, _to, _companyId, _from, _to);
	}

	private String _rolledUpJoins() {
		return "join Organization_ own on own.organizationId = r.organizationId join Organization_ administration on " +
			"administration.companyId = " + _companyId + " and administration.parentOrganizationId = 0 and " +
				"own.treePath like administration.treePath || '%'";
	}

	private final long _companyId;
	private final Connection _connection;
	private final Timestamp _from;
	private final Timestamp _to;

}
