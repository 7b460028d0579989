/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.base.SurveyQuestionServiceBaseImpl;

/**
 * Questions are part of their survey: changing them takes UPDATE on the survey, reading them VIEW.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvsurvey",
		"json.web.service.context.path=SurveyQuestion"
	},
	service = AopService.class
)
public class SurveyQuestionServiceImpl extends SurveyQuestionServiceBaseImpl {

	@Override
	public SurveyQuestion addSurveyQuestion(
			long surveyId, int questionType, Map<Locale, String> textMap,
			Map<Locale, String> lowLabelMap, Map<Locale, String> highLabelMap,
			Map<Locale, String> optionsMap, boolean required,
			ServiceContext serviceContext)
		throws PortalException {

		_surveyModelResourcePermission.check(
			getPermissionChecker(), surveyId, ActionKeys.UPDATE);

		return surveyQuestionLocalService.addSurveyQuestion(
			surveyId, questionType, textMap, lowLabelMap, highLabelMap,
			optionsMap, required, serviceContext);
	}

	@Override
	public SurveyQuestion deleteSurveyQuestion(long surveyQuestionId)
		throws PortalException {

		_checkSurvey(surveyQuestionId, ActionKeys.UPDATE);

		return surveyQuestionLocalService.deleteSurveyQuestion(
			surveyQuestionId);
	}

	@Override
	public List<SurveyQuestion> getSurveyQuestions(long surveyId)
		throws PortalException {

		_surveyModelResourcePermission.check(
			getPermissionChecker(), surveyId, ActionKeys.VIEW);

		return surveyQuestionLocalService.getSurveyQuestions(surveyId);
	}

	@Override
	public SurveyQuestion moveSurveyQuestion(
			long surveyQuestionId, int newPosition)
		throws PortalException {

		_checkSurvey(surveyQuestionId, ActionKeys.UPDATE);

		return surveyQuestionLocalService.moveSurveyQuestion(
			surveyQuestionId, newPosition);
	}

	@Override
	public SurveyQuestion updateSurveyQuestion(
			long surveyQuestionId, Map<Locale, String> textMap,
			Map<Locale, String> lowLabelMap, Map<Locale, String> highLabelMap,
			Map<Locale, String> optionsMap, boolean required)
		throws PortalException {

		_checkSurvey(surveyQuestionId, ActionKeys.UPDATE);

		return surveyQuestionLocalService.updateSurveyQuestion(
			surveyQuestionId, textMap, lowLabelMap, highLabelMap, optionsMap,
			required);
	}

	private void _checkSurvey(long surveyQuestionId, String actionId)
		throws PortalException {

		SurveyQuestion surveyQuestion =
			surveyQuestionLocalService.getSurveyQuestion(surveyQuestionId);

		_surveyModelResourcePermission.check(
			getPermissionChecker(), surveyQuestion.getSurveyId(), actionId);
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.survey.model.Survey)"
	)
	private ModelResourcePermission<Survey> _surveyModelResourcePermission;

}
