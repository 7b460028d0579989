package se.livsviktig.survey.service.internal.response;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.exception.SurveyTokenException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyAccessToken;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.internal.token.SurveyTokens;
import se.livsviktig.survey.service.persistence.SurveyAccessTokenPersistence;
import se.livsviktig.survey.service.persistence.SurveyDispatchPersistence;
import se.livsviktig.survey.service.persistence.SurveyInvitationPersistence;
import se.livsviktig.survey.service.persistence.SurveyPersistence;

/**
 * The invitations that can still be answered: sent (not pending, answered or opted out), not past the invitation's
 * expiration or the dispatch's close date, the dispatch not closed and the survey active. A link that leads anywhere
 * else gets one and the same {@link SurveyTokenException}, whether it was unknown, used, closed or opted out, so a
 * link tells a guesser nothing about which links exist or were answered.
 *
 * @author Livsviktig
 */
public class OpenInvitations {

	public OpenInvitations(
		SurveyTokens surveyTokens,
		SurveyAccessTokenPersistence surveyAccessTokenPersistence,
		SurveyInvitationPersistence surveyInvitationPersistence,
		SurveyDispatchPersistence surveyDispatchPersistence,
		SurveyPersistence surveyPersistence) {

		_surveyTokens = surveyTokens;
		_surveyAccessTokenPersistence = surveyAccessTokenPersistence;
		_surveyInvitationPersistence = surveyInvitationPersistence;
		_surveyDispatchPersistence = surveyDispatchPersistence;
		_surveyPersistence = surveyPersistence;
	}

	/**
	 * @throws SurveyTokenException if the invitation is not the user's open one; the caller checks that it is the
	 *         user's (a permission, not a state)
	 */
	public SurveyInvitation get(long surveyInvitationId, Date now)
		throws SurveyTokenException {

		SurveyInvitation surveyInvitation =
			_surveyInvitationPersistence.fetchByPrimaryKey(surveyInvitationId);

		if ((surveyInvitation == null) || !isOpen(surveyInvitation, now)) {
			throw new SurveyTokenException(SurveyTokens.LINK_CLOSED_MESSAGE);
		}

		return surveyInvitation;
	}

	public SurveyInvitation getByToken(String token, Date now)
		throws SurveyTokenException {

		String tokenHash = _surveyTokens.hash(_surveyTokens.parse(token));

		SurveyAccessToken surveyAccessToken =
			_surveyAccessTokenPersistence.fetchByTokenHash(tokenHash);

		if (surveyAccessToken == null) {
			throw new SurveyTokenException(SurveyTokens.LINK_CLOSED_MESSAGE);
		}

		return get(surveyAccessToken.getSurveyInvitationId(), now);
	}

	/**
	 * @return the user's invitations that can be answered now, for "Mina enkäter"
	 */
	public List<SurveyInvitation> getOpenInvitations(long userId, Date now) {
		List<SurveyInvitation> openInvitations = new ArrayList<>();

		for (SurveyInvitation surveyInvitation :
				_surveyInvitationPersistence.findByU_S(
					userId, SurveyInvitationConstants.STATUS_SENT)) {

			if (isOpen(surveyInvitation, now)) {
				openInvitations.add(surveyInvitation);
			}
		}

		return openInvitations;
	}

	public boolean isOpen(SurveyInvitation surveyInvitation, Date now) {
		if ((surveyInvitation.getStatus() !=
				SurveyInvitationConstants.STATUS_SENT) ||
			_hasPassed(surveyInvitation.getExpirationDate(), now)) {

			return false;
		}

		SurveyDispatch surveyDispatch =
			_surveyDispatchPersistence.fetchByPrimaryKey(
				surveyInvitation.getSurveyDispatchId());

		if ((surveyDispatch == null) ||
			(surveyDispatch.getStatus() ==
				SurveyDispatchConstants.STATUS_CLOSED) ||
			_hasPassed(surveyDispatch.getCloseDate(), now)) {

			return false;
		}

		Survey survey = _surveyPersistence.fetchByPrimaryKey(
			surveyInvitation.getSurveyId());

		if ((survey == null) ||
			(survey.getStatus() != SurveyConstants.STATUS_ACTIVE)) {

			return false;
		}

		return true;
	}

	private boolean _hasPassed(Date date, Date now) {
		if ((date != null) && !now.before(date)) {
			return true;
		}

		return false;
	}

	private final SurveyAccessTokenPersistence _surveyAccessTokenPersistence;
	private final SurveyDispatchPersistence _surveyDispatchPersistence;
	private final SurveyInvitationPersistence _surveyInvitationPersistence;
	private final SurveyPersistence _surveyPersistence;
	private final SurveyTokens _surveyTokens;

}
