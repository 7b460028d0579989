package se.livsviktig.instructor.internal.standing;

import com.liferay.petra.sql.dsl.DSLFunctionFactoryUtil;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Expression;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.query.JoinStep;
import com.liferay.petra.sql.dsl.spi.expression.Scalar;
import com.liferay.portal.kernel.model.OrganizationTable;

import java.util.Date;
import java.util.function.UnaryOperator;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.CertificationTable;

/**
 * The certifications of a company as they stood at a moment, for the report's figures of a past period. A
 * certification was active then when it is active now or left that state (lapsed, revoked) after the moment:
 * only the job that marks it lapsed and a revocation change the state, and each sets stateDate.
 *
 * <p>
 * The administration and the sex category are those the certification recorded of its holder. Rolled up, each
 * row is a child of the given parent organisation (0 = the top-level administrations) with every certification
 * recorded in its subtree (the portal's {@code treePath}), grouped once in SQL, as training's rolled-up figures.
 * </p>
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

	/**
	 * Certified instructors per administration, training method and sex, in one GROUP BY: distinct holders of a
	 * certification active at the moment that covers it, by the qualification check's rule (certified on or before,
	 * valid until on or after, or open-ended; {@code CertificationValidity}). Columns: organizationId,
	 * trainingMethodId, sex, instructorCount.
	 */
	public DSLQuery selectCertifiedCounts() {
		CertificationTable certificationTable = CertificationTable.INSTANCE;

		return _selectCertifiedCounts(
			certificationTable.organizationId, joinStep -> joinStep);
	}

	/**
	 * The holders' latest certification per method recorded on or before the moment (whatever its state), with
	 * the administration and sex it recorded, latest first per holder and method: whom the active and standing
	 * families count an instructor under. Columns: holderUserId, trainingMethodId, organizationId, sex.
	 */
	public DSLQuery selectHolderAttributes() {
		CertificationTable certificationTable = CertificationTable.INSTANCE;

		return _selectHolderAttributes(
			certificationTable.organizationId, joinStep -> joinStep);
	}

	/**
	 * As {@link #selectCertifiedCounts()}, each child of the parent organisation with its whole subtree: a holder
	 * is counted once per child however many of its units they were recorded in.
	 *
	 * @param parentOrganizationId the organisation whose children are the rows, or 0 for the top-level
	 *        administrations
	 */
	public DSLQuery selectRolledUpCertifiedCounts(long parentOrganizationId) {
		OrganizationTable ownOrganizationTable = OrganizationTable.INSTANCE.as(
			"ownOrganization");
		OrganizationTable administrationTable = OrganizationTable.INSTANCE.as(
			"administration");

		return _selectCertifiedCounts(
			administrationTable.organizationId,
			joinStep -> joinStep.innerJoinON(
				ownOrganizationTable,
				ownOrganizationTable.organizationId.eq(
					CertificationTable.INSTANCE.organizationId)
			).innerJoinON(
				administrationTable,
				_administrationOf(
					ownOrganizationTable, administrationTable,
					parentOrganizationId)
			));
	}

	/**
	 * As {@link #selectHolderAttributes()}, the organisation being the child of the parent whose subtree holds the
	 * recorded administration, or NULL when the parent's subtree does not hold it (the holder then counts nowhere
	 * under the parent, even when an older certification of theirs was recorded in it).
	 */
	public DSLQuery selectRolledUpHolderAttributes(long parentOrganizationId) {
		OrganizationTable ownOrganizationTable = OrganizationTable.INSTANCE.as(
			"ownOrganization");
		OrganizationTable administrationTable = OrganizationTable.INSTANCE.as(
			"administration");

		return _selectHolderAttributes(
			administrationTable.organizationId,
			joinStep -> joinStep.leftJoinOn(
				ownOrganizationTable,
				ownOrganizationTable.organizationId.eq(
					CertificationTable.INSTANCE.organizationId)
			).leftJoinOn(
				administrationTable,
				_administrationOf(
					ownOrganizationTable, administrationTable,
					parentOrganizationId)
			));
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

	private Predicate _administrationOf(
		OrganizationTable ownOrganizationTable,
		OrganizationTable administrationTable, long parentOrganizationId) {

		return administrationTable.companyId.eq(
			_companyId
		).and(
			administrationTable.parentOrganizationId.eq(parentOrganizationId)
		).and(
			ownOrganizationTable.treePath.like(
				DSLFunctionFactoryUtil.concat(
					administrationTable.treePath, new Scalar<>("%")))
		);
	}

	private DSLQuery _selectCertifiedCounts(
		Expression<Long> administrationColumn,
		UnaryOperator<JoinStep> joins) {

		CertificationTable certificationTable = CertificationTable.INSTANCE;

		return joins.apply(
			DSLQueryFactoryUtil.select(
				administrationColumn.as("organizationId"),
				certificationTable.trainingMethodId, certificationTable.sex,
				DSLFunctionFactoryUtil.countDistinct(
					certificationTable.holderUserId
				).as(
					INSTRUCTOR_COUNT
				)
			).from(
				certificationTable
			)
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
			administrationColumn, certificationTable.trainingMethodId,
			certificationTable.sex
		).orderBy(
			administrationColumn.ascending(),
			certificationTable.trainingMethodId.ascending(),
			certificationTable.sex.ascending()
		);
	}

	private DSLQuery _selectHolderAttributes(
		Expression<Long> administrationColumn,
		UnaryOperator<JoinStep> joins) {

		CertificationTable certificationTable = CertificationTable.INSTANCE;

		return joins.apply(
			DSLQueryFactoryUtil.select(
				certificationTable.holderUserId,
				certificationTable.trainingMethodId,
				administrationColumn.as("organizationId"),
				certificationTable.sex
			).from(
				certificationTable
			)
		).where(
			certificationTable.companyId.eq(
				_companyId
			).and(
				certificationTable.certifiedDate.lte(_asOf)
			)
		).orderBy(
			certificationTable.holderUserId.ascending(),
			certificationTable.trainingMethodId.ascending(),
			certificationTable.certifiedDate.descending(),
			certificationTable.certificationId.descending()
		);
	}

	private final Date _asOf;
	private final long _companyId;

}
