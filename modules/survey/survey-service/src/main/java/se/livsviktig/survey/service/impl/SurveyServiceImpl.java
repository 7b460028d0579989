/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.constants.SurveyActionKeys;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.base.SurveyServiceBaseImpl;

/**
 * Surveys for callers the portal has authenticated: MANAGE_SURVEYS on the app's root resource in the site adds
 * (and copies into) it; a survey's UPDATE, DELETE and VIEW (which MANAGE_SURVEYS includes, see the survey's
 * permission logic) guard the rest. The site's list is for those who manage its surveys or read their results.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvsurvey",
		"json.web.service.context.path=Survey"
	},
	service = AopService.class
)
public class SurveyServiceImpl extends SurveyServiceBaseImpl {

	@Override
	public Survey addSurvey(
			long groupId, Map<Locale, String> titleMap,
			Map<Locale, String> descriptionMap, int kind, boolean anonymous,
			ServiceContext serviceContext)
		throws PortalException {

		_portletResourcePermission.check(
			getPermissionChecker(), groupId, SurveyActionKeys.MANAGE_SURVEYS);

		return surveyLocalService.addSurvey(
			getUserId(), groupId, titleMap, descriptionMap, kind, anonymous,
			serviceContext);
	}

	/**
	 * Reading the survey (VIEW) and adding to its site (MANAGE_SURVEYS): the copy is a new survey there.
	 */
	@Override
	public Survey copySurvey(long surveyId, ServiceContext serviceContext)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		Survey survey = surveyLocalService.getSurvey(surveyId);

		_surveyModelResourcePermission.check(
			permissionChecker, survey, ActionKeys.VIEW);
		_portletResourcePermission.check(
			permissionChecker, survey.getGroupId(),
			SurveyActionKeys.MANAGE_SURVEYS);

		return surveyLocalService.copySurvey(
			getUserId(), surveyId, serviceContext);
	}

	@Override
	public Survey deleteSurvey(long surveyId) throws PortalException {
		_surveyModelResourcePermission.check(
			getPermissionChecker(), surveyId, ActionKeys.DELETE);

		return surveyLocalService.deleteSurvey(surveyId);
	}

	@Override
	public List<Survey> getGroupSurveys(long groupId, int start, int end)
		throws PortalException {

		_checkMayListSurveys(groupId);

		return surveyLocalService.getGroupSurveys(groupId, start, end);
	}

	@Override
	public int getGroupSurveysCount(long groupId) throws PortalException {
		_checkMayListSurveys(groupId);

		return surveyLocalService.getGroupSurveysCount(groupId);
	}

	@Override
	public Survey getSurvey(long surveyId) throws PortalException {
		_surveyModelResourcePermission.check(
			getPermissionChecker(), surveyId, ActionKeys.VIEW);

		return surveyLocalService.getSurvey(surveyId);
	}

	@Override
	public Survey updateSurvey(
			long surveyId, Map<Locale, String> titleMap,
			Map<Locale, String> descriptionMap, boolean anonymous, int status)
		throws PortalException {

		_surveyModelResourcePermission.check(
			getPermissionChecker(), surveyId, ActionKeys.UPDATE);

		return surveyLocalService.updateSurvey(
			surveyId, titleMap, descriptionMap, anonymous, status);
	}

	private void _checkMayListSurveys(long groupId) throws PortalException {
		PermissionChecker permissionChecker = getPermissionChecker();

		if (_portletResourcePermission.contains(
				permissionChecker, groupId, SurveyActionKeys.MANAGE_SURVEYS) ||
			_portletResourcePermission.contains(
				permissionChecker, groupId,
				SurveyActionKeys.VIEW_SURVEY_RESULTS)) {

			return;
		}

		throw new PrincipalException.MustHavePermission(
			permissionChecker, SurveyConstants.RESOURCE_NAME, groupId,
			SurveyActionKeys.MANAGE_SURVEYS,
			SurveyActionKeys.VIEW_SURVEY_RESULTS);
	}

	@Reference(
		target = "(resource.name=" + SurveyConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference(
		target = "(model.class.name=se.livsviktig.survey.model.Survey)"
	)
	private ModelResourcePermission<Survey> _surveyModelResourcePermission;

}
