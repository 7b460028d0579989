package se.livsviktig.survey.service.internal.response;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;
import java.util.Map;

import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyAnswer;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.model.SurveyResponse;
import se.livsviktig.survey.service.internal.answer.AnswerValidator;
import se.livsviktig.survey.service.internal.answer.AnswerValue;
import se.livsviktig.survey.service.internal.answer.AnswerableQuestions;
import se.livsviktig.survey.service.internal.answer.ResponseDay;
import se.livsviktig.survey.service.persistence.SurveyAnswerPersistence;
import se.livsviktig.survey.service.persistence.SurveyPersistence;
import se.livsviktig.survey.service.persistence.SurveyQuestionPersistence;
import se.livsviktig.survey.service.persistence.SurveyResponsePersistence;

/**
 * Writes one person's answers to an open invitation: validated first (nothing is written from a bad submission),
 * then the invitation leaves "sent" (the guard against a second submission), then the response with the grouping
 * copied from the invitation and the answers. The caller's transaction makes it all or nothing.
 *
 * <p>
 * The response keeps what the results are grouped by (method, session, organisation, month and day) and, only for
 * a survey that is not anonymous, the person. Never the invitation, the registration, a time or an ordered id.
 * </p>
 *
 * @author Livsviktig
 */
public class ResponseRecorder {

	public ResponseRecorder(
		AnswerValidator answerValidator,
		InvitationStatusChanges invitationStatusChanges,
		UnorderedIds unorderedIds, SurveyPersistence surveyPersistence,
		SurveyQuestionPersistence surveyQuestionPersistence,
		SurveyResponsePersistence surveyResponsePersistence,
		SurveyAnswerPersistence surveyAnswerPersistence) {

		_answerValidator = answerValidator;
		_invitationStatusChanges = invitationStatusChanges;
		_unorderedIds = unorderedIds;
		_surveyPersistence = surveyPersistence;
		_surveyQuestionPersistence = surveyQuestionPersistence;
		_surveyResponsePersistence = surveyResponsePersistence;
		_surveyAnswerPersistence = surveyAnswerPersistence;
	}

	public void record(
			SurveyInvitation surveyInvitation, Map<Long, String[]> answers,
			ResponseDay responseDay)
		throws PortalException {

		List<AnswerValue> answerValues = _answerValidator.validate(
			AnswerableQuestions.of(
				_surveyQuestionPersistence.findBySurveyId(
					surveyInvitation.getSurveyId())),
			answers);

		Survey survey = _surveyPersistence.findByPrimaryKey(
			surveyInvitation.getSurveyId());

		_invitationStatusChanges.leaveSent(
			surveyInvitation, SurveyInvitationConstants.STATUS_ANSWERED);

		SurveyResponse surveyResponse = _surveyResponsePersistence.create(
			_unorderedIds.nextId());

		surveyResponse.setGroupId(surveyInvitation.getGroupId());
		surveyResponse.setCompanyId(surveyInvitation.getCompanyId());
		surveyResponse.setSurveyId(surveyInvitation.getSurveyId());
		surveyResponse.setSurveyDispatchId(
			surveyInvitation.getSurveyDispatchId());
		surveyResponse.setMethodId(surveyInvitation.getMethodId());
		surveyResponse.setCourseSessionId(
			surveyInvitation.getCourseSessionId());
		surveyResponse.setOrganizationId(surveyInvitation.getOrganizationId());
		surveyResponse.setResponseMonth(responseDay.getResponseMonth());
		surveyResponse.setResponseDay(responseDay.getResponseDay());

		if (!survey.isAnonymous()) {
			surveyResponse.setUserId(surveyInvitation.getUserId());
		}

		_surveyResponsePersistence.update(surveyResponse);

		for (AnswerValue answerValue : answerValues) {
			SurveyAnswer surveyAnswer = _surveyAnswerPersistence.create(
				_unorderedIds.nextId());

			surveyAnswer.setCompanyId(surveyInvitation.getCompanyId());
			surveyAnswer.setSurveyResponseId(
				surveyResponse.getSurveyResponseId());
			surveyAnswer.setSurveyQuestionId(answerValue.getSurveyQuestionId());
			surveyAnswer.setNumericValue(answerValue.getNumericValue());
			surveyAnswer.setTextValue(answerValue.getTextValue());

			_surveyAnswerPersistence.update(surveyAnswer);
		}
	}

	private final AnswerValidator _answerValidator;
	private final InvitationStatusChanges _invitationStatusChanges;
	private final SurveyAnswerPersistence _surveyAnswerPersistence;
	private final SurveyPersistence _surveyPersistence;
	private final SurveyQuestionPersistence _surveyQuestionPersistence;
	private final SurveyResponsePersistence _surveyResponsePersistence;
	private final UnorderedIds _unorderedIds;

}
