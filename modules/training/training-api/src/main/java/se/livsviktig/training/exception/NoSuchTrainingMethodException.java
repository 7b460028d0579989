/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.training.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Livsviktig
 */
public class NoSuchTrainingMethodException extends NoSuchModelException {

	public NoSuchTrainingMethodException() {
	}

	public NoSuchTrainingMethodException(String msg) {
		super(msg);
	}

	public NoSuchTrainingMethodException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchTrainingMethodException(Throwable throwable) {
		super(throwable);
	}

}