package se.livsviktig.training.test.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.LiferaySql;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.internal.unit.MemberTrainingRows;
import se.livsviktig.training.internal.unit.UnitTrainingQuery;
import se.livsviktig.training.registration.MemberTraining;
import se.livsviktig.training.registration.UpcomingTraining;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * A manager's view of the unit (UnitTrainingQuery) as SQL on PostgreSQL and MariaDB, against the portal's own
 * User_ and Users_Orgs tables (their DDL from the portal's portal-tables.sql): members of the unit and of the
 * unit under it are listed, members of another administration and deactivated people are not, a member in both
 * units appears once, a member without registrations and one whose only registration was cancelled have no
 * completion, and the method filter keeps one row per member.
 *
 * @author Livsviktig
 */
class UnitTrainingQueryIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVTrainingPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void everyMemberOfTheUnitAndTheUnitsUnderItIsListedPerMethod(
			Vendor vendor)
		throws SQLException {

		Rows rows = new Rows(databases.get(vendor));

		assertEquals(
			Arrays.asList(
				new MemberTraining(
					rows.anna, "Anna Andersson", _MHFA, 2, _LATER,
					UpcomingTraining.NONE),
				new MemberTraining(
					rows.bjorn, "Björn Berg", _MHFA, 0, null,
					UpcomingTraining.BOOKED),
				new MemberTraining(
					rows.bjorn, "Björn Berg", _YAM, 0, null,
					UpcomingTraining.WAITLISTED),
				new MemberTraining(
					rows.cecilia, "Cecilia Cederlund", 0, 0, null,
					UpcomingTraining.NONE),
				new MemberTraining(
					rows.dan, "Dan Dahl", _MHFA, 0, null,
					UpcomingTraining.PENDING_APPROVAL),
				new MemberTraining(
					rows.frida, "Frida Fors", 0, 0, null,
					UpcomingTraining.NONE)),
			_select(vendor, rows, 0));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aMethodFilterListsEveryMemberOnceWithNoCompletionWhereThereIsNone(
			Vendor vendor)
		throws SQLException {

		Rows rows = new Rows(databases.get(vendor));

		assertEquals(
			Arrays.asList(
				new MemberTraining(
					rows.anna, "Anna Andersson", _YAM, 0, null,
					UpcomingTraining.NONE),
				new MemberTraining(
					rows.bjorn, "Björn Berg", _YAM, 0, null,
					UpcomingTraining.WAITLISTED),
				new MemberTraining(
					rows.cecilia, "Cecilia Cederlund", _YAM, 0, null,
					UpcomingTraining.NONE),
				new MemberTraining(
					rows.dan, "Dan Dahl", _YAM, 0, null, UpcomingTraining.NONE),
				new MemberTraining(
					rows.frida, "Frida Fors", _YAM, 0, null,
					UpcomingTraining.NONE)),
			_select(vendor, rows, _YAM));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theUnitUnderTheAdministrationAloneListsOnlyItsOwnMembers(
			Vendor vendor)
		throws SQLException {

		Rows rows = new Rows(databases.get(vendor));

		List<MemberTraining> memberTrainings = _run(
			vendor, rows.testDatabase,
			new UnitTrainingQuery(
				_COMPANY_ID, new long[] {rows.hemtjanstNorr}, _MHFA
			).select(),
			_MHFA);

		assertEquals(
			Arrays.asList(
				new MemberTraining(
					rows.bjorn, "Björn Berg", _MHFA, 0, null,
					UpcomingTraining.BOOKED),
				new MemberTraining(
					rows.dan, "Dan Dahl", _MHFA, 0, null,
					UpcomingTraining.PENDING_APPROVAL)),
			memberTrainings);
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

	/**
	 * The portal's own DDL of the tables the query joins, created once per database.
	 */
	private static synchronized void _createPortalTables(
		TestDatabase testDatabase) {

		if (!_portalTablesCreated.add(testDatabase.vendor())) {
			return;
		}

		String portalTablesSql;

		try (InputStream inputStream =
				UnitTrainingQueryIT.class.getClassLoader(
				).getResourceAsStream(
					"com/liferay/portal/tools/sql/dependencies/portal-tables.sql"
				)) {

			portalTablesSql = new String(
				inputStream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		for (String tableName : new String[] {"User_", "Users_Orgs"}) {
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

	/**
	 * What the portal's SessionImpl.createSynchronizedSQLQuery(DSLQuery) does: the SQL and its parameters from a
	 * DefaultASTNodeListener, the SQL through the vendor's SQL transformer; the rows as the persistence hands
	 * them to the local service, folded as it folds them.
	 */
	private static List<MemberTraining> _run(
			Vendor vendor, TestDatabase testDatabase, DSLQuery dslQuery,
			long trainingMethodId)
		throws SQLException {

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CustomSql.transform(
			vendor, dslQuery.toSQL(defaultASTNodeListener));

		List<Object[]> rows = new ArrayList<>();

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			_bind(preparedStatement, defaultASTNodeListener.getScalarValues());

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				int columnCount = resultSet.getMetaData(
				).getColumnCount();

				while (resultSet.next()) {
					Object[] row = new Object[columnCount];

					for (int i = 0; i < columnCount; i++) {
						row[i] = resultSet.getObject(i + 1);
					}

					if (row[7] != null) {
						row[7] = resultSet.getTimestamp(8);
					}

					rows.add(row);
				}
			}
		}

		return new MemberTrainingRows(
			trainingMethodId
		).fold(
			rows
		);
	}

	private static List<MemberTraining> _select(
			Vendor vendor, Rows rows, long trainingMethodId)
		throws SQLException {

		return _run(
			vendor, rows.testDatabase,
			new UnitTrainingQuery(
				_COMPANY_ID,
				new long[] {rows.socialforvaltningen, rows.hemtjanstNorr},
				trainingMethodId
			).select(),
			trainingMethodId);
	}

	private static final long _COMPANY_ID = 20097;

	/**
	 * 2027-01-15 and 2027-01-15 + 10 days, whole seconds: both databases keep them exactly.
	 */
	private static final Date _EARLIER = new Date(1_800_000_000_000L);

	private static final Date _LATER = new Date(
		1_800_000_000_000L + (10 * 86_400_000L));

	private static final long _MHFA = 501;

	private static final int _USER_ACTIVE = 0;

	private static final int _USER_INACTIVE = 5;

	private static final long _YAM = 502;

	private static final AtomicLong _ids = new AtomicLong(800_000);
	private static final Set<Vendor> _portalTablesCreated = EnumSet.noneOf(
		Vendor.class);

	/**
	 * An administration, a unit under it and a neighbouring administration, with their people; each instance in
	 * organisations of its own, so the tests of a class share one database.
	 */
	private static final class Rows {

		Rows(TestDatabase testDatabase) throws SQLException {
			this.testDatabase = testDatabase;

			_createPortalTables(testDatabase);

			anna = _user("Anna", "Andersson", _USER_ACTIVE, socialforvaltningen);
			bjorn = _user("Björn", "Berg", _USER_ACTIVE, hemtjanstNorr);
			cecilia = _user(
				"Cecilia", "Cederlund", _USER_ACTIVE, socialforvaltningen);
			dan = _user(
				"Dan", "Dahl", _USER_ACTIVE, socialforvaltningen, hemtjanstNorr);

			long eva = _user("Eva", "Ek", _USER_ACTIVE, otherAdministration);

			frida = _user("Frida", "Fors", _USER_ACTIVE, socialforvaltningen);

			long gustav = _user(
				"Gustav", "Gran", _USER_INACTIVE, socialforvaltningen);

			_registration(
				anna, _MHFA, RegistrationConstants.STATUS_COMPLETED, _EARLIER);
			_registration(
				anna, _MHFA, RegistrationConstants.STATUS_COMPLETED, _LATER);
			_registration(
				anna, _YAM, RegistrationConstants.STATUS_CANCELLED, null);
			_registration(
				bjorn, _MHFA, RegistrationConstants.STATUS_CONFIRMED, null);
			_registration(
				bjorn, _YAM, RegistrationConstants.STATUS_WAITLISTED, null);
			_registration(
				dan, _MHFA, RegistrationConstants.STATUS_PENDING_APPROVAL, null);
			_registration(
				eva, _MHFA, RegistrationConstants.STATUS_COMPLETED, _LATER);
			_registration(
				frida, _MHFA, RegistrationConstants.STATUS_CANCELLED, null);
			_registration(
				frida, _MHFA, RegistrationConstants.STATUS_DECLINED, null);
			_registration(
				gustav, _MHFA, RegistrationConstants.STATUS_COMPLETED, _LATER);
		}

		final long anna;
		final long bjorn;
		final long cecilia;
		final long dan;
		final long frida;
		final long hemtjanstNorr = _ids.incrementAndGet();
		final long otherAdministration = _ids.incrementAndGet();
		final long socialforvaltningen = _ids.incrementAndGet();
		final TestDatabase testDatabase;

		private void _registration(
				long userId, long trainingMethodId, int status,
				Date completionDate)
			throws SQLException {

			long registrationId = _ids.incrementAndGet();

			try (Connection connection = testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(
						"insert into LVTraining_Registration (registrationId, " +
							"groupId, companyId, userId, courseSessionId, " +
								"courseId, trainingMethodId, organizationId, " +
									"activeKey, status, completionDate) " +
										"values (?, ?, ?, ?, ?, ?, ?, ?, ?, " +
											"?, ?)")) {

				preparedStatement.setLong(1, registrationId);
				preparedStatement.setLong(2, _GROUP_ID);
				preparedStatement.setLong(3, _COMPANY_ID);
				preparedStatement.setLong(4, userId);
				preparedStatement.setLong(5, _ids.incrementAndGet());
				preparedStatement.setLong(6, _ids.incrementAndGet());
				preparedStatement.setLong(7, trainingMethodId);
				preparedStatement.setLong(8, socialforvaltningen);
				preparedStatement.setLong(9, registrationId);
				preparedStatement.setInt(10, status);
				preparedStatement.setTimestamp(
					11,
					(completionDate == null) ? null :
						new Timestamp(completionDate.getTime()));

				preparedStatement.executeUpdate();
			}
		}

		private long _user(
				String firstName, String lastName, int status,
				long... organizationIds)
			throws SQLException {

			long userId = _ids.incrementAndGet();

			try (Connection connection = testDatabase.connect()) {
				try (PreparedStatement preparedStatement =
						connection.prepareStatement(
							"insert into User_ (userId, companyId, " +
								"firstName, middleName, lastName, status, " +
									"ctCollectionId) values (?, ?, ?, ?, ?, " +
										"?, 0)")) {

					preparedStatement.setLong(1, userId);
					preparedStatement.setLong(2, _COMPANY_ID);
					preparedStatement.setString(3, firstName);
					preparedStatement.setString(4, "");
					preparedStatement.setString(5, lastName);
					preparedStatement.setInt(6, status);

					preparedStatement.executeUpdate();
				}

				for (long organizationId : organizationIds) {
					try (PreparedStatement preparedStatement =
							connection.prepareStatement(
								"insert into Users_Orgs (companyId, " +
									"organizationId, userId, " +
										"ctCollectionId) values (?, ?, ?, " +
											"0)")) {

						preparedStatement.setLong(1, _COMPANY_ID);
						preparedStatement.setLong(2, organizationId);
						preparedStatement.setLong(3, userId);

						preparedStatement.executeUpdate();
					}
				}
			}

			return userId;
		}

		private static final long _GROUP_ID = 20123;

	}

}
