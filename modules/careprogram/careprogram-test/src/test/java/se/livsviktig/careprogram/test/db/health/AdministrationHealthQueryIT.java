package se.livsviktig.careprogram.test.db.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.time.Duration;
import java.time.Instant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.careprogram.model.AdministrationHealth;
import se.livsviktig.careprogram.service.internal.health.AdministrationHealthQuery;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;
import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;

/**
 * The health overview's one statement (AdministrationHealthQuery) on PostgreSQL and MariaDB, through Liferay's SQL
 * transformer: per administration with routines on the site, its routines, those due today or later, and the
 * site's programmes it has no routine for; another site's programmes and routines count nowhere.
 *
 * @author Livsviktig
 */
class AdministrationHealthQueryIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(LVCareProgramPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void perAdministrationTheRoutinesOnTimeAndTheProgrammesWithoutARoutine(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		long groupId = _nextId();
		long otherGroupId = _nextId();

		long selfHarm = _careProgram(testDatabase, groupId);
		long depression = _careProgram(testDatabase, groupId);

		_careProgram(testDatabase, groupId);

		long otherSitesProgram = _careProgram(testDatabase, otherGroupId);

		long socialServices = _nextId();
		long schools = _nextId();

		_localRoutine(testDatabase, groupId, selfHarm, socialServices, _TODAY.minus(Duration.ofHours(1)));
		_localRoutine(testDatabase, groupId, depression, socialServices, _TODAY.plus(Duration.ofHours(20)));
		_localRoutine(testDatabase, groupId, selfHarm, schools, _TODAY.plus(Duration.ofDays(30)));
		_localRoutine(testDatabase, otherGroupId, otherSitesProgram, schools, _TODAY.minus(Duration.ofDays(30)));

		List<AdministrationHealth> administrationHealths = _administrationHealths(vendor, testDatabase, groupId);

		assertEquals(2, administrationHealths.size(), administrationHealths.toString());

		AdministrationHealth socialServicesHealth = administrationHealths.get(0);

		assertEquals(socialServices, socialServicesHealth.getOrganizationId());
		assertEquals(2, socialServicesHealth.getRoutineCount());
		assertEquals(1, socialServicesHealth.getReviewedOnTimeCount());
		assertEquals(1, socialServicesHealth.getProgramsWithoutRoutineCount());

		AdministrationHealth schoolsHealth = administrationHealths.get(1);

		assertEquals(schools, schoolsHealth.getOrganizationId());
		assertEquals(1, schoolsHealth.getRoutineCount());
		assertEquals(1, schoolsHealth.getReviewedOnTimeCount());
		assertEquals(2, schoolsHealth.getProgramsWithoutRoutineCount());
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aSiteWithoutRoutinesHasNoAdministrations(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		long groupId = _nextId();

		_careProgram(testDatabase, groupId);

		assertEquals(List.of(), _administrationHealths(vendor, testDatabase, groupId));
	}

	private static List<AdministrationHealth> _administrationHealths(
			Vendor vendor, TestDatabase testDatabase, long groupId)
		throws SQLException {

		List<Object[]> rows = new ArrayList<>();

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				CustomSql.transform(vendor, AdministrationHealthQuery.SQL))) {

			preparedStatement.setTimestamp(1, Timestamp.from(_TODAY));
			preparedStatement.setLong(2, groupId);
			preparedStatement.setLong(3, groupId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					rows.add(
						new Object[] {
							resultSet.getObject(1), resultSet.getObject(2), resultSet.getObject(3),
							resultSet.getObject(4)
						});
				}
			}
		}

		return AdministrationHealthQuery.toAdministrationHealths(rows);
	}

	private static long _careProgram(TestDatabase testDatabase, long groupId) throws SQLException {
		long careProgramId = _nextId();

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into LVCareProgram_CareProgram (mvccVersion, careProgramId, groupId, companyId) values " +
					"(0, ?, ?, ?)")) {

			preparedStatement.setLong(1, careProgramId);
			preparedStatement.setLong(2, groupId);
			preparedStatement.setLong(3, _COMPANY_ID);

			preparedStatement.executeUpdate();
		}

		return careProgramId;
	}

	private static void _localRoutine(
			TestDatabase testDatabase, long groupId, long careProgramId, long organizationId, Instant nextReviewDate)
		throws SQLException {

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into LVCareProgram_LocalRoutine (mvccVersion, localRoutineId, groupId, companyId, " +
					"careProgramId, organizationId, nextReviewDate) values (0, ?, ?, ?, ?, ?, ?)")) {

			preparedStatement.setLong(1, _nextId());
			preparedStatement.setLong(2, groupId);
			preparedStatement.setLong(3, _COMPANY_ID);
			preparedStatement.setLong(4, careProgramId);
			preparedStatement.setLong(5, organizationId);
			preparedStatement.setTimestamp(6, Timestamp.from(nextReviewDate));

			preparedStatement.executeUpdate();
		}
	}

	private static long _nextId() {
		return _ids.incrementAndGet();
	}

	private static final long _COMPANY_ID = 20097;

	private static final Instant _TODAY = Instant.parse("2027-03-01T23:00:00Z");

	private static final AtomicLong _ids = new AtomicLong(7000);

}
