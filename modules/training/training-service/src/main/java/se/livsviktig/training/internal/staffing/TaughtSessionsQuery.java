package se.livsviktig.training.internal.staffing;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Expression;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.internal.catalog.CourseSessionTimestamps;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.CourseTable;
import se.livsviktig.training.model.SessionInstructorTable;
import se.livsviktig.training.staffing.TaughtSession;

/**
 * One instructor's sessions that have ended, with each course's title, newest first, in one statement: the
 * "sessions I delivered" list of Mina instruktörsuppdrag, where a page of sessions would otherwise cost one more
 * statement per row for the title.
 *
 * <p>
 * A session is listed when the person accepted to teach it, it is published or archived (held, not cancelled and
 * not a draft) and its last date ended before the given moment. Unlike {@link DeliveredSessionsQuery}, a session
 * whose attendance is still being marked is listed too: the person taught it, even if it does not count toward
 * the licence until the attendance is complete.
 * </p>
 *
 * @author Livsviktig
 */
public class TaughtSessionsQuery {

	public TaughtSessionsQuery(
		long companyId, long instructorUserId, Date endedBefore) {

		_companyId = companyId;
		_instructorUserId = instructorUserId;
		_endedBefore = endedBefore;
	}

	public DSLQuery select(int start, int end) {
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;
		CourseTable courseTable = CourseTable.INSTANCE;
		SessionInstructorTable sessionInstructorTable =
			SessionInstructorTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			_COLUMNS
		).from(
			sessionInstructorTable
		).innerJoinON(
			courseSessionTable,
			courseSessionTable.courseSessionId.eq(
				sessionInstructorTable.courseSessionId)
		).innerJoinON(
			courseTable, courseTable.courseId.eq(courseSessionTable.courseId)
		).where(
			sessionInstructorTable.instructorUserId.eq(
				_instructorUserId
			).and(
				sessionInstructorTable.status.eq(
					SessionInstructorConstants.STATUS_ACCEPTED)
			).and(
				courseSessionTable.companyId.eq(_companyId)
			).and(
				courseSessionTable.status.in(
					new Integer[] {
						CourseSessionConstants.STATUS_ARCHIVED,
						CourseSessionConstants.STATUS_PUBLISHED
					})
			).and(
				courseSessionTable.endDate.lt(_endedBefore)
			)
		).orderBy(
			courseSessionTable.endDate.descending(),
			courseSessionTable.courseSessionId.descending()
		).limit(
			start, end
		);
	}

	/**
	 * @param rows the rows of {@link #select}, one Object[] per row in the order of its columns
	 */
	public static List<TaughtSession> toTaughtSessions(List<Object[]> rows) {
		List<TaughtSession> taughtSessions = new ArrayList<>(rows.size());

		for (Object[] row : rows) {
			taughtSessions.add(
				new TaughtSession(
					((Number)row[0]).longValue(), ((Number)row[1]).longValue(),
					((Number)row[2]).longValue(), (String)row[3],
					_date(row[4]), _date(row[5])));
		}

		return taughtSessions;
	}

	/**
	 * A copy: the driver's Timestamp would otherwise reach the page, whose equals and nanos differ from Date's.
	 */
	private static Date _date(Object value) {
		return new Date(((Date)value).getTime());
	}

	/**
	 * The dates as timestamps ({@link CourseSessionTimestamps}), or a projection would lose their time of day.
	 */
	private static final Expression<?>[] _COLUMNS = {
		CourseSessionTable.INSTANCE.courseSessionId,
		CourseSessionTable.INSTANCE.courseId,
		CourseSessionTable.INSTANCE.trainingMethodId, CourseTable.INSTANCE.title,
		CourseSessionTimestamps.INSTANCE.startDate,
		CourseSessionTimestamps.INSTANCE.endDate
	};

	private final long _companyId;
	private final Date _endedBefore;
	private final long _instructorUserId;

}
