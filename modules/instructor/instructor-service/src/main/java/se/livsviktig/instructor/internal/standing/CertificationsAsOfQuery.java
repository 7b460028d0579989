package se.livsviktig.instructor.internal.standing;

import com.liferay.petra.sql.dsl.DSLFunctionFactoryUtil;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import java.util.Date;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.CertificationTable;

/**
 * The certifications of a company as they stood at a moment, for the report's figures of a past period. A
 * certification was active then when it is active now or left that state (lapsed, revoked) after the moment:
 * only the job that marks it lapsed and a revocation change the state, and each sets stateDate.
 *
 * @author Livsviktig
 */
public class CertificationsAsOfQuery {

	public static final String INSTRUCTOR_COUNT = "instructorCount";

	public CertificationsAsOfQuery(long companyId, Date asOf) {
		_companyId = companyId;
		_asOf = asOf;
	}

	/**
	 * Certified instructors per training method, in one GROUP BY: distinct holders of a certification active at
	 * the moment that covers it, by the qualification check's rule (certified on or before, valid until on or
	 * after, or open-ended; {@code CertificationValidity}). Columns: trainingMethodId, instructorCount.
	 */
	public DSLQuery selectCertifiedCounts() {
		CertificationTable certificationTable = CertificationTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			certificationTable.trainingMethodId,
			DSLFunctionFactoryUtil.countDistinct(
				certificationTable.holderUserId
			).as(
				INSTRUCTOR_COUNT
			)
		).from(
			certificationTable
		).where(
			_activeAtMoment(
			).and(
				certificationTable.certifiedDate.lte(_asOf)
			).and(
				certificationTable.validUntil.isNull(
				).or(
					certificationTable.validUntil.gte(_asOf)
				).withParentheses()
			)
		).groupBy(
			certificationTable.trainingMethodId
		).orderBy(
			certificationTable.trainingMethodId.ascending()
		);
	}

	/**
	 * Every certification active at the moment, whom the standings then are drawn from (as
	 * {@link ActiveCertificationsQuery} draws today's).
	 */
	public DSLQuery selectActive() {
		CertificationTable certificationTable = CertificationTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			certificationTable
		).from(
			certificationTable
		).where(
			_activeAtMoment()
		);
	}

	private Predicate _activeAtMoment() {
		CertificationTable certificationTable = CertificationTable.INSTANCE;

		return certificationTable.companyId.eq(
			_companyId
		).and(
			certificationTable.state.eq(
				CertificationConstants.STATE_ACTIVE
			).or(
				certificationTable.stateDate.gt(_asOf)
			).withParentheses()
		);
	}

	private final Date _asOf;
	private final long _companyId;

}
