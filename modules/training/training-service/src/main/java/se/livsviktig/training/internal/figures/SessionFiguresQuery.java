package se.livsviktig.training.internal.figures;

import com.liferay.petra.sql.dsl.DSLFunctionFactoryUtil;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Expression;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.expression.Scalar;

import java.util.Date;

import se.livsviktig.training.figures.TrainingFigure;
import se.livsviktig.training.model.CourseSessionTable;

/**
 * Sessions held and cancelled per training method, in one GROUP BY. The session's first date (its start) decides
 * the period it belongs to, so a session over New Year counts in the year it began.
 *
 * <p>
 * Held: published (or archived since) and its last date ended before {@code now}. Cancelled: cancelled by a
 * coordinator. Drafts count nowhere. Columns: trainingMethodId, held, cancelled.
 * </p>
 *
 * @author Livsviktig
 */
public class SessionFiguresQuery {

	public SessionFiguresQuery(long companyId, Date from, Date to, Date now) {
		_now = now;

		_trainingFigureConditions = new TrainingFigureConditions(
			companyId, from, to);
	}

	public DSLQuery select() {
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			courseSessionTable.trainingMethodId,
			_countWhen(
				_trainingFigureConditions.sessionFamily(
					TrainingFigure.SESSIONS_HELD, courseSessionTable, _now),
				"heldCount"),
			_countWhen(
				_trainingFigureConditions.sessionFamily(
					TrainingFigure.SESSIONS_CANCELLED, courseSessionTable,
					_now),
				"cancelledCount")
		).from(
			courseSessionTable
		).where(
			_trainingFigureConditions.sessionInPeriod(courseSessionTable)
		).groupBy(
			courseSessionTable.trainingMethodId
		).orderBy(
			courseSessionTable.trainingMethodId.ascending()
		);
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

	private final Date _now;
	private final TrainingFigureConditions _trainingFigureConditions;

}
