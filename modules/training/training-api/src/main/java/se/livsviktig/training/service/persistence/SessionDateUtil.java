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

import se.livsviktig.training.model.SessionDate;

/**
 * The persistence utility for the session date service. This utility wraps <code>se.livsviktig.training.service.persistence.impl.SessionDatePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SessionDatePersistence
 * @generated
 */
public class SessionDateUtil {

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
	public static void clearCache(SessionDate sessionDate) {
		getPersistence().clearCache(sessionDate);
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
	public static Map<Serializable, SessionDate> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SessionDate> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SessionDate> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SessionDate> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SessionDate> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SessionDate update(SessionDate sessionDate) {
		return getPersistence().update(sessionDate);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SessionDate update(
		SessionDate sessionDate, ServiceContext serviceContext) {

		return getPersistence().update(sessionDate, serviceContext);
	}

	/**
	 * Returns all the session dates where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching session dates
	 */
	public static List<SessionDate> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the session dates where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @return the range of matching session dates
	 */
	public static List<SessionDate> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the session dates where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session dates
	 */
	public static List<SessionDate> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SessionDate> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session dates where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session dates
	 */
	public static List<SessionDate> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SessionDate> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first session date in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public static SessionDate findByUuid_First(
			String uuid, OrderByComparator<SessionDate> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first session date in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public static SessionDate fetchByUuid_First(
		String uuid, OrderByComparator<SessionDate> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last session date in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public static SessionDate findByUuid_Last(
			String uuid, OrderByComparator<SessionDate> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last session date in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public static SessionDate fetchByUuid_Last(
		String uuid, OrderByComparator<SessionDate> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the session dates before and after the current session date in the ordered set where uuid = &#63;.
	 *
	 * @param sessionDateId the primary key of the current session date
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session date
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	public static SessionDate[] findByUuid_PrevAndNext(
			long sessionDateId, String uuid,
			OrderByComparator<SessionDate> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().findByUuid_PrevAndNext(
			sessionDateId, uuid, orderByComparator);
	}

	/**
	 * Removes all the session dates where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of session dates where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching session dates
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the session date where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSessionDateException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public static SessionDate findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the session date where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public static SessionDate fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the session date where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public static SessionDate fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the session date where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the session date that was removed
	 */
	public static SessionDate removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of session dates where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching session dates
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the session dates where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching session dates
	 */
	public static List<SessionDate> findByUuid_C(String uuid, long companyId) {
		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the session dates where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @return the range of matching session dates
	 */
	public static List<SessionDate> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the session dates where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session dates
	 */
	public static List<SessionDate> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SessionDate> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session dates where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session dates
	 */
	public static List<SessionDate> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SessionDate> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public static SessionDate findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<SessionDate> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public static SessionDate fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<SessionDate> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public static SessionDate findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<SessionDate> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public static SessionDate fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<SessionDate> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the session dates before and after the current session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param sessionDateId the primary key of the current session date
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session date
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	public static SessionDate[] findByUuid_C_PrevAndNext(
			long sessionDateId, String uuid, long companyId,
			OrderByComparator<SessionDate> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().findByUuid_C_PrevAndNext(
			sessionDateId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the session dates where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of session dates where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching session dates
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the session dates where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching session dates
	 */
	public static List<SessionDate> findByCourseSessionId(
		long courseSessionId) {

		return getPersistence().findByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns a range of all the session dates where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @return the range of matching session dates
	 */
	public static List<SessionDate> findByCourseSessionId(
		long courseSessionId, int start, int end) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end);
	}

	/**
	 * Returns an ordered range of all the session dates where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session dates
	 */
	public static List<SessionDate> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionDate> orderByComparator) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session dates where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session dates
	 */
	public static List<SessionDate> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionDate> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public static SessionDate findByCourseSessionId_First(
			long courseSessionId,
			OrderByComparator<SessionDate> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().findByCourseSessionId_First(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the first session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public static SessionDate fetchByCourseSessionId_First(
		long courseSessionId,
		OrderByComparator<SessionDate> orderByComparator) {

		return getPersistence().fetchByCourseSessionId_First(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the last session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public static SessionDate findByCourseSessionId_Last(
			long courseSessionId,
			OrderByComparator<SessionDate> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().findByCourseSessionId_Last(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the last session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public static SessionDate fetchByCourseSessionId_Last(
		long courseSessionId,
		OrderByComparator<SessionDate> orderByComparator) {

		return getPersistence().fetchByCourseSessionId_Last(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the session dates before and after the current session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param sessionDateId the primary key of the current session date
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session date
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	public static SessionDate[] findByCourseSessionId_PrevAndNext(
			long sessionDateId, long courseSessionId,
			OrderByComparator<SessionDate> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().findByCourseSessionId_PrevAndNext(
			sessionDateId, courseSessionId, orderByComparator);
	}

	/**
	 * Removes all the session dates where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	public static void removeByCourseSessionId(long courseSessionId) {
		getPersistence().removeByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns the number of session dates where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching session dates
	 */
	public static int countByCourseSessionId(long courseSessionId) {
		return getPersistence().countByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns the session date where courseSessionId = &#63; and checkInCode = &#63; or throws a <code>NoSuchSessionDateException</code> if it could not be found.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @return the matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public static SessionDate findByCS_CIC(
			long courseSessionId, String checkInCode)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().findByCS_CIC(courseSessionId, checkInCode);
	}

	/**
	 * Returns the session date where courseSessionId = &#63; and checkInCode = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @return the matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public static SessionDate fetchByCS_CIC(
		long courseSessionId, String checkInCode) {

		return getPersistence().fetchByCS_CIC(courseSessionId, checkInCode);
	}

	/**
	 * Returns the session date where courseSessionId = &#63; and checkInCode = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public static SessionDate fetchByCS_CIC(
		long courseSessionId, String checkInCode, boolean useFinderCache) {

		return getPersistence().fetchByCS_CIC(
			courseSessionId, checkInCode, useFinderCache);
	}

	/**
	 * Removes the session date where courseSessionId = &#63; and checkInCode = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @return the session date that was removed
	 */
	public static SessionDate removeByCS_CIC(
			long courseSessionId, String checkInCode)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().removeByCS_CIC(courseSessionId, checkInCode);
	}

	/**
	 * Returns the number of session dates where courseSessionId = &#63; and checkInCode = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @return the number of matching session dates
	 */
	public static int countByCS_CIC(long courseSessionId, String checkInCode) {
		return getPersistence().countByCS_CIC(courseSessionId, checkInCode);
	}

	/**
	 * Caches the session date in the entity cache if it is enabled.
	 *
	 * @param sessionDate the session date
	 */
	public static void cacheResult(SessionDate sessionDate) {
		getPersistence().cacheResult(sessionDate);
	}

	/**
	 * Caches the session dates in the entity cache if it is enabled.
	 *
	 * @param sessionDates the session dates
	 */
	public static void cacheResult(List<SessionDate> sessionDates) {
		getPersistence().cacheResult(sessionDates);
	}

	/**
	 * Creates a new session date with the primary key. Does not add the session date to the database.
	 *
	 * @param sessionDateId the primary key for the new session date
	 * @return the new session date
	 */
	public static SessionDate create(long sessionDateId) {
		return getPersistence().create(sessionDateId);
	}

	/**
	 * Removes the session date with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param sessionDateId the primary key of the session date
	 * @return the session date that was removed
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	public static SessionDate remove(long sessionDateId)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().remove(sessionDateId);
	}

	public static SessionDate updateImpl(SessionDate sessionDate) {
		return getPersistence().updateImpl(sessionDate);
	}

	/**
	 * Returns the session date with the primary key or throws a <code>NoSuchSessionDateException</code> if it could not be found.
	 *
	 * @param sessionDateId the primary key of the session date
	 * @return the session date
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	public static SessionDate findByPrimaryKey(long sessionDateId)
		throws se.livsviktig.training.exception.NoSuchSessionDateException {

		return getPersistence().findByPrimaryKey(sessionDateId);
	}

	/**
	 * Returns the session date with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param sessionDateId the primary key of the session date
	 * @return the session date, or <code>null</code> if a session date with the primary key could not be found
	 */
	public static SessionDate fetchByPrimaryKey(long sessionDateId) {
		return getPersistence().fetchByPrimaryKey(sessionDateId);
	}

	/**
	 * Returns all the session dates.
	 *
	 * @return the session dates
	 */
	public static List<SessionDate> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the session dates.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @return the range of session dates
	 */
	public static List<SessionDate> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the session dates.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of session dates
	 */
	public static List<SessionDate> findAll(
		int start, int end, OrderByComparator<SessionDate> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session dates.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of session dates
	 */
	public static List<SessionDate> findAll(
		int start, int end, OrderByComparator<SessionDate> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the session dates from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of session dates.
	 *
	 * @return the number of session dates
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SessionDatePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(SessionDatePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile SessionDatePersistence _persistence;

}