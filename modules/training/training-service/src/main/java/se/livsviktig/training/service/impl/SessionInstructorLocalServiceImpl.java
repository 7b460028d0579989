package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.LocaleUtil;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.DuplicateSessionInstructorException;
import se.livsviktig.training.exception.InstructorNotQualifiedException;
import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.internal.staffing.DeliveredSessionsQuery;
import se.livsviktig.training.internal.staffing.TaughtSessionsQuery;
import se.livsviktig.training.internal.staffing.UnavailableInstructorsQuery;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.base.SessionInstructorLocalServiceBaseImpl;
import se.livsviktig.training.spi.InstructorQualificationChecker;
import se.livsviktig.training.staffing.DeliveredSessionCount;
import se.livsviktig.training.staffing.DeliveredSessionEnd;
import se.livsviktig.training.staffing.TaughtSession;

/**
 * Staffing a session: the coordinator invites instructors, each accepts or declines. When the method
 * requires certified instructors and an {@link InstructorQualificationChecker} is deployed (the instructor
 * app), only those certified for the method on every session date can be invited.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.SessionInstructor",
	service = AopService.class
)
public class SessionInstructorLocalServiceImpl
	extends SessionInstructorLocalServiceBaseImpl {

	@Override
	public List<SessionInstructor> getCourseSessionInstructors(
		long courseSessionId, int[] statuses) {

		return sessionInstructorPersistence.findByCS_S(
			courseSessionId, statuses);
	}

	/**
	 * Sessions delivered per accepted instructor and training method whose last date ended in [from, to), from
	 * one GROUP BY ({@link DeliveredSessionsQuery} says when a session counts as delivered): the figure the
	 * instructor app measures licence upkeep by, for every instructor at once.
	 */
	@Override
	public List<DeliveredSessionCount> getDeliveredSessionCounts(
		long companyId, Date from, Date to) {

		List<Object[]> rows = sessionInstructorPersistence.dslQuery(
			new DeliveredSessionsQuery(
				companyId, from, to
			).select());

		List<DeliveredSessionCount> deliveredSessionCounts = new ArrayList<>(
			rows.size());

		for (Object[] row : rows) {
			deliveredSessionCounts.add(
				new DeliveredSessionCount(
					((Number)row[0]).longValue(), ((Number)row[1]).longValue(),
					((Number)row[2]).intValue()));
		}

		return deliveredSessionCounts;
	}

	/**
	 * Sessions delivered per accepted instructor, training method and end of the last date in [from, to), from
	 * one GROUP BY (the sessions {@link #getDeliveredSessionCounts} counts): licence upkeep sees when each
	 * session leaves a licence period, for every instructor at once. The portal's Hibernate reads a date column
	 * of such a row as a date: each end comes back as its day (00:00 in the portal's time zone, UTC).
	 */
	@Override
	public List<DeliveredSessionEnd> getDeliveredSessionEnds(
		long companyId, Date from, Date to) {

		return _deliveredSessionEnds(
			new DeliveredSessionsQuery(companyId, from, to));
	}

	/**
	 * One instructor's sessions delivered per training method and end of the last date in [from, to): the rows of
	 * {@link #getDeliveredSessionEnds(long, Date, Date)} that are theirs, from the same GROUP BY filtered to them,
	 * so one person's licence standing does not read the whole company's.
	 */
	@Override
	public List<DeliveredSessionEnd> getDeliveredSessionEnds(
		long companyId, long instructorUserId, Date from, Date to) {

		return _deliveredSessionEnds(
			new DeliveredSessionsQuery(companyId, instructorUserId, from, to));
	}

	@Override
	public List<SessionInstructor> getInstructorSessionInstructors(
		long instructorUserId, int[] statuses, int start, int end) {

		return sessionInstructorPersistence.findByIU_S(
			instructorUserId, statuses, start, end);
	}

	/**
	 * The sessions the instructor accepted to teach whose last date ended before the moment, newest first, each
	 * with its course's title, in one statement ({@link TaughtSessionsQuery} says which are listed): what they
	 * have taught, including sessions whose attendance is still being marked.
	 */
	@Override
	public List<TaughtSession> getTaughtSessions(
		long companyId, long instructorUserId, Date endedBefore, int start,
		int end) {

		List<Object[]> rows = sessionInstructorPersistence.dslQuery(
			new TaughtSessionsQuery(
				companyId, instructorUserId, endedBefore
			).select(
				start, end
			));

		return TaughtSessionsQuery.toTaughtSessions(rows);
	}

	@Override
	public SessionInstructor inviteInstructor(
			long userId, long courseSessionId, long instructorUserId,
			String message, ServiceContext serviceContext)
		throws PortalException {

		CourseSession courseSession = courseSessionPersistence.findByPrimaryKey(
			courseSessionId);

		User instructor = userLocalService.getUser(instructorUserId);

		if (instructor.getCompanyId() != courseSession.getCompanyId()) {
			throw new NoSuchCourseSessionException(
				"Session " + courseSessionId + " belongs to another company");
		}

		_checkQualified(courseSession, instructorUserId);

		SessionInstructor sessionInstructor =
			sessionInstructorPersistence.fetchByCS_IU(
				courseSessionId, instructorUserId);

		Date now = _now();

		if (sessionInstructor == null) {
			sessionInstructor = sessionInstructorPersistence.create(
				counterLocalService.increment());

			sessionInstructor.setUuid(serviceContext.getUuid());
			sessionInstructor.setGroupId(courseSession.getGroupId());
			sessionInstructor.setCompanyId(courseSession.getCompanyId());
			sessionInstructor.setCreateDate(now);
			sessionInstructor.setCourseSessionId(courseSessionId);
			sessionInstructor.setInstructorUserId(instructorUserId);
		}
		else if ((sessionInstructor.getStatus() ==
					SessionInstructorConstants.STATUS_INVITED) ||
				 (sessionInstructor.getStatus() ==
					 SessionInstructorConstants.STATUS_ACCEPTED)) {

			throw new DuplicateSessionInstructorException(
				"User " + instructorUserId + " is already staffed on session " +
					courseSessionId);
		}

		User user = userLocalService.getUser(userId);

		sessionInstructor.setUserId(userId);
		sessionInstructor.setUserName(user.getFullName());
		sessionInstructor.setModifiedDate(now);
		sessionInstructor.setMessage(message);
		sessionInstructor.setResponseDate(null);
		sessionInstructor.setStatus(SessionInstructorConstants.STATUS_INVITED);

		sessionInstructor = sessionInstructorPersistence.update(
			sessionInstructor);

		_noticeDispatcher.dispatchAfterCommit(
			Notice.forSessionInstructor(
				TrainingNoticeTypes.INSTRUCTOR_INVITATION, sessionInstructor));

		return sessionInstructor;
	}

	/**
	 * The instructors who cannot be asked to teach the session, from one statement
	 * ({@link UnavailableInstructorsQuery} says who): already asked for it, or invited to or teaching another
	 * session at an overlapping time.
	 *
	 * @param dates the start and end of every date of the session, in pairs
	 */
	@Override
	public List<Long> getUnavailableInstructorUserIds(
		long companyId, long courseSessionId, List<Date> dates) {

		List<Long> userIds = new ArrayList<>();

		for (Object userId :
				sessionInstructorPersistence.<List<Object>>dslQuery(
					new UnavailableInstructorsQuery(
						companyId, courseSessionId, dates
					).select())) {

			userIds.add(((Number)userId).longValue());
		}

		return userIds;
	}

	@Override
	public boolean isAcceptedInstructor(long courseSessionId, long userId) {
		SessionInstructor sessionInstructor =
			sessionInstructorPersistence.fetchByCS_IU(courseSessionId, userId);

		if ((sessionInstructor != null) &&
			(sessionInstructor.getStatus() ==
				SessionInstructorConstants.STATUS_ACCEPTED)) {

			return true;
		}

		return false;
	}

	/**
	 * The instructor answers an invitation.
	 */
	@Override
	public SessionInstructor respondToInvitation(
			long sessionInstructorId, boolean accept)
		throws PortalException {

		SessionInstructor sessionInstructor =
			sessionInstructorPersistence.findByPrimaryKey(sessionInstructorId);

		if (sessionInstructor.getStatus() !=
				SessionInstructorConstants.STATUS_INVITED) {

			throw new RegistrationStatusException(
				"Invitation " + sessionInstructorId + " is already answered");
		}

		if (accept) {

			// Certifications can lapse between the invitation and the answer

			_checkQualified(
				courseSessionPersistence.findByPrimaryKey(
					sessionInstructor.getCourseSessionId()),
				sessionInstructor.getInstructorUserId());

			sessionInstructor.setStatus(
				SessionInstructorConstants.STATUS_ACCEPTED);
		}
		else {
			sessionInstructor.setStatus(
				SessionInstructorConstants.STATUS_DECLINED);
		}

		Date now = _now();

		sessionInstructor.setResponseDate(now);
		sessionInstructor.setModifiedDate(now);

		return sessionInstructorPersistence.update(sessionInstructor);
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	@Override
	public SessionInstructor withdrawInstructor(long sessionInstructorId)
		throws PortalException {

		SessionInstructor sessionInstructor =
			sessionInstructorPersistence.findByPrimaryKey(sessionInstructorId);

		sessionInstructor.setStatus(SessionInstructorConstants.STATUS_WITHDRAWN);
		sessionInstructor.setModifiedDate(_now());

		return sessionInstructorPersistence.update(sessionInstructor);
	}

	private List<DeliveredSessionEnd> _deliveredSessionEnds(
		DeliveredSessionsQuery deliveredSessionsQuery) {

		List<Object[]> rows = sessionInstructorPersistence.dslQuery(
			deliveredSessionsQuery.selectByEndDate());

		List<DeliveredSessionEnd> deliveredSessionEnds = new ArrayList<>(
			rows.size());

		for (Object[] row : rows) {
			deliveredSessionEnds.add(
				new DeliveredSessionEnd(
					((Number)row[0]).longValue(), ((Number)row[1]).longValue(),
					(Date)row[2], ((Number)row[3]).intValue()));
		}

		return deliveredSessionEnds;
	}

	private void _checkQualified(
			CourseSession courseSession, long instructorUserId)
		throws PortalException {

		InstructorQualificationChecker instructorQualificationChecker =
			_instructorQualificationChecker;

		if (instructorQualificationChecker == null) {
			return;
		}

		TrainingMethod trainingMethod =
			trainingMethodPersistence.findByPrimaryKey(
				courseSession.getTrainingMethodId());

		if (!trainingMethod.isCertifiedInstructorsRequired()) {
			return;
		}

		List<Date> dates = new ArrayList<>();

		for (SessionDate sessionDate :
				sessionDatePersistence.findByCourseSessionId(
					courseSession.getCourseSessionId())) {

			dates.add(sessionDate.getStartDate());
			dates.add(sessionDate.getEndDate());
		}

		long companyId = courseSession.getCompanyId();
		long trainingMethodId = trainingMethod.getTrainingMethodId();

		if (dates.isEmpty()) {
			if (!instructorQualificationChecker.isQualified(
					companyId, instructorUserId, trainingMethodId, dates)) {

				throw _notQualified(
					courseSession, instructorUserId, trainingMethod, null);
			}

			return;
		}

		Date unqualifiedDate =
			instructorQualificationChecker.getFirstUnqualifiedDate(
				companyId, instructorUserId, trainingMethodId, dates);

		if (unqualifiedDate != null) {
			throw _notQualified(
				courseSession, instructorUserId, trainingMethod,
				unqualifiedDate);
		}
	}

	private InstructorNotQualifiedException _notQualified(
		CourseSession courseSession, long instructorUserId,
		TrainingMethod trainingMethod, Date unqualifiedDate) {

		return new InstructorNotQualifiedException(
			"User " + instructorUserId + " is not certified for method " +
				trainingMethod.getTrainingMethodId() + " on " +
					unqualifiedDate + ", a date of session " +
						courseSession.getCourseSessionId(),
			trainingMethod.getNameMap(),
			LocaleUtil.fromLanguageId(
				trainingMethod.getDefaultLanguageId(), false),
			unqualifiedDate);
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private Clock _clock = Clock.systemUTC();

	@Reference(
		cardinality = ReferenceCardinality.OPTIONAL,
		policy = ReferencePolicy.DYNAMIC,
		policyOption = ReferencePolicyOption.GREEDY
	)
	private volatile InstructorQualificationChecker
		_instructorQualificationChecker;

	@Reference
	private NoticeDispatcher _noticeDispatcher;

}
