package se.livsviktig.survey.test.persistence;

import com.liferay.portal.kernel.model.BaseModel;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

import java.io.Serializable;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyAccessToken;
import se.livsviktig.survey.model.SurveyAnswer;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.model.SurveyDispatchSession;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.model.SurveyResponse;
import se.livsviktig.survey.service.persistence.SurveyPersistence;
import se.livsviktig.survey.service.persistence.SurveyAccessTokenPersistence;
import se.livsviktig.survey.service.persistence.SurveyAnswerPersistence;
import se.livsviktig.survey.service.persistence.SurveyDispatchPersistence;
import se.livsviktig.survey.service.persistence.SurveyDispatchSessionPersistence;
import se.livsviktig.survey.service.persistence.SurveyInvitationPersistence;
import se.livsviktig.survey.service.persistence.SurveyQuestionPersistence;
import se.livsviktig.survey.service.persistence.SurveyResponsePersistence;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * Commits rows of the survey model through the generated persistence, each in a transaction of its own, with ids
 * from the portal's counter. A test sets only the columns its rule is about.
 *
 * @author Livsviktig
 */
final class SurveyRows {

	static PersistenceHarness harness() {
		return PersistenceHarness.forServiceBundle(
			LVSurveyPersistenceConstants.class);
	}

	/**
	 * The primary keys of the rows, to compare what a finder found with what a test expected.
	 */
	static Set<Serializable> keys(List<? extends BaseModel<?>> models) {
		return models.stream(
		).map(
			BaseModel::getPrimaryKeyObj
		).collect(
			Collectors.toSet()
		);
	}

	static Set<Serializable> keys(BaseModel<?>... models) {
		return keys(List.of(models));
	}

	/**
	 * The primary keys in the order a finder returned them, for finders whose order is part of the contract.
	 */
	static List<Serializable> orderedKeys(List<? extends BaseModel<?>> models) {
		return models.stream(
		).map(
			BaseModel::getPrimaryKeyObj
		).collect(
			Collectors.toList()
		);
	}

	SurveyRows(PersistenceHarness harness) {
		_harness = harness;
	}

	Survey survey(Consumer<Survey> values) throws Exception {
		return _add(
			SurveyPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	SurveyAccessToken surveyAccessToken(Consumer<SurveyAccessToken> values) throws Exception {
		return _add(
			SurveyAccessTokenPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	SurveyAnswer surveyAnswer(Consumer<SurveyAnswer> values) throws Exception {
		return _add(
			SurveyAnswerPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	SurveyDispatch surveyDispatch(Consumer<SurveyDispatch> values) throws Exception {
		return _add(
			SurveyDispatchPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	SurveyDispatchSession surveyDispatchSession(Consumer<SurveyDispatchSession> values) throws Exception {
		return _add(
			SurveyDispatchSessionPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	SurveyInvitation surveyInvitation(Consumer<SurveyInvitation> values) throws Exception {
		return _add(
			SurveyInvitationPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	SurveyQuestion surveyQuestion(Consumer<SurveyQuestion> values) throws Exception {
		return _add(
			SurveyQuestionPersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	SurveyResponse surveyResponse(Consumer<SurveyResponse> values) throws Exception {
		return _add(
			SurveyResponsePersistence.class,
			persistence -> persistence.create(newId()), values);
	}

	/**
	 * A value no other row of the test run has: a fresh survey, dispatch, user or group for one test.
	 */
	long newId() {
		return _harness.counterLocalService(
		).increment();
	}

	/**
	 * Runs a finder in a transaction of its own, so it reads what was committed.
	 */
	<T> T read(Callable<T> callable) throws Exception {
		return _harness.inTransaction(callable);
	}

	private <M extends BaseModel<M>, P extends BasePersistence<M>> M _add(
			Class<P> persistenceType, Function<P, M> create,
			Consumer<M> values)
		throws Exception {

		P persistence = _harness.get(persistenceType);

		return _harness.inTransaction(
			() -> {
				M model = create.apply(persistence);

				values.accept(model);

				return persistence.update(model);
			});
	}

	private final PersistenceHarness _harness;

}
