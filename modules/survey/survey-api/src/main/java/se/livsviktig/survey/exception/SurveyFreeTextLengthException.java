/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.survey.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * Generated once by Service Builder and then kept by hand (it never rewrites an existing exception): the refusal
 * carries the id of the question it is about, so the answer page marks that field instead of guessing it from
 * what was sent.
 *
 * @author Livsviktig
 */
public class SurveyFreeTextLengthException extends PortalException {

	public SurveyFreeTextLengthException() {
	}

	/**
	 * @param surveyQuestionId the question refused, or 0 when the answer names no question of the survey
	 */
	public SurveyFreeTextLengthException(String msg, long surveyQuestionId) {
		super(msg);

		_surveyQuestionId = surveyQuestionId;
	}

	public SurveyFreeTextLengthException(String msg) {
		super(msg);
	}

	public SurveyFreeTextLengthException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public SurveyFreeTextLengthException(Throwable throwable) {
		super(throwable);
	}

	/**
	 * @return the id of the question refused, or 0 when the refusal names none (e.g. an answer to a question that
	 *         is not in the survey)
	 */
	public long getSurveyQuestionId() {
		return _surveyQuestionId;
	}

	private long _surveyQuestionId;

}