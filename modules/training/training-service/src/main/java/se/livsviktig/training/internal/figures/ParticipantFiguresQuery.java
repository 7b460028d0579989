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

import se.livsviktig.training.figures.TrainingFigure;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.CourseTable;
import se.livsviktig.training.model.RegistrationTable;

/**
 * The person-based figures of training per administration, method and sex, in one GROUP BY: registrations,
 * distinct participants, completed, not completed, no-show, late cancellations, unmet demand and participant hours. The
 * session's first date decides the period, as for the session figures, so both count the same sessions.
 *
 * <p>
 * The administration and the sex are those stored on the registration when it was made. Distinct participants
 * are counted over the registration's participant key, which anonymising keeps distinct per person, not over its
 * user ID, which anonymising replaces with the one anonymous user. Rolled up, each row is a
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
 * Columns: organizationId, trainingMethodId, sex, registrations, participants, completed, not completed, no-show,
 * late cancellations, unmet demand, participant hours.
 * </p>
 *
 * @author Livsviktig
 */
public class ParticipantFiguresQuery {

	public ParticipantFiguresQuery(long companyId, Date from, Date to) {
		_companyId = companyId;

		_trainingFigureConditions = new TrainingFigureConditions(
			companyId, from, to);
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
					TrainingFigureConditions.inSubtree(
						ownOrganizationTable, administrationTable)
				)
			));
	}

	/**
	 * A SUM of ones and zeros (COUNT would need a CASE that yields NULL, and a NULL parameter has no type the
	 * database could infer). Named, because the portal's Hibernate session refuses an unnamed projection.
	 */
	private static Expression<Number> _countWhen(
		Predicate predicate, String name) {

		return DSLFunctionFactoryUtil.sum(
			_oneWhen(predicate)
		).as(
			name
		);
	}

	/**
	 * 1 where the predicate holds, else 0, as {@code (0 + CASE ... END)}: the portal's Hibernate session infers
	 * each projection's type from its first operand and knows none for a bare CASE, and a CAST_LONG would go
	 * through the SQL transformer, whose pattern stops at the first closing parenthesis of a nested subquery.
	 */
	private static Expression<Long> _oneWhen(Predicate predicate) {
		return DSLFunctionFactoryUtil.withParentheses(
			DSLFunctionFactoryUtil.add(
				new Scalar<>(0L),
				DSLFunctionFactoryUtil.caseWhenThen(
					predicate, 1L
				).elseEnd(
					0L
				)));
	}

	/**
	 * The hours where the predicate holds, else 0: the hours first, so the session reads the product as a double.
	 */
	@SuppressWarnings({"rawtypes", "unchecked"})
	private static Expression<Double> _hoursWhen(
		Expression<Double> hours, Predicate predicate) {

		return DSLFunctionFactoryUtil.multiply(
			hours, (Expression)_oneWhen(predicate));
	}

	private DSLQuery _select(
		Column<?, Long> administrationColumn,
		UnaryOperator<JoinStep> administrationJoins) {

		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;
		CourseTable courseTable = CourseTable.INSTANCE;
		RegistrationTable registrationTable = RegistrationTable.INSTANCE;

		JoinStep joinStep = DSLQueryFactoryUtil.select(
			administrationColumn, registrationTable.trainingMethodId,
			registrationTable.sex,
			DSLFunctionFactoryUtil.count(
				registrationTable.registrationId
			).as(
				"registrationCount"
			),
			DSLFunctionFactoryUtil.countDistinct(
				TrainingFigureConditions.person(registrationTable)
			).as(
				"participantCount"
			),
			_countWhen(
				_registrationFamily(TrainingFigure.COMPLETED),
				"completedCount"),
			_countWhen(
				_registrationFamily(TrainingFigure.NOT_COMPLETED),
				"notCompletedCount"),
			_countWhen(
				_registrationFamily(TrainingFigure.NO_SHOW), "noShowCount"),
			_countWhen(
				_registrationFamily(TrainingFigure.LATE_CANCELLATIONS),
				"lateCancellationCount"),
			_countWhen(
				_registrationFamily(TrainingFigure.UNMET_DEMAND),
				"unmetDemandCount"),
			DSLFunctionFactoryUtil.sum(
				_hoursWhen(
					courseTable.durationHours,
					_registrationFamily(TrainingFigure.PARTICIPANT_HOURS))
			).as(
				"participantHours"
			)
		).from(
			registrationTable
		).innerJoinON(
			courseSessionTable,
			TrainingFigureConditions.sessionOf(
				registrationTable, courseSessionTable)
		).leftJoinOn(
			courseTable,
			courseTable.courseId.eq(registrationTable.courseId)
		);

		return administrationJoins.apply(
			joinStep
		).where(
			_trainingFigureConditions.registrationInPeriod(
				registrationTable, courseSessionTable)
		).groupBy(
			administrationColumn, registrationTable.trainingMethodId,
			registrationTable.sex
		).orderBy(
			administrationColumn.ascending(),
			registrationTable.trainingMethodId.ascending(),
			registrationTable.sex.ascending()
		);
	}

	private Predicate _registrationFamily(TrainingFigure trainingFigure) {
		return _trainingFigureConditions.registrationFamily(
			trainingFigure, RegistrationTable.INSTANCE,
			CourseSessionTable.INSTANCE);
	}

	private final long _companyId;
	private final TrainingFigureConditions _trainingFigureConditions;

}
