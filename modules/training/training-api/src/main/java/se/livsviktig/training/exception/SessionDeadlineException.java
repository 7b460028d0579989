/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.training.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Livsviktig
 */
public class SessionDeadlineException extends PortalException {

	public SessionDeadlineException() {
	}

	public SessionDeadlineException(String msg) {
		super(msg);
	}

	public SessionDeadlineException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public SessionDeadlineException(Throwable throwable) {
		super(throwable);
	}

	/**
	 * The cancellation deadline is after the session starts.
	 */
	public static class CancellationDeadline extends SessionDeadlineException {

		public CancellationDeadline(String msg) {
			super(msg);
		}

	}

	/**
	 * Registration opens after it closes, or closes after the session starts.
	 */
	public static class RegistrationWindow extends SessionDeadlineException {

		public RegistrationWindow(String msg) {
			super(msg);
		}

	}

}
