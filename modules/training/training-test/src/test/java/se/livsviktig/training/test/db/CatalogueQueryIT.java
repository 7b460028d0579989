package se.livsviktig.training.test.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.internal.catalog.CatalogEntries;
import se.livsviktig.training.internal.catalog.CatalogPageStatement;
import se.livsviktig.training.internal.catalog.CatalogQuery;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The catalogue's one query (upcoming published sessions of approved courses, with the seats left in the same
 * row, filtered by method, month, place, delivery mode, free seats and what the user may view) as SQL: the
 * statement the portal's Hibernate session makes of the DSL query, transformed for the vendor by Liferay's own
 * SQL transformer, run on PostgreSQL and MariaDB with the same rows and the same answer.
 *
 * @author Livsviktig
 */
class CatalogueQueryIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVTrainingPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theCatalogueListsUpcomingPublishedSessionsOfApprovedCoursesByStartDate(
			Vendor vendor)
		throws SQLException {

		Rows rows = new Rows(databases.get(vendor));

		assertEquals(
			List.of(rows.soonHalfFull, rows.fullInTenDays, rows.freeInTwentyDays),
			_select(vendor, rows, new CatalogQuery(rows.groupId, _NOW), null));
		assertEquals(
			3, _count(vendor, rows, new CatalogQuery(rows.groupId, _NOW), null));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void eachFilterNarrowsTheCatalogue(Vendor vendor) throws SQLException {
		Rows rows = new Rows(databases.get(vendor));

		assertEquals(
			List.of(rows.fullInTenDays, rows.freeInTwentyDays),
			_select(
				vendor, rows,
				new CatalogQuery(
					rows.groupId, _NOW
				).setTrainingMethodId(
					_MHFA
				),
				null),
			"method");
		assertEquals(
			List.of(rows.soonHalfFull, rows.freeInTwentyDays),
			_select(
				vendor, rows,
				new CatalogQuery(
					rows.groupId, _NOW
				).setOnlyWithFreeSeats(
					true
				),
				null),
			"only with free seats");
		assertEquals(
			List.of(rows.freeInTwentyDays),
			_select(
				vendor, rows,
				new CatalogQuery(
					rows.groupId, _NOW
				).setLocality(
					"Sundsvall"
				).setOnlyWithFreeSeats(
					true
				),
				null),
			"place and free seats");
		assertEquals(
			List.of(rows.soonHalfFull),
			_select(
				vendor, rows,
				new CatalogQuery(
					rows.groupId, _NOW
				).setDeliveryMode(
					CourseSessionConstants.DELIVERY_MODE_ONLINE
				),
				null),
			"online");
		assertEquals(
			List.of(rows.soonHalfFull, rows.fullInTenDays),
			_select(
				vendor, rows,
				new CatalogQuery(
					rows.groupId, _NOW
				).setStartPeriod(
					_days(4), _days(11)
				),
				null),
			"month");
	}

	/**
	 * The remote service adds what the user may view (InlineSQLHelper's predicate) to the same query.
	 */
	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void thePermissionPredicateIsPartOfTheSameQuery(Vendor vendor)
		throws SQLException {

		Rows rows = new Rows(databases.get(vendor));

		Predicate mayView = CourseSessionTable.INSTANCE.courseSessionId.neq(
			rows.fullInTenDays);

		assertEquals(
			List.of(rows.soonHalfFull, rows.freeInTwentyDays),
			_select(vendor, rows, new CatalogQuery(rows.groupId, _NOW), mayView));
		assertEquals(
			2,
			_count(vendor, rows, new CatalogQuery(rows.groupId, _NOW), mayView));
	}

	/**
	 * The page's rows with the course's title joined in (CatalogQuery.selectEntries): the same sessions in the
	 * same order as the sessions' query, with the same permission predicate, and the title from the course row.
	 */
	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theEntriesAreTheSameRowsWithTheirCoursesTitle(Vendor vendor)
		throws SQLException {

		Rows rows = new Rows(databases.get(vendor));

		String title = Rows.title(rows.approvedCourseId);

		assertEquals(
			List.of(
				rows.soonHalfFull + " " + title + " " + _days(5).getTime() +
					" Härnösand 10-3",
				rows.fullInTenDays + " " + title + " " + _days(10).getTime() +
					" Sundsvall 10-10",
				rows.freeInTwentyDays + " " + title + " " +
					_days(20).getTime() + " Sundsvall 5-0"),
			_entries(vendor, rows, new CatalogQuery(rows.groupId, _NOW), null));

		Predicate mayView = CourseSessionTable.INSTANCE.courseSessionId.neq(
			rows.fullInTenDays);

		assertEquals(
			List.of(
				rows.freeInTwentyDays + " " + title + " " +
					_days(20).getTime() + " Sundsvall 5-0"),
			_entries(
				vendor, rows,
				new CatalogQuery(
					rows.groupId, _NOW
				).setLocality(
					"Sundsvall"
				),
				mayView),
			"filters and the permission predicate narrow the same query");
	}

	/**
	 * The page and its total in one statement (CatalogQuery.selectPage), sent as the product sends it (plain JDBC,
	 * CatalogPageStatement): the page's rows with their course's title and their start with its time of day, each
	 * carrying the number of rows of every page, with the filters and the permission predicate in the count as in
	 * the page; LIMIT and OFFSET as parameters, on both databases.
	 */
	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void thePageCarriesTheTotalOfEveryPageInTheSameStatement(Vendor vendor)
		throws SQLException {

		Rows rows = new Rows(databases.get(vendor));

		String title = Rows.title(rows.approvedCourseId);

		assertEquals(
			List.of(
				rows.soonHalfFull + " " + title + " " + _days(5).getTime() +
					" of 3",
				rows.fullInTenDays + " " + title + " " + _days(10).getTime() +
					" of 3"),
			_page(vendor, rows, new CatalogQuery(rows.groupId, _NOW), null, 0, 2),
			"the first page of two rows, the total of all three");
		assertEquals(
			List.of(
				rows.freeInTwentyDays + " " + title + " " +
					_days(20).getTime() + " of 3"),
			_page(vendor, rows, new CatalogQuery(rows.groupId, _NOW), null, 2, 2),
			"the last page knows the total too");

		Predicate mayView = CourseSessionTable.INSTANCE.courseSessionId.neq(
			rows.fullInTenDays);

		assertEquals(
			List.of(
				rows.freeInTwentyDays + " " + title + " " +
					_days(20).getTime() + " of 1"),
			_page(
				vendor, rows,
				new CatalogQuery(
					rows.groupId, _NOW
				).setLocality(
					"Sundsvall"
				),
				mayView, 0, 20),
			"filters and the permission predicate narrow the total as they narrow the page");
		assertEquals(
			List.of(),
			_page(vendor, rows, new CatalogQuery(rows.groupId, _NOW), null, 3, 2),
			"a page past the last has no row to carry the total");
	}

	private static void _bind(
			PreparedStatement preparedStatement, List<Object> values)
		throws SQLException {

		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);

			if (value instanceof Date) {
				preparedStatement.setTimestamp(
					i + 1, new Timestamp(((Date)value).getTime()));
			}
			else {
				preparedStatement.setObject(i + 1, value);
			}
		}
	}

	private static long _count(
			Vendor vendor, Rows rows, CatalogQuery catalogQuery,
			Predicate permissionPredicate)
		throws SQLException {

		List<Long> values = _run(
			vendor, rows.testDatabase, catalogQuery.count(permissionPredicate),
			1);

		return values.get(0);
	}

	/**
	 * Each row as "id title start locality seats-seatsTaken", read by the columns' names as Hibernate's scalar
	 * projection reads them.
	 */
	private static List<String> _entries(
			Vendor vendor, Rows rows, CatalogQuery catalogQuery,
			Predicate permissionPredicate)
		throws SQLException {

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CustomSql.transform(
			vendor,
			catalogQuery.selectEntries(
				permissionPredicate, QueryUtil.ALL_POS, QueryUtil.ALL_POS
			).toSQL(
				defaultASTNodeListener
			));

		List<String> entries = new ArrayList<>();

		try (Connection connection = rows.testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			_bind(preparedStatement, defaultASTNodeListener.getScalarValues());

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					entries.add(
						resultSet.getLong("courseSessionId") + " " +
							resultSet.getString("title") + " " +
								resultSet.getTimestamp(
									"startDate"
								).getTime() + " " +
									resultSet.getString("locality") + " " +
										resultSet.getInt("seats") + "-" +
											resultSet.getInt("seatsTaken"));
				}
			}
		}

		return entries;
	}

	/**
	 * Each row of a page as "id title start of total", read by the product's own plain-JDBC statement
	 * (CatalogPageStatement, as CatalogPageRows sends it on both databases) with the vendor's SQL transformer:
	 * its LIMIT ? OFFSET ? parameters, its binding and its typed column getters.
	 */
	private static List<String> _page(
			Vendor vendor, Rows rows, CatalogQuery catalogQuery,
			Predicate permissionPredicate, int offset, int limit)
		throws SQLException {

		CatalogPageStatement catalogPageStatement = new CatalogPageStatement(
			sql -> CustomSql.transform(vendor, sql));

		List<Object[]> pageRows;

		try (Connection connection = rows.testDatabase.connect()) {
			pageRows = catalogPageStatement.read(
				connection,
				catalogQuery.selectPage(
					permissionPredicate, offset, offset + limit));
		}

		List<String> page = new ArrayList<>();

		if (pageRows.isEmpty()) {
			return page;
		}

		int total = CatalogEntries.totalOf(pageRows);

		for (CatalogEntry catalogEntry : CatalogEntries.of(pageRows)) {
			page.add(
				catalogEntry.getCourseSessionId() + " " +
					catalogEntry.getCourseTitleXML() + " " +
						catalogEntry.getStartDate().getTime() + " of " + total);
		}

		return page;
	}

	private static Date _days(int days) {
		return new Date(_NOW.getTime() + (days * 86_400_000L));
	}

	/**
	 * What the portal's SessionImpl.createSynchronizedSQLQuery(DSLQuery) does: the SQL and its parameters from a
	 * DefaultASTNodeListener, the SQL through the vendor's SQL transformer.
	 */
	private static List<Long> _run(
			Vendor vendor, TestDatabase testDatabase, DSLQuery dslQuery,
			int column)
		throws SQLException {

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CustomSql.transform(
			vendor, dslQuery.toSQL(defaultASTNodeListener));

		List<Long> values = new ArrayList<>();

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			_bind(preparedStatement, defaultASTNodeListener.getScalarValues());

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					values.add(
						(column > 0) ? resultSet.getLong(column) :
							resultSet.getLong("courseSessionId"));
				}
			}
		}

		return values;
	}

	private static List<Long> _select(
			Vendor vendor, Rows rows, CatalogQuery catalogQuery,
			Predicate permissionPredicate)
		throws SQLException {

		return _run(
			vendor, rows.testDatabase,
			catalogQuery.select(
				permissionPredicate, QueryUtil.ALL_POS, QueryUtil.ALL_POS),
			0);
	}

	private static final long _MHFA = 501;

	/**
	 * 2030-03-17, a whole second: both databases keep it exactly.
	 */
	private static final Date _NOW = new Date(1_900_000_000_000L);

	private static final long _YAM = 502;

	private static final AtomicLong _ids = new AtomicLong(700_000);

	/**
	 * One site's catalogue, in a group of its own: three sessions that belong in it and five that do not.
	 */
	private static final class Rows {

		Rows(TestDatabase testDatabase) throws SQLException {
			this.testDatabase = testDatabase;

			approvedCourseId = _course(WorkflowConstants.STATUS_APPROVED);
			long draftCourseId = _course(WorkflowConstants.STATUS_DRAFT);

			fullInTenDays = _session(
				groupId, approvedCourseId, _PUBLISHED, _days(10), _MHFA,
				"Sundsvall", CourseSessionConstants.DELIVERY_MODE_ON_SITE, 10,
				10);
			soonHalfFull = _session(
				groupId, approvedCourseId, _PUBLISHED, _days(5), _YAM,
				"Härnösand", CourseSessionConstants.DELIVERY_MODE_ONLINE, 10, 3);
			freeInTwentyDays = _session(
				groupId, approvedCourseId, _PUBLISHED, _days(20), _MHFA,
				"Sundsvall", CourseSessionConstants.DELIVERY_MODE_ON_SITE, 5, 0);

			_session(
				groupId, approvedCourseId, CourseSessionConstants.STATUS_DRAFT,
				_days(6), _MHFA, "Sundsvall",
				CourseSessionConstants.DELIVERY_MODE_ON_SITE, 10, 0);
			_session(
				groupId, approvedCourseId,
				CourseSessionConstants.STATUS_CANCELLED, _days(7), _MHFA,
				"Sundsvall", CourseSessionConstants.DELIVERY_MODE_ON_SITE, 10, 0);
			_session(
				groupId, approvedCourseId, _PUBLISHED, _days(-1), _MHFA,
				"Sundsvall", CourseSessionConstants.DELIVERY_MODE_ON_SITE, 10, 0);
			_session(
				groupId, draftCourseId, _PUBLISHED, _days(8), _MHFA,
				"Sundsvall", CourseSessionConstants.DELIVERY_MODE_ON_SITE, 10, 0);
			_session(
				_ids.incrementAndGet(), approvedCourseId, _PUBLISHED, _days(9),
				_MHFA, "Sundsvall", CourseSessionConstants.DELIVERY_MODE_ON_SITE,
				10, 0);
		}

		static String title(long courseId) {
			return "Kurs " + courseId;
		}

		final long approvedCourseId;
		final long freeInTwentyDays;
		final long fullInTenDays;
		final long groupId = _ids.incrementAndGet();
		final long soonHalfFull;
		final TestDatabase testDatabase;

		private long _course(int status) throws SQLException {
			long courseId = _ids.incrementAndGet();

			try (Connection connection = testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(
						"insert into LVTraining_Course (courseId, groupId, " +
							"companyId, status, title) values (?, ?, ?, ?, ?)")) {

				preparedStatement.setLong(1, courseId);
				preparedStatement.setLong(2, groupId);
				preparedStatement.setLong(3, _COMPANY_ID);
				preparedStatement.setInt(4, status);
				preparedStatement.setString(5, title(courseId));

				preparedStatement.executeUpdate();
			}

			return courseId;
		}

		private long _session(
				long sessionGroupId, long courseId, int status, Date startDate,
				long trainingMethodId, String locality, int deliveryMode,
				int seats, int seatsTaken)
			throws SQLException {

			long courseSessionId = _ids.incrementAndGet();

			try (Connection connection = testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(
						"insert into LVTraining_CourseSession (courseSessionId, " +
							"groupId, companyId, courseId, status, startDate, " +
								"trainingMethodId, locality, deliveryMode, " +
									"seats, seatsTaken) values (?, ?, ?, ?, " +
										"?, ?, ?, ?, ?, ?, ?)")) {

				preparedStatement.setLong(1, courseSessionId);
				preparedStatement.setLong(2, sessionGroupId);
				preparedStatement.setLong(3, _COMPANY_ID);
				preparedStatement.setLong(4, courseId);
				preparedStatement.setInt(5, status);
				preparedStatement.setTimestamp(
					6, new Timestamp(startDate.getTime()));
				preparedStatement.setLong(7, trainingMethodId);
				preparedStatement.setString(8, locality);
				preparedStatement.setInt(9, deliveryMode);
				preparedStatement.setInt(10, seats);
				preparedStatement.setInt(11, seatsTaken);

				preparedStatement.executeUpdate();
			}

			return courseSessionId;
		}

		private static final long _COMPANY_ID = 20097;

		private static final int _PUBLISHED =
			CourseSessionConstants.STATUS_PUBLISHED;

	}

}
