package se.livsviktig.survey.internal.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.petra.function.UnsafeConsumer;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.configuration.SurveyCompanyConfiguration;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.internal.invitation.InvitationDelivery;
import se.livsviktig.survey.internal.invitation.InvitationMailing;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.SurveyDispatchLocalService;
import se.livsviktig.survey.service.SurveyInvitationLocalService;
import se.livsviktig.survey.service.SurveyLocalService;

/**
 * One run of the invitation job: claimed mails go to every delivery after the claim, invitations first and then
 * reminders, until a claim comes back empty; a failing delivery or dispatch does not stop the others; a dispatch
 * of a survey that is no longer active sends nothing; every run is recorded on its dispatch.
 *
 * @author Livsviktig
 */
class SurveyDispatchRunnerTest {

	@BeforeEach
	void setUp() throws Exception {
		doAnswer(
			invocation -> {
				UnsafeConsumer<Long, Exception> unsafeConsumer =
					invocation.getArgument(0);

				unsafeConsumer.accept(_COMPANY_ID);

				return null;
			}
		).when(
			_companyLocalService
		).forEachCompanyId(
			any()
		);

		SurveyCompanyConfiguration surveyCompanyConfiguration = mock(
			SurveyCompanyConfiguration.class);

		when(
			surveyCompanyConfiguration.answerPageURL()
		).thenReturn(
			"https://intra.example/enkat"
		);
		when(surveyCompanyConfiguration.mySurveysURL()).thenReturn("");

		ConfigurationProvider configurationProvider = mock(
			ConfigurationProvider.class);

		when(
			configurationProvider.getCompanyConfiguration(
				SurveyCompanyConfiguration.class, _COMPANY_ID)
		).thenReturn(
			surveyCompanyConfiguration
		);

		Fields.set(_runner, "_companyLocalService", _companyLocalService);
		Fields.set(_runner, "_configurationProvider", configurationProvider);
		Fields.set(_runner, "_dueInvitations", _dueInvitations);
		Fields.set(
			_runner, "_surveyDispatchLocalService",
			_surveyDispatchLocalService);
		Fields.set(
			_runner, "_surveyInvitationLocalService",
			_surveyInvitationLocalService);
		Fields.set(_runner, "_surveyLocalService", _surveyLocalService);

		_runner.setClock(Clock.fixed(_NOW, ZoneOffset.UTC));
		_runner.addInvitationDelivery(_failingDelivery);
		_runner.addInvitationDelivery(_mailings::add);

		when(_survey.getStatus()).thenReturn(SurveyConstants.STATUS_ACTIVE);
		when(_survey.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_surveyLocalService.getSurvey(_SURVEY_ID)).thenReturn(_survey);

		doThrow(
			new IllegalStateException("The mail server is down")
		).when(
			_failingDelivery
		).deliver(
			any()
		);

		for (long surveyInvitationId = 1; surveyInvitationId <= 3;
			 surveyInvitationId++) {

			SurveyInvitation surveyInvitation = mock(SurveyInvitation.class);

			when(
				surveyInvitation.getUserId()
			).thenReturn(
				1000 + surveyInvitationId
			);
			when(
				_surveyInvitationLocalService.fetchSurveyInvitation(
					surveyInvitationId)
			).thenReturn(
				surveyInvitation
			);
		}
	}

	@Test
	void claimedMailsGoToEveryDeliveryAndAFailingOneStopsNoOther()
		throws Exception {

		SurveyDispatch surveyDispatch = _dispatch(_DISPATCH_ID);

		when(
			_surveyDispatchLocalService.getActiveSurveyDispatches(_COMPANY_ID)
		).thenReturn(
			List.of(surveyDispatch)
		);
		when(
			_dueInvitations.create(surveyDispatch, _NOW)
		).thenReturn(
			2
		);
		when(
			_surveyDispatchLocalService.sendPendingSurveyInvitations(
				_DISPATCH_ID, Date.from(_NOW),
				SurveyDispatchRunner.CLAIM_SIZE)
		).thenReturn(
			_tokens(1, 2), Map.of()
		);
		when(
			_surveyDispatchLocalService.sendDueSurveyReminders(
				_DISPATCH_ID, Date.from(_NOW),
				SurveyDispatchRunner.CLAIM_SIZE)
		).thenReturn(
			_tokens(3), Map.of()
		);

		assertEquals(5, _runner.run());

		assertEquals(3, _mailings.size());
		assertEquals(1, _mailings.get(0).getSurveyInvitationId());
		assertEquals(1001, _mailings.get(0).getUserId());
		assertEquals("token-1", _mailings.get(0).getToken());
		assertEquals(false, _mailings.get(1).isReminder());
		assertEquals(true, _mailings.get(2).isReminder());
		assertEquals(
			"https://intra.example/enkat",
			_mailings.get(
				2
			).getAnswerPageURL());

		verify(
			_surveyDispatchLocalService
		).recordSurveyDispatchRun(
			_DISPATCH_ID, Date.from(_NOW)
		);
	}

