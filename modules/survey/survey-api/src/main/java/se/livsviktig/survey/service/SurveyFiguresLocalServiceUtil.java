/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

/**
 * Provides the local service utility for SurveyFigures. This utility wraps
 * <code>se.livsviktig.survey.service.impl.SurveyFiguresLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see SurveyFiguresLocalService
 * @generated
 */
public class SurveyFiguresLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyFiguresLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Per administration and method, the responses of days in [from, to) to a follow-up survey that answered its
	 * first yes/no question, and the yes answers.
	 */
	public static List<se.livsviktig.survey.model.FollowUpOutcomeFigures>
			getFollowUpOutcomeFigures(
				long companyId, java.util.Date from, java.util.Date to)
		throws PortalException {

		return getService().getFollowUpOutcomeFigures(companyId, from, to);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * Per administration and method, the invitations first mailed in [from, to) and those of them answered.
	 */
	public static List<se.livsviktig.survey.model.ResponseRateFigures>
			getResponseRateFigures(
				long companyId, java.util.Date from, java.util.Date to)
		throws PortalException {

		return getService().getResponseRateFigures(companyId, from, to);
	}

	/**
	 * The key outcome with every child organisation of the parent (0 = the top-level administrations) as one row
	 * holding its whole subtree.
	 */
	public static List<se.livsviktig.survey.model.FollowUpOutcomeFigures>
			getRolledUpFollowUpOutcomeFigures(
				long companyId, long parentOrganizationId, java.util.Date from,
				java.util.Date to)
		throws PortalException {

		return getService().getRolledUpFollowUpOutcomeFigures(
			companyId, parentOrganizationId, from, to);
	}

	/**
	 * The response rate with every child organisation of the parent (0 = the top-level administrations) as one row
	 * holding its whole subtree.
	 */
	public static List<se.livsviktig.survey.model.ResponseRateFigures>
			getRolledUpResponseRateFigures(
				long companyId, long parentOrganizationId, java.util.Date from,
				java.util.Date to)
		throws PortalException {

		return getService().getRolledUpResponseRateFigures(
			companyId, parentOrganizationId, from, to);
	}

	public static SurveyFiguresLocalService getService() {
		return _service;
	}

	public static void setService(SurveyFiguresLocalService service) {
		_service = service;
	}

	private static volatile SurveyFiguresLocalService _service;

}