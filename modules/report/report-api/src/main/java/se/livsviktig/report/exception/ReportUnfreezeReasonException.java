/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.report.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Livsviktig
 */
public class ReportUnfreezeReasonException extends PortalException {

	public ReportUnfreezeReasonException() {
	}

	public ReportUnfreezeReasonException(String msg) {
		super(msg);
	}

	public ReportUnfreezeReasonException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public ReportUnfreezeReasonException(Throwable throwable) {
		super(throwable);
	}

}