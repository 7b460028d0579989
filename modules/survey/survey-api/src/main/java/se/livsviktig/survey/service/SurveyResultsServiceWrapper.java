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
	public SurveyResultsService getWrappedService() {
		return _surveyResultsService;
	}

	@Override
	public void setWrappedService(SurveyResultsService surveyResultsService) {
		_surveyResultsService = surveyResultsService;
	}

	private SurveyResultsService _surveyResultsService;

}