/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.report.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Livsviktig
 */
public class NoSuchReportExportRowException extends NoSuchModelException {

	public NoSuchReportExportRowException() {
	}

	public NoSuchReportExportRowException(String msg) {
		super(msg);
	}

	public NoSuchReportExportRowException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchReportExportRowException(Throwable throwable) {
		super(throwable);
	}

}