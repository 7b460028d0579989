package se.livsviktig.training.internal.registration;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Expression;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.internal.catalog.CourseSessionTimestamps;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.RegistrationTable;
import se.livsviktig.training.registration.CompletedRegistration;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * The completed registrations of a company's sessions of one training method, or of chosen sessions, whose
 * completion fell in [from, to), in one statement, a page at a time ordered by registration: what the survey
 * app invites from. A registration is completed when attendance marked it so (the method's completion rule);
 * the training is complete when the session's last date ended (the session's endDate), which is the moment the
 * window and a follow-up's delay are measured from, not the moment someone marked the attendance.
 *
 * <p>
 * Pages are keyset pages: the next page starts after the last registrationId read, so a job that stopped
 * halfway resumes where it was and rows that appear meanwhile are neither skipped nor read twice.
 * </p>
 *
 * @author Livsviktig
 */
public class CompletedRegistrationsQuery {

	/**
	 * @param trainingMethodId the method whose sessions count
	 */
	public static CompletedRegistrationsQuery ofMethod(
		long companyId, long trainingMethodId, Date from, Date to) {

		return new CompletedRegistrationsQuery(
			companyId,
			CourseSessionTable.INSTANCE.trainingMethodId.eq(trainingMethodId),
			from, to);
	}

	/**
	 * @param courseSessionIds the sessions that count, at least one
	 */
	public static CompletedRegistrationsQuery ofSessions(
		long companyId, long[] courseSessionIds, Date from, Date to) {

		if (courseSessionIds.length == 0) {
			throw new IllegalArgumentException(
				"At least one session is needed: IN () is no SQL");
		}

		return new CompletedRegistrationsQuery(
			companyId,
			RegistrationTable.INSTANCE.courseSessionId.in(
				Arrays.stream(
					courseSessionIds
				).boxed(
				).toArray(
					Long[]::new
				)),
			from, to);
	}

	/**
	 * @param rows the rows of {@link #select}, one Object[] per row in the order of its columns
	 */
	public static List<CompletedRegistration> toCompletedRegistrations(
		List<Object[]> rows) {

		List<CompletedRegistration> completedRegistrations = new ArrayList<>(
			rows.size());

		for (Object[] row : rows) {
			completedRegistrations.add(
				new CompletedRegistration(
					((Number)row[0]).longValue(), ((Number)row[1]).longValue(),
					((Number)row[2]).longValue(), ((Number)row[3]).longValue(),
					((Number)row[4]).longValue(),
					new Date(((Date)row[5]).getTime())));
		}

		return completedRegistrations;
	}

	/**
	 * Columns: registrationId, userId, courseSessionId, trainingMethodId (the session's), organizationId, the end
	 * of the session's last date (a timestamp); ordered by registrationId.
	 *
	 * @param afterRegistrationId the last registrationId of the previous page, 0 for the first page
	 * @param size the most rows of the page
	 */
	public DSLQuery select(long afterRegistrationId, int size) {
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;
		RegistrationTable registrationTable = RegistrationTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			_COLUMNS
		).from(
			registrationTable
		).innerJoinON(
			courseSessionTable,
			courseSessionTable.courseSessionId.eq(
				registrationTable.courseSessionId)
		).where(
			registrationTable.companyId.eq(
				_companyId
			).and(
				registrationTable.status.eq(
					RegistrationConstants.STATUS_COMPLETED)
			).and(
				registrationTable.registrationId.gt(afterRegistrationId)
			).and(
				_sessions
			).and(
				courseSessionTable.endDate.gte(_from)
			).and(
				courseSessionTable.endDate.lt(_to)
			)
		).orderBy(
			registrationTable.registrationId.ascending()
		).limit(
			0, size
		);
	}

	/**
	 * The page {@link #select} asks for, read through the registration persistence in one statement.
	 */
	public List<CompletedRegistration> list(
		RegistrationPersistence registrationPersistence,
		long afterRegistrationId, int size) {

		return toCompletedRegistrations(
			registrationPersistence.dslQuery(select(afterRegistrationId, size)));
	}

	private CompletedRegistrationsQuery(
		long companyId, Predicate sessions, Date from, Date to) {

		_companyId = companyId;
		_sessions = sessions;
		_from = from;
		_to = to;
	}

	/**
	 * The end as a timestamp ({@link CourseSessionTimestamps}), or the projection would lose its time of day and
	 * a follow-up's delay would be counted from midnight.
	 */
	private static final Expression<?>[] _COLUMNS = {
		RegistrationTable.INSTANCE.registrationId,
		RegistrationTable.INSTANCE.userId,
		RegistrationTable.INSTANCE.courseSessionId,
		CourseSessionTable.INSTANCE.trainingMethodId,
		RegistrationTable.INSTANCE.organizationId,
		CourseSessionTimestamps.INSTANCE.endDate
	};

	private final long _companyId;
	private final Date _from;
	private final Predicate _sessions;
	private final Date _to;

}
