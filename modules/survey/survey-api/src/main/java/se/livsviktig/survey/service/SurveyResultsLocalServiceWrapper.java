/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link SurveyResultsLocalService}.
 *
 * @author Livsviktig
 * @see SurveyResultsLocalService
 * @generated
 */
public class SurveyResultsLocalServiceWrapper
	implements ServiceWrapper<SurveyResultsLocalService>,
			   SurveyResultsLocalService {

	public SurveyResultsLocalServiceWrapper() {
		this(null);
	}

	public SurveyResultsLocalServiceWrapper(
		SurveyResultsLocalService surveyResultsLocalService) {

		_surveyResultsLocalService = surveyResultsLocalService;
	}

	/**
	 * The surveys that have responses from the session, oldest first, in one
	 * statement: the ones an instructor of that session can read results of.
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.Survey>
		getCourseSessionSurveys(long companyId, long courseSessionId) {

		return _surveyResultsLocalService.getCourseSessionSurveys(
			companyId, courseSessionId);
	}

	/**
	 * Free-text answers of one question, from the groups whose respondents
	 * the page shows and that have at least the minimum, in text order (the
	 * order of answering would say who wrote what).
	 *
	 * @param courseSessionIds only these sessions (an instructor's), or null
	 */
	@Override
	public java.util.List<String> getFreeTextAnswers(
			long surveyId, long surveyQuestionId,
			se.livsviktig.survey.model.SurveyResultsQuery query,
			long[] courseSessionIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResultsLocalService.getFreeTextAnswers(
			surveyId, surveyQuestionId, query, courseSessionIds);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyResultsLocalService.getOSGiServiceIdentifier();
	}

	@Override
	public se.livsviktig.survey.model.SurveyResults getSurveyResults(
			long surveyId, se.livsviktig.survey.model.SurveyResultsQuery query)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResultsLocalService.getSurveyResults(surveyId, query);
	}

	/**
	 * @param courseSessionIds only these sessions (an instructor's), or null
	 for all
	 */
	@Override
	public se.livsviktig.survey.model.SurveyResults getSurveyResults(
			long surveyId, se.livsviktig.survey.model.SurveyResultsQuery query,
			long[] courseSessionIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResultsLocalService.getSurveyResults(
			surveyId, query, courseSessionIds);
	}

	@Override
	public SurveyResultsLocalService getWrappedService() {
		return _surveyResultsLocalService;
	}

	@Override
	public void setWrappedService(
		SurveyResultsLocalService surveyResultsLocalService) {

		_surveyResultsLocalService = surveyResultsLocalService;
	}

	private SurveyResultsLocalService _surveyResultsLocalService;

}