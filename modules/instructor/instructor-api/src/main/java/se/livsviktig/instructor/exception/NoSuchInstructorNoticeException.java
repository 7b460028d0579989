/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.instructor.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Livsviktig
 */
public class NoSuchInstructorNoticeException extends NoSuchModelException {

	public NoSuchInstructorNoticeException() {
	}

	public NoSuchInstructorNoticeException(String msg) {
		super(msg);
	}

	public NoSuchInstructorNoticeException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchInstructorNoticeException(Throwable throwable) {
		super(throwable);
	}

}