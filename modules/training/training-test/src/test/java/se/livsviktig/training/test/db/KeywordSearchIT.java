package se.livsviktig.training.test.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.training.internal.search.KeywordsPredicate;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The coordinators' keyword search as SQL on PostgreSQL and MariaDB: every word must occur, in any case (Swedish
 * letters too), and a typed % or _ is a character to find, not a wildcard. The statement is made from the DSL
 * as the portal's Hibernate session makes it, through Liferay's SQL transformer for each vendor.
 *
 * @author Livsviktig
 */
class KeywordSearchIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVTrainingPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aPercentSignIsACharacterToFindNotAWildcard(Vendor vendor)
		throws SQLException {

		Venues venues = new Venues(databases.get(vendor));

		assertEquals(
			List.of(venues.hundredPercent), _search(vendor, venues, "100%"));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void anUnderscoreIsACharacterToFindNotAWildcard(Vendor vendor)
		throws SQLException {

		Venues venues = new Venues(databases.get(vendor));

		assertEquals(
			List.of(venues.roomUnderscoreB), _search(vendor, venues, "rum_b"));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void everyWordMustOccurInAnyCaseInAnyColumn(Vendor vendor)
		throws SQLException {

		Venues venues = new Venues(databases.get(vendor));

		assertEquals(
			List.of(venues.townHallSundsvall),
			_search(vendor, venues, "stadshuset SUNDSVALL"));
		assertEquals(
			List.of(), _search(vendor, venues, "stadshuset härnösand"),
			"both words, not either");
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void swedishLettersMatchInEitherCase(Vendor vendor) throws SQLException {
		Venues venues = new Venues(databases.get(vendor));

		assertEquals(
			List.of(venues.hundredPercent, venues.hundred),
			_search(vendor, venues, "ö-huset"), "ö finds Ö");
		assertEquals(
			List.of(venues.councilHouseHarnosand),
			_search(vendor, venues, "HÄRNÖSAND"), "Ä and Ö find ä and ö");
	}

	private static List<Long> _search(
			Vendor vendor, Venues venues, String keywords)
		throws SQLException {

		DSLQuery dslQuery = DSLQueryFactoryUtil.select(
			CourseSessionTable.INSTANCE.courseSessionId
		).from(
			CourseSessionTable.INSTANCE
		).where(
			CourseSessionTable.INSTANCE.groupId.eq(
				venues.groupId
			).and(
				KeywordsPredicate.of(
					keywords, CourseSessionTable.INSTANCE.venueName,
					CourseSessionTable.INSTANCE.locality)
			)
		).orderBy(
			CourseSessionTable.INSTANCE.courseSessionId.ascending()
		);

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CustomSql.transform(
			vendor, dslQuery.toSQL(defaultASTNodeListener));

		List<Long> courseSessionIds = new ArrayList<>();

		try (Connection connection = venues.testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			List<Object> values = defaultASTNodeListener.getScalarValues();

			for (int i = 0; i < values.size(); i++) {
				preparedStatement.setObject(i + 1, values.get(i));
			}

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					courseSessionIds.add(resultSet.getLong(1));
				}
			}
		}

		return courseSessionIds;
	}

	private static final AtomicLong _ids = new AtomicLong(800_000);

	/**
	 * One site's sessions, whose venues and places differ by a case, a letter, a % or an _.
	 */
	private static final class Venues {

		Venues(TestDatabase testDatabase) throws SQLException {
			this.testDatabase = testDatabase;

			hundredPercent = _session("Sal 100% Ö-huset", "Sundsvall");
			hundred = _session("Sal 100 Ö-huset", "Sundsvall");
			roomUnderscoreB = _session("Rum_B", "Timrå");
			_session("RumXB", "Timrå");
			townHallSundsvall = _session("STADSHUSET", "Sundsvall");
			councilHouseHarnosand = _session("Kommunhuset", "Härnösand");
		}

		final long councilHouseHarnosand;
		final long groupId = _ids.incrementAndGet();
		final long hundred;
		final long hundredPercent;
		final long roomUnderscoreB;
		final TestDatabase testDatabase;
		final long townHallSundsvall;

		private long _session(String venueName, String locality)
			throws SQLException {

			long courseSessionId = _ids.incrementAndGet();

			try (Connection connection = testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(
						"insert into LVTraining_CourseSession (courseSessionId, " +
							"groupId, companyId, venueName, locality) values " +
								"(?, ?, ?, ?, ?)")) {

				preparedStatement.setLong(1, courseSessionId);
				preparedStatement.setLong(2, groupId);
				preparedStatement.setLong(3, 20097);
				preparedStatement.setString(4, venueName);
				preparedStatement.setString(5, locality);

				preparedStatement.executeUpdate();
			}

			return courseSessionId;
		}

	}

}
