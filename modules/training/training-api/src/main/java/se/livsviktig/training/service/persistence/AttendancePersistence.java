/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.exception.NoSuchAttendanceException;
import se.livsviktig.training.model.Attendance;

/**
 * The persistence interface for the attendance service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see AttendanceUtil
 * @generated
 */
@ProviderType
public interface AttendancePersistence extends BasePersistence<Attendance> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link AttendanceUtil} to access the attendance persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the attendances where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching attendances
	 */
	public java.util.List<Attendance> findByCourseSessionId(
		long courseSessionId);

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
	public java.util.List<Attendance> findByCourseSessionId(
		long courseSessionId, int start, int end);

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
	public java.util.List<Attendance> findByCourseSessionId(
		long courseSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator);

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
	public java.util.List<Attendance> findByCourseSessionId(
		long courseSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public Attendance findByCourseSessionId_First(
			long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<Attendance>
				orderByComparator)
		throws NoSuchAttendanceException;

	/**
	 * Returns the first attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public Attendance fetchByCourseSessionId_First(
		long courseSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator);

	/**
	 * Returns the last attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public Attendance findByCourseSessionId_Last(
			long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<Attendance>
				orderByComparator)
		throws NoSuchAttendanceException;

	/**
	 * Returns the last attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public Attendance fetchByCourseSessionId_Last(
		long courseSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator);

	/**
	 * Returns the attendances before and after the current attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param attendanceId the primary key of the current attendance
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attendance
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	public Attendance[] findByCourseSessionId_PrevAndNext(
			long attendanceId, long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<Attendance>
				orderByComparator)
		throws NoSuchAttendanceException;

	/**
	 * Removes all the attendances where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	public void removeByCourseSessionId(long courseSessionId);

	/**
	 * Returns the number of attendances where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching attendances
	 */
	public int countByCourseSessionId(long courseSessionId);

	/**
	 * Returns all the attendances where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @return the matching attendances
	 */
	public java.util.List<Attendance> findBySessionDateId(long sessionDateId);

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
	public java.util.List<Attendance> findBySessionDateId(
		long sessionDateId, int start, int end);

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
	public java.util.List<Attendance> findBySessionDateId(
		long sessionDateId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator);

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
	public java.util.List<Attendance> findBySessionDateId(
		long sessionDateId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public Attendance findBySessionDateId_First(
			long sessionDateId,
			com.liferay.portal.kernel.util.OrderByComparator<Attendance>
				orderByComparator)
		throws NoSuchAttendanceException;

	/**
	 * Returns the first attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public Attendance fetchBySessionDateId_First(
		long sessionDateId,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator);

	/**
	 * Returns the last attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public Attendance findBySessionDateId_Last(
			long sessionDateId,
			com.liferay.portal.kernel.util.OrderByComparator<Attendance>
				orderByComparator)
		throws NoSuchAttendanceException;

	/**
	 * Returns the last attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public Attendance fetchBySessionDateId_Last(
		long sessionDateId,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator);

	/**
	 * Returns the attendances before and after the current attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param attendanceId the primary key of the current attendance
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attendance
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	public Attendance[] findBySessionDateId_PrevAndNext(
			long attendanceId, long sessionDateId,
			com.liferay.portal.kernel.util.OrderByComparator<Attendance>
				orderByComparator)
		throws NoSuchAttendanceException;

	/**
	 * Removes all the attendances where sessionDateId = &#63; from the database.
	 *
	 * @param sessionDateId the session date ID
	 */
	public void removeBySessionDateId(long sessionDateId);

	/**
	 * Returns the number of attendances where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @return the number of matching attendances
	 */
	public int countBySessionDateId(long sessionDateId);

	/**
	 * Returns all the attendances where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the matching attendances
	 */
	public java.util.List<Attendance> findByRegistrationId(long registrationId);

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
	public java.util.List<Attendance> findByRegistrationId(
		long registrationId, int start, int end);

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
	public java.util.List<Attendance> findByRegistrationId(
		long registrationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator);

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
	public java.util.List<Attendance> findByRegistrationId(
		long registrationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public Attendance findByRegistrationId_First(
			long registrationId,
			com.liferay.portal.kernel.util.OrderByComparator<Attendance>
				orderByComparator)
		throws NoSuchAttendanceException;

	/**
	 * Returns the first attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public Attendance fetchByRegistrationId_First(
		long registrationId,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator);

	/**
	 * Returns the last attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public Attendance findByRegistrationId_Last(
			long registrationId,
			com.liferay.portal.kernel.util.OrderByComparator<Attendance>
				orderByComparator)
		throws NoSuchAttendanceException;

	/**
	 * Returns the last attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public Attendance fetchByRegistrationId_Last(
		long registrationId,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator);

	/**
	 * Returns the attendances before and after the current attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param attendanceId the primary key of the current attendance
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attendance
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	public Attendance[] findByRegistrationId_PrevAndNext(
			long attendanceId, long registrationId,
			com.liferay.portal.kernel.util.OrderByComparator<Attendance>
				orderByComparator)
		throws NoSuchAttendanceException;

	/**
	 * Removes all the attendances where registrationId = &#63; from the database.
	 *
	 * @param registrationId the registration ID
	 */
	public void removeByRegistrationId(long registrationId);

	/**
	 * Returns the number of attendances where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the number of matching attendances
	 */
	public int countByRegistrationId(long registrationId);

	/**
	 * Returns the attendance where registrationId = &#63; and sessionDateId = &#63; or throws a <code>NoSuchAttendanceException</code> if it could not be found.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @return the matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	public Attendance findByR_SD(long registrationId, long sessionDateId)
		throws NoSuchAttendanceException;

	/**
	 * Returns the attendance where registrationId = &#63; and sessionDateId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @return the matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public Attendance fetchByR_SD(long registrationId, long sessionDateId);

	/**
	 * Returns the attendance where registrationId = &#63; and sessionDateId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	public Attendance fetchByR_SD(
		long registrationId, long sessionDateId, boolean useFinderCache);

	/**
	 * Removes the attendance where registrationId = &#63; and sessionDateId = &#63; from the database.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @return the attendance that was removed
	 */
	public Attendance removeByR_SD(long registrationId, long sessionDateId)
		throws NoSuchAttendanceException;

	/**
	 * Returns the number of attendances where registrationId = &#63; and sessionDateId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @return the number of matching attendances
	 */
	public int countByR_SD(long registrationId, long sessionDateId);

	/**
	 * Caches the attendance in the entity cache if it is enabled.
	 *
	 * @param attendance the attendance
	 */
	public void cacheResult(Attendance attendance);

	/**
	 * Caches the attendances in the entity cache if it is enabled.
	 *
	 * @param attendances the attendances
	 */
	public void cacheResult(java.util.List<Attendance> attendances);

	/**
	 * Creates a new attendance with the primary key. Does not add the attendance to the database.
	 *
	 * @param attendanceId the primary key for the new attendance
	 * @return the new attendance
	 */
	public Attendance create(long attendanceId);

	/**
	 * Removes the attendance with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param attendanceId the primary key of the attendance
	 * @return the attendance that was removed
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	public Attendance remove(long attendanceId)
		throws NoSuchAttendanceException;

	public Attendance updateImpl(Attendance attendance);

	/**
	 * Returns the attendance with the primary key or throws a <code>NoSuchAttendanceException</code> if it could not be found.
	 *
	 * @param attendanceId the primary key of the attendance
	 * @return the attendance
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	public Attendance findByPrimaryKey(long attendanceId)
		throws NoSuchAttendanceException;

	/**
	 * Returns the attendance with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param attendanceId the primary key of the attendance
	 * @return the attendance, or <code>null</code> if a attendance with the primary key could not be found
	 */
	public Attendance fetchByPrimaryKey(long attendanceId);

	/**
	 * Returns all the attendances.
	 *
	 * @return the attendances
	 */
	public java.util.List<Attendance> findAll();

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
	public java.util.List<Attendance> findAll(int start, int end);

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
	public java.util.List<Attendance> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator);

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
	public java.util.List<Attendance> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Attendance>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the attendances from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of attendances.
	 *
	 * @return the number of attendances
	 */
	public int countAll();

}