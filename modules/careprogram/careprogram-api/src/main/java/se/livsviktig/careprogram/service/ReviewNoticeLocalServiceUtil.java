/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import se.livsviktig.careprogram.model.ReviewNotice;

/**
 * Provides the local service utility for ReviewNotice. This utility wraps
 * <code>se.livsviktig.careprogram.service.impl.ReviewNoticeLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see ReviewNoticeLocalService
 * @generated
 */
public class ReviewNoticeLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.ReviewNoticeLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Adds the review notice to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReviewNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reviewNotice the review notice
	 * @return the review notice that was added
	 */
	public static ReviewNotice addReviewNotice(ReviewNotice reviewNotice) {
		return getService().addReviewNotice(reviewNotice);
	}

	/**
	 * Records the notice in its own transaction, committed before the notice goes out, with one insert that the
	 * unique index lets through once (see ReviewNoticeClaimInsert).
	 *
	 * @param localRoutineId the routine, or 0 for a notice about the programme's own text
	 * @return <code>true</code> if this call claimed the notice, <code>false</code> if it was claimed before
	 */
	public static boolean claimReviewNotice(
		long companyId, long careProgramId, long localRoutineId,
		long recipientUserId, int noticeKind, String episodeKey) {

		return getService().claimReviewNotice(
			companyId, careProgramId, localRoutineId, recipientUserId,
			noticeKind, episodeKey);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new review notice with the primary key. Does not add the review notice to the database.
	 *
	 * @param reviewNoticeId the primary key for the new review notice
	 * @return the new review notice
	 */
	public static ReviewNotice createReviewNotice(long reviewNoticeId) {
		return getService().createReviewNotice(reviewNoticeId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the review notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReviewNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reviewNoticeId the primary key of the review notice
	 * @return the review notice that was removed
	 * @throws PortalException if a review notice with the primary key could not be found
	 */
	public static ReviewNotice deleteReviewNotice(long reviewNoticeId)
		throws PortalException {

		return getService().deleteReviewNotice(reviewNoticeId);
	}

	/**
	 * Deletes the review notice from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReviewNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reviewNotice the review notice
	 * @return the review notice that was removed
	 */
	public static ReviewNotice deleteReviewNotice(ReviewNotice reviewNotice) {
		return getService().deleteReviewNotice(reviewNotice);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.ReviewNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.ReviewNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static ReviewNotice fetchReviewNotice(long reviewNoticeId) {
		return getService().fetchReviewNotice(reviewNoticeId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the review notice with the primary key.
	 *
	 * @param reviewNoticeId the primary key of the review notice
	 * @return the review notice
	 * @throws PortalException if a review notice with the primary key could not be found
	 */
	public static ReviewNotice getReviewNotice(long reviewNoticeId)
		throws PortalException {

		return getService().getReviewNotice(reviewNoticeId);
	}

	/**
	 * Returns a range of all the review notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.ReviewNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of review notices
	 * @param end the upper bound of the range of review notices (not inclusive)
	 * @return the range of review notices
	 */
	public static List<ReviewNotice> getReviewNotices(int start, int end) {
		return getService().getReviewNotices(start, end);
	}

	/**
	 * Returns the number of review notices.
	 *
	 * @return the number of review notices
	 */
	public static int getReviewNoticesCount() {
		return getService().getReviewNoticesCount();
	}

	public static boolean hasReviewNotice(
		long localRoutineId, long careProgramId, long recipientUserId,
		int noticeKind, String episodeKey) {

		return getService().hasReviewNotice(
			localRoutineId, careProgramId, recipientUserId, noticeKind,
			episodeKey);
	}

	/**
	 * Updates the review notice in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReviewNoticeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reviewNotice the review notice
	 * @return the review notice that was updated
	 */
	public static ReviewNotice updateReviewNotice(ReviewNotice reviewNotice) {
		return getService().updateReviewNotice(reviewNotice);
	}

	public static ReviewNoticeLocalService getService() {
		return _service;
	}

	public static void setService(ReviewNoticeLocalService service) {
		_service = service;
	}

	private static volatile ReviewNoticeLocalService _service;

}