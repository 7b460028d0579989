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
import java.util.Date;
import java.util.List;
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
	void certifiedCountsEachHolderOncePerMethodWhomACertificationActiveThenCovers(
			Vendor vendor)
		throws SQLException {

		Certifications certifications = new Certifications(vendor);

		List<Object[]> rows = certifications.select(
			new CertificationsAsOfQuery(
				certifications.companyId, _MOMENT
			).selectCertifiedCounts());

		List<List<Long>> counts = new ArrayList<>();

		for (Object[] row : rows) {
			counts.add(
				List.of(
					((Number)row[0]).longValue(),
					((Number)row[1]).longValue()));
		}

		assertEquals(
			List.of(List.of(_MHFA, 5L), List.of(_YAM, 1L)), counts,
			"MHFA: Anna once for two, Bo valid until the moment, Eva " +
				"certified at it, Frida revoked and Hanna lapsed after it; " +
					"not Cia expired, Dan certified later, Gustav revoked " +
						"before, nor the other company's");
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
					certifications.hannaMhfa)),
			certificationIds, "not Gustav's, revoked before the moment");
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

	/**
	 * One company's certifications and one of another company's, each inserted as the generated persistence
	 * stores it.
	 */
	private static final class Certifications {

		Certifications(Vendor vendor) throws SQLException {
			_vendor = vendor;
			_testDatabase = databases.get(vendor);

			long anna = _ids.incrementAndGet();

			annaMhfa = _certification(
				companyId, anna, _MHFA, _days(-300), _days(20),
				CertificationConstants.STATE_ACTIVE, null);
			annaMhfaRenewal = _certification(
				companyId, anna, _MHFA, _days(-10), _days(700),
				CertificationConstants.STATE_ACTIVE, null);
			annaYam = _certification(
				companyId, anna, _YAM, _days(-200), null,
				CertificationConstants.STATE_ACTIVE, null);
			boMhfa = _certification(
				companyId, _ids.incrementAndGet(), _MHFA, _days(-300), _MOMENT,
				CertificationConstants.STATE_ACTIVE, null);
			ciaMhfa = _certification(
				companyId, _ids.incrementAndGet(), _MHFA, _days(-300),
				_days(-1), CertificationConstants.STATE_ACTIVE, null);
			danMhfa = _certification(
				companyId, _ids.incrementAndGet(), _MHFA, _days(1), _days(700),
				CertificationConstants.STATE_ACTIVE, null);
			evaMhfa = _certification(
				companyId, _ids.incrementAndGet(), _MHFA, _MOMENT, null,
				CertificationConstants.STATE_ACTIVE, null);
			fridaMhfa = _certification(
				companyId, _ids.incrementAndGet(), _MHFA, _days(-300),
				_days(20), CertificationConstants.STATE_REVOKED, _days(5));
			_certification(
				companyId, _ids.incrementAndGet(), _MHFA, _days(-300),
				_days(20), CertificationConstants.STATE_REVOKED, _days(-5));
			hannaMhfa = _certification(
				companyId, _ids.incrementAndGet(), _MHFA, _days(-300), _days(1),
				CertificationConstants.STATE_LAPSED, _days(2));

			_certification(
				_ids.incrementAndGet(), _ids.incrementAndGet(), _MHFA,
				_days(-300), _days(20), CertificationConstants.STATE_ACTIVE,
				null);
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

		final long annaMhfa;
		final long annaMhfaRenewal;
		final long annaYam;
		final long boMhfa;
		final long ciaMhfa;
		final long companyId = _ids.incrementAndGet();
		final long danMhfa;
		final long evaMhfa;
		final long fridaMhfa;
		final long hannaMhfa;
		int idColumn;

		private long _certification(
				long companyId, long holderUserId, long trainingMethodId,
				Date certifiedDate, Date validUntil, int state, Date stateDate)
			throws SQLException {

			long certificationId = _ids.incrementAndGet();

			try (Connection connection = _testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(
						"insert into LVInstructor_Certification (" +
							"certificationId, companyId, holderUserId, " +
								"trainingMethodId, certifiedDate, validUntil, " +
									"issuer, number_, state_, stateDate) " +
										"values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {

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

				preparedStatement.executeUpdate();
			}

			return certificationId;
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
