/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.survey.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Livsviktig
 */
public class SurveyResultsFilterException extends PortalException {

	public SurveyResultsFilterException() {
	}

	public SurveyResultsFilterException(String msg) {
		super(msg);
	}

	public SurveyResultsFilterException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public SurveyResultsFilterException(Throwable throwable) {
		super(throwable);
	}

}