package se.livsviktig.training.internal.catalog;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Expression;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.query.FromStep;
import com.liferay.petra.sql.dsl.query.OrderByStep;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.sql.Types;

import java.util.Arrays;
import java.util.Date;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.CourseTable;

/**
 * The course catalogue in one query: upcoming published sessions of active courses in a site, filtered by
 * method, period, place or delivery mode and free seats. Seats left come from the session row itself
 * (seats - seatsTaken), so neither listing nor counting touches the registrations.
 *
 * @author Livsviktig
 */
public class CatalogQuery {

	public CatalogQuery(long groupId, Date now) {
		_groupId = groupId;
		_now = now;
	}

	public DSLQuery count(Predicate permissionPredicate) {
		return _sessionsOfCourses(
			DSLQueryFactoryUtil.count(), permissionPredicate);
	}

	/**
	 * The page's rows with what the catalogue shows of each, the course's title joined in: one statement for the
	 * page, where the sessions alone needed one more per row for the title. The columns are in
	 * {@link CatalogEntries#COLUMNS}' order.
	 */
	public DSLQuery selectEntries(
		Predicate permissionPredicate, int start, int end) {

		return _orderedPage(
			_sessionsOfCourses(
				DSLQueryFactoryUtil.select(CatalogEntries.COLUMNS),
				permissionPredicate),
			start, end);
	}

	/**
	 * The page's rows as {@link #selectEntries} reads them, each with the number of rows of every page in one more
	 * column ({@link CatalogEntries#TOTAL_COLUMN}): the count as a scalar subquery with the same filter and the same
	 * permission predicate, so the page and its total cost one statement. It does not depend on the row, so
	 * PostgreSQL and MariaDB run it once per statement (an InitPlan; MariaDB's uncorrelated subquery), not once per
	 * row; and unlike COUNT(*) OVER () it lets the page stop reading after its last row. A page past the end has no
	 * row to carry the total: then ask {@link #count}.
	 */
	public DSLQuery selectPage(
		Predicate permissionPredicate, int start, int end) {

		Expression<?>[] columns = Arrays.copyOf(
			CatalogEntries.COLUMNS, CatalogEntries.COLUMNS.length + 1);

		columns[CatalogEntries.TOTAL_COLUMN] =
			DSLQueryFactoryUtil.scalarSubDSLQuery(
				count(permissionPredicate), Long.class, "catalogTotal",
				Types.BIGINT);

		return _orderedPage(
			_sessionsOfCourses(
				DSLQueryFactoryUtil.select(columns), permissionPredicate),
			start, end);
	}

	public DSLQuery select(Predicate permissionPredicate, int start, int end) {
		return _orderedPage(
			_sessionsOfCourses(
				DSLQueryFactoryUtil.select(CourseSessionTable.INSTANCE),
				permissionPredicate),
			start, end);
	}

	/**
	 * @param deliveryMode a CourseSessionConstants delivery mode, or -1 for any
	 */
	public CatalogQuery setDeliveryMode(int deliveryMode) {
		_deliveryMode = deliveryMode;

		return this;
	}

	public CatalogQuery setLocality(String locality) {
		_locality = locality;

		return this;
	}

	public CatalogQuery setOnlyWithFreeSeats(boolean onlyWithFreeSeats) {
		_onlyWithFreeSeats = onlyWithFreeSeats;

		return this;
	}

	/**
	 * Sessions starting in [from, to): a month, for the month filter.
	 */
	public CatalogQuery setStartPeriod(Date from, Date to) {
		_startDateFrom = from;
		_startDateTo = to;

		return this;
	}

	public CatalogQuery setTrainingMethodId(long trainingMethodId) {
		_trainingMethodId = trainingMethodId;

		return this;
	}

	private DSLQuery _orderedPage(OrderByStep orderByStep, int start, int end) {
		return orderByStep.orderBy(
			CourseSessionTable.INSTANCE.startDate.ascending(),
			CourseSessionTable.INSTANCE.courseSessionId.ascending()
		).limit(
			start, end
		);
	}

	/**
	 * The catalogue's rows: sessions joined with their courses, whose status is part of the filter.
	 */
	private OrderByStep _sessionsOfCourses(
		FromStep fromStep, Predicate permissionPredicate) {

		return fromStep.from(
			CourseSessionTable.INSTANCE
		).innerJoinON(
			CourseTable.INSTANCE,
			CourseTable.INSTANCE.courseId.eq(
				CourseSessionTable.INSTANCE.courseId)
		).where(
			_where(permissionPredicate)
		);
	}

	private Predicate _where(Predicate permissionPredicate) {
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;

		Predicate predicate = courseSessionTable.groupId.eq(
			_groupId
		).and(
			courseSessionTable.status.eq(
				CourseSessionConstants.STATUS_PUBLISHED)
		).and(
			courseSessionTable.startDate.gt(_now)
		).and(
			CourseTable.INSTANCE.status.eq(WorkflowConstants.STATUS_APPROVED)
		);

		if (_trainingMethodId > 0) {
			predicate = predicate.and(
				courseSessionTable.trainingMethodId.eq(_trainingMethodId));
		}

		if (_startDateFrom != null) {
			predicate = predicate.and(
				courseSessionTable.startDate.gte(_startDateFrom));
		}

		if (_startDateTo != null) {
			predicate = predicate.and(
				courseSessionTable.startDate.lt(_startDateTo));
		}

		if (Validator.isNotNull(_locality)) {
			predicate = predicate.and(courseSessionTable.locality.eq(_locality));
		}

		if (_deliveryMode >= 0) {
			predicate = predicate.and(
				courseSessionTable.deliveryMode.eq(_deliveryMode));
		}

		if (_onlyWithFreeSeats) {
			predicate = predicate.and(
				courseSessionTable.seats.gt(courseSessionTable.seatsTaken));
		}

		return predicate.and(permissionPredicate);
	}

	private int _deliveryMode = -1;
	private final long _groupId;
	private String _locality;
	private final Date _now;
	private boolean _onlyWithFreeSeats;
	private Date _startDateFrom;
	private Date _startDateTo;
	private long _trainingMethodId;

}
