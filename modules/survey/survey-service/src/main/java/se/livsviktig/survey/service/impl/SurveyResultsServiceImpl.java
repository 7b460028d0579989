/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.constants.SurveyActionKeys;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.survey.service.base.SurveyResultsServiceBaseImpl;
import se.livsviktig.survey.service.internal.results.ResultsFilterValidator;
import se.livsviktig.survey.internal.security.permission.TaughtSessionResultsPermission;

/**
 * Results for callers the portal has authenticated: VIEW_SURVEY_RESULTS on
 * the app's root resource in the survey's site for every group,
 * VIEW_FREE_TEXT for free text, and an instructor the sessions they taught
 * (permission logic, not a role), always under the same suppression.
 */
@Component(
	property = {
		"json.web.service.context.name=lvsurvey",
		"json.web.service.context.path=SurveyResults"
	},
	service = AopService.class
)
public class SurveyResultsServiceImpl extends SurveyResultsServiceBaseImpl {

	@Override
	public List<String> getFreeTextAnswers(
			long surveyId, long surveyQuestionId, SurveyResultsQuery query)
		throws PortalException {

		Survey survey = surveyPersistence.findByPrimaryKey(surveyId);

		_portletResourcePermission.check(
			getPermissionChecker(), survey.getGroupId(),
			SurveyActionKeys.VIEW_FREE_TEXT);

		_resultsFilterValidator.validate(survey.getCompanyId(), query);

		return surveyResultsLocalService.getFreeTextAnswers(
			surveyId, surveyQuestionId, query, null);
	}

	@Override
	public SurveyResults getSurveyResults(
			long surveyId, SurveyResultsQuery query)
		throws PortalException {

		Survey survey = surveyPersistence.findByPrimaryKey(surveyId);

		_portletResourcePermission.check(
			getPermissionChecker(), survey.getGroupId(),
			SurveyActionKeys.VIEW_SURVEY_RESULTS);

		_resultsFilterValidator.validate(survey.getCompanyId(), query);

		return surveyResultsLocalService.getSurveyResults(surveyId, query);
	}

	/**
	 * The survey's results over the sessions the caller taught (accepted as
	 * instructor); a session filter must be one of them.
	 */
	@Override
	public SurveyResults getTaughtSessionResults(
			long surveyId, SurveyResultsQuery query)
		throws PortalException {

		Survey survey = surveyPersistence.findByPrimaryKey(surveyId);

		long[] courseSessionIds =
			_taughtSessionResultsPermission.getTaughtSessionIds(
				getPermissionChecker(), survey.getCompanyId(),
				query.getCourseSessionId());

		return surveyResultsLocalService.getSurveyResults(
			surveyId, query, courseSessionIds);
	}

	/**
	 * The surveys answered in a session the caller taught (accepted as
	 * instructor), to choose whose results to read.
	 *
	 * @throws PrincipalException when the caller did not teach the session
	 */
	@Override
	public List<Survey> getTaughtSessionSurveys(long courseSessionId)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		// Zero would mean "every session they taught" to the permission: a
		// list of surveys is always of one session

		if (courseSessionId <= 0) {
			throw new PrincipalException.MustHavePermission(
				permissionChecker, Survey.class.getName(), courseSessionId,
				SurveyActionKeys.VIEW_SURVEY_RESULTS);
		}

		_taughtSessionResultsPermission.getTaughtSessionIds(
			permissionChecker, permissionChecker.getCompanyId(),
			courseSessionId);

		return surveyResultsLocalService.getCourseSessionSurveys(
			permissionChecker.getCompanyId(), courseSessionId);
	}

	@Reference(target = "(resource.name=" + SurveyConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private ResultsFilterValidator _resultsFilterValidator;

	@Reference
	private TaughtSessionResultsPermission _taughtSessionResultsPermission;

}
