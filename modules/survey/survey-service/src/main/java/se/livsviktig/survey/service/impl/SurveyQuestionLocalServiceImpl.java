/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.Portal;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.internal.question.QuestionOptions;
import se.livsviktig.survey.internal.question.QuestionOrder;
import se.livsviktig.survey.internal.question.QuestionValidator;
import se.livsviktig.survey.internal.survey.SurveyLock;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.base.SurveyQuestionLocalServiceBaseImpl;

/**
 * A survey's questions in their order. Nothing changes once the survey has a response ({@link SurveyLock}): every
 * method that writes checks it first. Each question is checked in the site's default language
 * ({@link QuestionValidator}); a question keeps only what its type uses (labels for Likert, options for choices).
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.survey.model.SurveyQuestion",
	service = AopService.class
)
public class SurveyQuestionLocalServiceImpl
	extends SurveyQuestionLocalServiceBaseImpl {

	/**
	 * The new question goes last.
	 */
	@Override
	public SurveyQuestion addSurveyQuestion(
			long surveyId, int questionType, Map<Locale, String> textMap,
			Map<Locale, String> lowLabelMap, Map<Locale, String> highLabelMap,
			Map<Locale, String> optionsMap, boolean required,
			ServiceContext serviceContext)
		throws PortalException {

		Survey survey = surveyPersistence.findByPrimaryKey(surveyId);

		_surveyLock().checkUnlocked(surveyId);

		_validator.validate(
			questionType, textMap, lowLabelMap, highLabelMap, optionsMap,
			_portal.getSiteDefaultLocale(survey.getGroupId()));

		SurveyQuestion surveyQuestion = surveyQuestionPersistence.create(
			counterLocalService.increment());

		surveyQuestion.setUuid(serviceContext.getUuid());
		surveyQuestion.setGroupId(survey.getGroupId());
		surveyQuestion.setCompanyId(survey.getCompanyId());
		surveyQuestion.setSurveyId(surveyId);
		surveyQuestion.setPosition(
			surveyQuestionPersistence.countBySurveyId(surveyId));
		surveyQuestion.setQuestionType(questionType);

		_setTexts(
			surveyQuestion, textMap, lowLabelMap, highLabelMap, optionsMap,
			required);

		return surveyQuestionPersistence.update(surveyQuestion);
	}

	@Override
	public SurveyQuestion deleteSurveyQuestion(long surveyQuestionId)
		throws PortalException {

		return deleteSurveyQuestion(
			surveyQuestionPersistence.findByPrimaryKey(surveyQuestionId));
	}

	/**
	 * The questions after it move up one place, so positions stay dense.
	 */
	@Override
	public SurveyQuestion deleteSurveyQuestion(SurveyQuestion surveyQuestion)
		throws PortalException {

		_surveyLock().checkUnlocked(surveyQuestion.getSurveyId());

		surveyQuestion = surveyQuestionPersistence.remove(surveyQuestion);

		for (SurveyQuestion moved :
				QuestionOrder.withoutGaps(
					surveyQuestionPersistence.findBySurveyId(
						surveyQuestion.getSurveyId()))) {

			surveyQuestionPersistence.update(moved);
		}

		return surveyQuestion;
	}

	@Override
	public List<SurveyQuestion> getSurveyQuestions(long surveyId) {
		return surveyQuestionPersistence.findBySurveyId(surveyId);
	}

	/**
	 * Puts the question at the 0-based position; those between its old and new place shift by one.
	 */
	@Override
	public SurveyQuestion moveSurveyQuestion(
			long surveyQuestionId, int newPosition)
		throws PortalException {

		SurveyQuestion surveyQuestion =
			surveyQuestionPersistence.findByPrimaryKey(surveyQuestionId);

		_surveyLock().checkUnlocked(surveyQuestion.getSurveyId());

		for (SurveyQuestion moved :
				QuestionOrder.move(
					surveyQuestionPersistence.findBySurveyId(
						surveyQuestion.getSurveyId()),
					surveyQuestion, newPosition)) {

			surveyQuestionPersistence.update(moved);
		}

		return surveyQuestion;
	}

	/**
	 * The type stays: answers of one type cannot be read as another. To ask differently, delete and add.
	 */
	@Override
	public SurveyQuestion updateSurveyQuestion(
			long surveyQuestionId, Map<Locale, String> textMap,
			Map<Locale, String> lowLabelMap, Map<Locale, String> highLabelMap,
			Map<Locale, String> optionsMap, boolean required)
		throws PortalException {

		SurveyQuestion surveyQuestion =
			surveyQuestionPersistence.findByPrimaryKey(surveyQuestionId);

		_surveyLock().checkUnlocked(surveyQuestion.getSurveyId());

		_validator.validate(
			surveyQuestion.getQuestionType(), textMap, lowLabelMap,
			highLabelMap, optionsMap,
			_portal.getSiteDefaultLocale(surveyQuestion.getGroupId()));

		_setTexts(
			surveyQuestion, textMap, lowLabelMap, highLabelMap, optionsMap,
			required);

		return surveyQuestionPersistence.update(surveyQuestion);
	}

	private void _setTexts(
		SurveyQuestion surveyQuestion, Map<Locale, String> textMap,
		Map<Locale, String> lowLabelMap, Map<Locale, String> highLabelMap,
		Map<Locale, String> optionsMap, boolean required) {

		int questionType = surveyQuestion.getQuestionType();

		surveyQuestion.setTextMap(textMap);

		if (questionType == SurveyQuestionConstants.TYPE_LIKERT) {
			surveyQuestion.setLowLabelMap(lowLabelMap);
			surveyQuestion.setHighLabelMap(highLabelMap);
		}
		else {
			surveyQuestion.setLowLabelMap(Collections.emptyMap());
			surveyQuestion.setHighLabelMap(Collections.emptyMap());
		}

		if (SurveyQuestionConstants.isChoice(questionType)) {
			surveyQuestion.setOptionsMap(QuestionOptions.normalized(optionsMap));
		}
		else {
			surveyQuestion.setOptionsMap(Collections.emptyMap());
		}

		surveyQuestion.setRequired(required);
	}

	private SurveyLock _surveyLock() {
		return new SurveyLock(surveyResponsePersistence);
	}

	@Reference
	private Portal _portal;

	private final QuestionValidator _validator = new QuestionValidator();

}
