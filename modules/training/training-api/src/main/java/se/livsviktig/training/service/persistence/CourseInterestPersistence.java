/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.exception.NoSuchCourseInterestException;
import se.livsviktig.training.model.CourseInterest;

/**
 * The persistence interface for the course interest service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see CourseInterestUtil
 * @generated
 */
@ProviderType
public interface CourseInterestPersistence
	extends BasePersistence<CourseInterest> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CourseInterestUtil} to access the course interest persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the course interests where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching course interests
	 */
	public java.util.List<CourseInterest> findByUuid(String uuid);

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
	public java.util.List<CourseInterest> findByUuid(
		String uuid, int start, int end);

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
	public java.util.List<CourseInterest> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

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
	public java.util.List<CourseInterest> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course interest in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public CourseInterest findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the first course interest in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

	/**
	 * Returns the last course interest in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public CourseInterest findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the last course interest in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

	/**
	 * Returns the course interests before and after the current course interest in the ordered set where uuid = &#63;.
	 *
	 * @param courseInterestId the primary key of the current course interest
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course interest
	 * @throws NoSuchCourseInterestException if a course interest with the primary key could not be found
	 */
	public CourseInterest[] findByUuid_PrevAndNext(
			long courseInterestId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Removes all the course interests where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of course interests where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching course interests
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the course interest where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchCourseInterestException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public CourseInterest findByUUID_G(String uuid, long groupId)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the course interest where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the course interest where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the course interest where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the course interest that was removed
	 */
	public CourseInterest removeByUUID_G(String uuid, long groupId)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the number of course interests where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching course interests
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the course interests where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching course interests
	 */
	public java.util.List<CourseInterest> findByUuid_C(
		String uuid, long companyId);

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
	public java.util.List<CourseInterest> findByUuid_C(
		String uuid, long companyId, int start, int end);

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
	public java.util.List<CourseInterest> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

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
	public java.util.List<CourseInterest> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course interest in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public CourseInterest findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the first course interest in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

	/**
	 * Returns the last course interest in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public CourseInterest findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the last course interest in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

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
	public CourseInterest[] findByUuid_C_PrevAndNext(
			long courseInterestId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Removes all the course interests where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of course interests where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching course interests
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the course interests where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching course interests
	 */
	public java.util.List<CourseInterest> findByUserId(long userId);

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
	public java.util.List<CourseInterest> findByUserId(
		long userId, int start, int end);

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
	public java.util.List<CourseInterest> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

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
	public java.util.List<CourseInterest> findByUserId(
		long userId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course interest in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public CourseInterest findByUserId_First(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the first course interest in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByUserId_First(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

	/**
	 * Returns the last course interest in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public CourseInterest findByUserId_Last(
			long userId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the last course interest in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByUserId_Last(
		long userId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

	/**
	 * Returns the course interests before and after the current course interest in the ordered set where userId = &#63;.
	 *
	 * @param courseInterestId the primary key of the current course interest
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course interest
	 * @throws NoSuchCourseInterestException if a course interest with the primary key could not be found
	 */
	public CourseInterest[] findByUserId_PrevAndNext(
			long courseInterestId, long userId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Removes all the course interests where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	public void removeByUserId(long userId);

	/**
	 * Returns the number of course interests where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching course interests
	 */
	public int countByUserId(long userId);

	/**
	 * Returns all the course interests where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @return the matching course interests
	 */
	public java.util.List<CourseInterest> findByCourseId(long courseId);

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
	public java.util.List<CourseInterest> findByCourseId(
		long courseId, int start, int end);

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
	public java.util.List<CourseInterest> findByCourseId(
		long courseId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

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
	public java.util.List<CourseInterest> findByCourseId(
		long courseId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course interest in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public CourseInterest findByCourseId_First(
			long courseId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the first course interest in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByCourseId_First(
		long courseId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

	/**
	 * Returns the last course interest in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public CourseInterest findByCourseId_Last(
			long courseId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the last course interest in the ordered set where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByCourseId_Last(
		long courseId,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

	/**
	 * Returns the course interests before and after the current course interest in the ordered set where courseId = &#63;.
	 *
	 * @param courseInterestId the primary key of the current course interest
	 * @param courseId the course ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next course interest
	 * @throws NoSuchCourseInterestException if a course interest with the primary key could not be found
	 */
	public CourseInterest[] findByCourseId_PrevAndNext(
			long courseInterestId, long courseId,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Removes all the course interests where courseId = &#63; from the database.
	 *
	 * @param courseId the course ID
	 */
	public void removeByCourseId(long courseId);

	/**
	 * Returns the number of course interests where courseId = &#63;.
	 *
	 * @param courseId the course ID
	 * @return the number of matching course interests
	 */
	public int countByCourseId(long courseId);

	/**
	 * Returns all the course interests where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @return the matching course interests
	 */
	public java.util.List<CourseInterest> findByC_S(long courseId, int status);

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
	public java.util.List<CourseInterest> findByC_S(
		long courseId, int status, int start, int end);

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
	public java.util.List<CourseInterest> findByC_S(
		long courseId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

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
	public java.util.List<CourseInterest> findByC_S(
		long courseId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first course interest in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public CourseInterest findByC_S_First(
			long courseId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the first course interest in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByC_S_First(
		long courseId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

	/**
	 * Returns the last course interest in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public CourseInterest findByC_S_Last(
			long courseId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the last course interest in the ordered set where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByC_S_Last(
		long courseId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

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
	public CourseInterest[] findByC_S_PrevAndNext(
			long courseInterestId, long courseId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
				orderByComparator)
		throws NoSuchCourseInterestException;

	/**
	 * Removes all the course interests where courseId = &#63; and status = &#63; from the database.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 */
	public void removeByC_S(long courseId, int status);

	/**
	 * Returns the number of course interests where courseId = &#63; and status = &#63;.
	 *
	 * @param courseId the course ID
	 * @param status the status
	 * @return the number of matching course interests
	 */
	public int countByC_S(long courseId, int status);

	/**
	 * Returns the course interest where courseId = &#63; and userId = &#63; or throws a <code>NoSuchCourseInterestException</code> if it could not be found.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the matching course interest
	 * @throws NoSuchCourseInterestException if a matching course interest could not be found
	 */
	public CourseInterest findByC_U(long courseId, long userId)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the course interest where courseId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByC_U(long courseId, long userId);

	/**
	 * Returns the course interest where courseId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public CourseInterest fetchByC_U(
		long courseId, long userId, boolean useFinderCache);

	/**
	 * Removes the course interest where courseId = &#63; and userId = &#63; from the database.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the course interest that was removed
	 */
	public CourseInterest removeByC_U(long courseId, long userId)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the number of course interests where courseId = &#63; and userId = &#63;.
	 *
	 * @param courseId the course ID
	 * @param userId the user ID
	 * @return the number of matching course interests
	 */
	public int countByC_U(long courseId, long userId);

	/**
	 * Caches the course interest in the entity cache if it is enabled.
	 *
	 * @param courseInterest the course interest
	 */
	public void cacheResult(CourseInterest courseInterest);

	/**
	 * Caches the course interests in the entity cache if it is enabled.
	 *
	 * @param courseInterests the course interests
	 */
	public void cacheResult(java.util.List<CourseInterest> courseInterests);

	/**
	 * Creates a new course interest with the primary key. Does not add the course interest to the database.
	 *
	 * @param courseInterestId the primary key for the new course interest
	 * @return the new course interest
	 */
	public CourseInterest create(long courseInterestId);

	/**
	 * Removes the course interest with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param courseInterestId the primary key of the course interest
	 * @return the course interest that was removed
	 * @throws NoSuchCourseInterestException if a course interest with the primary key could not be found
	 */
	public CourseInterest remove(long courseInterestId)
		throws NoSuchCourseInterestException;

	public CourseInterest updateImpl(CourseInterest courseInterest);

	/**
	 * Returns the course interest with the primary key or throws a <code>NoSuchCourseInterestException</code> if it could not be found.
	 *
	 * @param courseInterestId the primary key of the course interest
	 * @return the course interest
	 * @throws NoSuchCourseInterestException if a course interest with the primary key could not be found
	 */
	public CourseInterest findByPrimaryKey(long courseInterestId)
		throws NoSuchCourseInterestException;

	/**
	 * Returns the course interest with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param courseInterestId the primary key of the course interest
	 * @return the course interest, or <code>null</code> if a course interest with the primary key could not be found
	 */
	public CourseInterest fetchByPrimaryKey(long courseInterestId);

	/**
	 * Returns all the course interests.
	 *
	 * @return the course interests
	 */
	public java.util.List<CourseInterest> findAll();

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
	public java.util.List<CourseInterest> findAll(int start, int end);

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
	public java.util.List<CourseInterest> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator);

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
	public java.util.List<CourseInterest> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CourseInterest>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the course interests from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of course interests.
	 *
	 * @return the number of course interests
	 */
	public int countAll();

}