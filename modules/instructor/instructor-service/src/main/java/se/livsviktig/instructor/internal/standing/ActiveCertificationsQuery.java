package se.livsviktig.instructor.internal.standing;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.CertificationTable;

/**
 * Every active certification of a company, or of one of its methods or holders, in one statement: whom
 * standings and candidates are drawn from.
 *
 * @author Livsviktig
 */
public class ActiveCertificationsQuery {

	/**
	 * @param trainingMethodId one method's, or 0 for every method's
	 */
	public ActiveCertificationsQuery(long companyId, long trainingMethodId) {
		this(companyId, trainingMethodId, 0);
	}

	/**
	 * @param holderUserId one holder's, or 0 for every holder's
	 */
	public ActiveCertificationsQuery(
		long companyId, long trainingMethodId, long holderUserId) {

		_companyId = companyId;
		_trainingMethodId = trainingMethodId;
		_holderUserId = holderUserId;
	}

	public DSLQuery select() {
		CertificationTable certificationTable = CertificationTable.INSTANCE;

		Predicate predicate = certificationTable.companyId.eq(
			_companyId
		).and(
			certificationTable.state.eq(CertificationConstants.STATE_ACTIVE)
		);

		if (_trainingMethodId > 0) {
			predicate = predicate.and(
				certificationTable.trainingMethodId.eq(_trainingMethodId));
		}

		if (_holderUserId > 0) {
			predicate = predicate.and(
				certificationTable.holderUserId.eq(_holderUserId));
		}

		return DSLQueryFactoryUtil.select(
			certificationTable
		).from(
			certificationTable
		).where(
			predicate
		);
	}

	private final long _companyId;
	private final long _holderUserId;
	private final long _trainingMethodId;

}
