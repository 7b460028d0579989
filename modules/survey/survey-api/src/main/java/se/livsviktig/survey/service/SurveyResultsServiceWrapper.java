/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link SurveyResultsService}.
 *
 * @author Livsviktig
 * @see SurveyResultsService
 * @generated
 */
public class SurveyResultsServiceWrapper
	implements ServiceWrapper<SurveyResultsService>, SurveyResultsService {

	public SurveyResultsServiceWrapper() {
		this(null);
	}

	public SurveyResultsServiceWrapper(
		SurveyResultsService surveyResultsService) {

		_surveyResultsService = surveyResultsService;
	}

	@Override
	public java.util.List<String> getFreeTextAnswers(
			long surveyId, long surveyQuestionId,
			se.livsviktig.survey.model.SurveyResultsQuery query)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResultsService.getFreeTextAnswers(
			surveyId, surveyQuestionId, query);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyResultsService.getOSGiServiceIdentifier();
	}

	@Override
	public se.livsviktig.survey.model.SurveyResults getSurveyResults(
			long surveyId, se.livsviktig.survey.model.SurveyResultsQuery query)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResultsService.getSurveyResults(surveyId, query);
	}

	/**
	 * The survey's results over the sessions the caller taught (accepted as
	 * instructor); a session filter must be one of them.
	 */
	@Override
	public se.livsviktig.survey.model.SurveyResults getTaughtSessionResults(
			long surveyId, se.livsviktig.survey.model.SurveyResultsQuery query)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResultsService.getTaughtSessionResults(surveyId, query);
	}

	/**
	 * The surveys answered in a session the caller taught (accepted as
	 * instructor), to choose whose results to read.
	 *
	 * @throws PrincipalException when the caller did not teach the session
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.Survey>
			getTaughtSessionSurveys(long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResultsService.getTaughtSessionSurveys(courseSessionId);
	}

	@Override
	public SurveyResultsService getWrappedService() {
		return _surveyResultsService;
	}

	@Override
	public void setWrappedService(SurveyResultsService surveyResultsService) {
		_surveyResultsService = surveyResultsService;
	}

	private SurveyResultsService _surveyResultsService;

}