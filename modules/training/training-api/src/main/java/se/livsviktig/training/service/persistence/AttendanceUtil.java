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

import se.livsviktig.training.model.Attendance;

/**
 * The persistence utility for the attendance service. This utility wraps <code>se.livsviktig.training.service.persistence.impl.AttendancePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see AttendancePersistence
 * @generated
 */
public class AttendanceUtil {

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
	public static void clearCache(Attendance attendance) {
		getPersistence().clearCache(attendance);
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
	public static Map<Serializable, Attendance> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<Attendance> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<Attendance> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<Attendance> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<Attendance> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static Attendance update(Attendance attendance) {
		return getPersistence().update(attendance);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static Attendance update(
		Attendance attendance, ServiceContext serviceContext) {

		return getPersistence().update(attendance, serviceContext);
	}

	/**
	 * Returns all the attendances where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching attendances
	 */
	public static List<Attendance> findByCourseSessionId(long courseSessionId) {
		return getPersistence().findByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns a range of all the attendances where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @return the range of matching attendances
	 */
	public static List<Attendance> findByCourseSessionId(
		long courseSessionId, int start, int end) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end);
	}

	/**
	 * Returns an ordered range of all the attendances where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attendances
	 */
	public static List<Attendance> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<Attendance> orderByComparator) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the attendances where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attendances
	 */
	public static List<Attendance> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<Attendance> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCourseSessionId(
			courseSessionId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public static Attendance findByCourseSessionId_First(
			long courseSessionId,
			OrderByComparator<Attendance> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchAttendanceException {

		return getPersistence().findByCourseSessionId_First(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the first attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public static Attendance fetchByCourseSessionId_First(
		long courseSessionId, OrderByComparator<Attendance> orderByComparator) {

		return getPersistence().fetchByCourseSessionId_First(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the last attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public static Attendance findByCourseSessionId_Last(
			long courseSessionId,
			OrderByComparator<Attendance> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchAttendanceException {

		return getPersistence().findByCourseSessionId_Last(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the last attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public static Attendance fetchByCourseSessionId_Last(
		long courseSessionId, OrderByComparator<Attendance> orderByComparator) {

		return getPersistence().fetchByCourseSessionId_Last(
			courseSessionId, orderByComparator);
	}

	/**
	 * Returns the attendances before and after the current attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param attendanceId the primary key of the current attendance
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attendance
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	public static Attendance[] findByCourseSessionId_PrevAndNext(
			long attendanceId, long courseSessionId,
			OrderByComparator<Attendance> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchAttendanceException {

		return getPersistence().findByCourseSessionId_PrevAndNext(
			attendanceId, courseSessionId, orderByComparator);
	}

	/**
	 * Removes all the attendances where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	public static void removeByCourseSessionId(long courseSessionId) {
		getPersistence().removeByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns the number of attendances where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching attendances
	 */
	public static int countByCourseSessionId(long courseSessionId) {
		return getPersistence().countByCourseSessionId(courseSessionId);
	}

	/**
	 * Returns all the attendances where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @return the matching attendances
	 */
	public static List<Attendance> findBySessionDateId(long sessionDateId) {
		return getPersistence().findBySessionDateId(sessionDateId);
	}

	/**
	 * Returns a range of all the attendances where sessionDateId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param sessionDateId the session date ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @return the range of matching attendances
	 */
	public static List<Attendance> findBySessionDateId(
		long sessionDateId, int start, int end) {

		return getPersistence().findBySessionDateId(sessionDateId, start, end);
	}

	/**
	 * Returns an ordered range of all the attendances where sessionDateId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param sessionDateId the session date ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attendances
	 */
	public static List<Attendance> findBySessionDateId(
		long sessionDateId, int start, int end,
		OrderByComparator<Attendance> orderByComparator) {

		return getPersistence().findBySessionDateId(
			sessionDateId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the attendances where sessionDateId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param sessionDateId the session date ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attendances
	 */
	public static List<Attendance> findBySessionDateId(
		long sessionDateId, int start, int end,
		OrderByComparator<Attendance> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findBySessionDateId(
			sessionDateId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public static Attendance findBySessionDateId_First(
			long sessionDateId, OrderByComparator<Attendance> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchAttendanceException {

		return getPersistence().findBySessionDateId_First(
			sessionDateId, orderByComparator);
	}

	/**
	 * Returns the first attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public static Attendance fetchBySessionDateId_First(
		long sessionDateId, OrderByComparator<Attendance> orderByComparator) {

		return getPersistence().fetchBySessionDateId_First(
			sessionDateId, orderByComparator);
	}

	/**
	 * Returns the last attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public static Attendance findBySessionDateId_Last(
			long sessionDateId, OrderByComparator<Attendance> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchAttendanceException {

		return getPersistence().findBySessionDateId_Last(
			sessionDateId, orderByComparator);
	}

	/**
	 * Returns the last attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public static Attendance fetchBySessionDateId_Last(
		long sessionDateId, OrderByComparator<Attendance> orderByComparator) {

		return getPersistence().fetchBySessionDateId_Last(
			sessionDateId, orderByComparator);
	}

	/**
	 * Returns the attendances before and after the current attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param attendanceId the primary key of the current attendance
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attendance
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	public static Attendance[] findBySessionDateId_PrevAndNext(
			long attendanceId, long sessionDateId,
			OrderByComparator<Attendance> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchAttendanceException {

		return getPersistence().findBySessionDateId_PrevAndNext(
			attendanceId, sessionDateId, orderByComparator);
	}

	/**
	 * Removes all the attendances where sessionDateId = &#63; from the database.
	 *
	 * @param sessionDateId the session date ID
	 */
	public static void removeBySessionDateId(long sessionDateId) {
		getPersistence().removeBySessionDateId(sessionDateId);
	}

	/**
	 * Returns the number of attendances where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @return the number of matching attendances
	 */
	public static int countBySessionDateId(long sessionDateId) {
		return getPersistence().countBySessionDateId(sessionDateId);
	}

	/**
	 * Returns all the attendances where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the matching attendances
	 */
	public static List<Attendance> findByRegistrationId(long registrationId) {
		return getPersistence().findByRegistrationId(registrationId);
	}

	/**
	 * Returns a range of all the attendances where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @return the range of matching attendances
	 */
	public static List<Attendance> findByRegistrationId(
		long registrationId, int start, int end) {

		return getPersistence().findByRegistrationId(
			registrationId, start, end);
	}

	/**
	 * Returns an ordered range of all the attendances where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attendances
	 */
	public static List<Attendance> findByRegistrationId(
		long registrationId, int start, int end,
		OrderByComparator<Attendance> orderByComparator) {

		return getPersistence().findByRegistrationId(
			registrationId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the attendances where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attendances
	 */
	public static List<Attendance> findByRegistrationId(
		long registrationId, int start, int end,
		OrderByComparator<Attendance> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByRegistrationId(
			registrationId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public static Attendance findByRegistrationId_First(
			long registrationId,
			OrderByComparator<Attendance> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchAttendanceException {

		return getPersistence().findByRegistrationId_First(
			registrationId, orderByComparator);
	}

	/**
	 * Returns the first attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public static Attendance fetchByRegistrationId_First(
		long registrationId, OrderByComparator<Attendance> orderByComparator) {

		return getPersistence().fetchByRegistrationId_First(
			registrationId, orderByComparator);
	}

	/**
	 * Returns the last attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public static Attendance findByRegistrationId_Last(
			long registrationId,
			OrderByComparator<Attendance> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchAttendanceException {

		return getPersistence().findByRegistrationId_Last(
			registrationId, orderByComparator);
	}

	/**
	 * Returns the last attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public static Attendance fetchByRegistrationId_Last(
		long registrationId, OrderByComparator<Attendance> orderByComparator) {

		return getPersistence().fetchByRegistrationId_Last(
			registrationId, orderByComparator);
	}

	/**
	 * Returns the attendances before and after the current attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param attendanceId the primary key of the current attendance
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attendance
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	public static Attendance[] findByRegistrationId_PrevAndNext(
			long attendanceId, long registrationId,
			OrderByComparator<Attendance> orderByComparator)
		throws se.livsviktig.training.exception.NoSuchAttendanceException {

		return getPersistence().findByRegistrationId_PrevAndNext(
			attendanceId, registrationId, orderByComparator);
	}

	/**
	 * Removes all the attendances where registrationId = &#63; from the database.
	 *
	 * @param registrationId the registration ID
	 */
	public static void removeByRegistrationId(long registrationId) {
		getPersistence().removeByRegistrationId(registrationId);
	}

	/**
	 * Returns the number of attendances where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the number of matching attendances
	 */
	public static int countByRegistrationId(long registrationId) {
		return getPersistence().countByRegistrationId(registrationId);
	}

	/**
	 * Returns the attendance where registrationId = &#63; and sessionDateId = &#63; or throws a <code>NoSuchAttendanceException</code> if it could not be found.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @return the matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public static Attendance findByR_SD(long registrationId, long sessionDateId)
		throws se.livsviktig.training.exception.NoSuchAttendanceException {

		return getPersistence().findByR_SD(registrationId, sessionDateId);
	}

	/**
	 * Returns the attendance where registrationId = &#63; and sessionDateId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @return the matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public static Attendance fetchByR_SD(
		long registrationId, long sessionDateId) {

		return getPersistence().fetchByR_SD(registrationId, sessionDateId);
	}

	/**
	 * Returns the attendance where registrationId = &#63; and sessionDateId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public static Attendance fetchByR_SD(
		long registrationId, long sessionDateId, boolean useFinderCache) {

		return getPersistence().fetchByR_SD(
			registrationId, sessionDateId, useFinderCache);
	}

	/**
	 * Removes the attendance where registrationId = &#63; and sessionDateId = &#63; from the database.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @return the attendance that was removed
	 */
	public static Attendance removeByR_SD(
			long registrationId, long sessionDateId)
		throws se.livsviktig.training.exception.NoSuchAttendanceException {

		return getPersistence().removeByR_SD(registrationId, sessionDateId);
	}

	/**
	 * Returns the number of attendances where registrationId = &#63; and sessionDateId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @return the number of matching attendances
	 */
	public static int countByR_SD(long registrationId, long sessionDateId) {
		return getPersistence().countByR_SD(registrationId, sessionDateId);
	}

	/**
	 * Caches the attendance in the entity cache if it is enabled.
	 *
	 * @param attendance the attendance
	 */
	public static void cacheResult(Attendance attendance) {
		getPersistence().cacheResult(attendance);
	}

	/**
	 * Caches the attendances in the entity cache if it is enabled.
	 *
	 * @param attendances the attendances
	 */
	public static void cacheResult(List<Attendance> attendances) {
		getPersistence().cacheResult(attendances);
	}

	/**
	 * Creates a new attendance with the primary key. Does not add the attendance to the database.
	 *
	 * @param attendanceId the primary key for the new attendance
	 * @return the new attendance
	 */
	public static Attendance create(long attendanceId) {
		return getPersistence().create(attendanceId);
	}

	/**
	 * Removes the attendance with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param attendanceId the primary key of the attendance
	 * @return the attendance that was removed
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	public static Attendance remove(long attendanceId)
		throws se.livsviktig.training.exception.NoSuchAttendanceException {

		return getPersistence().remove(attendanceId);
	}

	public static Attendance updateImpl(Attendance attendance) {
		return getPersistence().updateImpl(attendance);
	}

	/**
	 * Returns the attendance with the primary key or throws a <code>NoSuchAttendanceException</code> if it could not be found.
	 *
	 * @param attendanceId the primary key of the attendance
	 * @return the attendance
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	public static Attendance findByPrimaryKey(long attendanceId)
		throws se.livsviktig.training.exception.NoSuchAttendanceException {

		return getPersistence().findByPrimaryKey(attendanceId);
	}

	/**
	 * Returns the attendance with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param attendanceId the primary key of the attendance
	 * @return the attendance, or <code>null</code> if a attendance with the primary key could not be found
	 */
	public static Attendance fetchByPrimaryKey(long attendanceId) {
		return getPersistence().fetchByPrimaryKey(attendanceId);
	}

	/**
	 * Returns all the attendances.
	 *
	 * @return the attendances
	 */
	public static List<Attendance> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the attendances.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @return the range of attendances
	 */
	public static List<Attendance> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the attendances.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of attendances
	 */
	public static List<Attendance> findAll(
		int start, int end, OrderByComparator<Attendance> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the attendances.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of attendances
	 */
	public static List<Attendance> findAll(
		int start, int end, OrderByComparator<Attendance> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the attendances from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of attendances.
	 *
	 * @return the number of attendances
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static AttendancePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(AttendancePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile AttendancePersistence _persistence;

}