package se.livsviktig.survey.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.service.ResourceLocalService;

import java.sql.Timestamp;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.exception.SurveyDispatchException;
import se.livsviktig.survey.exception.SurveyDispatchInUseException;
import se.livsviktig.survey.internal.dispatch.DispatchInvitations;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.model.SurveyDispatchSession;
import se.livsviktig.survey.model.impl.SurveyDispatchImpl;
import se.livsviktig.survey.service.persistence.SurveyAccessTokenPersistence;
import se.livsviktig.survey.service.persistence.SurveyDispatchPersistence;
import se.livsviktig.survey.service.persistence.SurveyDispatchSessionPersistence;
import se.livsviktig.survey.service.persistence.SurveyInvitationPersistence;
import se.livsviktig.survey.service.persistence.SurveyPersistence;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A dispatch's changes and what they do to its invitations: a new closing date moves the open invitations' expiry,
 * settings and status are saved by one call, and deleting takes only a dispatch that mailed nothing, with its
 * pending invitations, their links and its sessions.
 *
 * @author Livsviktig
 */
public class SurveyDispatchLocalServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(_service, "resourceLocalService", _resourceLocalService);
		Fields.set(
			_service, "surveyAccessTokenPersistence", _tokens);
		Fields.set(_service, "surveyDispatchPersistence", _dispatches);
		Fields.set(
			_service, "surveyDispatchSessionPersistence", _dispatchSessions);
		Fields.set(_service, "surveyInvitationPersistence", _invitations);
		Fields.set(_service, "surveyPersistence", _surveys);
		Fields.set(
			_service, "_trainingMethodLocalService",
			_trainingMethodLocalService);
		Fields.set(
			_service, "_clock",
			Clock.fixed(Instant.ofEpochMilli(_NOW), ZoneOffset.UTC));

		_dispatch.setSurveyDispatchId(_DISPATCH_ID);
		_dispatch.setCompanyId(_COMPANY_ID);
		_dispatch.setSurveyId(_SURVEY_ID);
		_dispatch.setMethodId(_METHOD_ID);
		_dispatch.setWindowStartDate(_START);
		_dispatch.setCloseDate(_CLOSE);
		_dispatch.setStatus(SurveyDispatchConstants.STATUS_ACTIVE);

		when(
			_dispatches.findByPrimaryKey(_DISPATCH_ID)
		).thenReturn(
			_dispatch
		);
		when(_dispatches.update(any())).thenAnswer(i -> i.getArgument(0));

		Survey survey = mock(Survey.class);

		when(survey.getCompanyId()).thenReturn(_COMPANY_ID);
		when(survey.getStatus()).thenReturn(SurveyConstants.STATUS_ACTIVE);
		when(_surveys.findByPrimaryKey(_SURVEY_ID)).thenReturn(survey);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(trainingMethod.getCompanyId()).thenReturn(_COMPANY_ID);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(_METHOD_ID)
		).thenReturn(
			trainingMethod
		);

		when(_invitations.getCurrentSession()).thenReturn(_session);
		when(
			_session.createSynchronizedSQLQuery(anyString())
		).thenReturn(
			_sqlQuery
		);
	}

	@Test
	public void aNewCloseDateMovesTheOpenInvitationsExpiry() throws Exception {
		Date later = new Date(_CLOSE.getTime() + _DAY);

		_update(later, SurveyDispatchConstants.STATUS_ACTIVE);

		assertEquals(later, _dispatch.getCloseDate());
		verify(
			_session
		).createSynchronizedSQLQuery(
			DispatchInvitations.MOVE_OPEN_EXPIRY
		);
		verify(
			_sqlQuery
		).setTimestamp(
			0, new Timestamp(later.getTime())
		);
		verify(_sqlQuery).executeUpdate();
	}

	@Test
	public void theSameCloseDateLeavesTheInvitationsAlone() throws Exception {

		// As the column reads back: a Timestamp, which never equals a Date

		_dispatch.setCloseDate(new Timestamp(_CLOSE.getTime()));

		_update(
			new Date(_CLOSE.getTime()), SurveyDispatchConstants.STATUS_ACTIVE);

		verify(_session, never()).createSynchronizedSQLQuery(anyString());
	}

	@Test
	public void settingsAndStatusAreSavedByOneCall() throws Exception {
		_update(_CLOSE, SurveyDispatchConstants.STATUS_CLOSED);

		assertEquals(
			SurveyDispatchConstants.STATUS_CLOSED, _dispatch.getStatus());
		assertEquals(_NOW, _dispatch.getModifiedDate().getTime());
	}

	@Test
	public void aRefusedStatusIsATypedExceptionFromTheSameCall() {
		assertThrows(
			SurveyDispatchException.class, () -> _update(_CLOSE, 99));
	}

	@Test
	public void aDispatchThatSentAnInvitationIsNotDeleted() throws Exception {
		when(
			_invitations.countByD_S(
				_DISPATCH_ID, SurveyInvitationConstants.STATUS_SENT)
		).thenReturn(
			1
		);

		assertThrows(
			SurveyDispatchInUseException.class,
			() -> _service.deleteSurveyDispatch(_DISPATCH_ID));

		verify(_dispatches, never()).remove(any(SurveyDispatch.class));
		verify(_dispatchSessions, never()).remove(
			any(SurveyDispatchSession.class));
		verify(
			_resourceLocalService, never()
		).deleteResource(
			anyLong(), anyString(), anyInt(), anyLong()
		);
	}

	@Test
	public void aDispatchOfPendingInvitationsGoesWithThemTheirLinksAndSessions()
		throws Exception {

		SurveyDispatchSession dispatchSession = mock(
			SurveyDispatchSession.class);

		when(
			_dispatchSessions.findBySurveyDispatchId(_DISPATCH_ID)
		).thenReturn(
			List.of(dispatchSession)
		);
		when(_dispatches.remove(_dispatch)).thenReturn(_dispatch);

		_service.deleteSurveyDispatch(_DISPATCH_ID);

		verify(
			_session
		).createSynchronizedSQLQuery(
			DispatchInvitations.DELETE_PENDING_LINKS
		);
		verify(
			_session
		).createSynchronizedSQLQuery(
			DispatchInvitations.DELETE_PENDING
		);
		verify(_dispatchSessions).remove(dispatchSession);
		verify(
			_resourceLocalService
		).deleteResource(
			_COMPANY_ID, SurveyDispatch.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL, _DISPATCH_ID
		);
		verify(_dispatches).remove(_dispatch);
	}

	private void _update(Date closeDate, int status) throws Exception {
		_service.updateSurveyDispatch(
			_DISPATCH_ID, _METHOD_ID, new long[0],
			SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE, 0, _START,
			closeDate, 7, 2, status);
	}

	private static final Date _CLOSE = new Date(1_900_086_400_000L);

	private static final long _COMPANY_ID = 20101;

	private static final long _DAY = 86_400_000L;

	private static final long _DISPATCH_ID = 72;

	private static final long _METHOD_ID = 501;

	private static final long _NOW = 1_899_000_000_000L;

	private static final Date _START = new Date(1_900_000_000_000L);

	private static final long _SURVEY_ID = 71;

	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final SurveyDispatch _dispatch = new SurveyDispatchImpl();
	private final SurveyDispatchPersistence _dispatches = mock(
		SurveyDispatchPersistence.class);
	private final SurveyDispatchSessionPersistence _dispatchSessions = mock(
		SurveyDispatchSessionPersistence.class);
	private final SurveyInvitationPersistence _invitations = mock(
		SurveyInvitationPersistence.class);
	private final ResourceLocalService _resourceLocalService = mock(
		ResourceLocalService.class);
	private final SurveyDispatchLocalServiceImpl _service =
		new SurveyDispatchLocalServiceImpl();
	private final Session _session = mock(Session.class);
	private final SQLQuery _sqlQuery = mock(SQLQuery.class);
	private final SurveyAccessTokenPersistence _tokens = mock(
		SurveyAccessTokenPersistence.class);
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);
	private final SurveyPersistence _surveys = mock(SurveyPersistence.class);

}
