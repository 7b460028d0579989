/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link ReviewNoticeLocalService}.
 *
 * @author Livsviktig
 * @see ReviewNoticeLocalService
 * @generated
 */
public class ReviewNoticeLocalServiceWrapper
	implements ReviewNoticeLocalService,
			   ServiceWrapper<ReviewNoticeLocalService> {

	public ReviewNoticeLocalServiceWrapper() {
		this(null);
	}

	public ReviewNoticeLocalServiceWrapper(
		ReviewNoticeLocalService reviewNoticeLocalService) {

		_reviewNoticeLocalService = reviewNoticeLocalService;
	}

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
	@Override
	public se.livsviktig.careprogram.model.ReviewNotice addReviewNotice(
		se.livsviktig.careprogram.model.ReviewNotice reviewNotice) {

		return _reviewNoticeLocalService.addReviewNotice(reviewNotice);
	}

	/**
	 * Records the notice in its own transaction, committed before the notice goes out, with one insert that the
	 * unique index lets through once (see ReviewNoticeClaimInsert).
	 *
	 * @param localRoutineId the routine, or 0 for a notice about the programme's own text
	 * @return <code>true</code> if this call claimed the notice, <code>false</code> if it was claimed before
	 */
	@Override
	public boolean claimReviewNotice(
		long companyId, long careProgramId, long localRoutineId,
		long recipientUserId, int noticeKind, String episodeKey) {

		return _reviewNoticeLocalService.claimReviewNotice(
			companyId, careProgramId, localRoutineId, recipientUserId,
			noticeKind, episodeKey);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reviewNoticeLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new review notice with the primary key. Does not add the review notice to the database.
	 *
	 * @param reviewNoticeId the primary key for the new review notice
	 * @return the new review notice
	 */
	@Override
	public se.livsviktig.careprogram.model.ReviewNotice createReviewNotice(
		long reviewNoticeId) {

		return _reviewNoticeLocalService.createReviewNotice(reviewNoticeId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reviewNoticeLocalService.deletePersistedModel(persistedModel);
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
	@Override
	public se.livsviktig.careprogram.model.ReviewNotice deleteReviewNotice(
			long reviewNoticeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reviewNoticeLocalService.deleteReviewNotice(reviewNoticeId);
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
	@Override
	public se.livsviktig.careprogram.model.ReviewNotice deleteReviewNotice(
		se.livsviktig.careprogram.model.ReviewNotice reviewNotice) {

		return _reviewNoticeLocalService.deleteReviewNotice(reviewNotice);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _reviewNoticeLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _reviewNoticeLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _reviewNoticeLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _reviewNoticeLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _reviewNoticeLocalService.dynamicQuery(dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _reviewNoticeLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _reviewNoticeLocalService.dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _reviewNoticeLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.careprogram.model.ReviewNotice fetchReviewNotice(
		long reviewNoticeId) {

		return _reviewNoticeLocalService.fetchReviewNotice(reviewNoticeId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _reviewNoticeLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _reviewNoticeLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _reviewNoticeLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reviewNoticeLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the review notice with the primary key.
	 *
	 * @param reviewNoticeId the primary key of the review notice
	 * @return the review notice
	 * @throws PortalException if a review notice with the primary key could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.ReviewNotice getReviewNotice(
			long reviewNoticeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reviewNoticeLocalService.getReviewNotice(reviewNoticeId);
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
	@Override
	public java.util.List<se.livsviktig.careprogram.model.ReviewNotice>
		getReviewNotices(int start, int end) {

		return _reviewNoticeLocalService.getReviewNotices(start, end);
	}

	/**
	 * Returns the number of review notices.
	 *
	 * @return the number of review notices
	 */
	@Override
	public int getReviewNoticesCount() {
		return _reviewNoticeLocalService.getReviewNoticesCount();
	}

	@Override
	public boolean hasReviewNotice(
		long localRoutineId, long careProgramId, long recipientUserId,
		int noticeKind, String episodeKey) {

		return _reviewNoticeLocalService.hasReviewNotice(
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
	@Override
	public se.livsviktig.careprogram.model.ReviewNotice updateReviewNotice(
		se.livsviktig.careprogram.model.ReviewNotice reviewNotice) {

		return _reviewNoticeLocalService.updateReviewNotice(reviewNotice);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _reviewNoticeLocalService.getBasePersistence();
	}

	@Override
	public ReviewNoticeLocalService getWrappedService() {
		return _reviewNoticeLocalService;
	}

	@Override
	public void setWrappedService(
		ReviewNoticeLocalService reviewNoticeLocalService) {

		_reviewNoticeLocalService = reviewNoticeLocalService;
	}

	private ReviewNoticeLocalService _reviewNoticeLocalService;

}