/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.careprogram.model.ReviewNotice;

/**
 * The persistence utility for the review notice service. This utility wraps <code>se.livsviktig.careprogram.service.persistence.impl.ReviewNoticePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see ReviewNoticePersistence
 * @generated
 */
public class ReviewNoticeUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache()
	 */
	public static void clearCache() {
		getPersistence().clearCache();
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static void clearCache(ReviewNotice reviewNotice) {
		getPersistence().clearCache(reviewNotice);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#countWithDynamicQuery(DynamicQuery)
	 */
	public static long countWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().countWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#fetchByPrimaryKeys(Set)
	 */
	public static Map<Serializable, ReviewNotice> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<ReviewNotice> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<ReviewNotice> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<ReviewNotice> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<ReviewNotice> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static ReviewNotice update(ReviewNotice reviewNotice) {
		return getPersistence().update(reviewNotice);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static ReviewNotice update(
		ReviewNotice reviewNotice, ServiceContext serviceContext) {

		return getPersistence().update(reviewNotice, serviceContext);
	}

	/**
	 * Returns the review notice where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63; or throws a <code>NoSuchReviewNoticeException</code> if it could not be found.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @return the matching review notice
	 * @throws NoSuchReviewNoticeException if a matching review notice could not be found
	 */
	public static ReviewNotice findByR_K_E(
			long localRoutineId, long careProgramId, long recipientUserId,
			int noticeKind, String episodeKey)
		throws se.livsviktig.careprogram.exception.NoSuchReviewNoticeException {

		return getPersistence().findByR_K_E(
			localRoutineId, careProgramId, recipientUserId, noticeKind,
			episodeKey);
	}

	/**
	 * Returns the review notice where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @return the matching review notice, or <code>null</code> if a matching review notice could not be found
	 */
	public static ReviewNotice fetchByR_K_E(
		long localRoutineId, long careProgramId, long recipientUserId,
		int noticeKind, String episodeKey) {

		return getPersistence().fetchByR_K_E(
			localRoutineId, careProgramId, recipientUserId, noticeKind,
			episodeKey);
	}

	/**
	 * Returns the review notice where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching review notice, or <code>null</code> if a matching review notice could not be found
	 */
	public static ReviewNotice fetchByR_K_E(
		long localRoutineId, long careProgramId, long recipientUserId,
		int noticeKind, String episodeKey, boolean useFinderCache) {

		return getPersistence().fetchByR_K_E(
			localRoutineId, careProgramId, recipientUserId, noticeKind,
			episodeKey, useFinderCache);
	}

	/**
	 * Removes the review notice where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63; from the database.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @return the review notice that was removed
	 */
	public static ReviewNotice removeByR_K_E(
			long localRoutineId, long careProgramId, long recipientUserId,
			int noticeKind, String episodeKey)
		throws se.livsviktig.careprogram.exception.NoSuchReviewNoticeException {

		return getPersistence().removeByR_K_E(
			localRoutineId, careProgramId, recipientUserId, noticeKind,
			episodeKey);
	}

	/**
	 * Returns the number of review notices where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @return the number of matching review notices
	 */
	public static int countByR_K_E(
		long localRoutineId, long careProgramId, long recipientUserId,
		int noticeKind, String episodeKey) {

		return getPersistence().countByR_K_E(
			localRoutineId, careProgramId, recipientUserId, noticeKind,
			episodeKey);
	}

	/**
	 * Caches the review notice in the entity cache if it is enabled.
	 *
	 * @param reviewNotice the review notice
	 */
	public static void cacheResult(ReviewNotice reviewNotice) {
		getPersistence().cacheResult(reviewNotice);
	}

	/**
	 * Caches the review notices in the entity cache if it is enabled.
	 *
	 * @param reviewNotices the review notices
	 */
	public static void cacheResult(List<ReviewNotice> reviewNotices) {
		getPersistence().cacheResult(reviewNotices);
	}

	/**
	 * Creates a new review notice with the primary key. Does not add the review notice to the database.
	 *
	 * @param reviewNoticeId the primary key for the new review notice
	 * @return the new review notice
	 */
	public static ReviewNotice create(long reviewNoticeId) {
		return getPersistence().create(reviewNoticeId);
	}

	/**
	 * Removes the review notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param reviewNoticeId the primary key of the review notice
	 * @return the review notice that was removed
	 * @throws NoSuchReviewNoticeException if a review notice with the primary key could not be found
	 */
	public static ReviewNotice remove(long reviewNoticeId)
		throws se.livsviktig.careprogram.exception.NoSuchReviewNoticeException {

		return getPersistence().remove(reviewNoticeId);
	}

	public static ReviewNotice updateImpl(ReviewNotice reviewNotice) {
		return getPersistence().updateImpl(reviewNotice);
	}

	/**
	 * Returns the review notice with the primary key or throws a <code>NoSuchReviewNoticeException</code> if it could not be found.
	 *
	 * @param reviewNoticeId the primary key of the review notice
	 * @return the review notice
	 * @throws NoSuchReviewNoticeException if a review notice with the primary key could not be found
	 */
	public static ReviewNotice findByPrimaryKey(long reviewNoticeId)
		throws se.livsviktig.careprogram.exception.NoSuchReviewNoticeException {

		return getPersistence().findByPrimaryKey(reviewNoticeId);
	}

	/**
	 * Returns the review notice with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param reviewNoticeId the primary key of the review notice
	 * @return the review notice, or <code>null</code> if a review notice with the primary key could not be found
	 */
	public static ReviewNotice fetchByPrimaryKey(long reviewNoticeId) {
		return getPersistence().fetchByPrimaryKey(reviewNoticeId);
	}

	/**
	 * Returns all the review notices.
	 *
	 * @return the review notices
	 */
	public static List<ReviewNotice> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the review notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReviewNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of review notices
	 * @param end the upper bound of the range of review notices (not inclusive)
	 * @return the range of review notices
	 */
	public static List<ReviewNotice> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the review notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReviewNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of review notices
	 * @param end the upper bound of the range of review notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of review notices
	 */
	public static List<ReviewNotice> findAll(
		int start, int end, OrderByComparator<ReviewNotice> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the review notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReviewNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of review notices
	 * @param end the upper bound of the range of review notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of review notices
	 */
	public static List<ReviewNotice> findAll(
		int start, int end, OrderByComparator<ReviewNotice> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the review notices from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of review notices.
	 *
	 * @return the number of review notices
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static ReviewNoticePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(ReviewNoticePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile ReviewNoticePersistence _persistence;

}