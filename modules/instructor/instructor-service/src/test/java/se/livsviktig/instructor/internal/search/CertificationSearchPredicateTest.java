package se.livsviktig.instructor.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * The coordinators' certification filters, read back as the SQL and the values the DSL hands the database.
 *
 * @author Livsviktig
 */
public class CertificationSearchPredicateTest {

	@Test
	public void withoutFiltersOnlyTheCompanysCertificationsAreSearched() {
		Predicate predicate = CertificationSearchPredicate.of(
			_COMPANY_ID, 0, CertificationConstants.STATE_ANY, null, null, " ");

		assertEquals(
			"LVInstructor_Certification.companyId = ?", _sql(predicate));
		assertEquals(List.of(_COMPANY_ID), _values(predicate));
	}

	@Test
	public void methodStateAndExpiryWindowEachNarrowTheSearch() {
		Date from = new Date(1_000);
		Date until = new Date(2_000);

		Predicate predicate = CertificationSearchPredicate.of(
			_COMPANY_ID, 7, CertificationConstants.STATE_ACTIVE, from, until,
			null);

		assertEquals(
			"LVInstructor_Certification.companyId = ? and " +
				"LVInstructor_Certification.trainingMethodId = ? and " +
					"LVInstructor_Certification.state_ = ? and " +
						"LVInstructor_Certification.validUntil >= ? and " +
							"LVInstructor_Certification.validUntil <= ?",
			_sql(predicate));
		assertEquals(
			List.of(
				_COMPANY_ID, 7L, CertificationConstants.STATE_ACTIVE, from,
				until),
			_values(predicate));
	}

	@Test
	public void everyWordOfTheHolderNameMustOccurInOneOfTheNameColumns() {
		Predicate predicate = CertificationSearchPredicate.of(
			_COMPANY_ID, 0, CertificationConstants.STATE_ANY, null, null,
			" Anna  SVENsson ");

		String nameColumns =
			"(LOWER(User_.firstName) like ? or LOWER(User_.middleName) like " +
				"? or LOWER(User_.lastName) like ? or LOWER(User_.screenName) " +
					"like ?)";

		assertEquals(
			"LVInstructor_Certification.companyId = ? and " + nameColumns +
				" and " + nameColumns,
			_sql(predicate));
		assertEquals(
			List.of(
				_COMPANY_ID, "%anna%", "%anna%", "%anna%", "%anna%",
				"%svensson%", "%svensson%", "%svensson%", "%svensson%"),
			_values(predicate));
	}

	@Test
	public void typedWildcardsAreSearchedForLiterally() {
		Predicate predicate = CertificationSearchPredicate.of(
			_COMPANY_ID, 0, CertificationConstants.STATE_ANY, null, null,
			"50%_a\\b");

		assertEquals("%50\\%\\_a\\\\b%", _values(predicate).get(1));
	}

	@Test
	public void holdersAndMethodsAreOneInListPerMethod() {
		Predicate predicate = CertificationSearchPredicate.holdersAndMethods(
			List.of(
				_standing(303, 2), _standing(301, 1), _standing(302, 1),
				_standing(301, 2)));

		assertEquals(
			"((LVInstructor_Certification.trainingMethodId = ? and " +
				"LVInstructor_Certification.holderUserId in (?, ?)) or " +
					"(LVInstructor_Certification.trainingMethodId = ? and " +
						"LVInstructor_Certification.holderUserId in (?, ?)))",
			_sql(predicate));
		assertEquals(
			List.of(1L, 301L, 302L, 2L, 301L, 303L), _values(predicate));
	}

	private String _sql(Predicate predicate) {
		return predicate.toSQL(new DefaultASTNodeListener());
	}

	private List<Object> _values(Predicate predicate) {
		DefaultASTNodeListener listener = new DefaultASTNodeListener();

		predicate.toSQL(listener);

		return listener.getScalarValues();
	}

	private static LicenceStanding _standing(
		long userId, long trainingMethodId) {

		return new LicenceStanding(
			userId, trainingMethodId, InstructorStanding.LAPSED, 0, 2, 2, null,
			null);
	}

	private static final long _COMPANY_ID = 20097;

}
