package se.livsviktig.instructor.test.db.search;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.nio.charset.StandardCharsets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.LiferaySql;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;

/**
 * Certifications and their holders in one company of a test database, with the portal's own User_, Users_Orgs
 * and Organization_ tables (their DDL from the portal's portal-tables.sql), and a DSL query run as the portal's
 * Hibernate session runs it: the SQL and its values from a DefaultASTNodeListener, the SQL through the vendor's
 * SQL transformer. Each instance is a company of its own, so the tests of a class share one database.
 *
 * @author Livsviktig
 */
final class CertificationHolderRows {

	static final int USER_ACTIVE = 0;

	static final int USER_INACTIVE = 5;

	CertificationHolderRows(Vendor vendor, TestDatabase testDatabase) {
		_vendor = vendor;
		_testDatabase = testDatabase;

		_createPortalTables(testDatabase);
	}

	long certification(
			long holderUserId, long trainingMethodId, Date certifiedDate,
			Date validUntil, int state)
		throws SQLException {

		return certification(
			companyId, holderUserId, trainingMethodId, certifiedDate,
			validUntil, state);
	}

	long certification(
			long companyId, long holderUserId, long trainingMethodId,
			Date certifiedDate, Date validUntil, int state)
		throws SQLException {

		long certificationId = _ids.incrementAndGet();

		try (Connection connection = _testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into LVInstructor_Certification (certificationId, " +
					"companyId, holderUserId, trainingMethodId, " +
						"certifiedDate, validUntil, issuer, number_, " +
							"state_) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {

			preparedStatement.setLong(1, certificationId);
			preparedStatement.setLong(2, companyId);
			preparedStatement.setLong(3, holderUserId);
			preparedStatement.setLong(4, trainingMethodId);
			preparedStatement.setTimestamp(
				5, new Timestamp(certifiedDate.getTime()));
			preparedStatement.setTimestamp(
				6,
				(validUntil == null) ? null :
					new Timestamp(validUntil.getTime()));
			preparedStatement.setString(7, "MHFA Sverige");
			preparedStatement.setString(8, "N-" + certificationId);
			preparedStatement.setInt(9, state);

			preparedStatement.executeUpdate();
		}

		return certificationId;
	}

	long count(DSLQuery dslQuery) throws SQLException {
		List<Object[]> rows = select(dslQuery);

		return ((Number)rows.get(0)[0]).longValue();
	}

	long organization(String name) throws SQLException {
		long organizationId = _ids.incrementAndGet();

		try (Connection connection = _testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into Organization_ (organizationId, companyId, name, " +
					"ctCollectionId) values (?, ?, ?, 0)")) {

			preparedStatement.setLong(1, organizationId);
			preparedStatement.setLong(2, companyId);
			preparedStatement.setString(3, name);

			preparedStatement.executeUpdate();
		}

		return organizationId;
	}

	/**
	 * @return the rows, dates as java.util.Date (the portal's Hibernate hands Timestamps, which are Dates)
	 */
	List<Object[]> select(DSLQuery dslQuery) throws SQLException {
		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CustomSql.transform(
			_vendor, dslQuery.toSQL(defaultASTNodeListener));

		List<Object[]> rows = new ArrayList<>();

		try (Connection connection = _testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			List<Object> values = defaultASTNodeListener.getScalarValues();

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

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				int columnCount = resultSet.getMetaData(
				).getColumnCount();

				while (resultSet.next()) {
					Object[] row = new Object[columnCount];

					for (int i = 0; i < columnCount; i++) {
						row[i] = resultSet.getObject(i + 1);
					}

					rows.add(row);
				}
			}
		}

		return rows;
	}

	long user(
			String firstName, String lastName, int status,
			long... organizationIds)
		throws SQLException {

		return user(
			companyId, firstName, lastName, status, organizationIds);
	}

	long user(
			long companyId, String firstName, String lastName, int status,
			long... organizationIds)
		throws SQLException {

		long userId = _ids.incrementAndGet();

		try (Connection connection = _testDatabase.connect()) {
			try (PreparedStatement preparedStatement =
					connection.prepareStatement(
						"insert into User_ (userId, companyId, screenName, " +
							"firstName, middleName, lastName, status, " +
								"ctCollectionId) values (?, ?, ?, ?, ?, ?, " +
									"?, 0)")) {

				preparedStatement.setLong(1, userId);
				preparedStatement.setLong(2, companyId);
				preparedStatement.setString(3, "user" + userId);
				preparedStatement.setString(4, firstName);
				preparedStatement.setString(5, "");
				preparedStatement.setString(6, lastName);
				preparedStatement.setInt(7, status);

				preparedStatement.executeUpdate();
			}

			for (long organizationId : organizationIds) {
				try (PreparedStatement preparedStatement =
						connection.prepareStatement(
							"insert into Users_Orgs (companyId, " +
								"organizationId, userId, ctCollectionId) " +
									"values (?, ?, ?, 0)")) {

					preparedStatement.setLong(1, companyId);
					preparedStatement.setLong(2, organizationId);
					preparedStatement.setLong(3, userId);

					preparedStatement.executeUpdate();
				}
			}
		}

		return userId;
	}

	static long nextId() {
		return _ids.incrementAndGet();
	}

	final long companyId = _ids.incrementAndGet();

	/**
	 * The portal's own DDL of the tables the queries join, created once per database (each test class has its
	 * own).
	 */
	private static synchronized void _createPortalTables(
		TestDatabase testDatabase) {

		if (!_portalTablesCreated.add(
				testDatabase.vendor() + "/" + testDatabase.name())) {
			return;
		}

		String portalTablesSql;

		try (InputStream inputStream =
				CertificationHolderRows.class.getClassLoader(
				).getResourceAsStream(
					"com/liferay/portal/tools/sql/dependencies/portal-tables.sql"
				)) {

			portalTablesSql = new String(
				inputStream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		for (String tableName :
				new String[] {"Organization_", "User_", "Users_Orgs"}) {

			Matcher matcher = Pattern.compile(
				"create table " + Pattern.quote(tableName) + " \\(.*?\\);",
				Pattern.DOTALL
			).matcher(
				portalTablesSql
			);

			if (!matcher.find()) {
				throw new IllegalStateException(
					"portal-tables.sql has no table " + tableName);
			}

			LiferaySql.run(testDatabase, matcher.group());
		}
	}

	private static final AtomicLong _ids = new AtomicLong(900_000);
	private static final Set<String> _portalTablesCreated = new HashSet<>();

	private final TestDatabase _testDatabase;
	private final Vendor _vendor;

}
