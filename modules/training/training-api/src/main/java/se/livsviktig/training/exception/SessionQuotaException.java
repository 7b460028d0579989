/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.training.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Livsviktig
 */
public class SessionQuotaException extends PortalException {

	public SessionQuotaException() {
	}

	public SessionQuotaException(String msg) {
		super(msg);
	}

	public SessionQuotaException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public SessionQuotaException(Throwable throwable) {
		super(throwable);
	}

	/**
	 * An audience or quota names something that is not an organization of the company.
	 */
	public static class MustBeOrganization extends SessionQuotaException {

		public MustBeOrganization(String msg) {
			super(msg);
		}

	}

}
