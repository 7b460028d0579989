package se.livsviktig.survey.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.dao.db.DBManagerUtil;
import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.sql.Timestamp;

import java.time.Clock;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.exception.SurveyDispatchInUseException;
import se.livsviktig.survey.internal.dispatch.DispatchInvitations;
import se.livsviktig.survey.internal.dispatch.DispatchProgressQuery;
import se.livsviktig.survey.internal.dispatch.DispatchSessions;
import se.livsviktig.survey.internal.dispatch.DispatchSettings;
import se.livsviktig.survey.internal.dispatch.DispatchValidator;
import se.livsviktig.survey.internal.invitation.InvitationClaims;
import se.livsviktig.survey.service.internal.token.SurveyTokens;
import se.livsviktig.survey.model.DispatchProgress;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.service.base.SurveyDispatchLocalServiceBaseImpl;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.registration.CompletedRegistration;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Dispatches (utskick): to whom a survey goes, when, until when and how often it reminds, and the invitation job's
 * writes for them. The rules are small classes in {@code internal.dispatch} (the settings' rules, which completions
 * are due) and {@code internal.invitation} (the claims one node wins, the reminder rule, the e-mail); the job itself
 * is {@code SurveyDispatchRunner}.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.survey.model.SurveyDispatch",
	service = AopService.class
)
public class SurveyDispatchLocalServiceImpl
	extends SurveyDispatchLocalServiceBaseImpl {

	/**
	 * Starts a dispatch of an active survey to the participants of a training method or of chosen sessions.
	 *
	 * @param delayDays for a follow-up of a method, {@link SurveyDispatchConstants#DELAY_DAYS_METHOD_DEFAULT} takes
	 *        the method's followUpSurveyDays
	 */
	@Override
	public SurveyDispatch addSurveyDispatch(
			long userId, long surveyId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, Date windowStartDate,
			Date closeDate, int reminderIntervalDays, int maxReminders,
			ServiceContext serviceContext)
		throws PortalException {

		Survey survey = surveyPersistence.findByPrimaryKey(surveyId);

		DispatchSettings dispatchSettings = _validate(
			survey,
			new DispatchSettings(
				methodId, courseSessionIds, triggerType, delayDays,
				windowStartDate, closeDate, reminderIntervalDays,
				maxReminders));

		User user = userLocalService.getUser(userId);
		Date now = new Date(_clock.millis());

		SurveyDispatch surveyDispatch = surveyDispatchPersistence.create(
			counterLocalService.increment());

		surveyDispatch.setUuid(serviceContext.getUuid());
		surveyDispatch.setGroupId(survey.getGroupId());
		surveyDispatch.setCompanyId(survey.getCompanyId());
		surveyDispatch.setUserId(userId);
		surveyDispatch.setUserName(user.getFullName());
		surveyDispatch.setCreateDate(now);
		surveyDispatch.setModifiedDate(now);
		surveyDispatch.setSurveyId(surveyId);
		surveyDispatch.setStatus(SurveyDispatchConstants.STATUS_ACTIVE);

		_apply(surveyDispatch, dispatchSettings);

		surveyDispatch = surveyDispatchPersistence.update(surveyDispatch);

		_dispatchSessions().replace(
			surveyDispatch, dispatchSettings.getCourseSessionIds());

		resourceLocalService.addModelResources(surveyDispatch, serviceContext);

		return surveyDispatch;
	}

	/**
	 * Creates the invitation of a completed registration by one insert that the unique (dispatch, registration)
	 * index guards, in a transaction of its own, so a registration is invited once whatever node or rerun tries.
	 *
	 * @return <code>true</code> if this call created it, <code>false</code> if it existed
	 */
	@Override
	@Transactional(
		propagation = Propagation.REQUIRES_NEW, rollbackFor = Exception.class
	)
	public boolean addSurveyInvitation(
		SurveyDispatch surveyDispatch,
		CompletedRegistration completedRegistration) {

		return _invitationClaims().create(
			surveyDispatch, completedRegistration,
			DBManagerUtil.getDB(
			).getDBType());
	}

	@Override
	public SurveyDispatch deleteSurveyDispatch(long surveyDispatchId)
		throws PortalException {

		return deleteSurveyDispatch(
			surveyDispatchPersistence.findByPrimaryKey(surveyDispatchId));
	}

	/**
	 * Deletes a dispatch that has mailed nothing, with its pending invitations, their links and its chosen sessions,
	 * in one transaction. Responses are never touched: they are results, and an anonymous one names no dispatch's
	 * invitation anyway.
	 *
	 * @throws SurveyDispatchInUseException if the dispatch sent an invitation: close it instead
	 */
	@Override
	public SurveyDispatch deleteSurveyDispatch(SurveyDispatch surveyDispatch)
		throws PortalException {

		_dispatchInvitations().deletePending(
			surveyDispatch.getSurveyDispatchId());

		_dispatchSessions().replace(surveyDispatch, new long[0]);

		resourceLocalService.deleteResource(
			surveyDispatch.getCompanyId(), SurveyDispatch.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL,
			surveyDispatch.getSurveyDispatchId());

		return surveyDispatchPersistence.remove(surveyDispatch);
	}

	@Override
	public List<SurveyDispatch> getActiveSurveyDispatches(long companyId) {
		return surveyDispatchPersistence.findByC_Status(
			companyId, SurveyDispatchConstants.STATUS_ACTIVE);
	}

	/**
	 * The dispatch's invited, answered, reminded and opted-out invitations, from one statement
	 * ({@link DispatchProgressQuery}).
	 */
	@Override
	public DispatchProgress getDispatchProgress(long surveyDispatchId) {
		return DispatchProgressQuery.toDispatchProgress(
			surveyInvitationPersistence.dslQuery(
				new DispatchProgressQuery(
					surveyDispatchId
				).select()));
	}

	@Override
	public List<SurveyDispatch> getSurveyDispatches(long surveyId) {
		return surveyDispatchPersistence.findBySurveyId(surveyId);
	}

	/**
	 * @return the chosen sessions of a dispatch to chosen sessions; none for a dispatch to a method
	 */
	@Override
	public long[] getSurveyDispatchCourseSessionIds(long surveyDispatchId) {
		return _dispatchSessions().getCourseSessionIds(surveyDispatchId);
	}

	/**
	 * Records when the job last ran the dispatch, by one update that does not bump the row's version: a coordinator
	 * editing the dispatch meanwhile is not refused for it.
	 */
	@Override
	public void recordSurveyDispatchRun(long surveyDispatchId, Date now) {
		Session session = surveyDispatchPersistence.getCurrentSession();

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(
			"update LVSurvey_SurveyDispatch set lastRunDate = ? where " +
				"surveyDispatchId = ?");

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(new Timestamp(now.getTime()));
		queryPos.add(surveyDispatchId);

		sqlQuery.executeUpdate();

		surveyDispatchPersistence.clearCache(
			Collections.singleton(surveyDispatchId));
	}

	/**
	 * Claims the reminders now due of up to {@code size} invitations of the dispatch and issues each a fresh token,
	 * in a transaction of its own: the caller mails after it has committed.
	 *
	 * @return the new token of each invitation this call claimed, by invitation id
	 */
	@Override
	@Transactional(
		propagation = Propagation.REQUIRES_NEW, rollbackFor = Exception.class
	)
	public Map<Long, String> sendDueSurveyReminders(
			long surveyDispatchId, Date now, int size)
		throws PortalException {

		return _invitationClaims().remindDue(
			surveyDispatchPersistence.findByPrimaryKey(surveyDispatchId), now,
			size);
	}

	/**
	 * Claims the first mail of up to {@code size} pending invitations of the dispatch and issues each its token, in
	 * a transaction of its own: the caller mails after it has committed.
	 *
	 * @return the token of each invitation this call claimed, by invitation id
	 */
	@Override
	@Transactional(
		propagation = Propagation.REQUIRES_NEW, rollbackFor = Exception.class
	)
	public Map<Long, String> sendPendingSurveyInvitations(
			long surveyDispatchId, Date now, int size)
		throws PortalException {

		SurveyDispatch surveyDispatch = surveyDispatchPersistence.findByPrimaryKey(
			surveyDispatchId);

		return _invitationClaims().sendPending(
			surveyDispatch, now,
			_companyLocalService.getCompany(
				surveyDispatch.getCompanyId()
			).getTimeZone(
			).toZoneId(),
			size);
	}

	/**
	 * Saves a dispatch's settings. A new closing date becomes the expiry of its open (pending and sent) invitations
	 * in the same transaction, so no link outlives the dispatch or closes before it.
	 */
	@Override
	public SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, Date windowStartDate,
			Date closeDate, int reminderIntervalDays, int maxReminders)
		throws PortalException {

		SurveyDispatch surveyDispatch =
			surveyDispatchPersistence.findByPrimaryKey(surveyDispatchId);

		Date oldCloseDate = surveyDispatch.getCloseDate();

		DispatchSettings dispatchSettings = _validate(
			surveyPersistence.findByPrimaryKey(surveyDispatch.getSurveyId()),
			new DispatchSettings(
				methodId, courseSessionIds, triggerType, delayDays,
				windowStartDate, closeDate, reminderIntervalDays,
				maxReminders));

		surveyDispatch.setModifiedDate(new Date(_clock.millis()));

		_apply(surveyDispatch, dispatchSettings);

		surveyDispatch = surveyDispatchPersistence.update(surveyDispatch);

		_dispatchSessions().replace(
			surveyDispatch, dispatchSettings.getCourseSessionIds());

		if (!_sameInstant(oldCloseDate, surveyDispatch.getCloseDate())) {
			_dispatchInvitations().moveOpenExpiry(
				surveyDispatchId, surveyDispatch.getCloseDate());
		}

		return surveyDispatch;
	}

	/**
	 * Saves a dispatch's settings and its status in one transaction: a refused status leaves the settings as they
	 * were, and a refused setting the status.
	 */
	@Override
	public SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, Date windowStartDate,
			Date closeDate, int reminderIntervalDays, int maxReminders,
			int status)
		throws PortalException {

		updateSurveyDispatch(
			surveyDispatchId, methodId, courseSessionIds, triggerType,
			delayDays, windowStartDate, closeDate, reminderIntervalDays,
			maxReminders);

		return updateSurveyDispatchStatus(surveyDispatchId, status);
	}

	/**
	 * Pauses, resumes or closes a dispatch. Only a dispatch of an active survey runs.
	 */
	@Override
	public SurveyDispatch updateSurveyDispatchStatus(
			long surveyDispatchId, int status)
		throws PortalException {

		SurveyDispatch surveyDispatch =
			surveyDispatchPersistence.findByPrimaryKey(surveyDispatchId);

		_dispatchValidator.validateStatus(
			surveyPersistence.findByPrimaryKey(
				surveyDispatch.getSurveyId()
			).getStatus(),
			status);

		surveyDispatch.setModifiedDate(new Date(_clock.millis()));
		surveyDispatch.setStatus(status);

		return surveyDispatchPersistence.update(surveyDispatch);
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private void _apply(
		SurveyDispatch surveyDispatch, DispatchSettings dispatchSettings) {

		surveyDispatch.setMethodId(dispatchSettings.getMethodId());
		surveyDispatch.setTriggerType(dispatchSettings.getTriggerType());
		surveyDispatch.setDelayDays(dispatchSettings.getDelayDays());
		surveyDispatch.setWindowStartDate(
			dispatchSettings.getWindowStartDate());
		surveyDispatch.setCloseDate(dispatchSettings.getCloseDate());
		surveyDispatch.setReminderIntervalDays(
			dispatchSettings.getReminderIntervalDays());
		surveyDispatch.setMaxReminders(dispatchSettings.getMaxReminders());
	}

	/**
	 * Compares by the instant: the column reads back as a Timestamp, whose equals refuses a plain Date.
	 */
	private static boolean _sameInstant(Date date1, Date date2) {
		if ((date1 == null) || (date2 == null)) {
			return date1 == date2;
		}

		return date1.getTime() == date2.getTime();
	}

	private DispatchInvitations _dispatchInvitations() {
		return new DispatchInvitations(
			surveyInvitationPersistence, surveyAccessTokenPersistence);
	}

	private DispatchSessions _dispatchSessions() {
		return new DispatchSessions(
			surveyDispatchSessionPersistence, counterLocalService);
	}

	private InvitationClaims _invitationClaims() {
		return new InvitationClaims(
			surveyInvitationPersistence, surveyAccessTokenPersistence,
			counterLocalService,
			() -> {
				String token = _surveyTokens.newToken();

				return new String[] {token, _surveyTokens.hash(token)};
			});
	}

	private boolean _isOfCompany(long companyId, long courseSessionId) {
		CourseSession courseSession =
			_courseSessionLocalService.fetchCourseSession(courseSessionId);

		if ((courseSession != null) &&
			(courseSession.getCompanyId() == companyId)) {

			return true;
		}

		return false;
	}

	private boolean _isMethodOfCompany(long companyId, long trainingMethodId) {
		TrainingMethod trainingMethod =
			_trainingMethodLocalService.fetchTrainingMethod(trainingMethodId);

		if ((trainingMethod != null) &&
			(trainingMethod.getCompanyId() == companyId)) {

			return true;
		}

		return false;
	}

	/**
	 * @return the settings, a follow-up's default delay replaced by its method's
	 */
	private DispatchSettings _validate(
			Survey survey, DispatchSettings dispatchSettings)
		throws PortalException {

		long companyId = survey.getCompanyId();

		_dispatchValidator.validate(
			survey.getStatus(), dispatchSettings,
			trainingMethodId -> _isMethodOfCompany(companyId, trainingMethodId),
			courseSessionId -> _isOfCompany(companyId, courseSessionId));

		if (dispatchSettings.isMethodDefaultDelay()) {
			return dispatchSettings.withDelayDays(
				_trainingMethodLocalService.getTrainingMethod(
					dispatchSettings.getMethodId()
				).getFollowUpSurveyDays());
		}

		return dispatchSettings;
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	private final DispatchValidator _dispatchValidator =
		new DispatchValidator();

	private final SurveyTokens _surveyTokens = new SurveyTokens();

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
