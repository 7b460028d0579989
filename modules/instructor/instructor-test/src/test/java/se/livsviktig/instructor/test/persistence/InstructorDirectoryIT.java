package se.livsviktig.instructor.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import java.time.Duration;
import java.time.Instant;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.directory.InstructorDirectoryEntry;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * The instructor directory through the local service (CertificationLocalService.getInstructorDirectory and its
 * count, the generated persistence's dslQuery) on PostgreSQL, against the portal's own User_, Users_Orgs and
 * Organization_ tables: who may teach today, a page of people with their methods and organisations in two
 * statements, its count in one, and an empty page in one.
 *
 * @author Livsviktig
 */
class InstructorDirectoryIT {

	@RegisterExtension
	static final PersistenceHarness harness = InstructorRows.harness();

	@BeforeAll
	static void createPortalTables() {
		PortalUserTables.createIn(harness.database());
	}

	@Test
	void aPageOfWhoMayTeachTodayInTwoStatementsAndItsCountInOne()
		throws Exception {

		long umea = _organization("Umeå kommun");
		long region = _organization("Region Västerbotten");

		long asa = _user("Åsa", "Öberg", _ACTIVE, umea, region);
		long bo = _user("Bo", "Alm", _ACTIVE, umea);
		long cia = _user("Cia", "Berg", _ACTIVE);
		long dan = _user("Dan", "Dahl", _INACTIVE, umea);
		long eva = _user("Eva", "Ek", _ACTIVE, umea);

		_certification(asa, _MHFA, _YEAR_AGO, _IN_A_YEAR, _ACTIVE_STATE);
		_certification(asa, _YAM, _YEAR_AGO, null, _ACTIVE_STATE);
		_certification(bo, _YAM, _YEAR_AGO, _IN_A_YEAR, _ACTIVE_STATE);
		_certification(cia, _MHFA, _YEAR_AGO, _IN_A_YEAR, _ACTIVE_STATE);
		_certification(dan, _MHFA, _YEAR_AGO, _IN_A_YEAR, _ACTIVE_STATE);
		_certification(
			eva, _MHFA, _YEAR_AGO, _IN_A_YEAR,
			CertificationConstants.STATE_REVOKED);
		_certification(eva, _YAM, _YEAR_AGO, _A_WEEK_AGO, _ACTIVE_STATE);

		CertificationLocalService certificationLocalService = harness.get(
			CertificationLocalService.class);

		harness.resetStatementCount();

		List<InstructorDirectoryEntry> firstPage =
			certificationLocalService.getInstructorDirectory(
				_COMPANY_ID, 0, 0, null, 0, 2);

		assertEquals(
			2, harness.statementCount(),
			"the page's people, then their methods and organisations");
		assertEquals(
			List.of(
				new InstructorDirectoryEntry(
					bo, "Bo Alm", List.of("Umeå kommun"), List.of(_YAM)),
				new InstructorDirectoryEntry(
					cia, "Cia Berg", List.of(), List.of(_MHFA))),
			firstPage);

		assertEquals(
			List.of(
				new InstructorDirectoryEntry(
					asa, "Åsa Öberg",
					List.of("Region Västerbotten", "Umeå kommun"),
					List.of(_MHFA, _YAM))),
			certificationLocalService.getInstructorDirectory(
				_COMPANY_ID, 0, 0, null, 2, 4));

		harness.resetStatementCount();

		assertEquals(
			3,
			certificationLocalService.getInstructorDirectoryCount(
				_COMPANY_ID, 0, 0, null));
		assertEquals(1, harness.statementCount(), "the count is one statement");

		assertEquals(
			List.of(asa, bo),
			certificationLocalService.getInstructorDirectory(
				_COMPANY_ID, _YAM, umea, null, 0, 20
			).stream(
			).map(
				InstructorDirectoryEntry::getUserId
			).sorted(
			).collect(
				java.util.stream.Collectors.toList()
			));

		harness.resetStatementCount();

		assertEquals(
			List.of(),
			certificationLocalService.getInstructorDirectory(
				_COMPANY_ID, 0, 0, "zzz", 0, 20));
		assertEquals(
			1, harness.statementCount(),
			"nobody on the page, no second statement");
	}

	private void _certification(
			long holderUserId, long trainingMethodId, Date certifiedDate,
			Date validUntil, int state)
		throws Exception {

		_rows.certification(
			certification -> {
				certification.setCompanyId(_COMPANY_ID);
				certification.setHolderUserId(holderUserId);
				certification.setTrainingMethodId(trainingMethodId);
				certification.setCertifiedDate(certifiedDate);
				certification.setValidUntil(validUntil);
				certification.setIssuer("MHFA Sverige");
				certification.setNumber(String.valueOf(_rows.newId()));
				certification.setState(state);
			});
	}

	private long _organization(String name) throws SQLException {
		long organizationId = _rows.newId();

		try (Connection connection = harness.database(
			).connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into Organization_ (organizationId, companyId, name, " +
					"ctCollectionId) values (?, ?, ?, 0)")) {

			preparedStatement.setLong(1, organizationId);
			preparedStatement.setLong(2, _COMPANY_ID);
			preparedStatement.setString(3, name);

			preparedStatement.executeUpdate();
		}

		return organizationId;
	}

	private long _user(
			String firstName, String lastName, int status,
			long... organizationIds)
		throws SQLException {

		long userId = _rows.newId();

		try (Connection connection = harness.database(
			).connect()) {

			try (PreparedStatement preparedStatement =
					connection.prepareStatement(
						"insert into User_ (userId, companyId, screenName, " +
							"firstName, middleName, lastName, status, " +
								"ctCollectionId) values (?, ?, ?, ?, ?, ?, " +
									"?, 0)")) {

				preparedStatement.setLong(1, userId);
				preparedStatement.setLong(2, _COMPANY_ID);
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

					preparedStatement.setLong(1, _COMPANY_ID);
					preparedStatement.setLong(2, organizationId);
					preparedStatement.setLong(3, userId);

					preparedStatement.executeUpdate();
				}
			}
		}

		return userId;
	}

	private static final Date _A_WEEK_AGO = Date.from(
		Instant.now(
		).minus(
			Duration.ofDays(7)
		));

	private static final int _ACTIVE = 0;

	private static final int _ACTIVE_STATE =
		CertificationConstants.STATE_ACTIVE;

	/**
	 * A company of its own: the portal's tables keep the other test classes' people.
	 */
	private static final long _COMPANY_ID = 40097;

	private static final Date _IN_A_YEAR = Date.from(
		Instant.now(
		).plus(
			Duration.ofDays(365)
		));

	private static final int _INACTIVE = 5;

	private static final long _MHFA = 501;

	private static final long _YAM = 502;

	private static final Date _YEAR_AGO = Date.from(
		Instant.now(
		).minus(
			Duration.ofDays(365)
		));

	private final InstructorRows _rows = new InstructorRows(harness);

}
