/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.training.exception;

import com.liferay.portal.kernel.exception.DuplicateExternalReferenceCodeException;

/**
 * @author Livsviktig
 */
public class DuplicateTrainingMethodExternalReferenceCodeException extends DuplicateExternalReferenceCodeException {

	public DuplicateTrainingMethodExternalReferenceCodeException() {
	}

	public DuplicateTrainingMethodExternalReferenceCodeException(String msg) {
		super(msg);
	}

	public DuplicateTrainingMethodExternalReferenceCodeException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public DuplicateTrainingMethodExternalReferenceCodeException(Throwable throwable) {
		super(throwable);
	}

}