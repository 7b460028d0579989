/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.careprogram.model.ContentReview;

/**
 * Provides the remote service utility for ContentReview. This utility wraps
 * <code>se.livsviktig.careprogram.service.impl.ContentReviewServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see ContentReviewService
 * @generated
 */
public class ContentReviewServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.ContentReviewServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static List<ContentReview> getCareProgramReviews(
			long careProgramId, int start, int end)
		throws PortalException {

		return getService().getCareProgramReviews(careProgramId, start, end);
	}

	public static List<ContentReview> getGroupReviews(
			long groupId, int start, int end)
		throws PortalException {

		return getService().getGroupReviews(groupId, start, end);
	}

	public static List<ContentReview> getLocalRoutineReviews(
			long localRoutineId, int start, int end)
		throws PortalException {

		return getService().getLocalRoutineReviews(localRoutineId, start, end);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static ContentReviewService getService() {
		return _service;
	}

	public static void setService(ContentReviewService service) {
		_service = service;
	}

	private static volatile ContentReviewService _service;

}