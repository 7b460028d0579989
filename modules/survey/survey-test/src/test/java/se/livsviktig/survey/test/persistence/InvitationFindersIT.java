package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static se.livsviktig.survey.test.persistence.SurveyRows.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.model.SurveyAccessToken;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.persistence.SurveyAccessTokenPersistence;
import se.livsviktig.survey.service.persistence.SurveyInvitationPersistence;

/**
 * The SurveyInvitation and SurveyAccessToken finders of service.xml, on PostgreSQL: the invitation job's claim key
 * (dispatch and registration), a person's invitations in a state ("Mina enkäter", personal data), a dispatch's and
 * a company's invitations in a state (progress, reminders), and a link's token by its hash.
 *
 * @author Livsviktig
 */
class InvitationFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	@FinderUnderTest(entity = "SurveyInvitation", finder = "D_R")
	@Test
	void fetchByD_RFindsTheInvitationOfThatRegistrationInThatDispatchOnly()
		throws Exception {

		long surveyDispatchId = _rows.newId();
		long registrationId = _rows.newId();

		SurveyInvitation invitation = _invitation(
			_COMPANY_ID, surveyDispatchId, registrationId, _rows.newId(),
			_SENT);

		_invitation(
			_COMPANY_ID, _rows.newId(), registrationId, _rows.newId(), _SENT);

		assertEquals(
			invitation.getPrimaryKeyObj(),
			_rows.read(
				() -> _invitations().fetchByD_R(
					surveyDispatchId, registrationId)
			).getPrimaryKeyObj());
		assertNull(
			_rows.read(
				() -> _invitations().fetchByD_R(
					surveyDispatchId, _rows.newId())));
	}

	@FinderUnderTest(entity = "SurveyInvitation", finder = "U_S")
	@Test
	void findByU_SReturnsThePersonsInvitationsInThatStatusOnly()
		throws Exception {

		long userId = _rows.newId();

		SurveyInvitation sent = _invitation(
			_COMPANY_ID, _rows.newId(), _rows.newId(), userId, _SENT);

		_invitation(
			_COMPANY_ID, _rows.newId(), _rows.newId(), userId, _ANSWERED);
		_invitation(
			_COMPANY_ID, _rows.newId(), _rows.newId(), _rows.newId(), _SENT);

		assertEquals(
			keys(sent),
			keys(_rows.read(() -> _invitations().findByU_S(userId, _SENT))));
	}

	@FinderUnderTest(entity = "SurveyInvitation", finder = "D_S")
	@Test
	void findByD_SReturnsTheDispatchsInvitationsInThatStatusOnly()
		throws Exception {

		long surveyDispatchId = _rows.newId();

		SurveyInvitation first = _invitation(
			_COMPANY_ID, surveyDispatchId, _rows.newId(), _rows.newId(),
			_PENDING);
		SurveyInvitation second = _invitation(
			_COMPANY_ID, surveyDispatchId, _rows.newId(), _rows.newId(),
			_PENDING);

		_invitation(
			_COMPANY_ID, surveyDispatchId, _rows.newId(), _rows.newId(),
			_SENT);
		_invitation(
			_COMPANY_ID, _rows.newId(), _rows.newId(), _rows.newId(),
			_PENDING);

		assertEquals(
			keys(first, second),
			keys(
				_rows.read(
					() -> _invitations().findByD_S(
						surveyDispatchId, _PENDING))));
		assertEquals(
			2,
			(int)_rows.read(
				() -> _invitations().countByD_S(surveyDispatchId, _PENDING)));
	}

	@FinderUnderTest(entity = "SurveyInvitation", finder = "C_S")
	@Test
	void findByC_SReturnsTheCompanysInvitationsInThatStatusOnly()
		throws Exception {

		long companyId = _rows.newId();

		SurveyInvitation sent = _invitation(
			companyId, _rows.newId(), _rows.newId(), _rows.newId(), _SENT);

		_invitation(
			companyId, _rows.newId(), _rows.newId(), _rows.newId(), _OPTED_OUT);
		_invitation(
			_rows.newId(), _rows.newId(), _rows.newId(), _rows.newId(), _SENT);

		assertEquals(
			keys(sent),
			keys(_rows.read(() -> _invitations().findByC_S(companyId, _SENT))));
	}

	@FinderUnderTest(entity = "SurveyAccessToken", finder = "TokenHash")
	@Test
	void fetchByTokenHashFindsTheTokenWithThatHashOnly() throws Exception {
		String tokenHash = _hash(_rows.newId());

		SurveyAccessToken token = _token(_rows.newId(), tokenHash);

		_token(_rows.newId(), _hash(_rows.newId()));

		assertEquals(
			token.getPrimaryKeyObj(),
			_rows.read(
				() -> _tokens().fetchByTokenHash(tokenHash)
			).getPrimaryKeyObj());
		assertNull(
			_rows.read(
				() -> _tokens().fetchByTokenHash(_hash(_rows.newId()))));
	}

	@FinderUnderTest(entity = "SurveyAccessToken", finder = "SurveyInvitationId")
	@Test
	void findBySurveyInvitationIdReturnsEveryTokenSentForTheInvitation()
		throws Exception {

		long surveyInvitationId = _rows.newId();

		SurveyAccessToken first = _token(
			surveyInvitationId, _hash(_rows.newId()));
		SurveyAccessToken reminder = _token(
			surveyInvitationId, _hash(_rows.newId()));

		_token(_rows.newId(), _hash(_rows.newId()));

		assertEquals(
			keys(first, reminder),
			keys(
				_rows.read(
					() -> _tokens().findBySurveyInvitationId(
						surveyInvitationId))));
	}

	/**
	 * A 64-character hex value, as long as the SHA-256 hashes the column holds.
	 */
	private static String _hash(long seed) {
		return String.format("%064x", seed);
	}

	private SurveyInvitation _invitation(
			long companyId, long surveyDispatchId, long registrationId,
			long userId, int status)
		throws Exception {

		return _rows.surveyInvitation(
			invitation -> {
				invitation.setCompanyId(companyId);
				invitation.setSurveyDispatchId(surveyDispatchId);
				invitation.setRegistrationId(registrationId);
				invitation.setUserId(userId);
				invitation.setStatus(status);
			});
	}

	private static SurveyInvitationPersistence _invitations() {
		return harness.get(SurveyInvitationPersistence.class);
	}

	private SurveyAccessToken _token(long surveyInvitationId, String tokenHash)
		throws Exception {

		return _rows.surveyAccessToken(
			token -> {
				token.setCompanyId(_COMPANY_ID);
				token.setSurveyInvitationId(surveyInvitationId);
				token.setTokenHash(tokenHash);
			});
	}

	private static SurveyAccessTokenPersistence _tokens() {
		return harness.get(SurveyAccessTokenPersistence.class);
	}

	private static final int _ANSWERED =
		SurveyInvitationConstants.STATUS_ANSWERED;

	private static final long _COMPANY_ID = 20097;

	private static final int _OPTED_OUT =
		SurveyInvitationConstants.STATUS_OPTED_OUT;

	private static final int _PENDING =
		SurveyInvitationConstants.STATUS_PENDING;

	private static final int _SENT = SurveyInvitationConstants.STATUS_SENT;

	private final SurveyRows _rows = new SurveyRows(harness);

}
