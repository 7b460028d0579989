/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.training.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Livsviktig
 */
public class SessionSeatsException extends PortalException {

	public SessionSeatsException() {
	}

	public SessionSeatsException(String msg) {
		super(msg);
	}

	public SessionSeatsException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public SessionSeatsException(Throwable throwable) {
		super(throwable);
	}

	/**
	 * The seats would be fewer than those already taken.
	 */
	public static class MustNotBeBelowSeatsTaken extends SessionSeatsException {

		public MustNotBeBelowSeatsTaken(String msg) {
			super(msg);
		}

	}

}
