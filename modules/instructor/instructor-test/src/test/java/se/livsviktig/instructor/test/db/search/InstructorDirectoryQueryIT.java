package se.livsviktig.instructor.test.db.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.directory.InstructorDirectoryEntry;
import se.livsviktig.instructor.internal.directory.InstructorDirectoryQuery;
import se.livsviktig.instructor.internal.directory.InstructorDirectoryRows;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.Vendor;

/**
 * The instructor directory's statements (InstructorDirectoryQuery) on PostgreSQL and MariaDB, against the portal's
 * own User_, Users_Orgs and Organization_ DDL, folded as the local service folds them: only active users with an
 * active certification valid on the day (revoked, lapsed, expired, not yet valid, a deactivated user and another
 * company's instructor left out), one entry per person with every method and organisation, the method,
 * organisation and name filters, and paging by person with its count.
 *
 * @author Livsviktig
 */
class InstructorDirectoryQueryIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVInstructorPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void onlyActiveUsersWithACertificationValidOnTheDayAreListed(Vendor vendor)
		throws SQLException {

		CertificationHolderRows rows = _rows(vendor);

		long anna = rows.user("Anna", "Andersson", _ACTIVE);
		long hanna = rows.user("Hanna", "Holm", _ACTIVE);

		rows.certification(anna, _MHFA, _YEAR_AGO, _IN_A_YEAR, _STATE_ACTIVE);
		rows.certification(hanna, _YAM, _YEAR_AGO, null, _STATE_ACTIVE);

		rows.certification(
			rows.user("Bertil", "Berg", _ACTIVE), _MHFA, _YEAR_AGO, _IN_A_YEAR,
			CertificationConstants.STATE_REVOKED);
		rows.certification(
			rows.user("Cecilia", "Cederlund", _ACTIVE), _MHFA, _YEAR_AGO,
			_IN_A_YEAR, CertificationConstants.STATE_LAPSED);
		rows.certification(
			rows.user("David", "Dahl", _ACTIVE), _MHFA, _YEAR_AGO, _YESTERDAY,
			_STATE_ACTIVE);
		rows.certification(
			rows.user("Erik", "Ek", CertificationHolderRows.USER_INACTIVE),
			_MHFA, _YEAR_AGO, _IN_A_YEAR, _STATE_ACTIVE);
		rows.certification(
			rows.user("Gun", "Gran", _ACTIVE), _MHFA, _TOMORROW, _IN_A_YEAR,
			_STATE_ACTIVE);

		long otherCompanyId = CertificationHolderRows.nextId();

		rows.certification(
			otherCompanyId,
			rows.user(otherCompanyId, "Fredrik", "Falk", _ACTIVE), _MHFA,
			_YEAR_AGO, _IN_A_YEAR, _STATE_ACTIVE);

		assertEquals(
			List.of(
				new InstructorDirectoryEntry(
					anna, "Anna Andersson", List.of(), List.of(_MHFA)),
				new InstructorDirectoryEntry(
					hanna, "Hanna Holm", List.of(), List.of(_YAM))),
			_directory(rows, 0, 0, null, 0, 20));
		assertEquals(2, _count(rows, 0, 0, null));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void eachPersonOnceWithEveryMethodAndOrganisation(Vendor vendor)
		throws SQLException {

		CertificationHolderRows rows = _rows(vendor);

		long umea = rows.organization("Umeå kommun");
		long region = rows.organization("Region Västerbotten");

		long asa = rows.user("Åsa", "Öberg", _ACTIVE, umea, region);

		rows.certification(asa, _MHFA, _YEAR_AGO, _IN_A_YEAR, _STATE_ACTIVE);

		// A renewal: two active rows of one method are one method.

		rows.certification(asa, _MHFA, _YESTERDAY, null, _STATE_ACTIVE);
		rows.certification(asa, _YAM, _YEAR_AGO, _IN_A_YEAR, _STATE_ACTIVE);
		rows.certification(
			asa, _SUICIDE_ZERO, _YEAR_AGO, _IN_A_YEAR,
			CertificationConstants.STATE_REVOKED);

		assertEquals(
			List.of(
				new InstructorDirectoryEntry(
					asa, "Åsa Öberg",
					List.of("Region Västerbotten", "Umeå kommun"),
					List.of(_MHFA, _YAM))),
			_directory(rows, 0, 0, null, 0, 20));
		assertEquals(1, _count(rows, 0, 0, null));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theMethodFilterFindsItsInstructorsWhoStillShowEveryMethod(
			Vendor vendor)
		throws SQLException {

		CertificationHolderRows rows = _rows(vendor);

		long anna = rows.user("Anna", "Andersson", _ACTIVE);
		long bertil = rows.user("Bertil", "Berg", _ACTIVE);

		rows.certification(anna, _MHFA, _YEAR_AGO, _IN_A_YEAR, _STATE_ACTIVE);
		rows.certification(anna, _YAM, _YEAR_AGO, _IN_A_YEAR, _STATE_ACTIVE);
		rows.certification(bertil, _MHFA, _YEAR_AGO, null, _STATE_ACTIVE);

		assertEquals(
			List.of(
				new InstructorDirectoryEntry(
					anna, "Anna Andersson", List.of(), List.of(_MHFA, _YAM))),
			_directory(rows, _YAM, 0, null, 0, 20));
		assertEquals(1, _count(rows, _YAM, 0, null));
		assertEquals(2, _count(rows, _MHFA, 0, null));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theOrganisationFilterFindsItsMembersOnce(Vendor vendor)
		throws SQLException {

		CertificationHolderRows rows = _rows(vendor);

		long umea = rows.organization("Umeå kommun");
		long region = rows.organization("Region Västerbotten");

		long anna = rows.user("Anna", "Andersson", _ACTIVE, umea, region);
		long bertil = rows.user("Bertil", "Berg", _ACTIVE, region);

		rows.certification(anna, _MHFA, _YEAR_AGO, _IN_A_YEAR, _STATE_ACTIVE);
		rows.certification(anna, _YAM, _YEAR_AGO, _IN_A_YEAR, _STATE_ACTIVE);
		rows.certification(bertil, _MHFA, _YEAR_AGO, null, _STATE_ACTIVE);

		assertEquals(
			List.of(
				new InstructorDirectoryEntry(
					anna, "Anna Andersson",
					List.of("Region Västerbotten", "Umeå kommun"),
					List.of(_MHFA, _YAM))),
			_directory(rows, 0, umea, null, 0, 20));
		assertEquals(1, _count(rows, 0, umea, null));
		assertEquals(
			List.of(anna, bertil), _userIds(rows, 0, region, null, 0, 20));
		assertEquals(2, _count(rows, 0, region, null));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theNameFilterFindsEveryWordInAnyCaseAndTakesWildcardsLiterally(
			Vendor vendor)
		throws SQLException {

		CertificationHolderRows rows = _rows(vendor);

		long asa = _instructor(rows, "Åsa", "Öberg");
		long ake = _instructor(rows, "Åke", "Öberg");
		long underscore = _instructor(rows, "Per", "Ek_lund");

		_instructor(rows, "Per", "Ekxlund");

		long percent = _instructor(rows, "Pia", "100%");

		_instructor(rows, "Pia", "1000");

		assertEquals(List.of(asa), _userIds(rows, 0, 0, "ÅSA öberg", 0, 20));
		assertEquals(
			List.of(ake, asa), _userIds(rows, 0, 0, "öBERG", 0, 20),
			"Ö finds ö, sorted by first name within the last name");
		assertEquals(
			List.of(), _userIds(rows, 0, 0, "åsa ekxlund", 0, 20),
			"every word, not any");
		assertEquals(List.of(underscore), _userIds(rows, 0, 0, "k_l", 0, 20));
		assertEquals(List.of(percent), _userIds(rows, 0, 0, "100%", 0, 20));
		assertEquals(1, _count(rows, 0, 0, "100%"));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void pagesArePeopleByLastAndFirstName(Vendor vendor) throws SQLException {
		CertificationHolderRows rows = _rows(vendor);

		long eva = _instructor(rows, "Eva", "Ek");
		long adam = _instructor(rows, "Adam", "Ek");
		long bo = _instructor(rows, "Bo", "Alm");
		long cia = _instructor(rows, "Cia", "Lind");
		long dan = _instructor(rows, "Dan", "Berg");

		// Two methods each must not take two places on a page.

		for (long userId : new long[] {eva, adam, bo, cia, dan}) {
			rows.certification(
				userId, _YAM, _YEAR_AGO, _IN_A_YEAR, _STATE_ACTIVE);
		}

		assertEquals(List.of(bo, dan), _userIds(rows, 0, 0, null, 0, 2));
		assertEquals(List.of(adam, eva), _userIds(rows, 0, 0, null, 2, 4));
		assertEquals(List.of(cia), _userIds(rows, 0, 0, null, 4, 6));
		assertEquals(5, _count(rows, 0, 0, null));
		assertEquals(
			List.of(_MHFA, _YAM),
			_directory(
				rows, 0, 0, null, 4, 6
			).get(
				0
			).getTrainingMethodIds());
	}

	private static long _count(
			CertificationHolderRows rows, long trainingMethodId,
			long organizationId, String keywords)
		throws SQLException {

		return rows.count(
			_query(
				rows, trainingMethodId, organizationId, keywords
			).countInstructors());
	}

	/**
	 * What CertificationLocalServiceImpl.getInstructorDirectory does: the page's people, then their methods and
	 * organisations in one more statement, folded.
	 */
	private static List<InstructorDirectoryEntry> _directory(
			CertificationHolderRows rows, long trainingMethodId,
			long organizationId, String keywords, int start, int end)
		throws SQLException {

		InstructorDirectoryQuery instructorDirectoryQuery = _query(
			rows, trainingMethodId, organizationId, keywords);

		List<Object[]> instructorRows = rows.select(
			instructorDirectoryQuery.selectInstructors(start, end));

		// The DSL's limit is not part of its SQL: the portal's persistence hands it to Hibernate as the first and
		// the maximum result (the persistence tier runs that); here the same rows are cut from the ordered result.

		InstructorDirectoryRows instructorDirectoryRows =
			new InstructorDirectoryRows(
				instructorRows.subList(
					Math.min(start, instructorRows.size()),
					Math.min(end, instructorRows.size())));

		if (instructorDirectoryRows.isEmpty()) {
			return new ArrayList<>();
		}

		return instructorDirectoryRows.fold(
			rows.select(
				instructorDirectoryQuery.selectDetails(
					instructorDirectoryRows.getUserIds())));
	}

	private static long _instructor(
			CertificationHolderRows rows, String firstName, String lastName)
		throws SQLException {

		long userId = rows.user(firstName, lastName, _ACTIVE);

		rows.certification(
			userId, _MHFA, _YEAR_AGO, _IN_A_YEAR, _STATE_ACTIVE);

		return userId;
	}

	private static InstructorDirectoryQuery _query(
		CertificationHolderRows rows, long trainingMethodId,
		long organizationId, String keywords) {

		return new InstructorDirectoryQuery(
			rows.companyId, trainingMethodId, organizationId, keywords, _TODAY);
	}

	private static CertificationHolderRows _rows(Vendor vendor) {
		return new CertificationHolderRows(vendor, databases.get(vendor));
	}

	private static List<Long> _userIds(
			CertificationHolderRows rows, long trainingMethodId,
			long organizationId, String keywords, int start, int end)
		throws SQLException {

		List<Long> userIds = new ArrayList<>();

		for (InstructorDirectoryEntry entry :
				_directory(
					rows, trainingMethodId, organizationId, keywords, start,
					end)) {

			userIds.add(entry.getUserId());
		}

		return userIds;
	}

	private static final int _ACTIVE = CertificationHolderRows.USER_ACTIVE;

	private static final long _DAY = 86_400_000L;

	private static final Date _IN_A_YEAR = new Date(
		1_800_000_000_000L + (365 * _DAY));

	private static final long _MHFA = 501;

	private static final int _STATE_ACTIVE =
		CertificationConstants.STATE_ACTIVE;

	private static final long _SUICIDE_ZERO = 503;

	/**
	 * 2027-01-15, whole seconds: both databases keep it exactly.
	 */
	private static final Date _TODAY = new Date(1_800_000_000_000L);

	private static final Date _TOMORROW = new Date(
		1_800_000_000_000L + _DAY);

	private static final long _YAM = 502;

	private static final Date _YEAR_AGO = new Date(
		1_800_000_000_000L - (365 * _DAY));

	private static final Date _YESTERDAY = new Date(
		1_800_000_000_000L - _DAY);

}
