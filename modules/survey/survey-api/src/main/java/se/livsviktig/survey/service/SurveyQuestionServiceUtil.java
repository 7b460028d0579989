/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;
import java.util.Map;

import se.livsviktig.survey.model.SurveyQuestion;

/**
 * Provides the remote service utility for SurveyQuestion. This utility wraps
 * <code>se.livsviktig.survey.service.impl.SurveyQuestionServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see SurveyQuestionService
 * @generated
 */
public class SurveyQuestionServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyQuestionServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static SurveyQuestion addSurveyQuestion(
			long surveyId, int questionType,
			Map<java.util.Locale, String> textMap,
			Map<java.util.Locale, String> lowLabelMap,
			Map<java.util.Locale, String> highLabelMap,
			Map<java.util.Locale, String> optionsMap, boolean required,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addSurveyQuestion(
			surveyId, questionType, textMap, lowLabelMap, highLabelMap,
			optionsMap, required, serviceContext);
	}

	public static SurveyQuestion deleteSurveyQuestion(long surveyQuestionId)
		throws PortalException {

		return getService().deleteSurveyQuestion(surveyQuestionId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static List<SurveyQuestion> getSurveyQuestions(long surveyId)
		throws PortalException {

		return getService().getSurveyQuestions(surveyId);
	}

	public static SurveyQuestion moveSurveyQuestion(
			long surveyQuestionId, int newPosition)
		throws PortalException {

		return getService().moveSurveyQuestion(surveyQuestionId, newPosition);
	}

	public static SurveyQuestion updateSurveyQuestion(
			long surveyQuestionId, Map<java.util.Locale, String> textMap,
			Map<java.util.Locale, String> lowLabelMap,
			Map<java.util.Locale, String> highLabelMap,
			Map<java.util.Locale, String> optionsMap, boolean required)
		throws PortalException {

		return getService().updateSurveyQuestion(
			surveyQuestionId, textMap, lowLabelMap, highLabelMap, optionsMap,
			required);
	}

	public static SurveyQuestionService getService() {
		return _service;
	}

	public static void setService(SurveyQuestionService service) {
		_service = service;
	}

	private static volatile SurveyQuestionService _service;

}