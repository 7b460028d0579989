/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link SurveyResponseService}.
 *
 * @author Livsviktig
 * @see SurveyResponseService
 * @generated
 */
public class SurveyResponseServiceWrapper
	implements ServiceWrapper<SurveyResponseService>, SurveyResponseService {

	public SurveyResponseServiceWrapper() {
		this(null);
	}

	public SurveyResponseServiceWrapper(
		SurveyResponseService surveyResponseService) {

		_surveyResponseService = surveyResponseService;
	}

	@Override
	public void addMyResponse(
			long surveyInvitationId, java.util.Map<Long, String[]> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		_surveyResponseService.addMyResponse(surveyInvitationId, answers);
	}

	@Override
	public void addResponse(String token, java.util.Map<Long, String[]> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		_surveyResponseService.addResponse(token, answers);
	}

	@Override
	public se.livsviktig.survey.model.SurveyAnswerForm getAnswerForm(
			String token)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResponseService.getAnswerForm(token);
	}

	@Override
	public se.livsviktig.survey.model.SurveyAnswerForm getMyAnswerForm(
			long surveyInvitationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResponseService.getMyAnswerForm(surveyInvitationId);
	}

	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyInvitation>
			getMyOpenInvitations()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResponseService.getMyOpenInvitations();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyResponseService.getOSGiServiceIdentifier();
	}

	@Override
	public void optOut(String token)
		throws com.liferay.portal.kernel.exception.PortalException {

		_surveyResponseService.optOut(token);
	}

	@Override
	public SurveyResponseService getWrappedService() {
		return _surveyResponseService;
	}

	@Override
	public void setWrappedService(SurveyResponseService surveyResponseService) {
		_surveyResponseService = surveyResponseService;
	}

	private SurveyResponseService _surveyResponseService;

}