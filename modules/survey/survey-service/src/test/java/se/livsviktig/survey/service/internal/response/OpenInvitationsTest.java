package se.livsviktig.survey.service.internal.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
 * Only a sent invitation, before its expiration and its dispatch's close date, of an open dispatch and an active
 * survey, can be answered; every other link gets the one message that tells nothing about why.
 *
 * @author Livsviktig
 */
public class OpenInvitationsTest {

	@BeforeEach
	public void setUp() {
		when(
			_surveyInvitation.getSurveyInvitationId()
		).thenReturn(
			_INVITATION_ID
		);
		when(
			_surveyInvitation.getSurveyDispatchId()
		).thenReturn(
			_DISPATCH_ID
		);
		when(
			_surveyInvitation.getSurveyId()
		).thenReturn(
			_SURVEY_ID
		);
		when(
			_surveyInvitation.getStatus()
		).thenReturn(
			SurveyInvitationConstants.STATUS_SENT
		);
		when(
			_surveyInvitation.getExpirationDate()
		).thenReturn(
			_TOMORROW
		);
		when(
			_surveyInvitationPersistence.fetchByPrimaryKey(_INVITATION_ID)
		).thenReturn(
			_surveyInvitation
		);

		when(
			_surveyDispatch.getStatus()
		).thenReturn(
			SurveyDispatchConstants.STATUS_ACTIVE
		);
		when(
			_surveyDispatch.getCloseDate()
		).thenReturn(
			_TOMORROW
		);
		when(
			_surveyDispatchPersistence.fetchByPrimaryKey(_DISPATCH_ID)
		).thenReturn(
			_surveyDispatch
		);

		when(
			_survey.getStatus()
		).thenReturn(
			SurveyConstants.STATUS_ACTIVE
		);
		when(
			_surveyPersistence.fetchByPrimaryKey(_SURVEY_ID)
		).thenReturn(
			_survey
		);

		SurveyAccessToken surveyAccessToken = mock(SurveyAccessToken.class);

		when(
			surveyAccessToken.getSurveyInvitationId()
		).thenReturn(
			_INVITATION_ID
		);
		when(
			_surveyAccessTokenPersistence.fetchByTokenHash(
				_surveyTokens.hash(_token))
		).thenReturn(
			surveyAccessToken
		);
	}

	@Test
	public void aSentInvitationWithinItsDatesIsOpen() throws Exception {
		assertSame(_surveyInvitation, _openInvitations.getByToken(_token, _NOW));
		assertSame(
			_surveyInvitation, _openInvitations.get(_INVITATION_ID, _NOW));
	}

	@Test
	public void aSubmittedTokenIsFoundByItsHash() throws Exception {
		assertSame(
			_surveyInvitation,
			_openInvitations.getByToken(" " + _token + "\n", _NOW));
	}

	@Test
	public void anInvitationThatIsNotSentIsClosed() {
		for (int status :
				new int[] {
					SurveyInvitationConstants.STATUS_PENDING,
					SurveyInvitationConstants.STATUS_ANSWERED,
					SurveyInvitationConstants.STATUS_OPTED_OUT
				}) {

			when(
				_surveyInvitation.getStatus()
			).thenReturn(
				status
			);

			_assertClosed();
		}
	}

	@Test
	public void anInvitationIsClosedFromItsExpiration() {
		when(
			_surveyInvitation.getExpirationDate()
		).thenReturn(
			_NOW
		);

		_assertClosed();
	}

	@Test
	public void anInvitationWithoutExpirationStaysOpen() throws Exception {
		when(
			_surveyInvitation.getExpirationDate()
		).thenReturn(
			null
		);
		when(
			_surveyDispatch.getCloseDate()
		).thenReturn(
			null
		);

		assertTrue(_openInvitations.isOpen(_surveyInvitation, _NOW));
	}

	@Test
	public void theDispatchsCloseDateClosesItsInvitations() {
		when(
			_surveyDispatch.getCloseDate()
		).thenReturn(
			_YESTERDAY
		);

		_assertClosed();
	}

	@Test
	public void aClosedDispatchClosesItsInvitations() {
		when(
			_surveyDispatch.getStatus()
		).thenReturn(
			SurveyDispatchConstants.STATUS_CLOSED
		);

		_assertClosed();
	}

