/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.training.model.CourseInterest;

/**
 * The persistence utility for the course interest service. This utility wraps <code>se.livsviktig.training.service.persistence.impl.CourseInterestPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see CourseInterestPersistence
 * @generated
 */
public class CourseInterestUtil {

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
	public static void clearCache(CourseInterest courseInterest) {
		getPersistence().clearCache(courseInterest);
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
	public static Map<Serializable, CourseInterest> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<CourseInterest> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<CourseInterest> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<CourseInterest> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static CourseInterest update(CourseInterest courseInterest) {
		return getPersistence().update(courseInterest);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static CourseInterest update(
		CourseInterest courseInterest, ServiceContext serviceContext) {

		return getPersistence().update(courseInterest, serviceContext);
	}

	/**
	 * Returns all the course interests where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching course interests
	 */
	public static List<CourseInterest> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the course interests where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @return the range of matching course interests
	 */
	public static List<CourseInterest> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the course interests where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course interests
	 */
	public static List<CourseInterest> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the course interests where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course interests
	 */
	public static List<CourseInterest> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<CourseInterest> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first course interest in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public static CourseInterest findByUuid_First(
			String uuid, OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first course interest in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByUuid_First(
		String uuid, OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last course interest in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public static CourseInterest findByUuid_Last(
			String uuid, OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last course interest in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByUuid_Last(
		String uuid, OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the course interests before and after the current course interest in the ordered set where uuid = &#63;.
	 *
	 * @param courseInterestId the primary key of the current course interest
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course interest
	 * @throws NoSuchCourseInterestException if a course interest with the primary key could not be found
	 */
	public static CourseInterest[] findByUuid_PrevAndNext(
			long courseInterestId, String uuid,
			OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByUuid_PrevAndNext(
			courseInterestId, uuid, orderByComparator);
	}

	/**
	 * Removes all the course interests where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of course interests where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching course interests
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the course interest where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchCourseInterestException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public static CourseInterest findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the course interest where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the course interest where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the course interest where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the course interest that was removed
	 */
	public static CourseInterest removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of course interests where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching course interests
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the course interests where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching course interests
	 */
	public static List<CourseInterest> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the course interests where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @return the range of matching course interests
	 */
	public static List<CourseInterest> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the course interests where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course interests
	 */
	public static List<CourseInterest> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the course interests where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course interests
	 */
	public static List<CourseInterest> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<CourseInterest> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first course interest in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public static CourseInterest findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first course interest in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last course interest in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public static CourseInterest findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last course interest in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the course interests before and after the current course interest in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param courseInterestId the primary key of the current course interest
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course interest
	 * @throws NoSuchCourseInterestException if a course interest with the primary key could not be found
	 */
	public static CourseInterest[] findByUuid_C_PrevAndNext(
			long courseInterestId, String uuid, long companyId,
			OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByUuid_C_PrevAndNext(
			courseInterestId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the course interests where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of course interests where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching course interests
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the course interests where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching course interests
	 */
	public static List<CourseInterest> findByUserId(long userId) {
		return getPersistence().findByUserId(userId);
	}

	/**
	 * Returns a range of all the course interests where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @return the range of matching course interests
	 */
	public static List<CourseInterest> findByUserId(
		long userId, int start, int end) {

		return getPersistence().findByUserId(userId, start, end);
	}

	/**
	 * Returns an ordered range of all the course interests where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course interests
	 */
	public static List<CourseInterest> findByUserId(
		long userId, int start, int end,
		OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().findByUserId(
			userId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the course interests where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course interests
	 */
	public static List<CourseInterest> findByUserId(
		long userId, int start, int end,
		OrderByComparator<CourseInterest> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUserId(
			userId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first course interest in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public static CourseInterest findByUserId_First(
			long userId, OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByUserId_First(userId, orderByComparator);
	}

	/**
	 * Returns the first course interest in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByUserId_First(
		long userId, OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().fetchByUserId_First(userId, orderByComparator);
	}

	/**
	 * Returns the last course interest in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public static CourseInterest findByUserId_Last(
			long userId, OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByUserId_Last(userId, orderByComparator);
	}

	/**
	 * Returns the last course interest in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByUserId_Last(
		long userId, OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().fetchByUserId_Last(userId, orderByComparator);
	}

	/**
	 * Returns the course interests before and after the current course interest in the ordered set where userId = &#63;.
	 *
	 * @param courseInterestId the primary key of the current course interest
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course interest
	 * @throws NoSuchCourseInterestException if a course interest with the primary key could not be found
	 */
	public static CourseInterest[] findByUserId_PrevAndNext(
			long courseInterestId, long userId,
			OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByUserId_PrevAndNext(
			courseInterestId, userId, orderByComparator);
	}

	/**
	 * Removes all the course interests where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	public static void removeByUserId(long userId) {
		getPersistence().removeByUserId(userId);
	}

	/**
	 * Returns the number of course interests where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching course interests
	 */
	public static int countByUserId(long userId) {
		return getPersistence().countByUserId(userId);
	}

	/**
	 * Returns all the course interests where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @return the matching course interests
	 */
	public static List<CourseInterest> findByCourseId(long courseId) {
		return getPersistence().findByCourseId(courseId);
	}

	/**
	 * Returns a range of all the course interests where courseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @return the range of matching course interests
	 */
	public static List<CourseInterest> findByCourseId(
		long courseId, int start, int end) {

		return getPersistence().findByCourseId(courseId, start, end);
	}

	/**
	 * Returns an ordered range of all the course interests where courseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course interests
	 */
	public static List<CourseInterest> findByCourseId(
		long courseId, int start, int end,
		OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().findByCourseId(
			courseId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the course interests where courseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course interests
	 */
	public static List<CourseInterest> findByCourseId(
		long courseId, int start, int end,
		OrderByComparator<CourseInterest> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCourseId(
			courseId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first course interest in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public static CourseInterest findByCourseId_First(
			long courseId, OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByCourseId_First(
			courseId, orderByComparator);
	}

	/**
	 * Returns the first course interest in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByCourseId_First(
		long courseId, OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().fetchByCourseId_First(
			courseId, orderByComparator);
	}

	/**
	 * Returns the last course interest in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public static CourseInterest findByCourseId_Last(
			long courseId, OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByCourseId_Last(
			courseId, orderByComparator);
	}

	/**
	 * Returns the last course interest in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByCourseId_Last(
		long courseId, OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().fetchByCourseId_Last(
			courseId, orderByComparator);
	}

	/**
	 * Returns the course interests before and after the current course interest in the ordered set where courseId = &#63;.
	 *
	 * @param courseInterestId the primary key of the current course interest
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course interest
	 * @throws NoSuchCourseInterestException if a course interest with the primary key could not be found
	 */
	public static CourseInterest[] findByCourseId_PrevAndNext(
			long courseInterestId, long courseId,
			OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByCourseId_PrevAndNext(
			courseInterestId, courseId, orderByComparator);
	}

	/**
	 * Removes all the course interests where courseId = &#63; from the database.
	 *
	 * @param courseId the course ID
	 */
	public static void removeByCourseId(long courseId) {
		getPersistence().removeByCourseId(courseId);
	}

	/**
	 * Returns the number of course interests where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @return the number of matching course interests
	 */
	public static int countByCourseId(long courseId) {
		return getPersistence().countByCourseId(courseId);
	}

	/**
	 * Returns all the course interests where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @return the matching course interests
	 */
	public static List<CourseInterest> findByC_S(long courseId, int status) {
		return getPersistence().findByC_S(courseId, status);
	}

	/**
	 * Returns a range of all the course interests where courseId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @return the range of matching course interests
	 */
	public static List<CourseInterest> findByC_S(
		long courseId, int status, int start, int end) {

		return getPersistence().findByC_S(courseId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the course interests where courseId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course interests
	 */
	public static List<CourseInterest> findByC_S(
		long courseId, int status, int start, int end,
		OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().findByC_S(
			courseId, status, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the course interests where courseId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course interests
	 */
	public static List<CourseInterest> findByC_S(
		long courseId, int status, int start, int end,
		OrderByComparator<CourseInterest> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_S(
			courseId, status, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first course interest in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public static CourseInterest findByC_S_First(
			long courseId, int status,
			OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByC_S_First(
			courseId, status, orderByComparator);
	}

	/**
	 * Returns the first course interest in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByC_S_First(
		long courseId, int status,
		OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().fetchByC_S_First(
			courseId, status, orderByComparator);
	}

	/**
	 * Returns the last course interest in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public static CourseInterest findByC_S_Last(
			long courseId, int status,
			OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByC_S_Last(
			courseId, status, orderByComparator);
	}

	/**
	 * Returns the last course interest in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByC_S_Last(
		long courseId, int status,
		OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().fetchByC_S_Last(
			courseId, status, orderByComparator);
	}

	/**
	 * Returns the course interests before and after the current course interest in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseInterestId the primary key of the current course interest
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course interest
	 * @throws NoSuchCourseInterestException if a course interest with the primary key could not be found
	 */
	public static CourseInterest[] findByC_S_PrevAndNext(
			long courseInterestId, long courseId, int status,
			OrderByComparator<CourseInterest> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByC_S_PrevAndNext(
			courseInterestId, courseId, status, orderByComparator);
	}

	/**
	 * Removes all the course interests where courseId = &#63; and status = &#63; from the database.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 */
	public static void removeByC_S(long courseId, int status) {
		getPersistence().removeByC_S(courseId, status);
	}

	/**
	 * Returns the number of course interests where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @return the number of matching course interests
	 */
	public static int countByC_S(long courseId, int status) {
		return getPersistence().countByC_S(courseId, status);
	}

	/**
	 * Returns the course interest where courseId = &#63; and userId = &#63; or throws a <code>NoSuchCourseInterestException</code> if it could not be found.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public static CourseInterest findByC_U(long courseId, long userId)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByC_U(courseId, userId);
	}

	/**
	 * Returns the course interest where courseId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByC_U(long courseId, long userId) {
		return getPersistence().fetchByC_U(courseId, userId);
	}

	/**
	 * Returns the course interest where courseId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchByC_U(
		long courseId, long userId, boolean useFinderCache) {

		return getPersistence().fetchByC_U(courseId, userId, useFinderCache);
	}

	/**
	 * Removes the course interest where courseId = &#63; and userId = &#63; from the database.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the course interest that was removed
	 */
	public static CourseInterest removeByC_U(long courseId, long userId)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().removeByC_U(courseId, userId);
	}

	/**
	 * Returns the number of course interests where courseId = &#63; and userId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the number of matching course interests
	 */
	public static int countByC_U(long courseId, long userId) {
		return getPersistence().countByC_U(courseId, userId);
	}

	/**
	 * Caches the course interest in the entity cache if it is enabled.
	 *
	 * @param courseInterest the course interest
	 */
	public static void cacheResult(CourseInterest courseInterest) {
		getPersistence().cacheResult(courseInterest);
	}

	/**
	 * Caches the course interests in the entity cache if it is enabled.
	 *
	 * @param courseInterests the course interests
	 */
	public static void cacheResult(List<CourseInterest> courseInterests) {
		getPersistence().cacheResult(courseInterests);
	}

	/**
	 * Creates a new course interest with the primary key. Does not add the course interest to the database.
	 *
	 * @param courseInterestId the primary key for the new course interest
	 * @return the new course interest
	 */
	public static CourseInterest create(long courseInterestId) {
		return getPersistence().create(courseInterestId);
	}

	/**
	 * Removes the course interest with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param courseInterestId the primary key of the course interest
	 * @return the course interest that was removed
	 * @throws NoSuchCourseInterestException if a course interest with the primary key could not be found
	 */
	public static CourseInterest remove(long courseInterestId)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().remove(courseInterestId);
	}

	public static CourseInterest updateImpl(CourseInterest courseInterest) {
		return getPersistence().updateImpl(courseInterest);
	}

	/**
	 * Returns the course interest with the primary key or throws a <code>NoSuchCourseInterestException</code> if it could not be found.
	 *
	 * @param courseInterestId the primary key of the course interest
	 * @return the course interest
	 * @throws NoSuchCourseInterestException if a course interest with the primary key could not be found
	 */
	public static CourseInterest findByPrimaryKey(long courseInterestId)
		throws se.livsviktig.training.exception.NoSuchCourseInterestException {

		return getPersistence().findByPrimaryKey(courseInterestId);
	}

	/**
	 * Returns the course interest with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param courseInterestId the primary key of the course interest
	 * @return the course interest, or <code>null</code> if a course interest with the primary key could not be found
	 */
	public static CourseInterest fetchByPrimaryKey(long courseInterestId) {
		return getPersistence().fetchByPrimaryKey(courseInterestId);
	}

	/**
	 * Returns all the course interests.
	 *
	 * @return the course interests
	 */
	public static List<CourseInterest> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the course interests.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @return the range of course interests
	 */
	public static List<CourseInterest> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the course interests.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of course interests
	 */
	public static List<CourseInterest> findAll(
		int start, int end,
		OrderByComparator<CourseInterest> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the course interests.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of course interests
	 */
	public static List<CourseInterest> findAll(
		int start, int end, OrderByComparator<CourseInterest> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the course interests from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of course interests.
	 *
	 * @return the number of course interests
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static CourseInterestPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(CourseInterestPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile CourseInterestPersistence _persistence;

}