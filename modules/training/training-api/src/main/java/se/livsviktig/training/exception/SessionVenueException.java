/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.training.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Livsviktig
 */
public class SessionVenueException extends PortalException {

	public SessionVenueException() {
	}

	public SessionVenueException(String msg) {
		super(msg);
	}

	public SessionVenueException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public SessionVenueException(Throwable throwable) {
		super(throwable);
	}

	/**
	 * An online or hybrid session needs an https:// meeting link.
	 */
	public static class MustHaveMeetingURL extends SessionVenueException {

		public MustHaveMeetingURL(String msg) {
			super(msg);
		}

	}

	/**
	 * A session on site or hybrid needs a venue.
	 */
	public static class MustHaveVenue extends SessionVenueException {

		public MustHaveVenue(String msg) {
			super(msg);
		}

	}

	/**
	 * The coordinator named for the session is not a user of the company.
	 */
	public static class MustHaveCoordinator extends SessionVenueException {

		public MustHaveCoordinator(String msg) {
			super(msg);
		}

	}

}
