package se.livsviktig.training.internal.figures;

import com.liferay.petra.sql.dsl.Column;
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

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.CourseTable;
import se.livsviktig.training.model.RegistrationEventTable;
import se.livsviktig.training.model.RegistrationTable;

/**
 * The person-based figures of training per administration and method, in one GROUP BY: registrations, distinct
 * participants, completed, not completed, no-show, late cancellations, unmet demand and participant hours. The
 * session's first date decides the period, as for the session figures, so both count the same sessions.
 *
 * <p>
 * The administration is the organisation stored on the registration when it was made. Rolled up, each row is a
 * child of the given parent organisation with everything in its subtree (the portal's {@code treePath}), grouped
 * once in SQL: a distinct participant is then distinct across the whole subtree, which adding rows up could never
 * tell.
 * </p>
 *
 * <p>
 * Whether a registration ever held a seat, or was ever waitlisted, is read from its history (every status change
 * is a registration event), since its status today only says how it ended.
 * </p>
 *
 * <p>
 * Columns: organizationId, trainingMethodId, registrations, participants, completed, not completed, no-show,
 * late cancellations, unmet demand, participant hours.
 * </p>
 *
 * @author Livsviktig
 */
public class ParticipantFiguresQuery {

	public ParticipantFiguresQuery(long companyId, Date from, Date to) {
		_companyId = companyId;
		_from = from;
		_to = to;
	}

	public DSLQuery select() {
		return _select(
			RegistrationTable.INSTANCE.organizationId, joinStep -> joinStep);
	}

	/**
	 * @param parentOrganizationId the organisation whose children are the rows, or 0 for the top-level
	 *        administrations
	 */
	public DSLQuery selectRolledUp(long parentOrganizationId) {
		OrganizationTable ownOrganizationTable = OrganizationTable.INSTANCE.as(
			"ownOrganization");
		OrganizationTable administrationTable = OrganizationTable.INSTANCE.as(
			"administration");

		return _select(
			administrationTable.organizationId,
			joinStep -> joinStep.innerJoinON(
				ownOrganizationTable,
				ownOrganizationTable.organizationId.eq(
					RegistrationTable.INSTANCE.organizationId)
			).innerJoinON(
				administrationTable,
				administrationTable.companyId.eq(
					_companyId
				).and(
					administrationTable.parentOrganizationId.eq(
						parentOrganizationId)
				).and(
					ownOrganizationTable.treePath.like(
						DSLFunctionFactoryUtil.concat(
							administrationTable.treePath,
							new Scalar<>("%")))
				)
			));
	}

	/**
	 * A SUM of ones and zeros: COUNT would need a CASE that yields NULL, and a NULL parameter has no type the
	 * database could infer.
	 */
	private static Expression<Number> _countWhen(Predicate predicate) {
		return DSLFunctionFactoryUtil.sum(
			DSLFunctionFactoryUtil.caseWhenThen(
				predicate, 1L
			).elseEnd(
				0L
			));
	}

	private static DSLQuery _registrationsWhoseHistoryReached(
		long companyId, int... statuses) {

		RegistrationEventTable registrationEventTable =
			RegistrationEventTable.INSTANCE;

		Integer[] toStatuses = new Integer[statuses.length];

		for (int i = 0; i < statuses.length; i++) {
			toStatuses[i] = statuses[i];
		}

		return DSLQueryFactoryUtil.selectDistinct(
			registrationEventTable.registrationId
		).from(
			registrationEventTable
		).where(
			registrationEventTable.companyId.eq(
				companyId
			).and(
				registrationEventTable.toStatus.in(toStatuses)
			)
		);
	}

	private Predicate _heldASeat() {
		return RegistrationTable.INSTANCE.registrationId.in(
			_registrationsWhoseHistoryReached(
				_companyId, RegistrationConstants.SEAT_HOLDING_STATUSES));
	}

	private DSLQuery _select(
		Column<?, Long> administrationColumn,
		UnaryOperator<JoinStep> administrationJoins) {

		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;
		CourseTable courseTable = CourseTable.INSTANCE;
		RegistrationTable registrationTable = RegistrationTable.INSTANCE;

		JoinStep joinStep = DSLQueryFactoryUtil.select(
			administrationColumn, registrationTable.trainingMethodId,
			DSLFunctionFactoryUtil.count(registrationTable.registrationId),
			DSLFunctionFactoryUtil.countDistinct(registrationTable.userId),
			_countWhen(
				registrationTable.status.eq(
					RegistrationConstants.STATUS_COMPLETED)),
			_countWhen(
				registrationTable.status.eq(
					RegistrationConstants.STATUS_NOT_COMPLETED)),
			_countWhen(
				registrationTable.status.eq(
					RegistrationConstants.STATUS_NO_SHOW)),
			_countWhen(
				registrationTable.status.eq(
					RegistrationConstants.STATUS_CANCELLED
				).and(
					registrationTable.statusDate.gt(
						courseSessionTable.cancellationDeadline)
				).and(
					courseSessionTable.status.neq(
						CourseSessionConstants.STATUS_CANCELLED)
				).and(
					_heldASeat()
				)),
			_countWhen(
				registrationTable.registrationId.in(
					_registrationsWhoseHistoryReached(
						_companyId, RegistrationConstants.STATUS_WAITLISTED)
				).and(
					registrationTable.registrationId.notIn(
						_registrationsWhoseHistoryReached(
							_companyId,
							RegistrationConstants.SEAT_HOLDING_STATUSES))
				)),
			DSLFunctionFactoryUtil.sum(
				DSLFunctionFactoryUtil.caseWhenThen(
					registrationTable.status.eq(
						RegistrationConstants.STATUS_COMPLETED),
					courseTable.durationHours
				).elseEnd(
					0D
				))
		).from(
			registrationTable
		).innerJoinON(
			courseSessionTable,
			courseSessionTable.courseSessionId.eq(
				registrationTable.courseSessionId)
		).leftJoinOn(
			courseTable,
			courseTable.courseId.eq(registrationTable.courseId)
		);

		return administrationJoins.apply(
			joinStep
		).where(
			registrationTable.companyId.eq(
				_companyId
			).and(
				courseSessionTable.startDate.gte(_from)
			).and(
				courseSessionTable.startDate.lt(_to)
			)
		).groupBy(
			administrationColumn, registrationTable.trainingMethodId
		).orderBy(
			administrationColumn.ascending(),
			registrationTable.trainingMethodId.ascending()
		);
	}

	private final long _companyId;
	private final Date _from;
	private final Date _to;

}
