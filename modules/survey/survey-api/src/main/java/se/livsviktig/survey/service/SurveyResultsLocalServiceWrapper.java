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
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyResultsLocalService.getOSGiServiceIdentifier();
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