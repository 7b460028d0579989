package se.livsviktig.training.internal.staffing;

import com.liferay.petra.sql.dsl.DSLFunctionFactoryUtil;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import java.util.Date;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.RegistrationTable;
import se.livsviktig.training.model.SessionInstructorTable;

/**
 * Sessions delivered per accepted instructor and training method in a window, in one GROUP BY, so the licence
 * standing of every instructor comes from one statement (never a query per person).
 *
 * <p>
 * A session counts as delivered (held) when it is published (not cancelled, not a draft), its last date ended in
 * [from, to), and its attendance is fully marked: nobody is still only confirmed (an outcome is set for every
 * seat, as the attendance reminders ask), and at least one participant has an outcome (completed, not completed
 * or did not attend). A session whose seats all cancelled was not held. An instructor counts when they accepted.
 * </p>
 *
 * <p>
 * Columns: the instructor's userId, the trainingMethodId, the number of sessions.
 * </p>
 *
 * @author Livsviktig
 */
public class DeliveredSessionsQuery {

	public static final String SESSION_COUNT = "sessionCount";

	public DeliveredSessionsQuery(long companyId, Date from, Date to) {
		this(companyId, 0, from, to);
	}

	/**
	 * @param instructorUserId only this instructor's sessions, or 0 for every instructor's: one person's page
	 *        needs their own rows, not the company's
	 */
	public DeliveredSessionsQuery(
		long companyId, long instructorUserId, Date from, Date to) {

		_companyId = companyId;
		_instructorUserId = instructorUserId;
		_from = from;
		_to = to;
	}

	public DSLQuery select() {
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;
		SessionInstructorTable sessionInstructorTable =
			SessionInstructorTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			sessionInstructorTable.instructorUserId,
			courseSessionTable.trainingMethodId,
			DSLFunctionFactoryUtil.count(
				courseSessionTable.courseSessionId
			).as(
				SESSION_COUNT
			)
		).from(
			sessionInstructorTable
		).innerJoinON(
			courseSessionTable,
			courseSessionTable.courseSessionId.eq(
				sessionInstructorTable.courseSessionId)
		).where(
			_delivered()
		).groupBy(
			sessionInstructorTable.instructorUserId,
			courseSessionTable.trainingMethodId
		).orderBy(
			sessionInstructorTable.instructorUserId.ascending(),
			courseSessionTable.trainingMethodId.ascending()
		);
	}

	/**
	 * The same sessions, also grouped by the moment their last date ended: when each delivered session leaves a
	 * licence period, which the counts alone cannot tell. Columns: the instructor's userId, the trainingMethodId,
	 * the end, the number of sessions that ended then.
	 */
	public DSLQuery selectByEndDate() {
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;
		SessionInstructorTable sessionInstructorTable =
			SessionInstructorTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			sessionInstructorTable.instructorUserId,
			courseSessionTable.trainingMethodId, courseSessionTable.endDate,
			DSLFunctionFactoryUtil.count(
				courseSessionTable.courseSessionId
			).as(
				SESSION_COUNT
			)
		).from(
			sessionInstructorTable
		).innerJoinON(
			courseSessionTable,
			courseSessionTable.courseSessionId.eq(
				sessionInstructorTable.courseSessionId)
		).where(
			_delivered()
		).groupBy(
			sessionInstructorTable.instructorUserId,
			courseSessionTable.trainingMethodId, courseSessionTable.endDate
		).orderBy(
			sessionInstructorTable.instructorUserId.ascending(),
			courseSessionTable.trainingMethodId.ascending(),
			courseSessionTable.endDate.ascending()
		);
	}

	private Predicate _delivered() {
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;
		SessionInstructorTable sessionInstructorTable =
			SessionInstructorTable.INSTANCE;

		Predicate predicate = sessionInstructorTable.status.eq(
			SessionInstructorConstants.STATUS_ACCEPTED);

		if (_instructorUserId > 0) {
			predicate = predicate.and(
				sessionInstructorTable.instructorUserId.eq(_instructorUserId));
		}

		return predicate.and(
			courseSessionTable.companyId.eq(_companyId)
		).and(
			courseSessionTable.status.eq(
				CourseSessionConstants.STATUS_PUBLISHED)
		).and(
			courseSessionTable.endDate.gte(_from)
		).and(
			courseSessionTable.endDate.lt(_to)
		).and(
			courseSessionTable.courseSessionId.notIn(
				_sessionsWithRegistrationsIn(
					RegistrationConstants.STATUS_CONFIRMED))
		).and(
			courseSessionTable.courseSessionId.in(
				_sessionsWithRegistrationsIn(
					RegistrationConstants.STATUS_COMPLETED,
					RegistrationConstants.STATUS_NOT_COMPLETED,
					RegistrationConstants.STATUS_NO_SHOW))
		);
	}

	private DSLQuery _sessionsWithRegistrationsIn(Integer... statuses) {
		RegistrationTable registrationTable = RegistrationTable.INSTANCE;

		return DSLQueryFactoryUtil.selectDistinct(
			registrationTable.courseSessionId
		).from(
			registrationTable
		).where(
			registrationTable.companyId.eq(
				_companyId
			).and(
				registrationTable.status.in(statuses)
			)
		);
	}

	private final long _companyId;
	private final Date _from;
	private final long _instructorUserId;
	private final Date _to;

}
