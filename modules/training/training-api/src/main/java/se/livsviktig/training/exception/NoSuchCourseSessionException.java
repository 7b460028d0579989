/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.training.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Livsviktig
 */
public class NoSuchCourseSessionException extends NoSuchModelException {

	public NoSuchCourseSessionException() {
	}

	public NoSuchCourseSessionException(String msg) {
		super(msg);
	}

	public NoSuchCourseSessionException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchCourseSessionException(Throwable throwable) {
		super(throwable);
	}

}