package se.livsviktig.training.internal.staffing;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.SessionDateTable;
import se.livsviktig.training.model.SessionInstructorTable;

/**
 * The instructors a coordinator cannot ask to teach a session, in one statement: those already asked for it
 * (invited, accepted or declined; a withdrawn invitation may be made again), and those invited to or teaching
 * another session, not cancelled, with a date whose time overlaps one of this session's dates (a half-day in
 * the morning elsewhere leaves the afternoon free).
 *
 * <p>
 * Columns: the instructor's userId, once each.
 * </p>
 *
 * @author Livsviktig
 */
public class UnavailableInstructorsQuery {

	/**
	 * @param dates the start and end of every date of the session, in pairs, as the staffing SPIs are given them
	 */
	public UnavailableInstructorsQuery(
		long companyId, long courseSessionId, List<Date> dates) {

		if ((dates.size() % 2) != 0) {
			throw new IllegalArgumentException(
				"Dates come as start and end pairs: " + dates);
		}

		_companyId = companyId;
		_courseSessionId = courseSessionId;
		_dates = new ArrayList<>(dates);
	}

	public DSLQuery select() {
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;
		SessionInstructorTable sessionInstructorTable =
			SessionInstructorTable.INSTANCE;

		Predicate askedForThisSession =
			sessionInstructorTable.courseSessionId.eq(
				_courseSessionId
			).and(
				sessionInstructorTable.status.in(
					new Integer[] {
						SessionInstructorConstants.STATUS_ACCEPTED,
						SessionInstructorConstants.STATUS_DECLINED,
						SessionInstructorConstants.STATUS_INVITED
					})
			);

		Predicate unavailable = askedForThisSession.withParentheses();

		Predicate overlapping = _overlappingSessionDates();

		if (overlapping != null) {
			unavailable = unavailable.or(
				sessionInstructorTable.courseSessionId.neq(
					_courseSessionId
				).and(
					sessionInstructorTable.status.in(
						new Integer[] {
							SessionInstructorConstants.STATUS_ACCEPTED,
							SessionInstructorConstants.STATUS_INVITED
						})
				).and(
					courseSessionTable.status.neq(
						CourseSessionConstants.STATUS_CANCELLED)
				).and(
					sessionInstructorTable.courseSessionId.in(
						DSLQueryFactoryUtil.selectDistinct(
							SessionDateTable.INSTANCE.courseSessionId
						).from(
							SessionDateTable.INSTANCE
						).where(
							SessionDateTable.INSTANCE.companyId.eq(
								_companyId
							).and(
								overlapping.withParentheses()
							)
						))
				).withParentheses());
		}

		return DSLQueryFactoryUtil.selectDistinct(
			sessionInstructorTable.instructorUserId
		).from(
			sessionInstructorTable
		).innerJoinON(
			courseSessionTable,
			courseSessionTable.courseSessionId.eq(
				sessionInstructorTable.courseSessionId)
		).where(
			courseSessionTable.companyId.eq(
				_companyId
			).and(
				unavailable.withParentheses()
			)
		).orderBy(
			sessionInstructorTable.instructorUserId.ascending()
		);
	}

	/**
	 * @return a session date overlaps one of the given: it starts before that one ends and ends after it starts;
	 *         <code>null</code> without dates
	 */
	private Predicate _overlappingSessionDates() {
		SessionDateTable sessionDateTable = SessionDateTable.INSTANCE;

		Predicate overlapping = null;

		for (int i = 0; i < _dates.size(); i += 2) {
			Predicate overlapsThisDate = sessionDateTable.startDate.lt(
				_dates.get(i + 1)
			).and(
				sessionDateTable.endDate.gt(_dates.get(i))
			).withParentheses();

			if (overlapping == null) {
				overlapping = overlapsThisDate;
			}
			else {
				overlapping = overlapping.or(overlapsThisDate);
			}
		}

		return overlapping;
	}

	private final long _companyId;
	private final long _courseSessionId;
	private final List<Date> _dates;

}
