/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.exception.NoSuchSessionInstructorException;
import se.livsviktig.training.model.SessionInstructor;

/**
 * The persistence interface for the session instructor service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see SessionInstructorUtil
 * @generated
 */
@ProviderType
public interface SessionInstructorPersistence
	extends BasePersistence<SessionInstructor> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link SessionInstructorUtil} to access the session instructor persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the session instructors where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching session instructors
	 */
	public java.util.List<SessionInstructor> findByUuid(String uuid);

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
	public java.util.List<SessionInstructor> findByUuid(
		String uuid, int start, int end);

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
	public java.util.List<SessionInstructor> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

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
	public java.util.List<SessionInstructor> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the first session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

	/**
	 * Returns the last session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the last session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	public SessionInstructor[] findByUuid_PrevAndNext(
			long sessionInstructorId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Removes all the session instructors where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of session instructors where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching session instructors
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the session instructor where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSessionInstructorException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByUUID_G(String uuid, long groupId)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the session instructor where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the session instructor where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the session instructor where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the session instructor that was removed
	 */
	public SessionInstructor removeByUUID_G(String uuid, long groupId)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the number of session instructors where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching session instructors
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the session instructors where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching session instructors
	 */
	public java.util.List<SessionInstructor> findByUuid_C(
		String uuid, long companyId);

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
	public java.util.List<SessionInstructor> findByUuid_C(
		String uuid, long companyId, int start, int end);

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
	public java.util.List<SessionInstructor> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

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
	public java.util.List<SessionInstructor> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the first session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

	/**
	 * Returns the last session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the last session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

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
	public SessionInstructor[] findByUuid_C_PrevAndNext(
			long sessionInstructorId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Removes all the session instructors where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of session instructors where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching session instructors
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the session instructors where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching session instructors
	 */
	public java.util.List<SessionInstructor> findByCourseSessionId(
		long courseSessionId);

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
	public java.util.List<SessionInstructor> findByCourseSessionId(
		long courseSessionId, int start, int end);

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
	public java.util.List<SessionInstructor> findByCourseSessionId(
		long courseSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

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
	public java.util.List<SessionInstructor> findByCourseSessionId(
		long courseSessionId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByCourseSessionId_First(
			long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the first session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByCourseSessionId_First(
		long courseSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

	/**
	 * Returns the last session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByCourseSessionId_Last(
			long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the last session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByCourseSessionId_Last(
		long courseSessionId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	public SessionInstructor[] findByCourseSessionId_PrevAndNext(
			long sessionInstructorId, long courseSessionId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Removes all the session instructors where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	public void removeByCourseSessionId(long courseSessionId);

	/**
	 * Returns the number of session instructors where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching session instructors
	 */
	public int countByCourseSessionId(long courseSessionId);

	/**
	 * Returns all the session instructors where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @return the matching session instructors
	 */
	public java.util.List<SessionInstructor> findByCS_S(
		long courseSessionId, int status);

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
	public java.util.List<SessionInstructor> findByCS_S(
		long courseSessionId, int status, int start, int end);

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
	public java.util.List<SessionInstructor> findByCS_S(
		long courseSessionId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

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
	public java.util.List<SessionInstructor> findByCS_S(
		long courseSessionId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByCS_S_First(
			long courseSessionId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the first session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByCS_S_First(
		long courseSessionId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

	/**
	 * Returns the last session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByCS_S_Last(
			long courseSessionId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the last session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByCS_S_Last(
		long courseSessionId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

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
	public SessionInstructor[] findByCS_S_PrevAndNext(
			long sessionInstructorId, long courseSessionId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

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
	public java.util.List<SessionInstructor> findByCS_S(
		long courseSessionId, int[] statuses);

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
	public java.util.List<SessionInstructor> findByCS_S(
		long courseSessionId, int[] statuses, int start, int end);

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
	public java.util.List<SessionInstructor> findByCS_S(
		long courseSessionId, int[] statuses, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

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
	public java.util.List<SessionInstructor> findByCS_S(
		long courseSessionId, int[] statuses, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the session instructors where courseSessionId = &#63; and status = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 */
	public void removeByCS_S(long courseSessionId, int status);

	/**
	 * Returns the number of session instructors where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @return the number of matching session instructors
	 */
	public int countByCS_S(long courseSessionId, int status);

	/**
	 * Returns the number of session instructors where courseSessionId = &#63; and status = any &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param statuses the statuses
	 * @return the number of matching session instructors
	 */
	public int countByCS_S(long courseSessionId, int[] statuses);

	/**
	 * Returns the session instructor where courseSessionId = &#63; and instructorUserId = &#63; or throws a <code>NoSuchSessionInstructorException</code> if it could not be found.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @return the matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByCS_IU(
			long courseSessionId, long instructorUserId)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the session instructor where courseSessionId = &#63; and instructorUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByCS_IU(
		long courseSessionId, long instructorUserId);

	/**
	 * Returns the session instructor where courseSessionId = &#63; and instructorUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByCS_IU(
		long courseSessionId, long instructorUserId, boolean useFinderCache);

	/**
	 * Removes the session instructor where courseSessionId = &#63; and instructorUserId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @return the session instructor that was removed
	 */
	public SessionInstructor removeByCS_IU(
			long courseSessionId, long instructorUserId)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the number of session instructors where courseSessionId = &#63; and instructorUserId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @return the number of matching session instructors
	 */
	public int countByCS_IU(long courseSessionId, long instructorUserId);

	/**
	 * Returns all the session instructors where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @return the matching session instructors
	 */
	public java.util.List<SessionInstructor> findByInstructorUserId(
		long instructorUserId);

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
	public java.util.List<SessionInstructor> findByInstructorUserId(
		long instructorUserId, int start, int end);

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
	public java.util.List<SessionInstructor> findByInstructorUserId(
		long instructorUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

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
	public java.util.List<SessionInstructor> findByInstructorUserId(
		long instructorUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByInstructorUserId_First(
			long instructorUserId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the first session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByInstructorUserId_First(
		long instructorUserId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

	/**
	 * Returns the last session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByInstructorUserId_Last(
			long instructorUserId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the last session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByInstructorUserId_Last(
		long instructorUserId,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	public SessionInstructor[] findByInstructorUserId_PrevAndNext(
			long sessionInstructorId, long instructorUserId,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Removes all the session instructors where instructorUserId = &#63; from the database.
	 *
	 * @param instructorUserId the instructor user ID
	 */
	public void removeByInstructorUserId(long instructorUserId);

	/**
	 * Returns the number of session instructors where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @return the number of matching session instructors
	 */
	public int countByInstructorUserId(long instructorUserId);

	/**
	 * Returns all the session instructors where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @return the matching session instructors
	 */
	public java.util.List<SessionInstructor> findByIU_S(
		long instructorUserId, int status);

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
	public java.util.List<SessionInstructor> findByIU_S(
		long instructorUserId, int status, int start, int end);

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
	public java.util.List<SessionInstructor> findByIU_S(
		long instructorUserId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

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
	public java.util.List<SessionInstructor> findByIU_S(
		long instructorUserId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByIU_S_First(
			long instructorUserId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the first session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByIU_S_First(
		long instructorUserId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

	/**
	 * Returns the last session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	public SessionInstructor findByIU_S_Last(
			long instructorUserId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the last session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public SessionInstructor fetchByIU_S_Last(
		long instructorUserId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

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
	public SessionInstructor[] findByIU_S_PrevAndNext(
			long sessionInstructorId, long instructorUserId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
				orderByComparator)
		throws NoSuchSessionInstructorException;

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
	public java.util.List<SessionInstructor> findByIU_S(
		long instructorUserId, int[] statuses);

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
	public java.util.List<SessionInstructor> findByIU_S(
		long instructorUserId, int[] statuses, int start, int end);

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
	public java.util.List<SessionInstructor> findByIU_S(
		long instructorUserId, int[] statuses, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

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
	public java.util.List<SessionInstructor> findByIU_S(
		long instructorUserId, int[] statuses, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the session instructors where instructorUserId = &#63; and status = &#63; from the database.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 */
	public void removeByIU_S(long instructorUserId, int status);

	/**
	 * Returns the number of session instructors where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @return the number of matching session instructors
	 */
	public int countByIU_S(long instructorUserId, int status);

	/**
	 * Returns the number of session instructors where instructorUserId = &#63; and status = any &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param statuses the statuses
	 * @return the number of matching session instructors
	 */
	public int countByIU_S(long instructorUserId, int[] statuses);

	/**
	 * Caches the session instructor in the entity cache if it is enabled.
	 *
	 * @param sessionInstructor the session instructor
	 */
	public void cacheResult(SessionInstructor sessionInstructor);

	/**
	 * Caches the session instructors in the entity cache if it is enabled.
	 *
	 * @param sessionInstructors the session instructors
	 */
	public void cacheResult(
		java.util.List<SessionInstructor> sessionInstructors);

	/**
	 * Creates a new session instructor with the primary key. Does not add the session instructor to the database.
	 *
	 * @param sessionInstructorId the primary key for the new session instructor
	 * @return the new session instructor
	 */
	public SessionInstructor create(long sessionInstructorId);

	/**
	 * Removes the session instructor with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param sessionInstructorId the primary key of the session instructor
	 * @return the session instructor that was removed
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	public SessionInstructor remove(long sessionInstructorId)
		throws NoSuchSessionInstructorException;

	public SessionInstructor updateImpl(SessionInstructor sessionInstructor);

	/**
	 * Returns the session instructor with the primary key or throws a <code>NoSuchSessionInstructorException</code> if it could not be found.
	 *
	 * @param sessionInstructorId the primary key of the session instructor
	 * @return the session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	public SessionInstructor findByPrimaryKey(long sessionInstructorId)
		throws NoSuchSessionInstructorException;

	/**
	 * Returns the session instructor with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param sessionInstructorId the primary key of the session instructor
	 * @return the session instructor, or <code>null</code> if a session instructor with the primary key could not be found
	 */
	public SessionInstructor fetchByPrimaryKey(long sessionInstructorId);

	/**
	 * Returns all the session instructors.
	 *
	 * @return the session instructors
	 */
	public java.util.List<SessionInstructor> findAll();

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
	public java.util.List<SessionInstructor> findAll(int start, int end);

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
	public java.util.List<SessionInstructor> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator);

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
	public java.util.List<SessionInstructor> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<SessionInstructor>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the session instructors from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of session instructors.
	 *
	 * @return the number of session instructors
	 */
	public int countAll();

}