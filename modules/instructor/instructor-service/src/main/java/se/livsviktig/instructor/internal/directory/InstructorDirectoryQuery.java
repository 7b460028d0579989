package se.livsviktig.instructor.internal.directory;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.query.FromStep;
import com.liferay.petra.sql.dsl.query.JoinStep;
import com.liferay.portal.kernel.model.OrganizationTable;
import com.liferay.portal.kernel.model.UserTable;
import com.liferay.portal.kernel.model.Users_OrgsTable;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Date;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.internal.search.CertificationSearchPredicate;
import se.livsviktig.instructor.model.CertificationTable;

/**
 * The instructor directory's statements: who may teach today, that is, the active users of a company who hold an
 * active certification valid on the given day (certified on or before it, valid until on or after it or
 * open-ended), optionally for one method, in one organisation, and with every typed word in their name.
 *
 * <p>
 * A page costs two statements plus its count: {@link #selectInstructors(int, int)} pages the instructors themselves (one
 * row per person, sorted by last name, first name), {@link #selectDetails(Long[])} fetches the methods and
 * organisations of that page's people in one more statement, and {@link #countInstructors()} counts the people.
 * Paging people rather than certification rows keeps a person with three methods on one row of one page.
 * </p>
 *
 * Only the live rows of the portal's change-tracked tables (ctCollectionId 0) are read.
 *
 * @author Livsviktig
 */
public class InstructorDirectoryQuery {

	/**
	 * @param trainingMethodId only instructors of this method, or 0 for all
	 * @param organizationId only members of this organisation, or 0 for all
	 * @param keywords words that must each occur, in any case, in the first, middle or last name or the screen
	 *        name; a typed % or _ is a character to find; blank for everyone
	 */
	public InstructorDirectoryQuery(
		long companyId, long trainingMethodId, long organizationId,
		String keywords, Date validOn) {

		_companyId = companyId;
		_trainingMethodId = trainingMethodId;
		_organizationId = organizationId;
		_keywords = keywords;
		_validOn = new Date(validOn.getTime());
	}

	public DSLQuery countInstructors() {
		return _filtered(
			DSLQueryFactoryUtil.countDistinct(UserTable.INSTANCE.userId));
	}

	/**
	 * Columns: holderUserId, trainingMethodId, organisation name (null without one), for the given people, each
	 * method and organisation in order. The method and organisation filters do not apply here: a person found
	 * for MHFA still shows every method they teach and every organisation they belong to.
	 */
	public DSLQuery selectDetails(Long[] userIds) {
		CertificationTable certificationTable = CertificationTable.INSTANCE;
		OrganizationTable organizationTable = OrganizationTable.INSTANCE;
		Users_OrgsTable usersOrgsTable = Users_OrgsTable.INSTANCE;

		return DSLQueryFactoryUtil.selectDistinct(
			certificationTable.holderUserId,
			certificationTable.trainingMethodId, organizationTable.name
		).from(
			certificationTable
		).leftJoinOn(
			usersOrgsTable,
			usersOrgsTable.userId.eq(
				certificationTable.holderUserId
			).and(
				usersOrgsTable.ctCollectionId.eq(0L)
			)
		).leftJoinOn(
			organizationTable,
			organizationTable.organizationId.eq(
				usersOrgsTable.organizationId
			).and(
				organizationTable.ctCollectionId.eq(0L)
			)
		).where(
			_validCertification(
			).and(
				certificationTable.holderUserId.in(userIds)
			)
		).orderBy(
			certificationTable.holderUserId.ascending(),
			certificationTable.trainingMethodId.ascending(),
			organizationTable.name.ascending()
		);
	}

	/**
	 * Columns: userId, firstName, middleName, lastName; one row per instructor, by last name, first name and
	 * person, from start (inclusive) to end (exclusive).
	 */
	public DSLQuery selectInstructors(int start, int end) {
		UserTable userTable = UserTable.INSTANCE;

		return _joined(
			DSLQueryFactoryUtil.selectDistinct(
				userTable.userId, userTable.firstName, userTable.middleName,
				userTable.lastName)
		).where(
			_where()
		).orderBy(
			userTable.lastName.ascending(), userTable.firstName.ascending(),
			userTable.userId.ascending()
		).limit(
			start, end
		);
	}

	private DSLQuery _filtered(FromStep fromStep) {
		return _joined(
			fromStep
		).where(
			_where()
		);
	}

	private JoinStep _joined(FromStep fromStep) {
		CertificationTable certificationTable = CertificationTable.INSTANCE;
		UserTable userTable = UserTable.INSTANCE;

		JoinStep joinStep = fromStep.from(
			certificationTable
		).innerJoinON(
			userTable,
			userTable.userId.eq(
				certificationTable.holderUserId
			).and(
				userTable.companyId.eq(certificationTable.companyId)
			).and(
				userTable.ctCollectionId.eq(0L)
			).and(
				userTable.status.eq(WorkflowConstants.STATUS_APPROVED)
			)
		);

		if (_organizationId <= 0) {
			return joinStep;
		}

		Users_OrgsTable usersOrgsTable = Users_OrgsTable.INSTANCE;

		return joinStep.innerJoinON(
			usersOrgsTable,
			usersOrgsTable.userId.eq(
				userTable.userId
			).and(
				usersOrgsTable.ctCollectionId.eq(0L)
			).and(
				usersOrgsTable.organizationId.eq(_organizationId)
			)
		);
	}

	private Predicate _validCertification() {
		CertificationTable certificationTable = CertificationTable.INSTANCE;

		return certificationTable.companyId.eq(
			_companyId
		).and(
			certificationTable.state.eq(CertificationConstants.STATE_ACTIVE)
		).and(
			certificationTable.certifiedDate.lte(_validOn)
		).and(
			certificationTable.validUntil.isNull(
			).or(
				certificationTable.validUntil.gte(_validOn)
			).withParentheses()
		);
	}

	private Predicate _where() {
		CertificationTable certificationTable = CertificationTable.INSTANCE;

		Predicate predicate = _validCertification();

		if (_trainingMethodId > 0) {
			predicate = predicate.and(
				certificationTable.trainingMethodId.eq(_trainingMethodId));
		}

		return predicate.and(
			CertificationSearchPredicate.holderNamePredicate(_keywords));
	}

	private final long _companyId;
	private final String _keywords;
	private final long _organizationId;
	private final long _trainingMethodId;
	private final Date _validOn;

}
