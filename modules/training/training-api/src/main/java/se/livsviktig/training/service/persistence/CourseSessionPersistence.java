/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import java.util.Date;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.model.CourseSession;

/**
 * The persistence interface for the course session service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see CourseSessionUtil
 * @generated
 */
@ProviderType
public interface CourseSessionPersistence
	extends BasePersistence<CourseSession> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CourseSessionUtil} to access the course session persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the course sessions where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching course sessions
	 */
	public java.util.List<CourseSession> findByUuid(String uuid);

	/**
	 * Returns a range of all the course sessions where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of matching course sessions
	 */
	public java.util.List<CourseSession> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the course sessions where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns an ordered range of all the course sessions where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course session in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the first course session in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the last course session in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the last course session in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the course sessions before and after the current course session in the ordered set where uuid = &#63;.
	 *
	 * @param courseSessionId the primary key of the current course session
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course session
	 * @throws NoSuchCourseSessionException if a course session with the primary key could not be found
	 */
	public CourseSession[] findByUuid_PrevAndNext(
			long courseSessionId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Removes all the course sessions where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of course sessions where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching course sessions
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the course session where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchCourseSessionException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByUUID_G(String uuid, long groupId)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the course session where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the course session where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the course session where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the course session that was removed
	 */
	public CourseSession removeByUUID_G(String uuid, long groupId)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the number of course sessions where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching course sessions
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the course sessions where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching course sessions
	 */
	public java.util.List<CourseSession> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the course sessions where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of matching course sessions
	 */
	public java.util.List<CourseSession> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the course sessions where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns an ordered range of all the course sessions where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course session in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the first course session in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the last course session in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the last course session in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the course sessions before and after the current course session in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param courseSessionId the primary key of the current course session
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course session
	 * @throws NoSuchCourseSessionException if a course session with the primary key could not be found
	 */
	public CourseSession[] findByUuid_C_PrevAndNext(
			long courseSessionId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Removes all the course sessions where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of course sessions where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching course sessions
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the course sessions where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching course sessions
	 */
	public java.util.List<CourseSession> findByGroupId(long groupId);

	/**
	 * Returns a range of all the course sessions where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of matching course sessions
	 */
	public java.util.List<CourseSession> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the course sessions where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns an ordered range of all the course sessions where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the first course session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the last course session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the last course session in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the course sessions before and after the current course session in the ordered set where groupId = &#63;.
	 *
	 * @param courseSessionId the primary key of the current course session
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course session
	 * @throws NoSuchCourseSessionException if a course session with the primary key could not be found
	 */
	public CourseSession[] findByGroupId_PrevAndNext(
			long courseSessionId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns all the course sessions that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching course sessions that the user has permission to view
	 */
	public java.util.List<CourseSession> filterFindByGroupId(long groupId);

	/**
	 * Returns a range of all the course sessions that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of matching course sessions that the user has permission to view
	 */
	public java.util.List<CourseSession> filterFindByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the course sessions that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course sessions that the user has permission to view
	 */
	public java.util.List<CourseSession> filterFindByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the course sessions before and after the current course session in the ordered set of course sessions that the user has permission to view where groupId = &#63;.
	 *
	 * @param courseSessionId the primary key of the current course session
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course session
	 * @throws NoSuchCourseSessionException if a course session with the primary key could not be found
	 */
	public CourseSession[] filterFindByGroupId_PrevAndNext(
			long courseSessionId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Removes all the course sessions where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of course sessions where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching course sessions
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns the number of course sessions that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching course sessions that the user has permission to view
	 */
	public int filterCountByGroupId(long groupId);

	/**
	 * Returns all the course sessions where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching course sessions
	 */
	public java.util.List<CourseSession> findByG_S(long groupId, int status);

	/**
	 * Returns a range of all the course sessions where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of matching course sessions
	 */
	public java.util.List<CourseSession> findByG_S(
		long groupId, int status, int start, int end);

	/**
	 * Returns an ordered range of all the course sessions where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByG_S(
		long groupId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns an ordered range of all the course sessions where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByG_S(
		long groupId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course session in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByG_S_First(
			long groupId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the first course session in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByG_S_First(
		long groupId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the last course session in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByG_S_Last(
			long groupId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the last course session in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByG_S_Last(
		long groupId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the course sessions before and after the current course session in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the primary key of the current course session
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course session
	 * @throws NoSuchCourseSessionException if a course session with the primary key could not be found
	 */
	public CourseSession[] findByG_S_PrevAndNext(
			long courseSessionId, long groupId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns all the course sessions that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching course sessions that the user has permission to view
	 */
	public java.util.List<CourseSession> filterFindByG_S(
		long groupId, int status);

	/**
	 * Returns a range of all the course sessions that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of matching course sessions that the user has permission to view
	 */
	public java.util.List<CourseSession> filterFindByG_S(
		long groupId, int status, int start, int end);

	/**
	 * Returns an ordered range of all the course sessions that the user has permissions to view where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course sessions that the user has permission to view
	 */
	public java.util.List<CourseSession> filterFindByG_S(
		long groupId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the course sessions before and after the current course session in the ordered set of course sessions that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the primary key of the current course session
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course session
	 * @throws NoSuchCourseSessionException if a course session with the primary key could not be found
	 */
	public CourseSession[] filterFindByG_S_PrevAndNext(
			long courseSessionId, long groupId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Removes all the course sessions where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	public void removeByG_S(long groupId, int status);

	/**
	 * Returns the number of course sessions where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching course sessions
	 */
	public int countByG_S(long groupId, int status);

	/**
	 * Returns the number of course sessions that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching course sessions that the user has permission to view
	 */
	public int filterCountByG_S(long groupId, int status);

	/**
	 * Returns all the course sessions where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @return the matching course sessions
	 */
	public java.util.List<CourseSession> findByCourseId(long courseId);

	/**
	 * Returns a range of all the course sessions where courseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of matching course sessions
	 */
	public java.util.List<CourseSession> findByCourseId(
		long courseId, int start, int end);

	/**
	 * Returns an ordered range of all the course sessions where courseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByCourseId(
		long courseId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns an ordered range of all the course sessions where courseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByCourseId(
		long courseId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course session in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByCourseId_First(
			long courseId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the first course session in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByCourseId_First(
		long courseId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the last course session in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByCourseId_Last(
			long courseId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the last course session in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByCourseId_Last(
		long courseId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the course sessions before and after the current course session in the ordered set where courseId = &#63;.
	 *
	 * @param courseSessionId the primary key of the current course session
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course session
	 * @throws NoSuchCourseSessionException if a course session with the primary key could not be found
	 */
	public CourseSession[] findByCourseId_PrevAndNext(
			long courseSessionId, long courseId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Removes all the course sessions where courseId = &#63; from the database.
	 *
	 * @param courseId the course ID
	 */
	public void removeByCourseId(long courseId);

	/**
	 * Returns the number of course sessions where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @return the number of matching course sessions
	 */
	public int countByCourseId(long courseId);

	/**
	 * Returns all the course sessions where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @return the matching course sessions
	 */
	public java.util.List<CourseSession> findByC_S(long courseId, int status);

	/**
	 * Returns a range of all the course sessions where courseId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of matching course sessions
	 */
	public java.util.List<CourseSession> findByC_S(
		long courseId, int status, int start, int end);

	/**
	 * Returns an ordered range of all the course sessions where courseId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByC_S(
		long courseId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns an ordered range of all the course sessions where courseId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByC_S(
		long courseId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course session in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByC_S_First(
			long courseId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the first course session in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByC_S_First(
		long courseId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the last course session in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByC_S_Last(
			long courseId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the last course session in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByC_S_Last(
		long courseId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the course sessions before and after the current course session in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the primary key of the current course session
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course session
	 * @throws NoSuchCourseSessionException if a course session with the primary key could not be found
	 */
	public CourseSession[] findByC_S_PrevAndNext(
			long courseSessionId, long courseId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns all the course sessions where courseId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param statuses the statuses
	 * @return the matching course sessions
	 */
	public java.util.List<CourseSession> findByC_S(
		long courseId, int[] statuses);

	/**
	 * Returns a range of all the course sessions where courseId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of matching course sessions
	 */
	public java.util.List<CourseSession> findByC_S(
		long courseId, int[] statuses, int start, int end);

	/**
	 * Returns an ordered range of all the course sessions where courseId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByC_S(
		long courseId, int[] statuses, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns an ordered range of all the course sessions where courseId = &#63; and status = &#63;, optionally using the finder cache.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param courseId the course ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByC_S(
		long courseId, int[] statuses, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the course sessions where courseId = &#63; and status = &#63; from the database.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 */
	public void removeByC_S(long courseId, int status);

	/**
	 * Returns the number of course sessions where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @return the number of matching course sessions
	 */
	public int countByC_S(long courseId, int status);

	/**
	 * Returns the number of course sessions where courseId = &#63; and status = any &#63;.
	 *
	 * @param courseId the course ID
	 * @param statuses the statuses
	 * @return the number of matching course sessions
	 */
	public int countByC_S(long courseId, int[] statuses);

	/**
	 * Returns all the course sessions where trainingMethodId = &#63;.
	 *
	 * @param trainingMethodId the training method ID
	 * @return the matching course sessions
	 */
	public java.util.List<CourseSession> findByTrainingMethodId(
		long trainingMethodId);

	/**
	 * Returns a range of all the course sessions where trainingMethodId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param trainingMethodId the training method ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of matching course sessions
	 */
	public java.util.List<CourseSession> findByTrainingMethodId(
		long trainingMethodId, int start, int end);

	/**
	 * Returns an ordered range of all the course sessions where trainingMethodId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param trainingMethodId the training method ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByTrainingMethodId(
		long trainingMethodId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns an ordered range of all the course sessions where trainingMethodId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param trainingMethodId the training method ID
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByTrainingMethodId(
		long trainingMethodId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course session in the ordered set where trainingMethodId = &#63;.
	 *
	 * @param trainingMethodId the training method ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByTrainingMethodId_First(
			long trainingMethodId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the first course session in the ordered set where trainingMethodId = &#63;.
	 *
	 * @param trainingMethodId the training method ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByTrainingMethodId_First(
		long trainingMethodId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the last course session in the ordered set where trainingMethodId = &#63;.
	 *
	 * @param trainingMethodId the training method ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByTrainingMethodId_Last(
			long trainingMethodId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the last course session in the ordered set where trainingMethodId = &#63;.
	 *
	 * @param trainingMethodId the training method ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByTrainingMethodId_Last(
		long trainingMethodId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the course sessions before and after the current course session in the ordered set where trainingMethodId = &#63;.
	 *
	 * @param courseSessionId the primary key of the current course session
	 * @param trainingMethodId the training method ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course session
	 * @throws NoSuchCourseSessionException if a course session with the primary key could not be found
	 */
	public CourseSession[] findByTrainingMethodId_PrevAndNext(
			long courseSessionId, long trainingMethodId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Removes all the course sessions where trainingMethodId = &#63; from the database.
	 *
	 * @param trainingMethodId the training method ID
	 */
	public void removeByTrainingMethodId(long trainingMethodId);

	/**
	 * Returns the number of course sessions where trainingMethodId = &#63;.
	 *
	 * @param trainingMethodId the training method ID
	 * @return the number of matching course sessions
	 */
	public int countByTrainingMethodId(long trainingMethodId);

	/**
	 * Returns all the course sessions where status = &#63; and startDate &gt; &#63;.
	 *
	 * @param status the status
	 * @param startDate the start date
	 * @return the matching course sessions
	 */
	public java.util.List<CourseSession> findByS_GtSD(
		int status, Date startDate);

	/**
	 * Returns a range of all the course sessions where status = &#63; and startDate &gt; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param startDate the start date
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of matching course sessions
	 */
	public java.util.List<CourseSession> findByS_GtSD(
		int status, Date startDate, int start, int end);

	/**
	 * Returns an ordered range of all the course sessions where status = &#63; and startDate &gt; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param startDate the start date
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByS_GtSD(
		int status, Date startDate, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns an ordered range of all the course sessions where status = &#63; and startDate &gt; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param startDate the start date
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByS_GtSD(
		int status, Date startDate, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course session in the ordered set where status = &#63; and startDate &gt; &#63;.
	 *
	 * @param status the status
	 * @param startDate the start date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByS_GtSD_First(
			int status, Date startDate,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the first course session in the ordered set where status = &#63; and startDate &gt; &#63;.
	 *
	 * @param status the status
	 * @param startDate the start date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByS_GtSD_First(
		int status, Date startDate,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the last course session in the ordered set where status = &#63; and startDate &gt; &#63;.
	 *
	 * @param status the status
	 * @param startDate the start date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByS_GtSD_Last(
			int status, Date startDate,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the last course session in the ordered set where status = &#63; and startDate &gt; &#63;.
	 *
	 * @param status the status
	 * @param startDate the start date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByS_GtSD_Last(
		int status, Date startDate,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the course sessions before and after the current course session in the ordered set where status = &#63; and startDate &gt; &#63;.
	 *
	 * @param courseSessionId the primary key of the current course session
	 * @param status the status
	 * @param startDate the start date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course session
	 * @throws NoSuchCourseSessionException if a course session with the primary key could not be found
	 */
	public CourseSession[] findByS_GtSD_PrevAndNext(
			long courseSessionId, int status, Date startDate,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Removes all the course sessions where status = &#63; and startDate &gt; &#63; from the database.
	 *
	 * @param status the status
	 * @param startDate the start date
	 */
	public void removeByS_GtSD(int status, Date startDate);

	/**
	 * Returns the number of course sessions where status = &#63; and startDate &gt; &#63;.
	 *
	 * @param status the status
	 * @param startDate the start date
	 * @return the number of matching course sessions
	 */
	public int countByS_GtSD(int status, Date startDate);

	/**
	 * Returns all the course sessions where status = &#63; and endDate &lt; &#63;.
	 *
	 * @param status the status
	 * @param endDate the end date
	 * @return the matching course sessions
	 */
	public java.util.List<CourseSession> findByS_LtED(int status, Date endDate);

	/**
	 * Returns a range of all the course sessions where status = &#63; and endDate &lt; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param endDate the end date
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of matching course sessions
	 */
	public java.util.List<CourseSession> findByS_LtED(
		int status, Date endDate, int start, int end);

	/**
	 * Returns an ordered range of all the course sessions where status = &#63; and endDate &lt; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param endDate the end date
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByS_LtED(
		int status, Date endDate, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns an ordered range of all the course sessions where status = &#63; and endDate &lt; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param status the status
	 * @param endDate the end date
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching course sessions
	 */
	public java.util.List<CourseSession> findByS_LtED(
		int status, Date endDate, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course session in the ordered set where status = &#63; and endDate &lt; &#63;.
	 *
	 * @param status the status
	 * @param endDate the end date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByS_LtED_First(
			int status, Date endDate,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the first course session in the ordered set where status = &#63; and endDate &lt; &#63;.
	 *
	 * @param status the status
	 * @param endDate the end date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByS_LtED_First(
		int status, Date endDate,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the last course session in the ordered set where status = &#63; and endDate &lt; &#63;.
	 *
	 * @param status the status
	 * @param endDate the end date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session
	 * @throws NoSuchCourseSessionException if a matching course session could not be found
	 */
	public CourseSession findByS_LtED_Last(
			int status, Date endDate,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the last course session in the ordered set where status = &#63; and endDate &lt; &#63;.
	 *
	 * @param status the status
	 * @param endDate the end date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public CourseSession fetchByS_LtED_Last(
		int status, Date endDate,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns the course sessions before and after the current course session in the ordered set where status = &#63; and endDate &lt; &#63;.
	 *
	 * @param courseSessionId the primary key of the current course session
	 * @param status the status
	 * @param endDate the end date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course session
	 * @throws NoSuchCourseSessionException if a course session with the primary key could not be found
	 */
	public CourseSession[] findByS_LtED_PrevAndNext(
			long courseSessionId, int status, Date endDate,
			com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
				orderByComparator)
		throws NoSuchCourseSessionException;

	/**
	 * Removes all the course sessions where status = &#63; and endDate &lt; &#63; from the database.
	 *
	 * @param status the status
	 * @param endDate the end date
	 */
	public void removeByS_LtED(int status, Date endDate);

	/**
	 * Returns the number of course sessions where status = &#63; and endDate &lt; &#63;.
	 *
	 * @param status the status
	 * @param endDate the end date
	 * @return the number of matching course sessions
	 */
	public int countByS_LtED(int status, Date endDate);

	/**
	 * Caches the course session in the entity cache if it is enabled.
	 *
	 * @param courseSession the course session
	 */
	public void cacheResult(CourseSession courseSession);

	/**
	 * Caches the course sessions in the entity cache if it is enabled.
	 *
	 * @param courseSessions the course sessions
	 */
	public void cacheResult(java.util.List<CourseSession> courseSessions);

	/**
	 * Creates a new course session with the primary key. Does not add the course session to the database.
	 *
	 * @param courseSessionId the primary key for the new course session
	 * @return the new course session
	 */
	public CourseSession create(long courseSessionId);

	/**
	 * Removes the course session with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param courseSessionId the primary key of the course session
	 * @return the course session that was removed
	 * @throws NoSuchCourseSessionException if a course session with the primary key could not be found
	 */
	public CourseSession remove(long courseSessionId)
		throws NoSuchCourseSessionException;

	public CourseSession updateImpl(CourseSession courseSession);

	/**
	 * Returns the course session with the primary key or throws a <code>NoSuchCourseSessionException</code> if it could not be found.
	 *
	 * @param courseSessionId the primary key of the course session
	 * @return the course session
	 * @throws NoSuchCourseSessionException if a course session with the primary key could not be found
	 */
	public CourseSession findByPrimaryKey(long courseSessionId)
		throws NoSuchCourseSessionException;

	/**
	 * Returns the course session with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param courseSessionId the primary key of the course session
	 * @return the course session, or <code>null</code> if a course session with the primary key could not be found
	 */
	public CourseSession fetchByPrimaryKey(long courseSessionId);

	/**
	 * Returns all the course sessions.
	 *
	 * @return the course sessions
	 */
	public java.util.List<CourseSession> findAll();

	/**
	 * Returns a range of all the course sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of course sessions
	 */
	public java.util.List<CourseSession> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the course sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of course sessions
	 */
	public java.util.List<CourseSession> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator);

	/**
	 * Returns an ordered range of all the course sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of course sessions
	 */
	public java.util.List<CourseSession> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseSession>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the course sessions from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of course sessions.
	 *
	 * @return the number of course sessions
	 */
	public int countAll();

}