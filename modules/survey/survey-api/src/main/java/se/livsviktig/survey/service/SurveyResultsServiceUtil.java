/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

/**
 * Provides the remote service utility for SurveyResults. This utility wraps
 * <code>se.livsviktig.survey.service.impl.SurveyResultsServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see SurveyResultsService
 * @generated
 */
public class SurveyResultsServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyResultsServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static List<String> getFreeTextAnswers(
			long surveyId, long surveyQuestionId,
			se.livsviktig.survey.model.SurveyResultsQuery query)
		throws PortalException {

		return getService().getFreeTextAnswers(
			surveyId, surveyQuestionId, query);
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
	 * The survey's results over the sessions the caller taught (accepted as
	 * instructor); a session filter must be one of them.
	 */
	public static se.livsviktig.survey.model.SurveyResults
			getTaughtSessionResults(
				long surveyId,
				se.livsviktig.survey.model.SurveyResultsQuery query)
		throws PortalException {

		return getService().getTaughtSessionResults(surveyId, query);
	}

	/**
	 * The surveys answered in a session the caller taught (accepted as
	 * instructor), to choose whose results to read.
	 *
	 * @throws PrincipalException when the caller did not teach the session
	 */
	public static List<se.livsviktig.survey.model.Survey>
			getTaughtSessionSurveys(long courseSessionId)
		throws PortalException {

		return getService().getTaughtSessionSurveys(courseSessionId);
	}

	public static SurveyResultsService getService() {
		return _service;
	}

	public static void setService(SurveyResultsService service) {
		_service = service;
	}

	private static volatile SurveyResultsService _service;

}