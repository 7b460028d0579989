/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;
import java.util.Map;

/**
 * Provides the remote service utility for SurveyResponse. This utility wraps
 * <code>se.livsviktig.survey.service.impl.SurveyResponseServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see SurveyResponseService
 * @generated
 */
public class SurveyResponseServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyResponseServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static void addMyResponse(
			long surveyInvitationId, Map<Long, String[]> answers)
		throws PortalException {

		getService().addMyResponse(surveyInvitationId, answers);
	}

	public static void addResponse(String token, Map<Long, String[]> answers)
		throws PortalException {

		getService().addResponse(token, answers);
	}

	public static se.livsviktig.survey.model.SurveyAnswerForm getAnswerForm(
			String token)
		throws PortalException {

		return getService().getAnswerForm(token);
	}

	public static se.livsviktig.survey.model.SurveyAnswerForm getMyAnswerForm(
			long surveyInvitationId)
		throws PortalException {

		return getService().getMyAnswerForm(surveyInvitationId);
	}

	public static List<se.livsviktig.survey.model.SurveyInvitation>
			getMyOpenInvitations()
		throws PortalException {

		return getService().getMyOpenInvitations();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static void optOut(String token) throws PortalException {
		getService().optOut(token);
	}

	public static SurveyResponseService getService() {
		return _service;
	}

	public static void setService(SurveyResponseService service) {
		_service = service;
	}

	private static volatile SurveyResponseService _service;

}