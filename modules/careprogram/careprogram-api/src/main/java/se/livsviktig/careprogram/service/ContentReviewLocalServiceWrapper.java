/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link ContentReviewLocalService}.
 *
 * @author Livsviktig
 * @see ContentReviewLocalService
 * @generated
 */
public class ContentReviewLocalServiceWrapper
	implements ContentReviewLocalService,
			   ServiceWrapper<ContentReviewLocalService> {

	public ContentReviewLocalServiceWrapper() {
		this(null);
	}

	public ContentReviewLocalServiceWrapper(
		ContentReviewLocalService contentReviewLocalService) {

		_contentReviewLocalService = contentReviewLocalService;
	}

	/**
	 * Adds the content review to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ContentReviewLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param contentReview the content review
	 * @return the content review that was added
	 */
	@Override
	public se.livsviktig.careprogram.model.ContentReview addContentReview(
		se.livsviktig.careprogram.model.ContentReview contentReview) {

		return _contentReviewLocalService.addContentReview(contentReview);
	}

	/**
	 * @param localRoutineId the routine reviewed, or 0 for the programme's own text
	 */
	@Override
	public se.livsviktig.careprogram.model.ContentReview addContentReview(
			long userId, long groupId, long careProgramId, long localRoutineId,
			int reviewKind, String comment, double articleVersion,
			java.util.Date reviewDate)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _contentReviewLocalService.addContentReview(
			userId, groupId, careProgramId, localRoutineId, reviewKind, comment,
			articleVersion, reviewDate);
	}

	/**
	 * Creates a new content review with the primary key. Does not add the content review to the database.
	 *
	 * @param contentReviewId the primary key for the new content review
	 * @return the new content review
	 */
	@Override
	public se.livsviktig.careprogram.model.ContentReview createContentReview(
		long contentReviewId) {

		return _contentReviewLocalService.createContentReview(contentReviewId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _contentReviewLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the content review from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ContentReviewLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param contentReview the content review
	 * @return the content review that was removed
	 */
	@Override
	public se.livsviktig.careprogram.model.ContentReview deleteContentReview(
		se.livsviktig.careprogram.model.ContentReview contentReview) {

		return _contentReviewLocalService.deleteContentReview(contentReview);
	}

	/**
	 * Deletes the content review with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ContentReviewLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param contentReviewId the primary key of the content review
	 * @return the content review that was removed
	 * @throws PortalException if a content review with the primary key could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.ContentReview deleteContentReview(
			long contentReviewId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _contentReviewLocalService.deleteContentReview(contentReviewId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _contentReviewLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _contentReviewLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _contentReviewLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _contentReviewLocalService.dynamicQuery();
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

		return _contentReviewLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.ContentReviewModelImpl</code>.
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

		return _contentReviewLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.ContentReviewModelImpl</code>.
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

		return _contentReviewLocalService.dynamicQuery(
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

		return _contentReviewLocalService.dynamicQueryCount(dynamicQuery);
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

		return _contentReviewLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.careprogram.model.ContentReview fetchContentReview(
		long contentReviewId) {

		return _contentReviewLocalService.fetchContentReview(contentReviewId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _contentReviewLocalService.getActionableDynamicQuery();
	}

	/**
	 * @return the log of the programme and of each of its routines, newest first
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.ContentReview>
		getCareProgramReviews(long careProgramId, int start, int end) {

		return _contentReviewLocalService.getCareProgramReviews(
			careProgramId, start, end);
	}

	@Override
	public int getCareProgramReviewsCount(long careProgramId) {
		return _contentReviewLocalService.getCareProgramReviewsCount(
			careProgramId);
	}

	/**
	 * Returns the content review with the primary key.
	 *
	 * @param contentReviewId the primary key of the content review
	 * @return the content review
	 * @throws PortalException if a content review with the primary key could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.ContentReview getContentReview(
			long contentReviewId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _contentReviewLocalService.getContentReview(contentReviewId);
	}

	/**
	 * Returns a range of all the content reviews.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @return the range of content reviews
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.ContentReview>
		getContentReviews(int start, int end) {

		return _contentReviewLocalService.getContentReviews(start, end);
	}

	/**
	 * Returns the number of content reviews.
	 *
	 * @return the number of content reviews
	 */
	@Override
	public int getContentReviewsCount() {
		return _contentReviewLocalService.getContentReviewsCount();
	}

	/**
	 * @return the site's whole log, newest first
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.ContentReview>
		getGroupReviews(long groupId, int start, int end) {

		return _contentReviewLocalService.getGroupReviews(groupId, start, end);
	}

	@Override
	public int getGroupReviewsCount(long groupId) {
		return _contentReviewLocalService.getGroupReviewsCount(groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _contentReviewLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * @return the routine's log, newest first
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.ContentReview>
		getLocalRoutineReviews(long localRoutineId, int start, int end) {

		return _contentReviewLocalService.getLocalRoutineReviews(
			localRoutineId, start, end);
	}

	@Override
	public int getLocalRoutineReviewsCount(long localRoutineId) {
		return _contentReviewLocalService.getLocalRoutineReviewsCount(
			localRoutineId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _contentReviewLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _contentReviewLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Updates the content review in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ContentReviewLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param contentReview the content review
	 * @return the content review that was updated
	 */
	@Override
	public se.livsviktig.careprogram.model.ContentReview updateContentReview(
		se.livsviktig.careprogram.model.ContentReview contentReview) {

		return _contentReviewLocalService.updateContentReview(contentReview);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _contentReviewLocalService.getBasePersistence();
	}

	@Override
	public ContentReviewLocalService getWrappedService() {
		return _contentReviewLocalService;
	}

	@Override
	public void setWrappedService(
		ContentReviewLocalService contentReviewLocalService) {

		_contentReviewLocalService = contentReviewLocalService;
	}

	private ContentReviewLocalService _contentReviewLocalService;

}