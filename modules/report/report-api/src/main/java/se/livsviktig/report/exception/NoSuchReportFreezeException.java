/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.report.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Livsviktig
 */
public class NoSuchReportFreezeException extends NoSuchModelException {

	public NoSuchReportFreezeException() {
	}

	public NoSuchReportFreezeException(String msg) {
		super(msg);
	}

	public NoSuchReportFreezeException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchReportFreezeException(Throwable throwable) {
		super(throwable);
	}

}