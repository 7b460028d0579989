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

import se.livsviktig.careprogram.model.ContentReview;

/**
 * The persistence utility for the content review service. This utility wraps <code>se.livsviktig.careprogram.service.persistence.impl.ContentReviewPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see ContentReviewPersistence
 * @generated
 */
public class ContentReviewUtil {

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
	public static void clearCache(ContentReview contentReview) {
		getPersistence().clearCache(contentReview);
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
	public static Map<Serializable, ContentReview> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<ContentReview> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<ContentReview> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<ContentReview> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<ContentReview> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static ContentReview update(ContentReview contentReview) {
		return getPersistence().update(contentReview);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static ContentReview update(
		ContentReview contentReview, ServiceContext serviceContext) {

		return getPersistence().update(contentReview, serviceContext);
	}

	/**
	 * Returns all the content reviews where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching content reviews
	 */
	public static List<ContentReview> findByCareProgramId(long careProgramId) {
		return getPersistence().findByCareProgramId(careProgramId);
	}

	/**
	 * Returns a range of all the content reviews where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @return the range of matching content reviews
	 */
	public static List<ContentReview> findByCareProgramId(
		long careProgramId, int start, int end) {

		return getPersistence().findByCareProgramId(careProgramId, start, end);
	}

	/**
	 * Returns an ordered range of all the content reviews where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching content reviews
	 */
	public static List<ContentReview> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<ContentReview> orderByComparator) {

		return getPersistence().findByCareProgramId(
			careProgramId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the content reviews where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching content reviews
	 */
	public static List<ContentReview> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<ContentReview> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCareProgramId(
			careProgramId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	public static ContentReview findByCareProgramId_First(
			long careProgramId,
			OrderByComparator<ContentReview> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchContentReviewException {

		return getPersistence().findByCareProgramId_First(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the first content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review, or <code>null</code> if a matching content review could not be found
	 */
	public static ContentReview fetchByCareProgramId_First(
		long careProgramId,
		OrderByComparator<ContentReview> orderByComparator) {

		return getPersistence().fetchByCareProgramId_First(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the last content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	public static ContentReview findByCareProgramId_Last(
			long careProgramId,
			OrderByComparator<ContentReview> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchContentReviewException {

		return getPersistence().findByCareProgramId_Last(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the last content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review, or <code>null</code> if a matching content review could not be found
	 */
	public static ContentReview fetchByCareProgramId_Last(
		long careProgramId,
		OrderByComparator<ContentReview> orderByComparator) {

		return getPersistence().fetchByCareProgramId_Last(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the content reviews before and after the current content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param contentReviewId the primary key of the current content review
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next content review
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	public static ContentReview[] findByCareProgramId_PrevAndNext(
			long contentReviewId, long careProgramId,
			OrderByComparator<ContentReview> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchContentReviewException {

		return getPersistence().findByCareProgramId_PrevAndNext(
			contentReviewId, careProgramId, orderByComparator);
	}

	/**
	 * Removes all the content reviews where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	public static void removeByCareProgramId(long careProgramId) {
		getPersistence().removeByCareProgramId(careProgramId);
	}

	/**
	 * Returns the number of content reviews where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching content reviews
	 */
	public static int countByCareProgramId(long careProgramId) {
		return getPersistence().countByCareProgramId(careProgramId);
	}

	/**
	 * Returns all the content reviews where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @return the matching content reviews
	 */
	public static List<ContentReview> findByLocalRoutineId(
		long localRoutineId) {

		return getPersistence().findByLocalRoutineId(localRoutineId);
	}

	/**
	 * Returns a range of all the content reviews where localRoutineId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param localRoutineId the local routine ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @return the range of matching content reviews
	 */
	public static List<ContentReview> findByLocalRoutineId(
		long localRoutineId, int start, int end) {

		return getPersistence().findByLocalRoutineId(
			localRoutineId, start, end);
	}

	/**
	 * Returns an ordered range of all the content reviews where localRoutineId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param localRoutineId the local routine ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching content reviews
	 */
	public static List<ContentReview> findByLocalRoutineId(
		long localRoutineId, int start, int end,
		OrderByComparator<ContentReview> orderByComparator) {

		return getPersistence().findByLocalRoutineId(
			localRoutineId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the content reviews where localRoutineId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param localRoutineId the local routine ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching content reviews
	 */
	public static List<ContentReview> findByLocalRoutineId(
		long localRoutineId, int start, int end,
		OrderByComparator<ContentReview> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByLocalRoutineId(
			localRoutineId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	public static ContentReview findByLocalRoutineId_First(
			long localRoutineId,
			OrderByComparator<ContentReview> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchContentReviewException {

		return getPersistence().findByLocalRoutineId_First(
			localRoutineId, orderByComparator);
	}

	/**
	 * Returns the first content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review, or <code>null</code> if a matching content review could not be found
	 */
	public static ContentReview fetchByLocalRoutineId_First(
		long localRoutineId,
		OrderByComparator<ContentReview> orderByComparator) {

		return getPersistence().fetchByLocalRoutineId_First(
			localRoutineId, orderByComparator);
	}

	/**
	 * Returns the last content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	public static ContentReview findByLocalRoutineId_Last(
			long localRoutineId,
			OrderByComparator<ContentReview> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchContentReviewException {

		return getPersistence().findByLocalRoutineId_Last(
			localRoutineId, orderByComparator);
	}

	/**
	 * Returns the last content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review, or <code>null</code> if a matching content review could not be found
	 */
	public static ContentReview fetchByLocalRoutineId_Last(
		long localRoutineId,
		OrderByComparator<ContentReview> orderByComparator) {

		return getPersistence().fetchByLocalRoutineId_Last(
			localRoutineId, orderByComparator);
	}

	/**
	 * Returns the content reviews before and after the current content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param contentReviewId the primary key of the current content review
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next content review
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	public static ContentReview[] findByLocalRoutineId_PrevAndNext(
			long contentReviewId, long localRoutineId,
			OrderByComparator<ContentReview> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchContentReviewException {

		return getPersistence().findByLocalRoutineId_PrevAndNext(
			contentReviewId, localRoutineId, orderByComparator);
	}

	/**
	 * Removes all the content reviews where localRoutineId = &#63; from the database.
	 *
	 * @param localRoutineId the local routine ID
	 */
	public static void removeByLocalRoutineId(long localRoutineId) {
		getPersistence().removeByLocalRoutineId(localRoutineId);
	}

	/**
	 * Returns the number of content reviews where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @return the number of matching content reviews
	 */
	public static int countByLocalRoutineId(long localRoutineId) {
		return getPersistence().countByLocalRoutineId(localRoutineId);
	}

	/**
	 * Returns all the content reviews where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching content reviews
	 */
	public static List<ContentReview> findByUserId(long userId) {
		return getPersistence().findByUserId(userId);
	}

	/**
	 * Returns a range of all the content reviews where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @return the range of matching content reviews
	 */
	public static List<ContentReview> findByUserId(
		long userId, int start, int end) {

		return getPersistence().findByUserId(userId, start, end);
	}

	/**
	 * Returns an ordered range of all the content reviews where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching content reviews
	 */
	public static List<ContentReview> findByUserId(
		long userId, int start, int end,
		OrderByComparator<ContentReview> orderByComparator) {

		return getPersistence().findByUserId(
			userId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the content reviews where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching content reviews
	 */
	public static List<ContentReview> findByUserId(
		long userId, int start, int end,
		OrderByComparator<ContentReview> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUserId(
			userId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first content review in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	public static ContentReview findByUserId_First(
			long userId, OrderByComparator<ContentReview> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchContentReviewException {

		return getPersistence().findByUserId_First(userId, orderByComparator);
	}

	/**
	 * Returns the first content review in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review, or <code>null</code> if a matching content review could not be found
	 */
	public static ContentReview fetchByUserId_First(
		long userId, OrderByComparator<ContentReview> orderByComparator) {

		return getPersistence().fetchByUserId_First(userId, orderByComparator);
	}

	/**
	 * Returns the last content review in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	public static ContentReview findByUserId_Last(
			long userId, OrderByComparator<ContentReview> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchContentReviewException {

		return getPersistence().findByUserId_Last(userId, orderByComparator);
	}

	/**
	 * Returns the last content review in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review, or <code>null</code> if a matching content review could not be found
	 */
	public static ContentReview fetchByUserId_Last(
		long userId, OrderByComparator<ContentReview> orderByComparator) {

		return getPersistence().fetchByUserId_Last(userId, orderByComparator);
	}

	/**
	 * Returns the content reviews before and after the current content review in the ordered set where userId = &#63;.
	 *
	 * @param contentReviewId the primary key of the current content review
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next content review
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	public static ContentReview[] findByUserId_PrevAndNext(
			long contentReviewId, long userId,
			OrderByComparator<ContentReview> orderByComparator)
		throws se.livsviktig.careprogram.exception.
			NoSuchContentReviewException {

		return getPersistence().findByUserId_PrevAndNext(
			contentReviewId, userId, orderByComparator);
	}

	/**
	 * Removes all the content reviews where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	public static void removeByUserId(long userId) {
		getPersistence().removeByUserId(userId);
	}

	/**
	 * Returns the number of content reviews where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching content reviews
	 */
	public static int countByUserId(long userId) {
		return getPersistence().countByUserId(userId);
	}

	/**
	 * Caches the content review in the entity cache if it is enabled.
	 *
	 * @param contentReview the content review
	 */
	public static void cacheResult(ContentReview contentReview) {
		getPersistence().cacheResult(contentReview);
	}

	/**
	 * Caches the content reviews in the entity cache if it is enabled.
	 *
	 * @param contentReviews the content reviews
	 */
	public static void cacheResult(List<ContentReview> contentReviews) {
		getPersistence().cacheResult(contentReviews);
	}

	/**
	 * Creates a new content review with the primary key. Does not add the content review to the database.
	 *
	 * @param contentReviewId the primary key for the new content review
	 * @return the new content review
	 */
	public static ContentReview create(long contentReviewId) {
		return getPersistence().create(contentReviewId);
	}

	/**
	 * Removes the content review with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param contentReviewId the primary key of the content review
	 * @return the content review that was removed
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	public static ContentReview remove(long contentReviewId)
		throws se.livsviktig.careprogram.exception.
			NoSuchContentReviewException {

		return getPersistence().remove(contentReviewId);
	}

	public static ContentReview updateImpl(ContentReview contentReview) {
		return getPersistence().updateImpl(contentReview);
	}

	/**
	 * Returns the content review with the primary key or throws a <code>NoSuchContentReviewException</code> if it could not be found.
	 *
	 * @param contentReviewId the primary key of the content review
	 * @return the content review
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	public static ContentReview findByPrimaryKey(long contentReviewId)
		throws se.livsviktig.careprogram.exception.
			NoSuchContentReviewException {

		return getPersistence().findByPrimaryKey(contentReviewId);
	}

	/**
	 * Returns the content review with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param contentReviewId the primary key of the content review
	 * @return the content review, or <code>null</code> if a content review with the primary key could not be found
	 */
	public static ContentReview fetchByPrimaryKey(long contentReviewId) {
		return getPersistence().fetchByPrimaryKey(contentReviewId);
	}

	/**
	 * Returns all the content reviews.
	 *
	 * @return the content reviews
	 */
	public static List<ContentReview> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the content reviews.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @return the range of content reviews
	 */
	public static List<ContentReview> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the content reviews.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of content reviews
	 */
	public static List<ContentReview> findAll(
		int start, int end,
		OrderByComparator<ContentReview> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the content reviews.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of content reviews
	 */
	public static List<ContentReview> findAll(
		int start, int end, OrderByComparator<ContentReview> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the content reviews from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of content reviews.
	 *
	 * @return the number of content reviews
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static ContentReviewPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(ContentReviewPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile ContentReviewPersistence _persistence;

}