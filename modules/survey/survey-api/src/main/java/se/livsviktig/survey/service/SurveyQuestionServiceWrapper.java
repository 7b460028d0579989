/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link SurveyQuestionService}.
 *
 * @author Livsviktig
 * @see SurveyQuestionService
 * @generated
 */
public class SurveyQuestionServiceWrapper
	implements ServiceWrapper<SurveyQuestionService>, SurveyQuestionService {

	public SurveyQuestionServiceWrapper() {
		this(null);
	}

	public SurveyQuestionServiceWrapper(
		SurveyQuestionService surveyQuestionService) {

		_surveyQuestionService = surveyQuestionService;
	}

	@Override
	public se.livsviktig.survey.model.SurveyQuestion addSurveyQuestion(
			long surveyId, int questionType,
			java.util.Map<java.util.Locale, String> textMap,
			java.util.Map<java.util.Locale, String> lowLabelMap,
			java.util.Map<java.util.Locale, String> highLabelMap,
			java.util.Map<java.util.Locale, String> optionsMap,
			boolean required,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionService.addSurveyQuestion(
			surveyId, questionType, textMap, lowLabelMap, highLabelMap,
			optionsMap, required, serviceContext);
	}

	@Override
	public se.livsviktig.survey.model.SurveyQuestion deleteSurveyQuestion(
			long surveyQuestionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionService.deleteSurveyQuestion(surveyQuestionId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyQuestionService.getOSGiServiceIdentifier();
	}

	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyQuestion>
			getSurveyQuestions(long surveyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionService.getSurveyQuestions(surveyId);
	}

	@Override
	public se.livsviktig.survey.model.SurveyQuestion moveSurveyQuestion(
			long surveyQuestionId, int newPosition)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionService.moveSurveyQuestion(
			surveyQuestionId, newPosition);
	}

	@Override
	public se.livsviktig.survey.model.SurveyQuestion updateSurveyQuestion(
			long surveyQuestionId,
			java.util.Map<java.util.Locale, String> textMap,
			java.util.Map<java.util.Locale, String> lowLabelMap,
			java.util.Map<java.util.Locale, String> highLabelMap,
			java.util.Map<java.util.Locale, String> optionsMap,
			boolean required)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionService.updateSurveyQuestion(
			surveyQuestionId, textMap, lowLabelMap, highLabelMap, optionsMap,
			required);
	}

	@Override
	public SurveyQuestionService getWrappedService() {
		return _surveyQuestionService;
	}

	@Override
	public void setWrappedService(SurveyQuestionService surveyQuestionService) {
		_surveyQuestionService = surveyQuestionService;
	}

	private SurveyQuestionService _surveyQuestionService;

}