/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link ContentReviewService}.
 *
 * @author Livsviktig
 * @see ContentReviewService
 * @generated
 */
public class ContentReviewServiceWrapper
	implements ContentReviewService, ServiceWrapper<ContentReviewService> {

	public ContentReviewServiceWrapper() {
		this(null);
	}

	public ContentReviewServiceWrapper(
		ContentReviewService contentReviewService) {

		_contentReviewService = contentReviewService;
	}

	@Override
	public java.util.List<se.livsviktig.careprogram.model.ContentReview>
			getCareProgramReviews(long careProgramId, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _contentReviewService.getCareProgramReviews(
			careProgramId, start, end);
	}

	@Override
	public java.util.List<se.livsviktig.careprogram.model.ContentReview>
			getGroupReviews(long groupId, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _contentReviewService.getGroupReviews(groupId, start, end);
	}

	@Override
	public java.util.List<se.livsviktig.careprogram.model.ContentReview>
			getLocalRoutineReviews(long localRoutineId, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _contentReviewService.getLocalRoutineReviews(
			localRoutineId, start, end);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _contentReviewService.getOSGiServiceIdentifier();
	}

	@Override
	public ContentReviewService getWrappedService() {
		return _contentReviewService;
	}

	@Override
	public void setWrappedService(ContentReviewService contentReviewService) {
		_contentReviewService = contentReviewService;
	}

	private ContentReviewService _contentReviewService;

}