	@Test
	void aDispatchOfASurveyNoLongerActiveSendsNothing() throws Exception {
		SurveyDispatch surveyDispatch = _dispatch(_DISPATCH_ID);

		when(
			_surveyDispatchLocalService.getActiveSurveyDispatches(_COMPANY_ID)
		).thenReturn(
			List.of(surveyDispatch)
		);
		when(_survey.getStatus()).thenReturn(SurveyConstants.STATUS_ARCHIVED);

		assertEquals(0, _runner.run());

		verify(_dueInvitations, never()).create(any(), any());
		verify(
			_surveyDispatchLocalService, never()
		).sendPendingSurveyInvitations(
			anyLong(), any(), anyInt()
		);
	}

	@Test
	void oneDispatchFailingDoesNotKeepTheNextFromItsMail() throws Exception {
		SurveyDispatch broken = _dispatch(71);
		SurveyDispatch working = _dispatch(_DISPATCH_ID);

		when(
			_surveyDispatchLocalService.getActiveSurveyDispatches(_COMPANY_ID)
		).thenReturn(
			List.of(broken, working)
		);
		when(
			_dueInvitations.create(broken, _NOW)
		).thenThrow(
			new IllegalStateException("The database went away")
		);
		when(
			_surveyDispatchLocalService.sendPendingSurveyInvitations(
				eq(_DISPATCH_ID), any(), anyInt())
		).thenReturn(
			_tokens(1), Map.of()
		);
		when(
			_surveyDispatchLocalService.sendDueSurveyReminders(
				eq(_DISPATCH_ID), any(), anyInt())
		).thenReturn(
			Map.of()
		);

		assertEquals(1, _runner.run());
		assertEquals(1, _mailings.size());
		verify(
			_surveyDispatchLocalService
		).recordSurveyDispatchRun(
			_DISPATCH_ID, Date.from(_NOW)
		);
		verify(
			_surveyDispatchLocalService, never()
		).recordSurveyDispatchRun(
			eq(71L), any()
		);
	}

	private static Map<Long, String> _tokens(long... surveyInvitationIds) {
		Map<Long, String> tokens = new LinkedHashMap<>();

		for (long surveyInvitationId : surveyInvitationIds) {
			tokens.put(surveyInvitationId, "token-" + surveyInvitationId);
		}

		return tokens;
	}

	private SurveyDispatch _dispatch(long surveyDispatchId) {
		SurveyDispatch surveyDispatch = mock(SurveyDispatch.class);

		when(
			surveyDispatch.getSurveyDispatchId()
		).thenReturn(
			surveyDispatchId
		);
		when(surveyDispatch.getSurveyId()).thenReturn(_SURVEY_ID);
		when(surveyDispatch.getCloseDate()).thenReturn(Date.from(_NOW));

		return surveyDispatch;
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _DISPATCH_ID = 72;

	private static final Instant _NOW = Instant.parse("2027-05-10T08:00:00Z");

	private static final long _SURVEY_ID = 70;

	private final CompanyLocalService _companyLocalService = mock(
		CompanyLocalService.class);
	private final DueInvitations _dueInvitations = mock(DueInvitations.class);
	private final InvitationDelivery _failingDelivery = mock(
		InvitationDelivery.class);
	private final List<InvitationMailing> _mailings = new ArrayList<>();
	private final SurveyDispatchRunner _runner = new SurveyDispatchRunner();
	private final Survey _survey = mock(Survey.class);
	private final SurveyDispatchLocalService _surveyDispatchLocalService =
		mock(SurveyDispatchLocalService.class);
	private final SurveyInvitationLocalService _surveyInvitationLocalService =
		mock(SurveyInvitationLocalService.class);
	private final SurveyLocalService _surveyLocalService = mock(
		SurveyLocalService.class);

}
