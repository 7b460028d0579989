package se.livsviktig.benchmarks.catalogue;

import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import se.livsviktig.training.constants.CourseSessionConstants;

/**
 * The baseline the catalogue page is measured against: the least a hand-written page could ask PostgreSQL for the
 * same screen. One SELECT of the page's sessions joined with everything a row shows (course title, method name,
 * place, dates, seats), one count, on a connection that stays open (as a pooled one does), with plain JDBC and
 * no ORM. Same filter as the catalogue's query without a filter chosen: the site's published sessions starting
 * after now, of approved courses, by start date.
 *
 * @author Livsviktig
 */
final class RawCataloguePage {

	RawCataloguePage(Connection connection, long groupId) {
		_connection = connection;
		_groupId = groupId;
	}

	/**
	 * One render: the page's rows and the total, in two statements.
	 */
	Page render(Date now, int start, int pageSize) throws SQLException {
		List<Row> rows = new ArrayList<>(pageSize);

		try (PreparedStatement preparedStatement = _connection.prepareStatement(_SELECT)) {
			_bindWhere(preparedStatement, now);

			preparedStatement.setInt(5, pageSize);
			preparedStatement.setInt(6, start);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					rows.add(
						new Row(
							resultSet.getLong(1), resultSet.getString(2), resultSet.getString(3),
							resultSet.getInt(4), resultSet.getString(5), resultSet.getString(6),
							resultSet.getTimestamp(7), resultSet.getTimestamp(8),
							resultSet.getInt(9) - resultSet.getInt(10)));
				}
			}
		}

		int total;

		try (PreparedStatement preparedStatement = _connection.prepareStatement(_COUNT)) {
			_bindWhere(preparedStatement, now);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				total = resultSet.getInt(1);
			}
		}

		return new Page(rows, total);
	}

	static final int STATEMENTS = 2;

	static final class Page {

		Page(List<Row> rows, int total) {
			this.rows = rows;
			this.total = total;
		}

		final List<Row> rows;
		final int total;

	}

	/**
	 * What one row of the catalogue shows. Title and method name are the stored localised XML: picking a language
	 * out of it is the same work for both pages and is not what is compared.
	 */
	static final class Row {

		Row(
			long courseSessionId, String courseTitle, String methodName, int deliveryMode, String locality,
			String venueName, Date startDate, Date endDate, int seatsLeft) {

			this.courseSessionId = courseSessionId;
			this.courseTitle = courseTitle;
			this.methodName = methodName;
			this.deliveryMode = deliveryMode;
			this.locality = locality;
			this.venueName = venueName;
			this.startDate = startDate;
			this.endDate = endDate;
			this.seatsLeft = seatsLeft;
		}

		final long courseSessionId;
		final String courseTitle;
		final int deliveryMode;
		final Date endDate;
		final String locality;
		final String methodName;
		final int seatsLeft;
		final Date startDate;
		final String venueName;

	}

	private void _bindWhere(PreparedStatement preparedStatement, Date now) throws SQLException {
		preparedStatement.setLong(1, _groupId);
		preparedStatement.setInt(2, CourseSessionConstants.STATUS_PUBLISHED);
		preparedStatement.setTimestamp(3, new Timestamp(now.getTime()));
		preparedStatement.setInt(4, WorkflowConstants.STATUS_APPROVED);
	}

	private static final String _COUNT =
		"select count(*) from LVTraining_CourseSession cs join LVTraining_Course c on c.courseId = cs.courseId " +
			"where cs.groupId = ? and cs.status = ? and cs.startDate > ? and c.status = ?";

	private static final String _SELECT =
		"select cs.courseSessionId, c.title, tm.name, cs.deliveryMode, cs.locality, cs.venueName, cs.startDate, " +
			"cs.endDate, cs.seats, cs.seatsTaken from LVTraining_CourseSession cs join LVTraining_Course c on " +
				"c.courseId = cs.courseId left join LVTraining_TrainingMethod tm on tm.trainingMethodId = " +
					"cs.trainingMethodId where cs.groupId = ? and cs.status = ? and cs.startDate > ? and c.status = ? " +
						"order by cs.startDate, cs.courseSessionId limit ? offset ?";

	private final Connection _connection;
	private final long _groupId;

}
