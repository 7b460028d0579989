/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.survey.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Livsviktig
 */
public class NoSuchSurveyResponseException extends NoSuchModelException {

	public NoSuchSurveyResponseException() {
	}

	public NoSuchSurveyResponseException(String msg) {
		super(msg);
	}

	public NoSuchSurveyResponseException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchSurveyResponseException(Throwable throwable) {
		super(throwable);
	}

}