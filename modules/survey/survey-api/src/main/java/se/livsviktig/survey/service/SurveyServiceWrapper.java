/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link SurveyService}.
 *
 * @author Livsviktig
 * @see SurveyService
 * @generated
 */
public class SurveyServiceWrapper
	implements ServiceWrapper<SurveyService>, SurveyService {

	public SurveyServiceWrapper() {
		this(null);
	}

	public SurveyServiceWrapper(SurveyService surveyService) {
		_surveyService = surveyService;
	}

	@Override
	public se.livsviktig.survey.model.Survey addSurvey(
			long groupId, java.util.Map<java.util.Locale, String> titleMap,
			java.util.Map<java.util.Locale, String> descriptionMap, int kind,
			boolean anonymous,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyService.addSurvey(
			groupId, titleMap, descriptionMap, kind, anonymous, serviceContext);
	}

	/**
	 * Reading the survey (VIEW) and adding to its site (MANAGE_SURVEYS): the copy is a new survey there.
	 */
	@Override
	public se.livsviktig.survey.model.Survey copySurvey(
			long surveyId,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyService.copySurvey(surveyId, serviceContext);
	}

	@Override
	public se.livsviktig.survey.model.Survey deleteSurvey(long surveyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyService.deleteSurvey(surveyId);
	}

	@Override
	public java.util.List<se.livsviktig.survey.model.Survey> getGroupSurveys(
			long groupId, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyService.getGroupSurveys(groupId, start, end);
	}

	@Override
	public int getGroupSurveysCount(long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyService.getGroupSurveysCount(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyService.getOSGiServiceIdentifier();
	}

	@Override
	public se.livsviktig.survey.model.Survey getSurvey(long surveyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyService.getSurvey(surveyId);
	}

	@Override
	public se.livsviktig.survey.model.Survey updateSurvey(
			long surveyId, java.util.Map<java.util.Locale, String> titleMap,
			java.util.Map<java.util.Locale, String> descriptionMap,
			boolean anonymous, int status)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyService.updateSurvey(
			surveyId, titleMap, descriptionMap, anonymous, status);
	}

	@Override
	public SurveyService getWrappedService() {
		return _surveyService;
	}

	@Override
	public void setWrappedService(SurveyService surveyService) {
		_surveyService = surveyService;
	}

	private SurveyService _surveyService;

}