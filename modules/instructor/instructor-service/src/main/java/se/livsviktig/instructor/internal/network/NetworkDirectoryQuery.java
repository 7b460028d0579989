package se.livsviktig.instructor.internal.network;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.model.OrganizationTable;
import com.liferay.portal.kernel.model.UserTable;
import com.liferay.portal.kernel.model.Users_OrgsTable;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Date;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.CertificationTable;
import se.livsviktig.instructor.model.NetworkMemberTable;

/**
 * A network's members' directory in one statement: each active member (User_) with their organisations
 * (Users_Orgs, Organization_) and their active certifications still valid on the given day, by outer joins, so
 * a member without an organisation or a certification keeps a row. {@link NetworkDirectoryRows} folds the rows
 * (one per member, organisation and certification) into one entry per member.
 *
 * Only the live rows of the portal's change-tracked tables (ctCollectionId 0) are read.
 *
 * @author Livsviktig
 */
public class NetworkDirectoryQuery {

	public NetworkDirectoryQuery(long instructorNetworkId, Date validOn) {
		_instructorNetworkId = instructorNetworkId;
		_validOn = new Date(validOn.getTime());
	}

	/**
	 * Columns: memberUserId, role, firstName, middleName, lastName, organisation name, trainingMethodId,
	 * validUntil; ordered by last name, first name and person, then organisation and method.
	 */
	public DSLQuery select() {
		CertificationTable certificationTable = CertificationTable.INSTANCE;
		NetworkMemberTable networkMemberTable = NetworkMemberTable.INSTANCE;
		OrganizationTable organizationTable = OrganizationTable.INSTANCE;
		UserTable userTable = UserTable.INSTANCE;
		Users_OrgsTable usersOrgsTable = Users_OrgsTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			networkMemberTable.memberUserId, networkMemberTable.role,
			userTable.firstName, userTable.middleName, userTable.lastName,
			organizationTable.name, certificationTable.trainingMethodId,
			certificationTable.validUntil
		).from(
			networkMemberTable
		).innerJoinON(
			userTable,
			userTable.userId.eq(
				networkMemberTable.memberUserId
			).and(
				userTable.ctCollectionId.eq(0L)
			).and(
				userTable.status.eq(WorkflowConstants.STATUS_APPROVED)
			)
		).leftJoinOn(
			usersOrgsTable,
			usersOrgsTable.userId.eq(
				userTable.userId
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
		).leftJoinOn(
			certificationTable, _activeCertificationOfTheMember()
		).where(
			networkMemberTable.instructorNetworkId.eq(_instructorNetworkId)
		).orderBy(
			userTable.lastName.ascending(), userTable.firstName.ascending(),
			networkMemberTable.memberUserId.ascending(),
			organizationTable.name.ascending(),
			certificationTable.trainingMethodId.ascending()
		);
	}

	private Predicate _activeCertificationOfTheMember() {
		CertificationTable certificationTable = CertificationTable.INSTANCE;
		NetworkMemberTable networkMemberTable = NetworkMemberTable.INSTANCE;

		return certificationTable.holderUserId.eq(
			networkMemberTable.memberUserId
		).and(
			certificationTable.companyId.eq(networkMemberTable.companyId)
		).and(
			certificationTable.state.eq(CertificationConstants.STATE_ACTIVE)
		).and(
			certificationTable.validUntil.isNull(
			).or(
				certificationTable.validUntil.gte(_validOn)
			).withParentheses()
		);
	}

	private final long _instructorNetworkId;
	private final Date _validOn;

}
