/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

/**
 * Provides the local service utility for SurveyResults. This utility wraps
 * <code>se.livsviktig.survey.service.impl.SurveyResultsLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see SurveyResultsLocalService
 * @generated
 */
public class SurveyResultsLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyResultsLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * The surveys that have responses from the session, oldest first, in one
	 * statement: the ones an instructor of that session can read results of.
	 */
	public static List<se.livsviktig.survey.model.Survey>
		getCourseSessionSurveys(long companyId, long courseSessionId) {

		return getService().getCourseSessionSurveys(companyId, courseSessionId);
	}

	/**
	 * Free-text answers of one question, from the groups whose respondents
	 * the page shows and that have at least the minimum, in text order (the
	 * order of answering would say who wrote what).
	 *
	 * @param courseSessionIds only these sessions (an instructor's), or null
	 */
	public static List<String> getFreeTextAnswers(
			long surveyId, long surveyQuestionId,
			se.livsviktig.survey.model.SurveyResultsQuery query,
			long[] courseSessionIds)
		throws PortalException {

		return getService().getFreeTextAnswers(
			surveyId, surveyQuestionId, query, courseSessionIds);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static se.livsviktig.survey.model.SurveyResults getSurveyResults(
			long surveyId, se.livsviktig.survey.model.SurveyResultsQuery query)
		throws PortalException {

		return getService().getSurveyResults(surveyId, query);
	}

	/**
	 * @param courseSessionIds only these sessions (an instructor's), or null
	 for all
	 */
	public static se.livsviktig.survey.model.SurveyResults getSurveyResults(
			long surveyId, se.livsviktig.survey.model.SurveyResultsQuery query,
			long[] courseSessionIds)
		throws PortalException {

		return getService().getSurveyResults(surveyId, query, courseSessionIds);
	}

	public static SurveyResultsLocalService getService() {
		return _service;
	}

	public static void setService(SurveyResultsLocalService service) {
		_service = service;
	}

	private static volatile SurveyResultsLocalService _service;

}