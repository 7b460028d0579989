/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.training.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Livsviktig
 */
public class DuplicateCheckInException extends PortalException {

	public DuplicateCheckInException() {
	}

	public DuplicateCheckInException(String msg) {
		super(msg);
	}

	public DuplicateCheckInException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public DuplicateCheckInException(Throwable throwable) {
		super(throwable);
	}

}