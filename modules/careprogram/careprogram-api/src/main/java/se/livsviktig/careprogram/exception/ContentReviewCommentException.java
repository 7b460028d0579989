/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.careprogram.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Livsviktig
 */
public class ContentReviewCommentException extends PortalException {

	public ContentReviewCommentException() {
	}

	public ContentReviewCommentException(String msg) {
		super(msg);
	}

	public ContentReviewCommentException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public ContentReviewCommentException(Throwable throwable) {
		super(throwable);
	}

}