package se.livsviktig.instructor.test.db.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.kernel.model.UserTable;

import java.sql.SQLException;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.internal.search.CertificationSearchPredicate;
import se.livsviktig.instructor.model.CertificationTable;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * The coordinators' certification search (CertificationSearchPredicate over certifications joined with their
 * holders in the portal's User_, as CertificationLocalServiceImpl joins them) on PostgreSQL and MariaDB: method,
 * state, expiring within a window, the holder's name (every word, any case, Swedish letters, % taken literally),
 * the licence standing filter's holders and methods, and the company; newest certified first, with its count.
 *
 * @author Livsviktig
 */
class CertificationSearchQueryIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVInstructorPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void methodAndStateNarrowTheCompanysCertifications(Vendor vendor)
		throws SQLException {

		Certifications certifications = new Certifications(vendor);

		assertEquals(
			List.of(
				certifications.bertilYamRevoked,
				certifications.annaYamOpenEnded,
				certifications.annaMhfaExpiringIn20Days,
				certifications.bertilMhfaExpiringIn60Days,
				certifications.ceciliaMhfaLapsed),
			certifications.search(_of(certifications, 0, _ANY, null, null)),
			"the company's certifications, newest certified first, not " +
				"another company's");
		assertEquals(
			5, certifications.count(_of(certifications, 0, _ANY, null, null)));
		assertEquals(
			List.of(
				certifications.annaMhfaExpiringIn20Days,
				certifications.bertilMhfaExpiringIn60Days,
				certifications.ceciliaMhfaLapsed),
			certifications.search(
				_of(certifications, _MHFA, _ANY, null, null)));
		assertEquals(
			List.of(
				certifications.annaYamOpenEnded,
				certifications.annaMhfaExpiringIn20Days,
				certifications.bertilMhfaExpiringIn60Days),
			certifications.search(
				_of(
					certifications, 0, CertificationConstants.STATE_ACTIVE,
					null, null)));
		assertEquals(
			List.of(certifications.bertilYamRevoked),
			certifications.search(
				_of(
					certifications, _YAM, CertificationConstants.STATE_REVOKED,
					null, null)));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void expiringWithinDaysTakesTheWindowOnlyNotOpenEndedOrPassed(
			Vendor vendor)
		throws SQLException {

		Certifications certifications = new Certifications(vendor);

		assertEquals(
			List.of(certifications.annaMhfaExpiringIn20Days),
			certifications.search(
				_expiring(certifications, CertificationConstants.STATE_ACTIVE, 30)));
		assertEquals(
			List.of(
				certifications.annaMhfaExpiringIn20Days,
				certifications.bertilMhfaExpiringIn60Days),
			certifications.search(
				_expiring(certifications, CertificationConstants.STATE_ACTIVE, 90)));
		assertEquals(
			2,
			certifications.count(
				_expiring(certifications, CertificationConstants.STATE_ACTIVE, 90)));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theHolderNameFindsEveryWordInAnyCaseWithSwedishLetters(Vendor vendor)
		throws SQLException {

		Certifications certifications = new Certifications(vendor);

		assertEquals(
			List.of(
				certifications.annaYamOpenEnded,
				certifications.annaMhfaExpiringIn20Days),
			certifications.search(
				_of(certifications, 0, _ANY, null, "ANNA åström")));
		assertEquals(
			List.of(certifications.ceciliaMhfaLapsed),
			certifications.search(
				_of(certifications, 0, _ANY, null, "öst 100%")),
			"Ö finds ö, and % is a character to find");
		assertEquals(
			List.of(),
			certifications.search(
				_of(certifications, 0, _ANY, null, "anna berg")),
			"every word, not any");
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theStandingFilterKeepsOnlyTheGivenHoldersMethods(Vendor vendor)
		throws SQLException {

		Certifications certifications = new Certifications(vendor);

		Predicate predicate = _of(
			certifications, 0, _ANY, null, null
		).and(
			CertificationSearchPredicate.holdersAndMethods(
				List.of(
					_standing(certifications.anna, _MHFA),
					_standing(certifications.bertil, _YAM),
					_standing(certifications.cecilia, _MHFA)))
		);

		assertEquals(
			List.of(
				certifications.bertilYamRevoked,
				certifications.annaMhfaExpiringIn20Days,
				certifications.ceciliaMhfaLapsed),
			certifications.search(predicate),
			"Anna's YAM and Bertil's MHFA are not in the standing");
		assertEquals(3, certifications.count(predicate));
		assertEquals(
			List.of(certifications.annaMhfaExpiringIn20Days),
			certifications.search(
				_of(
					certifications, 0, CertificationConstants.STATE_ACTIVE,
					null, null
				).and(
					CertificationSearchPredicate.holdersAndMethods(
						List.of(
							_standing(certifications.anna, _MHFA),
							_standing(certifications.bertil, _YAM)))
				)),
			"the other filters still apply");
	}

	private static Predicate _expiring(
		Certifications certifications, int state, int days) {

		return CertificationSearchPredicate.of(
			certifications.rows.companyId, 0, state, _TODAY,
			new Date(_TODAY.getTime() + (days * _DAY)), null);
	}

	private static Predicate _of(
		Certifications certifications, long trainingMethodId, int state,
		Date expiringFrom, String holderName) {

		return CertificationSearchPredicate.of(
			certifications.rows.companyId, trainingMethodId, state,
			expiringFrom, null, holderName);
	}

	private static LicenceStanding _standing(
		long userId, long trainingMethodId) {

		return new LicenceStanding(
			userId, trainingMethodId, InstructorStanding.AT_RISK, 1, 2, 1, null,
			null);
	}

	private static final int _ANY = CertificationConstants.STATE_ANY;

	private static final long _DAY = 86_400_000L;

	private static final long _MHFA = 501;

	/**
	 * 2027-01-15, whole seconds: both databases keep it exactly.
	 */
	private static final Date _TODAY = new Date(1_800_000_000_000L);

	private static final long _YAM = 502;

	/**
	 * One company's certifications, each certified on a day of its own (so "newest first" is one order), and one
	 * of another company's.
	 */
	private static final class Certifications {

		Certifications(Vendor vendor) throws SQLException {
			rows = new CertificationHolderRows(vendor, databases.get(vendor));

			anna = rows.user("Anna", "Åström", _ACTIVE);
			bertil = rows.user("Bertil", "Berg", _ACTIVE);
			cecilia = rows.user("Cecilia", "Öst 100%", _ACTIVE);

			ceciliaMhfaLapsed = rows.certification(
				cecilia, _MHFA, _daysAgo(500), _daysAgo(10),
				CertificationConstants.STATE_LAPSED);
			bertilMhfaExpiringIn60Days = rows.certification(
				bertil, _MHFA, _daysAgo(400), _inDays(60),
				CertificationConstants.STATE_ACTIVE);
			annaMhfaExpiringIn20Days = rows.certification(
				anna, _MHFA, _daysAgo(300), _inDays(20),
				CertificationConstants.STATE_ACTIVE);
			annaYamOpenEnded = rows.certification(
				anna, _YAM, _daysAgo(200), null,
				CertificationConstants.STATE_ACTIVE);
			bertilYamRevoked = rows.certification(
				bertil, _YAM, _daysAgo(100), _inDays(20),
				CertificationConstants.STATE_REVOKED);

			long otherCompanyId = CertificationHolderRows.nextId();

			rows.certification(
				otherCompanyId,
				rows.user(otherCompanyId, "Anna", "Åström", _ACTIVE), _MHFA,
				_daysAgo(50), _inDays(20), CertificationConstants.STATE_ACTIVE);
		}

		long count(Predicate predicate) throws SQLException {
			CertificationTable certificationTable = CertificationTable.INSTANCE;

			return rows.count(
				DSLQueryFactoryUtil.count(
				).from(
					certificationTable
				).innerJoinON(
					UserTable.INSTANCE,
					UserTable.INSTANCE.userId.eq(
						certificationTable.holderUserId)
				).where(
					predicate
				));
		}

		List<Long> search(Predicate predicate) throws SQLException {
			CertificationTable certificationTable = CertificationTable.INSTANCE;

			List<Long> certificationIds = new ArrayList<>();

			for (Object[] row :
					rows.select(
						DSLQueryFactoryUtil.select(
							certificationTable.certificationId
						).from(
							certificationTable
						).innerJoinON(
							UserTable.INSTANCE,
							UserTable.INSTANCE.userId.eq(
								certificationTable.holderUserId)
						).where(
							predicate
						).orderBy(
							certificationTable.certifiedDate.descending(),
							certificationTable.certificationId.descending()
						))) {

				certificationIds.add(((Number)row[0]).longValue());
			}

			return certificationIds;
		}

		final long anna;
		final long annaMhfaExpiringIn20Days;
		final long annaYamOpenEnded;
		final long bertil;
		final long bertilMhfaExpiringIn60Days;
		final long bertilYamRevoked;
		final long cecilia;
		final long ceciliaMhfaLapsed;
		final CertificationHolderRows rows;

		private static Date _daysAgo(int days) {
			return new Date(_TODAY.getTime() - (days * _DAY));
		}

		private static Date _inDays(int days) {
			return new Date(_TODAY.getTime() + (days * _DAY));
		}

		private static final int _ACTIVE = CertificationHolderRows.USER_ACTIVE;

	}

}
