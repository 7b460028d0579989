package se.livsviktig.instructor.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.network.NetworkDirectoryEntry;
import se.livsviktig.instructor.network.NetworkDirectoryMethod;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * The members' directory (NetworkDirectoryQuery through the generated persistence's dslQuery) on PostgreSQL,
 * against the portal's own User_, Users_Orgs and Organization_ tables (their DDL from the portal's
 * portal-tables.sql): active members only, every organisation, the methods of active certifications still valid
 * with the latest valid-until, in one statement whatever the number of members.
 *
 * @author Livsviktig
 */
class NetworkDirectoryIT {

	@RegisterExtension
	static final PersistenceHarness harness = InstructorRows.harness();

	@BeforeAll
	static void createPortalTables() {
		PortalUserTables.createIn(harness.database());
	}

	@Test
	void theDirectoryListsActiveMembersWithOrganisationsAndValidMethods()
		throws Exception {

		long networkId = _rows.newId();

		long sof = _organization("Socialförvaltningen");
		long vof = _organization("Vård- och omsorgsförvaltningen");

		long karin = _user("Karin", "Ek", _ACTIVE, sof, vof);
		long anna = _user("Anna", "Berg", _ACTIVE);
		long olle = _user("Olle", "Ahl", _INACTIVE, sof);
		long outsider = _user("Per", "Al", _ACTIVE, sof);

		_member(networkId, karin, NetworkConstants.ROLE_COORDINATOR);
		_member(networkId, anna, NetworkConstants.ROLE_MEMBER);
		_member(networkId, olle, NetworkConstants.ROLE_MEMBER);
		_member(_rows.newId(), outsider, NetworkConstants.ROLE_MEMBER);

		_certification(
			karin, _MHFA, _COMPANY_ID, CertificationConstants.STATE_ACTIVE,
			_VALID_2029);
		_certification(
			karin, _MHFA, _COMPANY_ID, CertificationConstants.STATE_ACTIVE,
			_VALID_2030);
		_certification(
			karin, _YAM, _COMPANY_ID, CertificationConstants.STATE_ACTIVE,
			null);
		_certification(
			karin, _PSYK_E, _COMPANY_ID, CertificationConstants.STATE_ACTIVE,
			_EXPIRED);
		_certification(
			karin, _SIP, _COMPANY_ID, CertificationConstants.STATE_REVOKED,
			_VALID_2030);
		_certification(
			karin, _SIP, _OTHER_COMPANY_ID,
			CertificationConstants.STATE_ACTIVE, _VALID_2030);
		_certification(
			olle, _MHFA, _COMPANY_ID, CertificationConstants.STATE_ACTIVE,
			_VALID_2030);

		harness.resetStatementCount();

		List<NetworkDirectoryEntry> directory = harness.get(
			InstructorNetworkLocalService.class
		).getNetworkDirectory(
			networkId
		);

		assertEquals(
			1, harness.statementCount(),
			"members, organisations and certifications in one statement, " +
				"not one more per member");

		assertEquals(
			List.of(
				new NetworkDirectoryEntry(
					anna, "Anna Berg", NetworkConstants.ROLE_MEMBER, List.of(),
					List.of()),
				new NetworkDirectoryEntry(
					karin, "Karin Ek", NetworkConstants.ROLE_COORDINATOR,
					List.of(
						"Socialförvaltningen",
						"Vård- och omsorgsförvaltningen"),
					List.of(
						new NetworkDirectoryMethod(_MHFA, _VALID_2030),
						new NetworkDirectoryMethod(_YAM, null)))),
			directory);
	}

	private void _certification(
			long holderUserId, long trainingMethodId, long companyId,
			int state, Date validUntil)
		throws Exception {

		_rows.certification(
			certification -> {
				certification.setCompanyId(companyId);
				certification.setHolderUserId(holderUserId);
				certification.setTrainingMethodId(trainingMethodId);
				certification.setIssuer("MHFA Sverige");
				certification.setNumber(String.valueOf(_rows.newId()));
				certification.setState(state);
				certification.setValidUntil(validUntil);
			});
	}

	private void _member(long networkId, long userId, int role)
		throws Exception {

		_rows.networkMember(
			networkMember -> {
				networkMember.setCompanyId(_COMPANY_ID);
				networkMember.setInstructorNetworkId(networkId);
				networkMember.setMemberUserId(userId);
				networkMember.setRole(role);
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
						"insert into User_ (userId, companyId, firstName, " +
							"middleName, lastName, status, ctCollectionId) " +
								"values (?, ?, ?, ?, ?, ?, 0)")) {

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

	private static final int _ACTIVE = 0;

	private static final long _COMPANY_ID = 20097;

	/**
	 * 2025-05-15: before any day this test runs on.
	 */
	private static final Date _EXPIRED = new Date(1_747_267_200_000L);

	private static final int _INACTIVE = 5;

	private static final long _MHFA = 501;

	private static final long _OTHER_COMPANY_ID = 30097;

	private static final long _PSYK_E = 503;

	private static final long _SIP = 504;

	/**
	 * 2029-01-01 and 2030-01-01, whole seconds.
	 */
	private static final Date _VALID_2029 = new Date(1_861_920_000_000L);

	private static final Date _VALID_2030 = new Date(1_893_456_000_000L);

	private static final long _YAM = 502;

	private final InstructorRows _rows = new InstructorRows(harness);

}
