/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.training.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Livsviktig
 */
public class CheckInNotConfirmedException extends PortalException {

	public CheckInNotConfirmedException() {
	}

	public CheckInNotConfirmedException(String msg) {
		super(msg);
	}

	public CheckInNotConfirmedException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public CheckInNotConfirmedException(Throwable throwable) {
		super(throwable);
	}

}