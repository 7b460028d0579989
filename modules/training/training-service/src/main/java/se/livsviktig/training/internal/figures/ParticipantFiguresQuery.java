package se.livsviktig.training.internal.figures;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.DSLFunctionFactoryUtil;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.Table;
import com.liferay.petra.sql.dsl.expression.Expression;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.query.JoinStep;
import com.liferay.petra.sql.dsl.spi.expression.Scalar;
import com.liferay.portal.kernel.model.OrganizationTable;

import java.util.Collection;
import java.util.Date;
import java.util.function.UnaryOperator;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.figures.TrainingFigure;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.CourseTable;
import se.livsviktig.training.model.RegistrationEventTable;
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
 * is a registration event), since its status today only says how it ended: the history of the period's sessions
 * only, grouped per registration and joined once.
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
		_from = from;
		_to = to;

		_trainingFigureConditions = new TrainingFigureConditions(
			companyId, from, to);
	}

	public DSLQuery select() {
		return _select(
			RegistrationTable.INSTANCE.organizationId, joinStep -> joinStep,
			null);
	}

	/**
	 * Each child of the parent with its whole subtree: the period's registrations are read as for {@link
	 * #select()}, and each one's administration is looked up in the organisation tree, joined as a derived table
	 * of (organisation, administration) pairs.
	 *
	 * <p>
	 * The tree is LEFT joined, and the registrations outside every subtree are dropped by a condition a database
	 * cannot read as "the joined row exists": an inner join (or "administrationId IS NOT NULL", which PostgreSQL
	 * turns back into one) lets PostgreSQL start from the tree, whose {@code treePath LIKE} join it estimates at 8
	 * organisations where there are 80, and then read every registration of five years organisation by
	 * organisation before keeping the period's (13 s at 10^6 registrations; the report benchmark). A left join
	 * can only be made after its registrations are read, so the period's sessions come first, as in the plain
	 * figures.
	 * </p>
	 *
	 * @param parentOrganizationId the organisation whose children are the rows, or 0 for the top-level
	 *        administrations
	 */
	public DSLQuery selectRolledUp(long parentOrganizationId) {
		Table<?> administrationTreeTable = _administrationTree(
			parentOrganizationId);

		Column<?, Long> administrationColumn =
			administrationTreeTable.getColumn(
				AdministrationTreeTable.INSTANCE.administrationId.getName(),
				Long.class);

		return _select(
			administrationColumn,
			joinStep -> joinStep.leftJoinOn(
				administrationTreeTable,
				administrationTreeTable.getColumn(
					AdministrationTreeTable.INSTANCE.organizationId.getName(),
					Long.class
				).eq(
					RegistrationTable.INSTANCE.organizationId
				)),
			_oneWhen(
				administrationColumn.isNotNull()
			).eq(
				1L
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

	/**
	 * Each organisation of the company with the child of the parent whose subtree (itself included) holds it: a
	 * few rows per organisation, made once and hashed.
	 */
	private Table<?> _administrationTree(long parentOrganizationId) {

		OrganizationTable ownOrganizationTable = OrganizationTable.INSTANCE.as(
			"ownOrganization");
		OrganizationTable administrationTable = OrganizationTable.INSTANCE.as(
			"administration");

		return DSLQueryFactoryUtil.select(
			ownOrganizationTable.organizationId,
			administrationTable.organizationId.as(
				AdministrationTreeTable.INSTANCE.administrationId.getName())
		).from(
			ownOrganizationTable
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
		).as(
			"administrationTree", _ADMINISTRATION_TREE_COLUMNS
		);
	}

	/**
	 * What each registration of the period's sessions went through, one row per registration: whether it ever held
	 * a seat and whether it was ever waitlisted (1 or 0). Joined once, since a subquery per figure over the
	 * company's whole history grew with every year kept and, past the database's work memory, was no longer
	 * hashed (the report benchmark, README).
	 */
	private Table<?> _history() {
		CourseSessionTable historySessionTable = CourseSessionTable.INSTANCE.as(
			"historySession");
		RegistrationEventTable registrationEventTable =
			RegistrationEventTable.INSTANCE;

		Integer[] seatHoldingStatuses =
			new Integer[RegistrationConstants.SEAT_HOLDING_STATUSES.length];

		for (int i = 0; i < seatHoldingStatuses.length; i++) {
			seatHoldingStatuses[i] =
				RegistrationConstants.SEAT_HOLDING_STATUSES[i];
		}

		return DSLQueryFactoryUtil.select(
			registrationEventTable.registrationId,
			DSLFunctionFactoryUtil.max(
				_oneWhen(registrationEventTable.toStatus.in(seatHoldingStatuses))
			).as(
				_SEATED
			),
			DSLFunctionFactoryUtil.max(
				_oneWhen(
					registrationEventTable.toStatus.eq(
						RegistrationConstants.STATUS_WAITLISTED))
			).as(
				_WAITLISTED
			)
		).from(
			registrationEventTable
		).innerJoinON(
			historySessionTable,
			historySessionTable.courseSessionId.eq(
				registrationEventTable.courseSessionId)
		).where(
			registrationEventTable.companyId.eq(
				_companyId
			).and(
				historySessionTable.companyId.eq(_companyId)
			).and(
				historySessionTable.startDate.gte(_from)
			).and(
				historySessionTable.startDate.lt(_to)
			)
		).groupBy(
			registrationEventTable.registrationId
		).as(
			"history", _HISTORY_COLUMNS
		);
	}

	/**
	 * @param administrationFilter a condition on the administration's joins, or null
	 */
	private DSLQuery _select(
		Column<?, Long> administrationColumn,
		UnaryOperator<JoinStep> administrationJoins,
		Predicate administrationFilter) {

		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;
		CourseTable courseTable = CourseTable.INSTANCE;
		RegistrationTable registrationTable = RegistrationTable.INSTANCE;

		Table<?> historyTable = _history();

		Column<?, Long> seated = historyTable.getColumn(_SEATED, Long.class);
		Column<?, Long> waitlisted = historyTable.getColumn(
			_WAITLISTED, Long.class);

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
				_registrationFamily(
					TrainingFigure.COMPLETED, seated, waitlisted),
				"completedCount"),
			_countWhen(
				_registrationFamily(
					TrainingFigure.NOT_COMPLETED, seated, waitlisted),
				"notCompletedCount"),
			_countWhen(
				_registrationFamily(
					TrainingFigure.NO_SHOW, seated, waitlisted),
				"noShowCount"),
			_countWhen(
				_registrationFamily(
					TrainingFigure.LATE_CANCELLATIONS, seated, waitlisted),
				"lateCancellationCount"),
			_countWhen(
				_registrationFamily(
					TrainingFigure.UNMET_DEMAND, seated, waitlisted),
				"unmetDemandCount"),
			DSLFunctionFactoryUtil.sum(
				_hoursWhen(
					courseTable.durationHours,
					_registrationFamily(
						TrainingFigure.PARTICIPANT_HOURS, seated, waitlisted))
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
		).leftJoinOn(
			historyTable,
			historyTable.getColumn(
				RegistrationHistoryTable.INSTANCE.registrationId.getName(),
				Long.class
			).eq(
				registrationTable.registrationId
			)
		);

		Predicate wherePredicate =
			_trainingFigureConditions.registrationInPeriod(
				registrationTable, courseSessionTable);

		if (administrationFilter != null) {
			wherePredicate = wherePredicate.and(administrationFilter);
		}

		return administrationJoins.apply(
			joinStep
		).where(
			wherePredicate
		).groupBy(
			administrationColumn, registrationTable.trainingMethodId,
			registrationTable.sex
		).orderBy(
			administrationColumn.ascending(),
			registrationTable.trainingMethodId.ascending(),
			registrationTable.sex.ascending()
		);
	}

	private Predicate _registrationFamily(
		TrainingFigure trainingFigure, Column<?, Long> seated,
		Column<?, Long> waitlisted) {

		return _trainingFigureConditions.registrationFamily(
			trainingFigure, RegistrationTable.INSTANCE,
			CourseSessionTable.INSTANCE, seated, waitlisted);
	}

	@SuppressWarnings({"rawtypes", "unchecked"})
	private static final Collection<Column<?, ?>> _ADMINISTRATION_TREE_COLUMNS =
		(Collection)AdministrationTreeTable.INSTANCE.getColumns();

	@SuppressWarnings({"rawtypes", "unchecked"})
	private static final Collection<Column<?, ?>> _HISTORY_COLUMNS =
		(Collection)RegistrationHistoryTable.INSTANCE.getColumns();

	private static final String _SEATED =
		RegistrationHistoryTable.INSTANCE.seated.getName();

	private static final String _WAITLISTED =
		RegistrationHistoryTable.INSTANCE.waitlisted.getName();

	private final long _companyId;
	private final Date _from;
	private final TrainingFigureConditions _trainingFigureConditions;
	private final Date _to;

}
