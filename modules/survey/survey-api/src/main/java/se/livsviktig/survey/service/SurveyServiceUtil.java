/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;
import java.util.Map;

import se.livsviktig.survey.model.Survey;

/**
 * Provides the remote service utility for Survey. This utility wraps
 * <code>se.livsviktig.survey.service.impl.SurveyServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see SurveyService
 * @generated
 */
public class SurveyServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static Survey addSurvey(
			long groupId, Map<java.util.Locale, String> titleMap,
			Map<java.util.Locale, String> descriptionMap, int kind,
			boolean anonymous,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addSurvey(
			groupId, titleMap, descriptionMap, kind, anonymous, serviceContext);
	}

	/**
	 * Reading the survey (VIEW) and adding to its site (MANAGE_SURVEYS): the copy is a new survey there.
	 */
	public static Survey copySurvey(
			long surveyId,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().copySurvey(surveyId, serviceContext);
	}

	public static Survey deleteSurvey(long surveyId) throws PortalException {
		return getService().deleteSurvey(surveyId);
	}

	public static List<Survey> getGroupSurveys(long groupId, int start, int end)
		throws PortalException {

		return getService().getGroupSurveys(groupId, start, end);
	}

	public static int getGroupSurveysCount(long groupId)
		throws PortalException {

		return getService().getGroupSurveysCount(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static Survey getSurvey(long surveyId) throws PortalException {
		return getService().getSurvey(surveyId);
	}

	public static Survey updateSurvey(
			long surveyId, Map<java.util.Locale, String> titleMap,
			Map<java.util.Locale, String> descriptionMap, boolean anonymous,
			int status)
		throws PortalException {

		return getService().updateSurvey(
			surveyId, titleMap, descriptionMap, anonymous, status);
	}

	public static SurveyService getService() {
		return _service;
	}

	public static void setService(SurveyService service) {
		_service = service;
	}

	private static volatile SurveyService _service;

}