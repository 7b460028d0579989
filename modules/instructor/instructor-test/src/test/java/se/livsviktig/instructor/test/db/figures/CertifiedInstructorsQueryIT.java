package se.livsviktig.instructor.test.db.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.internal.standing.CertificationsAsOfQuery;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;
import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;

/**
 * The report's instructor figures that come from the certifications (CertificationsAsOfQuery) on PostgreSQL and
 * MariaDB, run as the portal's Hibernate session runs a DSL query (the SQL through the vendor's transformer): the
 * certified instructors per method at a moment in one GROUP BY, and the certifications active at that moment that
 * the standings then are drawn from. Each row that must count differently differs from its neighbour in one thing.
 *
 * @author Livsviktig
 */
class CertifiedInstructorsQueryIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVInstructorPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void certifiedCountsEachHolderOncePerCellWhomACertificationActiveThenCovers(
			Vendor vendor)
		throws SQLException {

		Certifications certifications = new Certifications(vendor);

		assertEquals(
			List.of(
				List.of(0L, _MHFA, "male", 1L),
				List.of(certifications.top1, _MHFA, "female", 1L),
				List.of(certifications.top1, _MHFA, "male", 1L),
				List.of(certifications.unit1, _MHFA, "female", 2L),
				List.of(certifications.top2, _MHFA, "male", 1L),
				List.of(certifications.top2, _MHFA, "unknown", 1L),
				List.of(certifications.top2, _YAM, "female", 1L)),
			_counts(
				certifications.select(
					new CertificationsAsOfQuery(
						certifications.companyId, _MOMENT
					).selectCertifiedCounts())),
			"MHFA: Ivar in no administration; Anna's renewal in top 1 and her first certification in its unit, " +
				"Bo valid until the moment, Eva certified at it, Frida revoked and Hanna lapsed after it; not Cia " +
					"expired, Dan certified later, Gustav revoked before, nor the other company's");
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void rolledUpEachChildCountsItsSubtreesHoldersOnce(Vendor vendor)
		throws SQLException {

		Certifications certifications = new Certifications(vendor);

		assertEquals(
			List.of(
				List.of(certifications.top1, _MHFA, "female", 2L),
				List.of(certifications.top1, _MHFA, "male", 1L),
				List.of(certifications.top2, _MHFA, "male", 1L),
				List.of(certifications.top2, _MHFA, "unknown", 1L),
				List.of(certifications.top2, _YAM, "female", 1L)),
			_counts(
				certifications.select(
					new CertificationsAsOfQuery(
						certifications.companyId, _MOMENT
					).selectRolledUpCertifiedCounts(0))),
			"top 1: Anna once for her renewal there and her certification in its unit, Eva in the unit; Ivar in " +
				"no administration counts under none");

		assertEquals(
			List.of(List.of(certifications.unit1, _MHFA, "female", 2L)),
			_counts(
				certifications.select(
					new CertificationsAsOfQuery(
						certifications.companyId, _MOMENT
					).selectRolledUpCertifiedCounts(certifications.top1))),
			"under top 1 only its unit: Anna's renewal in top 1 itself is in no child");
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theHoldersAttributesAreTheirCertificationsLatestFirstRecordedByTheMoment(
			Vendor vendor)
		throws SQLException {

		Certifications certifications = new Certifications(vendor);

		assertEquals(
			List.of(
				Arrays.asList(_MHFA, certifications.top1, "female"),
				Arrays.asList(_MHFA, certifications.unit1, "female"),
				Arrays.asList(_YAM, certifications.top2, "female")),
			_attributesOf(
				certifications.anna,
				certifications.select(
					new CertificationsAsOfQuery(
						certifications.companyId, _MOMENT
					).selectHolderAttributes())));

		assertEquals(
			List.of(
				Arrays.asList(_MHFA, null, "female"),
				Arrays.asList(_MHFA, certifications.unit1, "female"),
				Arrays.asList(_YAM, null, "female")),
			_attributesOf(
				certifications.anna,
				certifications.select(
					new CertificationsAsOfQuery(
						certifications.companyId, _MOMENT
					).selectRolledUpHolderAttributes(certifications.top1))),
			"under top 1: the renewal in top 1 itself and the YAM certification in top 2 lie in no child");

		assertEquals(
			List.of(),
			_attributesOf(
				certifications.dan,
				certifications.select(
					new CertificationsAsOfQuery(
						certifications.companyId, _MOMENT
					).selectHolderAttributes())),
			"Dan was certified after the moment");
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theCertificationsActiveThenAreTheActiveOnesAndThoseThatLeftTheStateLater(
			Vendor vendor)
		throws SQLException {

		Certifications certifications = new Certifications(vendor);

		Set<Long> certificationIds = new TreeSet<>();

		for (Object[] row :
				certifications.select(
					new CertificationsAsOfQuery(
						certifications.companyId, _MOMENT
					).selectActive())) {

			certificationIds.add(((Number)row[certifications.idColumn]).longValue());
		}

		assertEquals(
			new TreeSet<>(
				List.of(
					certifications.annaMhfa, certifications.annaMhfaRenewal,
					certifications.annaYam, certifications.boMhfa,
					certifications.ciaMhfa, certifications.danMhfa,
					certifications.evaMhfa, certifications.fridaMhfa,
					certifications.hannaMhfa, certifications.ivarMhfa)),
			certificationIds, "not Gustav's, revoked before the moment");
	}

	private static List<List<Object>> _attributesOf(
		long holderUserId, List<Object[]> rows) {

		List<List<Object>> attributes = new ArrayList<>();

		for (Object[] row : rows) {
			if (((Number)row[0]).longValue() == holderUserId) {
				attributes.add(
					Arrays.asList(
						((Number)row[1]).longValue(),
						(row[2] == null) ? null : ((Number)row[2]).longValue(),
						row[3]));
			}
		}

		return attributes;
	}

	private static List<List<Object>> _counts(List<Object[]> rows) {
		List<List<Object>> counts = new ArrayList<>();

		for (Object[] row : rows) {
			counts.add(
				List.of(
					((Number)row[0]).longValue(), ((Number)row[1]).longValue(),
					row[2], ((Number)row[3]).longValue()));
		}

		return counts;
	}

	private static Date _days(int days) {
		return new Date(_MOMENT.getTime() + (days * _DAY));
	}

	private static final long _DAY = 86_400_000L;

	private static final long _MHFA = 501;

	/**
	 * 2027-01-15T08:00:00Z, whole seconds: both databases keep it exactly.
	 */
	private static final Date _MOMENT = new Date(1_800_000_000_000L);

	private static final long _YAM = 502;

	private static final AtomicLong _ids = new AtomicLong(
		System.currentTimeMillis());
	private static final Set<Vendor> _withOrganizations = new HashSet<>();

	/**
	 * One company's certifications and one of another company's, each inserted as the generated persistence
	 * stores it.
	 */
	private static final class Certifications {

		Certifications(Vendor vendor) throws SQLException {
			_vendor = vendor;
			_testDatabase = databases.get(vendor);

			// Organization_ is the portal's: the columns the rolled-up statements read

			if (_withOrganizations.add(vendor)) {
				_testDatabase.execute(
					"create table Organization_ (organizationId bigint not null primary key, companyId bigint, " +
						"parentOrganizationId bigint, treePath varchar(768), name varchar(100))");
			}

			top1 = _organization(0, "/");
			unit1 = _organization(top1, "/" + top1 + "/");
			top2 = _organization(0, "/");

			anna = _ids.incrementAndGet();
			dan = _ids.incrementAndGet();

			annaMhfa = _certification(
				companyId, anna, _MHFA, _days(-300), _days(20),
				CertificationConstants.STATE_ACTIVE, null, unit1, "female");
			annaMhfaRenewal = _certification(
				companyId, anna, _MHFA, _days(-10), _days(700),
				CertificationConstants.STATE_ACTIVE, null, top1, "female");
			annaYam = _certification(
				companyId, anna, _YAM, _days(-200), null,
				CertificationConstants.STATE_ACTIVE, null, top2, "female");
			boMhfa = _certification(
				companyId, _ids.incrementAndGet(), _MHFA, _days(-300), _MOMENT,
				CertificationConstants.STATE_ACTIVE, null, top1, "male");
			ciaMhfa = _certification(
				companyId, _ids.incrementAndGet(), _MHFA, _days(-300),
				_days(-1), CertificationConstants.STATE_ACTIVE, null, top1,
				"female");
			danMhfa = _certification(
				companyId, dan, _MHFA, _days(1), _days(700),
				CertificationConstants.STATE_ACTIVE, null, top1, "male");
			evaMhfa = _certification(
				companyId, _ids.incrementAndGet(), _MHFA, _MOMENT, null,
				CertificationConstants.STATE_ACTIVE, null, unit1, "female");
			fridaMhfa = _certification(
				companyId, _ids.incrementAndGet(), _MHFA, _days(-300),
				_days(20), CertificationConstants.STATE_REVOKED, _days(5), top2,
				"unknown");
			_certification(
				companyId, _ids.incrementAndGet(), _MHFA, _days(-300),
				_days(20), CertificationConstants.STATE_REVOKED, _days(-5), top2,
				"male");
			hannaMhfa = _certification(
				companyId, _ids.incrementAndGet(), _MHFA, _days(-300), _days(1),
				CertificationConstants.STATE_LAPSED, _days(2), top2, "male");
			ivarMhfa = _certification(
				companyId, _ids.incrementAndGet(), _MHFA, _days(-30), null,
				CertificationConstants.STATE_ACTIVE, null, 0, "male");

			_certification(
				_ids.incrementAndGet(), _ids.incrementAndGet(), _MHFA,
				_days(-300), _days(20), CertificationConstants.STATE_ACTIVE,
				null, top1, "female");
		}

		/**
		 * @return the rows, Dates bound as Timestamps (as the portal's Hibernate binds them)
		 */
		List<Object[]> select(DSLQuery dslQuery) throws SQLException {
			DefaultASTNodeListener defaultASTNodeListener =
				new DefaultASTNodeListener();

			String sql = CustomSql.transform(
				_vendor, dslQuery.toSQL(defaultASTNodeListener));

			List<Object[]> rows = new ArrayList<>();

			try (Connection connection = _testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(sql)) {

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

					for (int i = 1; i <= columnCount; i++) {
						if ("certificationId".equalsIgnoreCase(
								resultSet.getMetaData(
								).getColumnLabel(
									i
								))) {

							idColumn = i - 1;
						}
					}

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

		final long anna;
		final long annaMhfa;
		final long annaMhfaRenewal;
		final long annaYam;
		final long boMhfa;
		final long ciaMhfa;
		final long companyId = _ids.incrementAndGet();
		final long dan;
		final long danMhfa;
		final long evaMhfa;
		final long fridaMhfa;
		final long hannaMhfa;
		int idColumn;
		final long ivarMhfa;
		final long top1;
		final long top2;
		final long unit1;

		private long _certification(
				long companyId, long holderUserId, long trainingMethodId,
				Date certifiedDate, Date validUntil, int state, Date stateDate,
				long organizationId, String sex)
			throws SQLException {

			long certificationId = _ids.incrementAndGet();

			try (Connection connection = _testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(
						"insert into LVInstructor_Certification (" +
							"certificationId, companyId, holderUserId, " +
								"trainingMethodId, certifiedDate, validUntil, " +
									"issuer, number_, state_, stateDate, " +
										"organizationId, sex) values (?, ?, ?, " +
											"?, ?, ?, ?, ?, ?, ?, ?, ?)")) {

				preparedStatement.setLong(1, certificationId);
				preparedStatement.setLong(2, companyId);
				preparedStatement.setLong(3, holderUserId);
				preparedStatement.setLong(4, trainingMethodId);
				preparedStatement.setTimestamp(
					5, new Timestamp(certifiedDate.getTime()));
				preparedStatement.setTimestamp(6, _timestamp(validUntil));
				preparedStatement.setString(7, "MHFA Sverige");
				preparedStatement.setString(8, "N-" + certificationId);
				preparedStatement.setInt(9, state);
				preparedStatement.setTimestamp(10, _timestamp(stateDate));
				preparedStatement.setLong(11, organizationId);
				preparedStatement.setString(12, sex);

				preparedStatement.executeUpdate();
			}

			return certificationId;
		}

		private long _organization(long parentOrganizationId, String parentTreePath)
			throws SQLException {

			long organizationId = _ids.incrementAndGet();

			try (Connection connection = _testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(
						"insert into Organization_ (organizationId, companyId, parentOrganizationId, treePath, " +
							"name) values (?, ?, ?, ?, ?)")) {

				preparedStatement.setLong(1, organizationId);
				preparedStatement.setLong(2, companyId);
				preparedStatement.setLong(3, parentOrganizationId);
				preparedStatement.setString(
					4, parentTreePath + organizationId + "/");
				preparedStatement.setString(5, "org" + organizationId);

				preparedStatement.executeUpdate();
			}

			return organizationId;
		}

		private static Timestamp _timestamp(Date date) {
			if (date == null) {
				return null;
			}

			return new Timestamp(date.getTime());
		}

		private final TestDatabase _testDatabase;
		private final Vendor _vendor;

	}

}
