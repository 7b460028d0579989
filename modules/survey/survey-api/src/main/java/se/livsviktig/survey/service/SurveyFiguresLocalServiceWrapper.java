/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link SurveyFiguresLocalService}.
 *
 * @author Livsviktig
 * @see SurveyFiguresLocalService
 * @generated
 */
public class SurveyFiguresLocalServiceWrapper
	implements ServiceWrapper<SurveyFiguresLocalService>,
			   SurveyFiguresLocalService {

	public SurveyFiguresLocalServiceWrapper() {
		this(null);
	}

	public SurveyFiguresLocalServiceWrapper(
		SurveyFiguresLocalService surveyFiguresLocalService) {

		_surveyFiguresLocalService = surveyFiguresLocalService;
	}

	/**
	 * Per administration and method, the responses of days in [from, to) to a follow-up survey that answered its
	 * first yes/no question, and the yes answers.
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.FollowUpOutcomeFigures>
			getFollowUpOutcomeFigures(
				long companyId, java.util.Date from, java.util.Date to)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyFiguresLocalService.getFollowUpOutcomeFigures(
			companyId, from, to);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyFiguresLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * Per administration and method, the invitations first mailed in [from, to) and those of them answered.
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.ResponseRateFigures>
			getResponseRateFigures(
				long companyId, java.util.Date from, java.util.Date to)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyFiguresLocalService.getResponseRateFigures(
			companyId, from, to);
	}

	/**
	 * The key outcome with every child organisation of the parent (0 = the top-level administrations) as one row
	 * holding its whole subtree.
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.FollowUpOutcomeFigures>
			getRolledUpFollowUpOutcomeFigures(
				long companyId, long parentOrganizationId, java.util.Date from,
				java.util.Date to)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyFiguresLocalService.getRolledUpFollowUpOutcomeFigures(
			companyId, parentOrganizationId, from, to);
	}

	/**
	 * The response rate with every child organisation of the parent (0 = the top-level administrations) as one row
	 * holding its whole subtree.
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.ResponseRateFigures>
			getRolledUpResponseRateFigures(
				long companyId, long parentOrganizationId, java.util.Date from,
				java.util.Date to)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyFiguresLocalService.getRolledUpResponseRateFigures(
			companyId, parentOrganizationId, from, to);
	}

	@Override
	public SurveyFiguresLocalService getWrappedService() {
		return _surveyFiguresLocalService;
	}

	@Override
	public void setWrappedService(
		SurveyFiguresLocalService surveyFiguresLocalService) {

		_surveyFiguresLocalService = surveyFiguresLocalService;
	}

	private SurveyFiguresLocalService _surveyFiguresLocalService;

}