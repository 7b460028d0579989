package se.livsviktig.training.internal.unit;

import com.liferay.petra.sql.dsl.DSLFunctionFactoryUtil;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.model.UserTable;
import com.liferay.portal.kernel.model.Users_OrgsTable;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.RegistrationTable;
import se.livsviktig.training.registration.MemberTraining;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * A unit's training in one statement: the active members of the given organisations (Users_Orgs), each joined
 * with their registrations that count for the manager's view (completed, confirmed, pending approval,
 * waitlisted, offered), grouped per member, method and state with how many and the latest completion. A member
 * without such a registration keeps one row with no method and no state (the outer join), so "no completion
 * yet" comes from the same statement. Cancelled, declined, expired, not completed and no-show registrations
 * are left out by the join. {@link MemberTrainingRows} folds the rows into one per member and method.
 *
 * Only the live rows of the portal's change-tracked tables (ctCollectionId 0) are read.
 *
 * @author Livsviktig
 */
public class UnitTrainingQuery {

	/**
	 * The states the join keeps, so that the rows say what is done and what is coming.
	 */
	public static final Integer[] COUNTED_STATUSES = {
		RegistrationConstants.STATUS_COMPLETED,
		RegistrationConstants.STATUS_CONFIRMED,
		RegistrationConstants.STATUS_PENDING_APPROVAL,
		RegistrationConstants.STATUS_WAITLISTED,
		RegistrationConstants.STATUS_OFFERED
	};

	/**
	 * The members' training folded one per member and method ({@link MemberTrainingRows}), read through the
	 * registration persistence in one statement; none, and no statement, without organisations.
	 *
	 * @param organizationIds the unit and every organisation under it
	 * @param trainingMethodId the method to show, or 0 for every method
	 */
	public static List<MemberTraining> read(
		RegistrationPersistence registrationPersistence, long companyId,
		long[] organizationIds, long trainingMethodId) {

		if (organizationIds.length == 0) {
			return new ArrayList<>();
		}

		return new MemberTrainingRows(
			trainingMethodId
		).fold(
			registrationPersistence.dslQuery(
				new UnitTrainingQuery(
					companyId, organizationIds, trainingMethodId
				).select())
		);
	}

	/**
	 * @param organizationIds the unit and every organisation under it
	 * @param trainingMethodId the method to show, or 0 for every method
	 */
	public UnitTrainingQuery(
		long companyId, long[] organizationIds, long trainingMethodId) {

		_companyId = companyId;
		_organizationIds = Arrays.stream(
			organizationIds
		).boxed(
		).toArray(
			Long[]::new
		);
		_trainingMethodId = trainingMethodId;
	}

	/**
	 * Columns: userId, firstName, middleName, lastName, trainingMethodId, status, registrationCount,
	 * lastCompletionDate; ordered by last name, first name and person, then method.
	 */
	public DSLQuery select() {
		UserTable userTable = UserTable.INSTANCE;
		RegistrationTable registrationTable = RegistrationTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			userTable.userId, userTable.firstName, userTable.middleName,
			userTable.lastName, registrationTable.trainingMethodId,
			registrationTable.status,
			DSLFunctionFactoryUtil.count(
				registrationTable.registrationId
			).as(
				"registrationCount"
			),
			DSLFunctionFactoryUtil.max(
				registrationTable.completionDate
			).as(
				"lastCompletionDate"
			)
		).from(
			userTable
		).leftJoinOn(
			registrationTable, _registrationJoin()
		).where(
			userTable.companyId.eq(
				_companyId
			).and(
				userTable.ctCollectionId.eq(0L)
			).and(
				userTable.status.eq(WorkflowConstants.STATUS_APPROVED)
			).and(
				userTable.userId.in(_members())
			)
		).groupBy(
			userTable.userId, userTable.firstName, userTable.middleName,
			userTable.lastName, registrationTable.trainingMethodId,
			registrationTable.status
		).orderBy(
			userTable.lastName.ascending(), userTable.firstName.ascending(),
			userTable.userId.ascending(),
			registrationTable.trainingMethodId.ascending(),
			registrationTable.status.ascending()
		);
	}

	private DSLQuery _members() {
		Users_OrgsTable usersOrgsTable = Users_OrgsTable.INSTANCE;

		return DSLQueryFactoryUtil.selectDistinct(
			usersOrgsTable.userId
		).from(
			usersOrgsTable
		).where(
			usersOrgsTable.organizationId.in(
				_organizationIds
			).and(
				usersOrgsTable.ctCollectionId.eq(0L)
			)
		);
	}

	private Predicate _registrationJoin() {
		RegistrationTable registrationTable = RegistrationTable.INSTANCE;

		Predicate predicate = registrationTable.userId.eq(
			UserTable.INSTANCE.userId
		).and(
			registrationTable.companyId.eq(UserTable.INSTANCE.companyId)
		).and(
			registrationTable.status.in(COUNTED_STATUSES)
		);

		if (_trainingMethodId > 0) {
			predicate = predicate.and(
				registrationTable.trainingMethodId.eq(_trainingMethodId));
		}

		return predicate;
	}

	private final long _companyId;
	private final Long[] _organizationIds;
	private final long _trainingMethodId;

}