	@Test
	public void aPausedDispatchStillTakesAnswers() {
		when(
			_surveyDispatch.getStatus()
		).thenReturn(
			SurveyDispatchConstants.STATUS_PAUSED
		);

		assertTrue(_openInvitations.isOpen(_surveyInvitation, _NOW));
	}

	@Test
	public void aSurveyThatIsNotActiveTakesNoAnswers() {
		for (int status :
				new int[] {
					SurveyConstants.STATUS_DRAFT, SurveyConstants.STATUS_ARCHIVED
				}) {

			when(
				_survey.getStatus()
			).thenReturn(
				status
			);

			_assertClosed();
		}
	}

	@Test
	public void anUnknownOrMalformedLinkGetsTheSameMessageAsAClosedOne() {
		for (String token :
				new String[] {_surveyTokens.newToken(), "nonsense", null}) {

			SurveyTokenException surveyTokenException = assertThrows(
				SurveyTokenException.class,
				() -> _openInvitations.getByToken(token, _NOW));

			assertEquals(
				SurveyTokens.LINK_CLOSED_MESSAGE,
				surveyTokenException.getMessage());
		}

		assertThrows(
			SurveyTokenException.class,
			() -> _openInvitations.get(_INVITATION_ID + 1, _NOW));
	}

	@Test
	public void myOpenInvitationsLeaveOutTheClosedOnes() {
		SurveyInvitation expired = mock(SurveyInvitation.class);

		when(
			expired.getStatus()
		).thenReturn(
			SurveyInvitationConstants.STATUS_SENT
		);
		when(
			expired.getExpirationDate()
		).thenReturn(
			_YESTERDAY
		);
		when(
			expired.getSurveyDispatchId()
		).thenReturn(
			_DISPATCH_ID
		);
		when(
			expired.getSurveyId()
		).thenReturn(
			_SURVEY_ID
		);

		when(
			_surveyInvitationPersistence.findByU_S(
				_USER_ID, SurveyInvitationConstants.STATUS_SENT)
		).thenReturn(
			List.of(expired, _surveyInvitation)
		);

		assertEquals(
			List.of(_surveyInvitation),
			_openInvitations.getOpenInvitations(_USER_ID, _NOW));
		assertFalse(_openInvitations.isOpen(expired, _NOW));
	}

	private void _assertClosed() {
		assertFalse(_openInvitations.isOpen(_surveyInvitation, _NOW));

		SurveyTokenException byToken = assertThrows(
			SurveyTokenException.class,
			() -> _openInvitations.getByToken(_token, _NOW));

		assertEquals(SurveyTokens.LINK_CLOSED_MESSAGE, byToken.getMessage());

		assertThrows(
			SurveyTokenException.class,
			() -> _openInvitations.get(_INVITATION_ID, _NOW));
	}

	private static final long _DISPATCH_ID = 20;

	private static final long _INVITATION_ID = 30;

	private static final Date _NOW = new Date(1_800_000_000_000L);

	private static final long _SURVEY_ID = 10;

	private static final Date _TOMORROW = new Date(
		_NOW.getTime() + 86_400_000L);

	private static final long _USER_ID = 40;

	private static final Date _YESTERDAY = new Date(
		_NOW.getTime() - 86_400_000L);

	private final Survey _survey = mock(Survey.class);
	private final SurveyAccessTokenPersistence _surveyAccessTokenPersistence =
		mock(SurveyAccessTokenPersistence.class);
	private final SurveyDispatch _surveyDispatch = mock(SurveyDispatch.class);
	private final SurveyDispatchPersistence _surveyDispatchPersistence = mock(
		SurveyDispatchPersistence.class);
	private final SurveyInvitation _surveyInvitation = mock(
		SurveyInvitation.class);
	private final SurveyInvitationPersistence _surveyInvitationPersistence =
		mock(SurveyInvitationPersistence.class);
	private final SurveyPersistence _surveyPersistence = mock(
		SurveyPersistence.class);
	private final SurveyTokens _surveyTokens = new SurveyTokens();
	private final OpenInvitations _openInvitations = new OpenInvitations(
		_surveyTokens, _surveyAccessTokenPersistence,
		_surveyInvitationPersistence, _surveyDispatchPersistence,
		_surveyPersistence);
	private final String _token = _surveyTokens.newToken();

}
