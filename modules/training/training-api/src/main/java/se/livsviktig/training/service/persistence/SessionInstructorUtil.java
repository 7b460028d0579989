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

import se.livsviktig.training.model.SessionInstructor;

/**
 * The persistence utility for the session instructor service. This utility wraps <code>se.livsviktig.training.service.persistence.impl.SessionInstructorPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SessionInstructorPersistence
 * @generated
 */
public class SessionInstructorUtil {

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
	public static void clearCache(SessionInstructor sessionInstructor) {
		getPersistence().clearCache(sessionInstructor);
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
	public static Map<Serializable, SessionInstructor> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<SessionInstructor> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<SessionInstructor> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<SessionInstructor> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static SessionInstructor update(
		SessionInstructor sessionInstructor) {

		return getPersistence().update(sessionInstructor);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static SessionInstructor update(
		SessionInstructor sessionInstructor, ServiceContext serviceContext) {

		return getPersistence().update(sessionInstructor, serviceContext);
	}

	/**
	 * Returns all the session instructors where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching session instructors
	 */
	public static List<SessionInstructor> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the session instructors where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	public static List<SessionInstructor> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the session instructors where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session instructors where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByUuid_First(
			String uuid, OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByUuid_First(
		String uuid, OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByUuid_Last(
			String uuid, OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByUuid_Last(
		String uuid, OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	public static SessionInstructor[] findByUuid_PrevAndNext(
			long sessionInstructorId, String uuid,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByUuid_PrevAndNext(
			sessionInstructorId, uuid, orderByComparator);
	}

	/**
	 * Removes all the session instructors where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of session instructors where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching session instructors
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the session instructor where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSessionInstructorException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the session instructor where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the session instructor where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the session instructor where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the session instructor that was removed
	 */
	public static SessionInstructor removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of session instructors where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching session instructors
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the session instructors where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching session instructors
	 */
	public static List<SessionInstructor> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the session instructors where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	public static List<SessionInstructor> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the session instructors where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session instructors where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	public static SessionInstructor[] findByUuid_C_PrevAndNext(
			long sessionInstructorId, String uuid, long companyId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByUuid_C_PrevAndNext(
			sessionInstructorId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the session instructors where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of session instructors where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching session instructors
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the session instructors where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching session instructors
	 */
	public static List<SessionInstructor> findByCourseSessionId(
		long courseSessionId) {

		return getPersistence().findByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns a range of all the session instructors where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	public static List<SessionInstructor> findByCourseSessionId(
		long courseSessionId, int start, int end) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end);
	}

	/**
	 * Returns an ordered range of all the session instructors where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session instructors where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByCourseSessionId_First(
			long courseSessionId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByCourseSessionId_First(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the first session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByCourseSessionId_First(
		long courseSessionId,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().fetchByCourseSessionId_First(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the last session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByCourseSessionId_Last(
			long courseSessionId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByCourseSessionId_Last(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the last session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByCourseSessionId_Last(
		long courseSessionId,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().fetchByCourseSessionId_Last(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	public static SessionInstructor[] findByCourseSessionId_PrevAndNext(
			long sessionInstructorId, long courseSessionId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByCourseSessionId_PrevAndNext(
			sessionInstructorId, courseSessionId, orderByComparator);
	}

	/**
	 * Removes all the session instructors where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	public static void removeByCourseSessionId(long courseSessionId) {
		getPersistence().removeByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns the number of session instructors where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching session instructors
	 */
	public static int countByCourseSessionId(long courseSessionId) {
		return getPersistence().countByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns all the session instructors where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @return the matching session instructors
	 */
	public static List<SessionInstructor> findByCS_S(
		long courseSessionId, int status) {

		return getPersistence().findByCS_S(courseSessionId, status);
	}

	/**
	 * Returns a range of all the session instructors where courseSessionId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	public static List<SessionInstructor> findByCS_S(
		long courseSessionId, int status, int start, int end) {

		return getPersistence().findByCS_S(courseSessionId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the session instructors where courseSessionId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByCS_S(
		long courseSessionId, int status, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().findByCS_S(
			courseSessionId, status, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session instructors where courseSessionId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByCS_S(
		long courseSessionId, int status, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCS_S(
			courseSessionId, status, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByCS_S_First(
			long courseSessionId, int status,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByCS_S_First(
			courseSessionId, status, orderByComparator);
	}

	/**
	 * Returns the first session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByCS_S_First(
		long courseSessionId, int status,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().fetchByCS_S_First(
			courseSessionId, status, orderByComparator);
	}

	/**
	 * Returns the last session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByCS_S_Last(
			long courseSessionId, int status,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByCS_S_Last(
			courseSessionId, status, orderByComparator);
	}

	/**
	 * Returns the last session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByCS_S_Last(
		long courseSessionId, int status,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().fetchByCS_S_Last(
			courseSessionId, status, orderByComparator);
	}

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	public static SessionInstructor[] findByCS_S_PrevAndNext(
			long sessionInstructorId, long courseSessionId, int status,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByCS_S_PrevAndNext(
			sessionInstructorId, courseSessionId, status, orderByComparator);
	}

	/**
	 * Returns all the session instructors where courseSessionId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param statuses the statuses
	 * @return the matching session instructors
	 */
	public static List<SessionInstructor> findByCS_S(
		long courseSessionId, int[] statuses) {

		return getPersistence().findByCS_S(courseSessionId, statuses);
	}

	/**
	 * Returns a range of all the session instructors where courseSessionId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	public static List<SessionInstructor> findByCS_S(
		long courseSessionId, int[] statuses, int start, int end) {

		return getPersistence().findByCS_S(
			courseSessionId, statuses, start, end);
	}

	/**
	 * Returns an ordered range of all the session instructors where courseSessionId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByCS_S(
		long courseSessionId, int[] statuses, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().findByCS_S(
			courseSessionId, statuses, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session instructors where courseSessionId = &#63; and status = &#63;, optionally using the finder cache.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByCS_S(
		long courseSessionId, int[] statuses, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCS_S(
			courseSessionId, statuses, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Removes all the session instructors where courseSessionId = &#63; and status = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 */
	public static void removeByCS_S(long courseSessionId, int status) {
		getPersistence().removeByCS_S(courseSessionId, status);
	}

	/**
	 * Returns the number of session instructors where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @return the number of matching session instructors
	 */
	public static int countByCS_S(long courseSessionId, int status) {
		return getPersistence().countByCS_S(courseSessionId, status);
	}

	/**
	 * Returns the number of session instructors where courseSessionId = &#63; and status = any &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param statuses the statuses
	 * @return the number of matching session instructors
	 */
	public static int countByCS_S(long courseSessionId, int[] statuses) {
		return getPersistence().countByCS_S(courseSessionId, statuses);
	}

	/**
	 * Returns the session instructor where courseSessionId = &#63; and instructorUserId = &#63; or throws a <code>NoSuchSessionInstructorException</code> if it could not be found.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @return the matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByCS_IU(
			long courseSessionId, long instructorUserId)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByCS_IU(courseSessionId, instructorUserId);
	}

	/**
	 * Returns the session instructor where courseSessionId = &#63; and instructorUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByCS_IU(
		long courseSessionId, long instructorUserId) {

		return getPersistence().fetchByCS_IU(courseSessionId, instructorUserId);
	}

	/**
	 * Returns the session instructor where courseSessionId = &#63; and instructorUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByCS_IU(
		long courseSessionId, long instructorUserId, boolean useFinderCache) {

		return getPersistence().fetchByCS_IU(
			courseSessionId, instructorUserId, useFinderCache);
	}

	/**
	 * Removes the session instructor where courseSessionId = &#63; and instructorUserId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @return the session instructor that was removed
	 */
	public static SessionInstructor removeByCS_IU(
			long courseSessionId, long instructorUserId)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().removeByCS_IU(
			courseSessionId, instructorUserId);
	}

	/**
	 * Returns the number of session instructors where courseSessionId = &#63; and instructorUserId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @return the number of matching session instructors
	 */
	public static int countByCS_IU(
		long courseSessionId, long instructorUserId) {

		return getPersistence().countByCS_IU(courseSessionId, instructorUserId);
	}

	/**
	 * Returns all the session instructors where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @return the matching session instructors
	 */
	public static List<SessionInstructor> findByInstructorUserId(
		long instructorUserId) {

		return getPersistence().findByInstructorUserId(instructorUserId);
	}

	/**
	 * Returns a range of all the session instructors where instructorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	public static List<SessionInstructor> findByInstructorUserId(
		long instructorUserId, int start, int end) {

		return getPersistence().findByInstructorUserId(
			instructorUserId, start, end);
	}

	/**
	 * Returns an ordered range of all the session instructors where instructorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByInstructorUserId(
		long instructorUserId, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().findByInstructorUserId(
			instructorUserId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session instructors where instructorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByInstructorUserId(
		long instructorUserId, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByInstructorUserId(
			instructorUserId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByInstructorUserId_First(
			long instructorUserId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByInstructorUserId_First(
			instructorUserId, orderByComparator);
	}

	/**
	 * Returns the first session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByInstructorUserId_First(
		long instructorUserId,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().fetchByInstructorUserId_First(
			instructorUserId, orderByComparator);
	}

	/**
	 * Returns the last session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByInstructorUserId_Last(
			long instructorUserId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByInstructorUserId_Last(
			instructorUserId, orderByComparator);
	}

	/**
	 * Returns the last session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByInstructorUserId_Last(
		long instructorUserId,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().fetchByInstructorUserId_Last(
			instructorUserId, orderByComparator);
	}

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	public static SessionInstructor[] findByInstructorUserId_PrevAndNext(
			long sessionInstructorId, long instructorUserId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByInstructorUserId_PrevAndNext(
			sessionInstructorId, instructorUserId, orderByComparator);
	}

	/**
	 * Removes all the session instructors where instructorUserId = &#63; from the database.
	 *
	 * @param instructorUserId the instructor user ID
	 */
	public static void removeByInstructorUserId(long instructorUserId) {
		getPersistence().removeByInstructorUserId(instructorUserId);
	}

	/**
	 * Returns the number of session instructors where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @return the number of matching session instructors
	 */
	public static int countByInstructorUserId(long instructorUserId) {
		return getPersistence().countByInstructorUserId(instructorUserId);
	}

	/**
	 * Returns all the session instructors where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @return the matching session instructors
	 */
	public static List<SessionInstructor> findByIU_S(
		long instructorUserId, int status) {

		return getPersistence().findByIU_S(instructorUserId, status);
	}

	/**
	 * Returns a range of all the session instructors where instructorUserId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	public static List<SessionInstructor> findByIU_S(
		long instructorUserId, int status, int start, int end) {

		return getPersistence().findByIU_S(
			instructorUserId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the session instructors where instructorUserId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByIU_S(
		long instructorUserId, int status, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().findByIU_S(
			instructorUserId, status, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session instructors where instructorUserId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByIU_S(
		long instructorUserId, int status, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByIU_S(
			instructorUserId, status, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByIU_S_First(
			long instructorUserId, int status,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByIU_S_First(
			instructorUserId, status, orderByComparator);
	}

	/**
	 * Returns the first session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByIU_S_First(
		long instructorUserId, int status,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().fetchByIU_S_First(
			instructorUserId, status, orderByComparator);
	}

	/**
	 * Returns the last session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public static SessionInstructor findByIU_S_Last(
			long instructorUserId, int status,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByIU_S_Last(
			instructorUserId, status, orderByComparator);
	}

	/**
	 * Returns the last session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchByIU_S_Last(
		long instructorUserId, int status,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().fetchByIU_S_Last(
			instructorUserId, status, orderByComparator);
	}

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	public static SessionInstructor[] findByIU_S_PrevAndNext(
			long sessionInstructorId, long instructorUserId, int status,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByIU_S_PrevAndNext(
			sessionInstructorId, instructorUserId, status, orderByComparator);
	}

	/**
	 * Returns all the session instructors where instructorUserId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param statuses the statuses
	 * @return the matching session instructors
	 */
	public static List<SessionInstructor> findByIU_S(
		long instructorUserId, int[] statuses) {

		return getPersistence().findByIU_S(instructorUserId, statuses);
	}

	/**
	 * Returns a range of all the session instructors where instructorUserId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	public static List<SessionInstructor> findByIU_S(
		long instructorUserId, int[] statuses, int start, int end) {

		return getPersistence().findByIU_S(
			instructorUserId, statuses, start, end);
	}

	/**
	 * Returns an ordered range of all the session instructors where instructorUserId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByIU_S(
		long instructorUserId, int[] statuses, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().findByIU_S(
			instructorUserId, statuses, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session instructors where instructorUserId = &#63; and status = &#63;, optionally using the finder cache.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	public static List<SessionInstructor> findByIU_S(
		long instructorUserId, int[] statuses, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByIU_S(
			instructorUserId, statuses, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Removes all the session instructors where instructorUserId = &#63; and status = &#63; from the database.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 */
	public static void removeByIU_S(long instructorUserId, int status) {
		getPersistence().removeByIU_S(instructorUserId, status);
	}

	/**
	 * Returns the number of session instructors where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @return the number of matching session instructors
	 */
	public static int countByIU_S(long instructorUserId, int status) {
		return getPersistence().countByIU_S(instructorUserId, status);
	}

	/**
	 * Returns the number of session instructors where instructorUserId = &#63; and status = any &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param statuses the statuses
	 * @return the number of matching session instructors
	 */
	public static int countByIU_S(long instructorUserId, int[] statuses) {
		return getPersistence().countByIU_S(instructorUserId, statuses);
	}

	/**
	 * Caches the session instructor in the entity cache if it is enabled.
	 *
	 * @param sessionInstructor the session instructor
	 */
	public static void cacheResult(SessionInstructor sessionInstructor) {
		getPersistence().cacheResult(sessionInstructor);
	}

	/**
	 * Caches the session instructors in the entity cache if it is enabled.
	 *
	 * @param sessionInstructors the session instructors
	 */
	public static void cacheResult(List<SessionInstructor> sessionInstructors) {
		getPersistence().cacheResult(sessionInstructors);
	}

	/**
	 * Creates a new session instructor with the primary key. Does not add the session instructor to the database.
	 *
	 * @param sessionInstructorId the primary key for the new session instructor
	 * @return the new session instructor
	 */
	public static SessionInstructor create(long sessionInstructorId) {
		return getPersistence().create(sessionInstructorId);
	}

	/**
	 * Removes the session instructor with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param sessionInstructorId the primary key of the session instructor
	 * @return the session instructor that was removed
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	public static SessionInstructor remove(long sessionInstructorId)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().remove(sessionInstructorId);
	}

	public static SessionInstructor updateImpl(
		SessionInstructor sessionInstructor) {

		return getPersistence().updateImpl(sessionInstructor);
	}

	/**
	 * Returns the session instructor with the primary key or throws a <code>NoSuchSessionInstructorException</code> if it could not be found.
	 *
	 * @param sessionInstructorId the primary key of the session instructor
	 * @return the session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	public static SessionInstructor findByPrimaryKey(long sessionInstructorId)
		throws se.livsviktig.training.exception.
			NoSuchSessionInstructorException {

		return getPersistence().findByPrimaryKey(sessionInstructorId);
	}

	/**
	 * Returns the session instructor with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param sessionInstructorId the primary key of the session instructor
	 * @return the session instructor, or <code>null</code> if a session instructor with the primary key could not be found
	 */
	public static SessionInstructor fetchByPrimaryKey(
		long sessionInstructorId) {

		return getPersistence().fetchByPrimaryKey(sessionInstructorId);
	}

	/**
	 * Returns all the session instructors.
	 *
	 * @return the session instructors
	 */
	public static List<SessionInstructor> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the session instructors.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of session instructors
	 */
	public static List<SessionInstructor> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the session instructors.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of session instructors
	 */
	public static List<SessionInstructor> findAll(
		int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the session instructors.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of session instructors
	 */
	public static List<SessionInstructor> findAll(
		int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the session instructors from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of session instructors.
	 *
	 * @return the number of session instructors
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static SessionInstructorPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		SessionInstructorPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile SessionInstructorPersistence _persistence;

}