/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.report.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Livsviktig
 */
public class RequiredReportExportRowException extends PortalException {

	public RequiredReportExportRowException() {
	}

	public RequiredReportExportRowException(String msg) {
		super(msg);
	}

	public RequiredReportExportRowException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public RequiredReportExportRowException(Throwable throwable) {
		super(throwable);
	}

}