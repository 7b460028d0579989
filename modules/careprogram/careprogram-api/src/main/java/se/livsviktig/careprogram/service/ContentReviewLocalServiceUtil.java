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

import se.livsviktig.careprogram.model.ContentReview;

/**
 * Provides the local service utility for ContentReview. This utility wraps
 * <code>se.livsviktig.careprogram.service.impl.ContentReviewLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see ContentReviewLocalService
 * @generated
 */
public class ContentReviewLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.ContentReviewLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

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
	public static ContentReview addContentReview(ContentReview contentReview) {
		return getService().addContentReview(contentReview);
	}

	/**
	 * @param localRoutineId the routine reviewed, or 0 for the programme's own text
	 */
	public static ContentReview addContentReview(
			long userId, long groupId, long careProgramId, long localRoutineId,
			int reviewKind, String comment, double articleVersion,
			java.util.Date reviewDate)
		throws PortalException {

		return getService().addContentReview(
			userId, groupId, careProgramId, localRoutineId, reviewKind, comment,
			articleVersion, reviewDate);
	}

	/**
	 * Creates a new content review with the primary key. Does not add the content review to the database.
	 *
	 * @param contentReviewId the primary key for the new content review
	 * @return the new content review
	 */
	public static ContentReview createContentReview(long contentReviewId) {
		return getService().createContentReview(contentReviewId);
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
	 * Deletes the content review from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ContentReviewLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param contentReview the content review
	 * @return the content review that was removed
	 */
	public static ContentReview deleteContentReview(
		ContentReview contentReview) {

		return getService().deleteContentReview(contentReview);
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
	public static ContentReview deleteContentReview(long contentReviewId)
		throws PortalException {

		return getService().deleteContentReview(contentReviewId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.ContentReviewModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.ContentReviewModelImpl</code>.
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

	public static ContentReview fetchContentReview(long contentReviewId) {
		return getService().fetchContentReview(contentReviewId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * @return the log of the programme and of each of its routines, newest first
	 */
	public static List<ContentReview> getCareProgramReviews(
		long careProgramId, int start, int end) {

		return getService().getCareProgramReviews(careProgramId, start, end);
	}

	public static int getCareProgramReviewsCount(long careProgramId) {
		return getService().getCareProgramReviewsCount(careProgramId);
	}

	/**
	 * Returns the content review with the primary key.
	 *
	 * @param contentReviewId the primary key of the content review
	 * @return the content review
	 * @throws PortalException if a content review with the primary key could not be found
	 */
	public static ContentReview getContentReview(long contentReviewId)
		throws PortalException {

		return getService().getContentReview(contentReviewId);
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
	public static List<ContentReview> getContentReviews(int start, int end) {
		return getService().getContentReviews(start, end);
	}

	/**
	 * Returns the number of content reviews.
	 *
	 * @return the number of content reviews
	 */
	public static int getContentReviewsCount() {
		return getService().getContentReviewsCount();
	}

	/**
	 * @return the site's whole log, newest first
	 */
	public static List<ContentReview> getGroupReviews(
		long groupId, int start, int end) {

		return getService().getGroupReviews(groupId, start, end);
	}

	public static int getGroupReviewsCount(long groupId) {
		return getService().getGroupReviewsCount(groupId);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * @return the routine's log, newest first
	 */
	public static List<ContentReview> getLocalRoutineReviews(
		long localRoutineId, int start, int end) {

		return getService().getLocalRoutineReviews(localRoutineId, start, end);
	}

	public static int getLocalRoutineReviewsCount(long localRoutineId) {
		return getService().getLocalRoutineReviewsCount(localRoutineId);
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
	 * Updates the content review in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ContentReviewLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param contentReview the content review
	 * @return the content review that was updated
	 */
	public static ContentReview updateContentReview(
		ContentReview contentReview) {

		return getService().updateContentReview(contentReview);
	}

	public static ContentReviewLocalService getService() {
		return _service;
	}

	public static void setService(ContentReviewLocalService service) {
		_service = service;
	}

	private static volatile ContentReviewLocalService _service;

}