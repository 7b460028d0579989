/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.exception.NoSuchSessionDateException;
import se.livsviktig.training.model.SessionDate;

/**
 * The persistence interface for the session date service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SessionDateUtil
 * @generated
 */
@ProviderType
public interface SessionDatePersistence extends BasePersistence<SessionDate> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SessionDateUtil} to access the session date persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the session dates where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching session dates
	 */
	public java.util.List<SessionDate> findByUuid(String uuid);

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
	public java.util.List<SessionDate> findByUuid(
		String uuid, int start, int end);

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
	public java.util.List<SessionDate> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator);

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
	public java.util.List<SessionDate> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first session date in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public SessionDate findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
				orderByComparator)
		throws NoSuchSessionDateException;

	/**
	 * Returns the first session date in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public SessionDate fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator);

	/**
	 * Returns the last session date in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public SessionDate findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
				orderByComparator)
		throws NoSuchSessionDateException;

	/**
	 * Returns the last session date in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public SessionDate fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator);

	/**
	 * Returns the session dates before and after the current session date in the ordered set where uuid = &#63;.
	 *
	 * @param sessionDateId the primary key of the current session date
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session date
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	public SessionDate[] findByUuid_PrevAndNext(
			long sessionDateId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
				orderByComparator)
		throws NoSuchSessionDateException;

	/**
	 * Removes all the session dates where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of session dates where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching session dates
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the session date where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSessionDateException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public SessionDate findByUUID_G(String uuid, long groupId)
		throws NoSuchSessionDateException;

	/**
	 * Returns the session date where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public SessionDate fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the session date where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public SessionDate fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the session date where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the session date that was removed
	 */
	public SessionDate removeByUUID_G(String uuid, long groupId)
		throws NoSuchSessionDateException;

	/**
	 * Returns the number of session dates where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching session dates
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the session dates where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching session dates
	 */
	public java.util.List<SessionDate> findByUuid_C(
		String uuid, long companyId);

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
	public java.util.List<SessionDate> findByUuid_C(
		String uuid, long companyId, int start, int end);

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
	public java.util.List<SessionDate> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator);

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
	public java.util.List<SessionDate> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public SessionDate findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
				orderByComparator)
		throws NoSuchSessionDateException;

	/**
	 * Returns the first session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public SessionDate fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator);

	/**
	 * Returns the last session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public SessionDate findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
				orderByComparator)
		throws NoSuchSessionDateException;

	/**
	 * Returns the last session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public SessionDate fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator);

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
	public SessionDate[] findByUuid_C_PrevAndNext(
			long sessionDateId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
				orderByComparator)
		throws NoSuchSessionDateException;

	/**
	 * Removes all the session dates where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of session dates where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching session dates
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the session dates where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching session dates
	 */
	public java.util.List<SessionDate> findByCourseSessionId(
		long courseSessionId);

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
	public java.util.List<SessionDate> findByCourseSessionId(
		long courseSessionId, int start, int end);

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
	public java.util.List<SessionDate> findByCourseSessionId(
		long courseSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator);

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
	public java.util.List<SessionDate> findByCourseSessionId(
		long courseSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public SessionDate findByCourseSessionId_First(
			long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
				orderByComparator)
		throws NoSuchSessionDateException;

	/**
	 * Returns the first session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public SessionDate fetchByCourseSessionId_First(
		long courseSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator);

	/**
	 * Returns the last session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public SessionDate findByCourseSessionId_Last(
			long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
				orderByComparator)
		throws NoSuchSessionDateException;

	/**
	 * Returns the last session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public SessionDate fetchByCourseSessionId_Last(
		long courseSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator);

	/**
	 * Returns the session dates before and after the current session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param sessionDateId the primary key of the current session date
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session date
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	public SessionDate[] findByCourseSessionId_PrevAndNext(
			long sessionDateId, long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
				orderByComparator)
		throws NoSuchSessionDateException;

	/**
	 * Removes all the session dates where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	public void removeByCourseSessionId(long courseSessionId);

	/**
	 * Returns the number of session dates where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching session dates
	 */
	public int countByCourseSessionId(long courseSessionId);

	/**
	 * Returns the session date where courseSessionId = &#63; and checkInCode = &#63; or throws a <code>NoSuchSessionDateException</code> if it could not be found.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @return the matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	public SessionDate findByCS_CIC(long courseSessionId, String checkInCode)
		throws NoSuchSessionDateException;

	/**
	 * Returns the session date where courseSessionId = &#63; and checkInCode = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @return the matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public SessionDate fetchByCS_CIC(long courseSessionId, String checkInCode);

	/**
	 * Returns the session date where courseSessionId = &#63; and checkInCode = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session date, or <code>null</code> if a matching session date could not be found
	 */
	public SessionDate fetchByCS_CIC(
		long courseSessionId, String checkInCode, boolean useFinderCache);

	/**
	 * Removes the session date where courseSessionId = &#63; and checkInCode = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @return the session date that was removed
	 */
	public SessionDate removeByCS_CIC(long courseSessionId, String checkInCode)
		throws NoSuchSessionDateException;

	/**
	 * Returns the number of session dates where courseSessionId = &#63; and checkInCode = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @return the number of matching session dates
	 */
	public int countByCS_CIC(long courseSessionId, String checkInCode);

	/**
	 * Caches the session date in the entity cache if it is enabled.
	 *
	 * @param sessionDate the session date
	 */
	public void cacheResult(SessionDate sessionDate);

	/**
	 * Caches the session dates in the entity cache if it is enabled.
	 *
	 * @param sessionDates the session dates
	 */
	public void cacheResult(java.util.List<SessionDate> sessionDates);

	/**
	 * Creates a new session date with the primary key. Does not add the session date to the database.
	 *
	 * @param sessionDateId the primary key for the new session date
	 * @return the new session date
	 */
	public SessionDate create(long sessionDateId);

	/**
	 * Removes the session date with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param sessionDateId the primary key of the session date
	 * @return the session date that was removed
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	public SessionDate remove(long sessionDateId)
		throws NoSuchSessionDateException;

	public SessionDate updateImpl(SessionDate sessionDate);

	/**
	 * Returns the session date with the primary key or throws a <code>NoSuchSessionDateException</code> if it could not be found.
	 *
	 * @param sessionDateId the primary key of the session date
	 * @return the session date
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	public SessionDate findByPrimaryKey(long sessionDateId)
		throws NoSuchSessionDateException;

	/**
	 * Returns the session date with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param sessionDateId the primary key of the session date
	 * @return the session date, or <code>null</code> if a session date with the primary key could not be found
	 */
	public SessionDate fetchByPrimaryKey(long sessionDateId);

	/**
	 * Returns all the session dates.
	 *
	 * @return the session dates
	 */
	public java.util.List<SessionDate> findAll();

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
	public java.util.List<SessionDate> findAll(int start, int end);

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
	public java.util.List<SessionDate> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator);

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
	public java.util.List<SessionDate> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionDate>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the session dates from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of session dates.
	 *
	 * @return the number of session dates
	 */
	public int countAll();

}