/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.careprogram.exception.NoSuchCareProgramException;
import se.livsviktig.careprogram.model.CareProgram;

/**
 * The persistence interface for the care program service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see CareProgramUtil
 * @generated
 */
@ProviderType
public interface CareProgramPersistence extends BasePersistence<CareProgram> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CareProgramUtil} to access the care program persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the care programs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching care programs
	 */
	public java.util.List<CareProgram> findByUuid(String uuid);

	/**
	 * Returns a range of all the care programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	public java.util.List<CareProgram> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the care programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	public java.util.List<CareProgram> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns an ordered range of all the care programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	public java.util.List<CareProgram> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first care program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public CareProgram findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Returns the first care program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns the last care program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public CareProgram findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Returns the last care program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns the care programs before and after the current care program in the ordered set where uuid = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public CareProgram[] findByUuid_PrevAndNext(
			long careProgramId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Removes all the care programs where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of care programs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching care programs
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the care program where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchCareProgramException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public CareProgram findByUUID_G(String uuid, long groupId)
		throws NoSuchCareProgramException;

	/**
	 * Returns the care program where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the care program where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the care program where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the care program that was removed
	 */
	public CareProgram removeByUUID_G(String uuid, long groupId)
		throws NoSuchCareProgramException;

	/**
	 * Returns the number of care programs where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching care programs
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching care programs
	 */
	public java.util.List<CareProgram> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	public java.util.List<CareProgram> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	public java.util.List<CareProgram> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns an ordered range of all the care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	public java.util.List<CareProgram> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public CareProgram findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Returns the first care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns the last care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public CareProgram findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Returns the last care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns the care programs before and after the current care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public CareProgram[] findByUuid_C_PrevAndNext(
			long careProgramId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Removes all the care programs where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching care programs
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the care programs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching care programs
	 */
	public java.util.List<CareProgram> findByG(long groupId);

	/**
	 * Returns a range of all the care programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	public java.util.List<CareProgram> findByG(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the care programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	public java.util.List<CareProgram> findByG(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns an ordered range of all the care programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	public java.util.List<CareProgram> findByG(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first care program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public CareProgram findByG_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Returns the first care program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByG_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns the last care program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public CareProgram findByG_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Returns the last care program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByG_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns the care programs before and after the current care program in the ordered set where groupId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public CareProgram[] findByG_PrevAndNext(
			long careProgramId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Returns all the care programs that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching care programs that the user has permission to view
	 */
	public java.util.List<CareProgram> filterFindByG(long groupId);

	/**
	 * Returns a range of all the care programs that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs that the user has permission to view
	 */
	public java.util.List<CareProgram> filterFindByG(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the care programs that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs that the user has permission to view
	 */
	public java.util.List<CareProgram> filterFindByG(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns the care programs before and after the current care program in the ordered set of care programs that the user has permission to view where groupId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public CareProgram[] filterFindByG_PrevAndNext(
			long careProgramId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Removes all the care programs where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByG(long groupId);

	/**
	 * Returns the number of care programs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching care programs
	 */
	public int countByG(long groupId);

	/**
	 * Returns the number of care programs that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching care programs that the user has permission to view
	 */
	public int filterCountByG(long groupId);

	/**
	 * Returns all the care programs where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching care programs
	 */
	public java.util.List<CareProgram> findByC(long companyId);

	/**
	 * Returns a range of all the care programs where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	public java.util.List<CareProgram> findByC(
		long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the care programs where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	public java.util.List<CareProgram> findByC(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns an ordered range of all the care programs where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	public java.util.List<CareProgram> findByC(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first care program in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public CareProgram findByC_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Returns the first care program in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByC_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns the last care program in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public CareProgram findByC_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Returns the last care program in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByC_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns the care programs before and after the current care program in the ordered set where companyId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public CareProgram[] findByC_PrevAndNext(
			long careProgramId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Removes all the care programs where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByC(long companyId);

	/**
	 * Returns the number of care programs where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching care programs
	 */
	public int countByC(long companyId);

	/**
	 * Returns all the care programs where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @return the matching care programs
	 */
	public java.util.List<CareProgram> findByArticleResourcePrimKey(
		long articleResourcePrimKey);

	/**
	 * Returns a range of all the care programs where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	public java.util.List<CareProgram> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end);

	/**
	 * Returns an ordered range of all the care programs where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	public java.util.List<CareProgram> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns an ordered range of all the care programs where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	public java.util.List<CareProgram> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public CareProgram findByArticleResourcePrimKey_First(
			long articleResourcePrimKey,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Returns the first care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByArticleResourcePrimKey_First(
		long articleResourcePrimKey,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns the last care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public CareProgram findByArticleResourcePrimKey_Last(
			long articleResourcePrimKey,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Returns the last care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByArticleResourcePrimKey_Last(
		long articleResourcePrimKey,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns the care programs before and after the current care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public CareProgram[] findByArticleResourcePrimKey_PrevAndNext(
			long careProgramId, long articleResourcePrimKey,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Removes all the care programs where articleResourcePrimKey = &#63; from the database.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 */
	public void removeByArticleResourcePrimKey(long articleResourcePrimKey);

	/**
	 * Returns the number of care programs where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @return the number of matching care programs
	 */
	public int countByArticleResourcePrimKey(long articleResourcePrimKey);

	/**
	 * Returns all the care programs where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @return the matching care programs
	 */
	public java.util.List<CareProgram> findByOwnerUserId(long ownerUserId);

	/**
	 * Returns a range of all the care programs where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	public java.util.List<CareProgram> findByOwnerUserId(
		long ownerUserId, int start, int end);

	/**
	 * Returns an ordered range of all the care programs where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	public java.util.List<CareProgram> findByOwnerUserId(
		long ownerUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns an ordered range of all the care programs where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	public java.util.List<CareProgram> findByOwnerUserId(
		long ownerUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public CareProgram findByOwnerUserId_First(
			long ownerUserId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Returns the first care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByOwnerUserId_First(
		long ownerUserId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns the last care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public CareProgram findByOwnerUserId_Last(
			long ownerUserId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Returns the last care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public CareProgram fetchByOwnerUserId_Last(
		long ownerUserId,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns the care programs before and after the current care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public CareProgram[] findByOwnerUserId_PrevAndNext(
			long careProgramId, long ownerUserId,
			com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
				orderByComparator)
		throws NoSuchCareProgramException;

	/**
	 * Removes all the care programs where ownerUserId = &#63; from the database.
	 *
	 * @param ownerUserId the owner user ID
	 */
	public void removeByOwnerUserId(long ownerUserId);

	/**
	 * Returns the number of care programs where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @return the number of matching care programs
	 */
	public int countByOwnerUserId(long ownerUserId);

	/**
	 * Caches the care program in the entity cache if it is enabled.
	 *
	 * @param careProgram the care program
	 */
	public void cacheResult(CareProgram careProgram);

	/**
	 * Caches the care programs in the entity cache if it is enabled.
	 *
	 * @param carePrograms the care programs
	 */
	public void cacheResult(java.util.List<CareProgram> carePrograms);

	/**
	 * Creates a new care program with the primary key. Does not add the care program to the database.
	 *
	 * @param careProgramId the primary key for the new care program
	 * @return the new care program
	 */
	public CareProgram create(long careProgramId);

	/**
	 * Removes the care program with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param careProgramId the primary key of the care program
	 * @return the care program that was removed
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public CareProgram remove(long careProgramId)
		throws NoSuchCareProgramException;

	public CareProgram updateImpl(CareProgram careProgram);

	/**
	 * Returns the care program with the primary key or throws a <code>NoSuchCareProgramException</code> if it could not be found.
	 *
	 * @param careProgramId the primary key of the care program
	 * @return the care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public CareProgram findByPrimaryKey(long careProgramId)
		throws NoSuchCareProgramException;

	/**
	 * Returns the care program with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param careProgramId the primary key of the care program
	 * @return the care program, or <code>null</code> if a care program with the primary key could not be found
	 */
	public CareProgram fetchByPrimaryKey(long careProgramId);

	/**
	 * Returns all the care programs.
	 *
	 * @return the care programs
	 */
	public java.util.List<CareProgram> findAll();

	/**
	 * Returns a range of all the care programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of care programs
	 */
	public java.util.List<CareProgram> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the care programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of care programs
	 */
	public java.util.List<CareProgram> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator);

	/**
	 * Returns an ordered range of all the care programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of care programs
	 */
	public java.util.List<CareProgram> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<CareProgram>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the care programs from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of care programs.
	 *
	 * @return the number of care programs
	 */
	public int countAll();

}