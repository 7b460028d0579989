/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.instructor.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Livsviktig
 */
public class NetworkMemberUserException extends PortalException {

	public NetworkMemberUserException() {
	}

	public NetworkMemberUserException(String msg) {
		super(msg);
	}

	public NetworkMemberUserException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NetworkMemberUserException(Throwable throwable) {
		super(throwable);
	}

}