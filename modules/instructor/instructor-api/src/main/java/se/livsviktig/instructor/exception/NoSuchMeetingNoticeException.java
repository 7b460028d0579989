/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.instructor.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Livsviktig
 */
public class NoSuchMeetingNoticeException extends NoSuchModelException {

	public NoSuchMeetingNoticeException() {
	}

	public NoSuchMeetingNoticeException(String msg) {
		super(msg);
	}

	public NoSuchMeetingNoticeException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchMeetingNoticeException(Throwable throwable) {
		super(throwable);
	}

}