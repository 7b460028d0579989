package se.livsviktig.survey.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.configuration.SurveyCompanyConfiguration;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.model.SurveyAnswerForm;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.base.SurveyResponseLocalServiceBaseImpl;
import se.livsviktig.survey.service.internal.answer.AnswerValidator;
import se.livsviktig.survey.service.internal.answer.ResponseDay;
import se.livsviktig.survey.service.internal.response.InvitationStatusChanges;
import se.livsviktig.survey.service.internal.response.OpenInvitations;
import se.livsviktig.survey.service.internal.response.ResponseRecorder;
import se.livsviktig.survey.service.internal.response.UnorderedIds;
import se.livsviktig.survey.service.internal.retention.RetentionCutoff;
import se.livsviktig.survey.service.internal.retention.SurveyRetention;
import se.livsviktig.survey.service.internal.token.SurveyTokens;

/**
 * Answering a survey, by a link's token (no sign-in) or as the signed-in invitee, opting out, and the retention
 * step. Every write is one transaction: a refused submission leaves nothing behind.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.survey.model.SurveyResponse",
	service = AopService.class
)
public class SurveyResponseLocalServiceImpl
	extends SurveyResponseLocalServiceBaseImpl {

	@Override
	public void addInvitationResponse(
			long surveyInvitationId, Map<Long, String[]> answers)
		throws PortalException {

		_record(_openInvitations().get(surveyInvitationId, _now()), answers);
	}

	@Override
	public void addResponse(String token, Map<Long, String[]> answers)
		throws PortalException {

		_record(_openInvitations().getByToken(token, _now()), answers);
	}

	/**
	 * The retention job's step for one company, by its own settings, in a
	 * transaction of its own (the job runs each company apart, so one
	 * company's failure keeps no other from its retention).
	 *
	 * @return the free-text answers deleted and responses that lost their person
	 */
	@Override
	public int applyRetention(long companyId) throws PortalException {
		SurveyRetention surveyRetention = new SurveyRetention(
			surveyResponsePersistence, surveyAnswerPersistence);

		Instant now = _clock.instant();

		SurveyCompanyConfiguration surveyCompanyConfiguration =
			_configurationProvider.getCompanyConfiguration(
				SurveyCompanyConfiguration.class, companyId);

		ZoneId zoneId = _zoneId(_companyLocalService.getCompany(companyId));

		return surveyRetention.deleteFreeText(
			companyId,
			RetentionCutoff.of(
				now, zoneId,
				surveyCompanyConfiguration.freeTextRetentionMonths())) +
			surveyRetention.removePerson(
				companyId,
				RetentionCutoff.of(
					now, zoneId,
					surveyCompanyConfiguration.personRetentionMonths()));
	}

	@Override
	public SurveyAnswerForm getAnswerForm(String token) throws PortalException {
		return _answerForm(_openInvitations().getByToken(token, _now()));
	}

	@Override
	public SurveyAnswerForm getInvitationAnswerForm(long surveyInvitationId)
		throws PortalException {

		return _answerForm(_openInvitations().get(surveyInvitationId, _now()));
	}

	/**
	 * @return the user's sent invitations that can still be answered
	 */
	@Override
	public List<SurveyInvitation> getOpenInvitations(long userId) {
		return _openInvitations().getOpenInvitations(userId, _now());
	}

	/**
	 * The invitation is no longer answered or reminded of, and its links stop working.
	 */
	@Override
	public void optOut(String token) throws PortalException {
		_invitationStatusChanges().leaveSent(
			_openInvitations().getByToken(token, _now()),
			SurveyInvitationConstants.STATUS_OPTED_OUT);
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private SurveyAnswerForm _answerForm(SurveyInvitation surveyInvitation)
		throws PortalException {

		return new SurveyAnswerForm(
			surveyPersistence.findByPrimaryKey(surveyInvitation.getSurveyId()),
			surveyQuestionPersistence.findBySurveyId(
				surveyInvitation.getSurveyId()));
	}

	private InvitationStatusChanges _invitationStatusChanges() {
		return new InvitationStatusChanges(
			surveyInvitationPersistence, surveyAccessTokenPersistence);
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private OpenInvitations _openInvitations() {
		return new OpenInvitations(
			_surveyTokens, surveyAccessTokenPersistence,
			surveyInvitationPersistence, surveyDispatchPersistence,
			surveyPersistence);
	}

	private void _record(
			SurveyInvitation surveyInvitation, Map<Long, String[]> answers)
		throws PortalException {

		ResponseRecorder responseRecorder = new ResponseRecorder(
			_answerValidator, _invitationStatusChanges(), _unorderedIds,
			surveyPersistence, surveyQuestionPersistence,
			surveyResponsePersistence, surveyAnswerPersistence);

		responseRecorder.record(
			surveyInvitation, answers,
			ResponseDay.of(
				_clock.instant(),
				_zoneId(
					_companyLocalService.getCompany(
						surveyInvitation.getCompanyId()))));
	}

	private ZoneId _zoneId(Company company) throws PortalException {
		return company.getTimeZone(
		).toZoneId();
	}

	private final AnswerValidator _answerValidator = new AnswerValidator();
	private Clock _clock = Clock.systemUTC();

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private ConfigurationProvider _configurationProvider;

	private final SurveyTokens _surveyTokens = new SurveyTokens();
	private final UnorderedIds _unorderedIds = new UnorderedIds();

}
