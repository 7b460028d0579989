/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link SurveyDispatchService}.
 *
 * @author Livsviktig
 * @see SurveyDispatchService
 * @generated
 */
public class SurveyDispatchServiceWrapper
	implements ServiceWrapper<SurveyDispatchService>, SurveyDispatchService {

	public SurveyDispatchServiceWrapper() {
		this(null);
	}

	public SurveyDispatchServiceWrapper(
		SurveyDispatchService surveyDispatchService) {

		_surveyDispatchService = surveyDispatchService;
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyDispatchService.getOSGiServiceIdentifier();
	}

	@Override
	public SurveyDispatchService getWrappedService() {
		return _surveyDispatchService;
	}

	@Override
	public void setWrappedService(SurveyDispatchService surveyDispatchService) {
		_surveyDispatchService = surveyDispatchService;
	}

	private SurveyDispatchService _surveyDispatchService;

}