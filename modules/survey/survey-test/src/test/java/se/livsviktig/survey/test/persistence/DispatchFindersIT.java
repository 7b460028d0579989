package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static se.livsviktig.survey.test.persistence.SurveyRows.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.model.SurveyDispatchSession;
import se.livsviktig.survey.service.persistence.SurveyDispatchPersistence;
import se.livsviktig.survey.service.persistence.SurveyDispatchSessionPersistence;

/**
 * The SurveyDispatch and SurveyDispatchSession finders of service.xml, on PostgreSQL: a survey's dispatches, a
 * company's active dispatches (the invitation job's list), and a dispatch's chosen sessions.
 *
 * @author Livsviktig
 */
class DispatchFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	@FinderUnderTest(entity = "SurveyDispatch", finder = "SurveyId")
	@Test
	void findBySurveyIdReturnsTheSurveysDispatchesOnly() throws Exception {
		long companyId = _rows.newId();
		long surveyId = _rows.newId();

		SurveyDispatch first = _dispatch(
			companyId, surveyId, SurveyDispatchConstants.STATUS_ACTIVE);
		SurveyDispatch second = _dispatch(
			companyId, surveyId, SurveyDispatchConstants.STATUS_CLOSED);

		_dispatch(
			companyId, _rows.newId(), SurveyDispatchConstants.STATUS_ACTIVE);

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> _dispatches().findBySurveyId(surveyId))));
	}

	@FinderUnderTest(entity = "SurveyDispatch", finder = "C_Status")
	@Test
	void findByC_StatusReturnsTheCompanysDispatchesInThatStatusOnly()
		throws Exception {

		long companyId = _rows.newId();

		SurveyDispatch active = _dispatch(
			companyId, _rows.newId(), SurveyDispatchConstants.STATUS_ACTIVE);

		_dispatch(
			companyId, _rows.newId(), SurveyDispatchConstants.STATUS_PAUSED);
		_dispatch(
			_rows.newId(), _rows.newId(),
			SurveyDispatchConstants.STATUS_ACTIVE);

		assertEquals(
			keys(active),
			keys(
				_rows.read(
					() -> _dispatches().findByC_Status(
						companyId, SurveyDispatchConstants.STATUS_ACTIVE))));
	}

	@FinderUnderTest(entity = "SurveyDispatchSession", finder = "SurveyDispatchId")
	@Test
	void findBySurveyDispatchIdReturnsTheDispatchsChosenSessionsOnly()
		throws Exception {

		long surveyDispatchId = _rows.newId();

		SurveyDispatchSession first = _session(
			surveyDispatchId, _rows.newId());
		SurveyDispatchSession second = _session(
			surveyDispatchId, _rows.newId());

		_session(_rows.newId(), _rows.newId());

		assertEquals(
			keys(first, second),
			keys(
				_rows.read(
					() -> _sessions().findBySurveyDispatchId(
						surveyDispatchId))));
	}

	@FinderUnderTest(entity = "SurveyDispatchSession", finder = "D_S")
	@Test
	void fetchByD_SFindsTheChosenSessionOfThatDispatchOnly() throws Exception {
		long surveyDispatchId = _rows.newId();
		long courseSessionId = _rows.newId();

		SurveyDispatchSession chosen = _session(
			surveyDispatchId, courseSessionId);

		_session(_rows.newId(), courseSessionId);

		assertEquals(
			chosen.getPrimaryKeyObj(),
			_rows.read(
				() -> _sessions().fetchByD_S(surveyDispatchId, courseSessionId)
			).getPrimaryKeyObj());
		assertNull(
			_rows.read(
				() -> _sessions().fetchByD_S(
					surveyDispatchId, _rows.newId())));
	}

	private SurveyDispatch _dispatch(long companyId, long surveyId, int status)
		throws Exception {

		return _rows.surveyDispatch(
			dispatch -> {
				dispatch.setCompanyId(companyId);
				dispatch.setSurveyId(surveyId);
				dispatch.setStatus(status);
			});
	}

	private static SurveyDispatchPersistence _dispatches() {
		return harness.get(SurveyDispatchPersistence.class);
	}

	private SurveyDispatchSession _session(
			long surveyDispatchId, long courseSessionId)
		throws Exception {

		return _rows.surveyDispatchSession(
			session -> {
				session.setCompanyId(_COMPANY_ID);
				session.setSurveyDispatchId(surveyDispatchId);
				session.setCourseSessionId(courseSessionId);
			});
	}

	private static SurveyDispatchSessionPersistence _sessions() {
		return harness.get(SurveyDispatchSessionPersistence.class);
	}

	private static final long _COMPANY_ID = 20097;

	private final SurveyRows _rows = new SurveyRows(harness);

}
