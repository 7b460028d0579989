package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.module.util.SystemBundleUtil;
import com.liferay.portal.kernel.search.IndexerRegistry;
import com.liferay.portal.kernel.service.ResourceLocalService;

import java.sql.Connection;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.exception.SurveyDispatchException;
import se.livsviktig.survey.exception.SurveyDispatchInUseException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.SurveyDispatchLocalService;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A dispatch's changes on real PostgreSQL, in the local service's real transactions: a new closing date moves the
 * expiry of the open invitations and of no other; settings and status commit together or not at all; deleting
 * takes a dispatch that mailed nothing with its pending invitations, their links and its sessions and leaves no
 * orphan, refuses one that mailed, and a failure on the way leaves every row.
 *
 * @author Livsviktig
 */
class DispatchChangesIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	/**
	 * The generated delete methods are @Indexable: the portal's indexing finds no indexer for these models.
	 */
	@BeforeAll
	static void setUpIndexing() {
		SystemBundleUtil.getBundleContext(
		).registerService(
			IndexerRegistry.class, mock(IndexerRegistry.class), null
		);
	}

	@BeforeEach
	void setUp() throws Exception {
		_fixture = new AnsweringFixture(harness);
		_rows = new SurveyRows(harness);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getCompanyId()
		).thenReturn(
			AnsweringFixture.COMPANY_ID
		);
		when(
			harness.portalService(
				TrainingMethodLocalService.class
			).fetchTrainingMethod(
				AnsweringFixture.METHOD_ID
			)
		).thenReturn(
			trainingMethod
		);

		_survey = _fixture.survey(true);

		SurveyDispatch surveyDispatch = _rows.surveyDispatch(
			newDispatch -> {
				newDispatch.setCompanyId(AnsweringFixture.COMPANY_ID);
				newDispatch.setGroupId(AnsweringFixture.GROUP_ID);
				newDispatch.setSurveyId(_survey.getSurveyId());
				newDispatch.setMethodId(AnsweringFixture.METHOD_ID);
				newDispatch.setTriggerType(
					SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE);
				newDispatch.setStatus(SurveyDispatchConstants.STATUS_ACTIVE);
				newDispatch.setWindowStartDate(_START);
				newDispatch.setCloseDate(_CLOSE);
				newDispatch.setReminderIntervalDays(7);
				newDispatch.setMaxReminders(2);
			});

		_surveyDispatchId = surveyDispatch.getSurveyDispatchId();
	}

	@Test
	void aNewCloseDateMovesTheExpiryOfPendingAndSentInvitationsOnly()
		throws Exception {

		long pending = _invitation(SurveyInvitationConstants.STATUS_PENDING);
		long sent = _invitation(SurveyInvitationConstants.STATUS_SENT);
		long answered = _invitation(SurveyInvitationConstants.STATUS_ANSWERED);
		long optedOut = _invitation(
			SurveyInvitationConstants.STATUS_OPTED_OUT);

		long otherDispatchSent = _invitation(
			_fixture.surveyDispatch(
				_survey.getSurveyId()
			).getSurveyDispatchId(),
			SurveyInvitationConstants.STATUS_SENT);

		Map<Long, Long> before = _expiries();

		_update(_LATER_CLOSE, SurveyDispatchConstants.STATUS_ACTIVE);

		Map<Long, Long> after = _expiries();

		assertEquals(_LATER_CLOSE.getTime(), after.get(pending));
		assertEquals(_LATER_CLOSE.getTime(), after.get(sent));
		assertEquals(_CLOSE.getTime(), after.get(answered));
		assertEquals(_CLOSE.getTime(), after.get(optedOut));
		assertEquals(
			before.get(otherDispatchSent), after.get(otherDispatchSent));
	}

	@Test
	void aRefusedStatusLeavesTheSettingsAndTheExpiryAsTheyWere()
		throws Exception {

		_invitation(SurveyInvitationConstants.STATUS_PENDING);
		_invitation(SurveyInvitationConstants.STATUS_SENT);

		Map<String, List<String>> before = _fixture.snapshot();

		// The settings and the expiry are written before the status is refused: only the rollback undoes them

		assertThrows(
			SurveyDispatchException.class, () -> _update(_LATER_CLOSE, 99));

		assertEquals(before, _fixture.snapshot());
	}

	@Test
	void settingsAndStatusCommitTogether() throws Exception {
		_update(_LATER_CLOSE, SurveyDispatchConstants.STATUS_CLOSED);

		try (Connection connection = harness.database().connect()) {
			Map<String, Object> row = AnsweringFixture.rows(
				connection, "LVSurvey_SurveyDispatch"
			).stream(
			).filter(
				dispatchRow ->
					((Number)dispatchRow.get("surveydispatchid")).longValue() ==
						_surveyDispatchId
			).findFirst(
			).get();

			assertEquals(
				SurveyDispatchConstants.STATUS_CLOSED,
				((Number)row.get("status")).intValue());
			assertEquals(
				_LATER_CLOSE.getTime(), ((Date)row.get("closedate")).getTime());
		}
	}

	@Test
	void aDispatchThatSentAnInvitationIsNotDeletedAndKeepsEveryRow()
		throws Exception {

		_invitation(SurveyInvitationConstants.STATUS_PENDING);

		long sent = _invitation(SurveyInvitationConstants.STATUS_SENT);

		_fixture.link(sent);

		Map<String, List<String>> before = _fixture.snapshot();

		assertThrows(
			SurveyDispatchInUseException.class,
			() -> _service().deleteSurveyDispatch(_surveyDispatchId));

		assertEquals(before, _fixture.snapshot());
	}

	@Test
	void aDispatchOfPendingInvitationsGoesWithThemAndLeavesNoOrphan()
		throws Exception {

		long pending1 = _invitation(SurveyInvitationConstants.STATUS_PENDING);
		long pending2 = _invitation(SurveyInvitationConstants.STATUS_PENDING);

		_fixture.link(pending1);
		_fixture.link(pending2);
		_dispatchSession();
		_response();

		long otherDispatchId = _fixture.surveyDispatch(
			_survey.getSurveyId()
		).getSurveyDispatchId();

		long otherPending = _invitation(
			otherDispatchId, SurveyInvitationConstants.STATUS_PENDING);

		_fixture.link(otherPending);

		_service().deleteSurveyDispatch(_surveyDispatchId);

		try (Connection connection = harness.database().connect()) {
			assertEquals(
				0,
				_count(
					connection, "LVSurvey_SurveyDispatch",
					"surveyDispatchId = " + _surveyDispatchId));
			assertEquals(
				0,
				_count(
					connection, "LVSurvey_SurveyInvitation",
					"surveyDispatchId = " + _surveyDispatchId));
			assertEquals(
				0,
				_count(
					connection, "LVSurvey_SurveyDispatchSession",
					"surveyDispatchId = " + _surveyDispatchId));

			// No link whose invitation is gone

			assertEquals(
				0,
				_count(
					connection, "LVSurvey_SurveyAccessToken",
					"surveyInvitationId not in (select surveyInvitationId " +
						"from LVSurvey_SurveyInvitation)"));

			// The other dispatch's rows and the response stay

			assertEquals(
				1,
				_count(
					connection, "LVSurvey_SurveyAccessToken",
					"surveyInvitationId = " + otherPending));
			assertEquals(
				1,
				_count(
					connection, "LVSurvey_SurveyResponse",
					"surveyDispatchId = " + _surveyDispatchId));
		}
	}

	@Test
	void aFailureAtTheLastStepsLeavesEveryRow() throws Exception {
		long pending = _invitation(SurveyInvitationConstants.STATUS_PENDING);

		_fixture.link(pending);
		_dispatchSession();

		doThrow(
			new PortalException("The permission store is down")
		).when(
			harness.portalService(ResourceLocalService.class)
		).deleteResource(
			anyLong(), anyString(), anyInt(), anyLong()
		);

		Map<String, List<String>> before = _fixture.snapshot();

		assertThrows(
			PortalException.class,
			() -> _service().deleteSurveyDispatch(_surveyDispatchId));

		assertEquals(before, _fixture.snapshot());
	}

	private int _count(Connection connection, String table, String where)
		throws Exception {

		try (java.sql.Statement statement = connection.createStatement();
			java.sql.ResultSet resultSet = statement.executeQuery(
				"select count(*) from " + table + " where " + where)) {

			resultSet.next();

			return resultSet.getInt(1);
		}
	}

	private void _dispatchSession() throws Exception {
		_rows.surveyDispatchSession(
			surveyDispatchSession -> {
				surveyDispatchSession.setCompanyId(
					AnsweringFixture.COMPANY_ID);
				surveyDispatchSession.setSurveyDispatchId(_surveyDispatchId);
				surveyDispatchSession.setCourseSessionId(_rows.newId());
			});
	}

	/**
	 * Every invitation's expiry, by invitation id, as committed.
	 */
	private Map<Long, Long> _expiries() throws Exception {
		Map<Long, Long> expiries = new TreeMap<>();

		try (Connection connection = harness.database().connect()) {
			for (Map<String, Object> row :
					AnsweringFixture.rows(
						connection, "LVSurvey_SurveyInvitation")) {

				expiries.put(
					((Number)row.get("surveyinvitationid")).longValue(),
					((Date)row.get("expirationdate")).getTime());
			}
		}

		return expiries;
	}

	private long _invitation(int status) throws Exception {
		return _invitation(_surveyDispatchId, status);
	}

	private long _invitation(long surveyDispatchId, int status)
		throws Exception {

		SurveyInvitation surveyInvitation = _rows.surveyInvitation(
			newInvitation -> {
				newInvitation.setCompanyId(AnsweringFixture.COMPANY_ID);
				newInvitation.setGroupId(AnsweringFixture.GROUP_ID);
				newInvitation.setSurveyDispatchId(surveyDispatchId);
				newInvitation.setSurveyId(_survey.getSurveyId());
				newInvitation.setRegistrationId(_rows.newId());
				newInvitation.setUserId(_rows.newId());
				newInvitation.setMethodId(AnsweringFixture.METHOD_ID);
				newInvitation.setStatus(status);
				newInvitation.setExpirationDate(_CLOSE);
			});

		return surveyInvitation.getSurveyInvitationId();
	}

	private void _response() throws Exception {
		_rows.surveyResponse(
			surveyResponse -> {
				surveyResponse.setCompanyId(AnsweringFixture.COMPANY_ID);
				surveyResponse.setGroupId(AnsweringFixture.GROUP_ID);
				surveyResponse.setSurveyId(_survey.getSurveyId());
				surveyResponse.setSurveyDispatchId(_surveyDispatchId);
				surveyResponse.setMethodId(AnsweringFixture.METHOD_ID);
			});
	}

	private SurveyDispatchLocalService _service() {
		return harness.get(SurveyDispatchLocalService.class);
	}

	private void _update(Date closeDate, int status) throws Exception {
		_service().updateSurveyDispatch(
			_surveyDispatchId, AnsweringFixture.METHOD_ID, new long[0],
			SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE, 0, _START,
			closeDate, 14, 3, status);
	}

	private static final Date _CLOSE = new Date(1_900_000_000_000L);

	private static final Date _LATER_CLOSE = new Date(1_900_864_000_000L);

	private static final Date _START = new Date(1_890_000_000_000L);

	private AnsweringFixture _fixture;
	private SurveyRows _rows;
	private Survey _survey;
	private long _surveyDispatchId;

}
