/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.careprogram.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Livsviktig
 */
public class NoSuchCareProgramMethodException extends NoSuchModelException {

	public NoSuchCareProgramMethodException() {
	}

	public NoSuchCareProgramMethodException(String msg) {
		super(msg);
	}

	public NoSuchCareProgramMethodException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchCareProgramMethodException(Throwable throwable) {
		super(throwable);
	}

}