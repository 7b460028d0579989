/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.careprogram.exception.NoSuchLocalRoutineException;
import se.livsviktig.careprogram.model.LocalRoutine;

/**
 * The persistence interface for the local routine service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see LocalRoutineUtil
 * @generated
 */
@ProviderType
public interface LocalRoutinePersistence extends BasePersistence<LocalRoutine> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link LocalRoutineUtil} to access the local routine persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the local routines where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching local routines
	 */
	public java.util.List<LocalRoutine> findByUuid(String uuid);

	/**
	 * Returns a range of all the local routines where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the local routines where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns an ordered range of all the local routines where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first local routine in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the first local routine in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the last local routine in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the last local routine in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where uuid = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public LocalRoutine[] findByUuid_PrevAndNext(
			long localRoutineId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Removes all the local routines where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of local routines where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching local routines
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the local routine where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchLocalRoutineException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByUUID_G(String uuid, long groupId)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the local routine where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the local routine where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the local routine where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the local routine that was removed
	 */
	public LocalRoutine removeByUUID_G(String uuid, long groupId)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the number of local routines where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching local routines
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching local routines
	 */
	public java.util.List<LocalRoutine> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns an ordered range of all the local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the first local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the last local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the last local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public LocalRoutine[] findByUuid_C_PrevAndNext(
			long localRoutineId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Removes all the local routines where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching local routines
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns the local routine where careProgramId = &#63; and organizationId = &#63; or throws a <code>NoSuchLocalRoutineException</code> if it could not be found.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @return the matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByP_O(long careProgramId, long organizationId)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the local routine where careProgramId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByP_O(long careProgramId, long organizationId);

	/**
	 * Returns the local routine where careProgramId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByP_O(
		long careProgramId, long organizationId, boolean useFinderCache);

	/**
	 * Removes the local routine where careProgramId = &#63; and organizationId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @return the local routine that was removed
	 */
	public LocalRoutine removeByP_O(long careProgramId, long organizationId)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the number of local routines where careProgramId = &#63; and organizationId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @return the number of matching local routines
	 */
	public int countByP_O(long careProgramId, long organizationId);

	/**
	 * Returns all the local routines where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching local routines
	 */
	public java.util.List<LocalRoutine> findByCareProgramId(long careProgramId);

	/**
	 * Returns a range of all the local routines where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByCareProgramId(
		long careProgramId, int start, int end);

	/**
	 * Returns an ordered range of all the local routines where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByCareProgramId(
		long careProgramId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns an ordered range of all the local routines where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByCareProgramId(
		long careProgramId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByCareProgramId_First(
			long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the first local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByCareProgramId_First(
		long careProgramId,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the last local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByCareProgramId_Last(
			long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the last local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByCareProgramId_Last(
		long careProgramId,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public LocalRoutine[] findByCareProgramId_PrevAndNext(
			long localRoutineId, long careProgramId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Removes all the local routines where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	public void removeByCareProgramId(long careProgramId);

	/**
	 * Returns the number of local routines where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching local routines
	 */
	public int countByCareProgramId(long careProgramId);

	/**
	 * Returns all the local routines where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the matching local routines
	 */
	public java.util.List<LocalRoutine> findByOrganizationId(
		long organizationId);

	/**
	 * Returns a range of all the local routines where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByOrganizationId(
		long organizationId, int start, int end);

	/**
	 * Returns an ordered range of all the local routines where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByOrganizationId(
		long organizationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns an ordered range of all the local routines where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByOrganizationId(
		long organizationId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByOrganizationId_First(
			long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the first local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByOrganizationId_First(
		long organizationId,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the last local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByOrganizationId_Last(
			long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the last local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByOrganizationId_Last(
		long organizationId,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public LocalRoutine[] findByOrganizationId_PrevAndNext(
			long localRoutineId, long organizationId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Removes all the local routines where organizationId = &#63; from the database.
	 *
	 * @param organizationId the organization ID
	 */
	public void removeByOrganizationId(long organizationId);

	/**
	 * Returns the number of local routines where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the number of matching local routines
	 */
	public int countByOrganizationId(long organizationId);

	/**
	 * Returns all the local routines where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @return the matching local routines
	 */
	public java.util.List<LocalRoutine> findByOwnerUserId(long ownerUserId);

	/**
	 * Returns a range of all the local routines where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByOwnerUserId(
		long ownerUserId, int start, int end);

	/**
	 * Returns an ordered range of all the local routines where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByOwnerUserId(
		long ownerUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns an ordered range of all the local routines where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByOwnerUserId(
		long ownerUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByOwnerUserId_First(
			long ownerUserId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the first local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByOwnerUserId_First(
		long ownerUserId,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the last local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByOwnerUserId_Last(
			long ownerUserId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the last local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByOwnerUserId_Last(
		long ownerUserId,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public LocalRoutine[] findByOwnerUserId_PrevAndNext(
			long localRoutineId, long ownerUserId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Removes all the local routines where ownerUserId = &#63; from the database.
	 *
	 * @param ownerUserId the owner user ID
	 */
	public void removeByOwnerUserId(long ownerUserId);

	/**
	 * Returns the number of local routines where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @return the number of matching local routines
	 */
	public int countByOwnerUserId(long ownerUserId);

	/**
	 * Returns all the local routines where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @return the matching local routines
	 */
	public java.util.List<LocalRoutine> findByArticleResourcePrimKey(
		long articleResourcePrimKey);

	/**
	 * Returns a range of all the local routines where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end);

	/**
	 * Returns an ordered range of all the local routines where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns an ordered range of all the local routines where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByArticleResourcePrimKey_First(
			long articleResourcePrimKey,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the first local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByArticleResourcePrimKey_First(
		long articleResourcePrimKey,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the last local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByArticleResourcePrimKey_Last(
			long articleResourcePrimKey,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the last local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByArticleResourcePrimKey_Last(
		long articleResourcePrimKey,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public LocalRoutine[] findByArticleResourcePrimKey_PrevAndNext(
			long localRoutineId, long articleResourcePrimKey,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Removes all the local routines where articleResourcePrimKey = &#63; from the database.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 */
	public void removeByArticleResourcePrimKey(long articleResourcePrimKey);

	/**
	 * Returns the number of local routines where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @return the number of matching local routines
	 */
	public int countByArticleResourcePrimKey(long articleResourcePrimKey);

	/**
	 * Returns all the local routines where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching local routines
	 */
	public java.util.List<LocalRoutine> findByG(long groupId);

	/**
	 * Returns a range of all the local routines where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByG(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the local routines where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByG(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns an ordered range of all the local routines where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public java.util.List<LocalRoutine> findByG(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first local routine in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByG_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the first local routine in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByG_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the last local routine in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public LocalRoutine findByG_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the last local routine in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public LocalRoutine fetchByG_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where groupId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public LocalRoutine[] findByG_PrevAndNext(
			long localRoutineId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns all the local routines that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching local routines that the user has permission to view
	 */
	public java.util.List<LocalRoutine> filterFindByG(long groupId);

	/**
	 * Returns a range of all the local routines that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines that the user has permission to view
	 */
	public java.util.List<LocalRoutine> filterFindByG(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the local routines that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines that the user has permission to view
	 */
	public java.util.List<LocalRoutine> filterFindByG(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns the local routines before and after the current local routine in the ordered set of local routines that the user has permission to view where groupId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public LocalRoutine[] filterFindByG_PrevAndNext(
			long localRoutineId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
				orderByComparator)
		throws NoSuchLocalRoutineException;

	/**
	 * Removes all the local routines where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByG(long groupId);

	/**
	 * Returns the number of local routines where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching local routines
	 */
	public int countByG(long groupId);

	/**
	 * Returns the number of local routines that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching local routines that the user has permission to view
	 */
	public int filterCountByG(long groupId);

	/**
	 * Caches the local routine in the entity cache if it is enabled.
	 *
	 * @param localRoutine the local routine
	 */
	public void cacheResult(LocalRoutine localRoutine);

	/**
	 * Caches the local routines in the entity cache if it is enabled.
	 *
	 * @param localRoutines the local routines
	 */
	public void cacheResult(java.util.List<LocalRoutine> localRoutines);

	/**
	 * Creates a new local routine with the primary key. Does not add the local routine to the database.
	 *
	 * @param localRoutineId the primary key for the new local routine
	 * @return the new local routine
	 */
	public LocalRoutine create(long localRoutineId);

	/**
	 * Removes the local routine with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param localRoutineId the primary key of the local routine
	 * @return the local routine that was removed
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public LocalRoutine remove(long localRoutineId)
		throws NoSuchLocalRoutineException;

	public LocalRoutine updateImpl(LocalRoutine localRoutine);

	/**
	 * Returns the local routine with the primary key or throws a <code>NoSuchLocalRoutineException</code> if it could not be found.
	 *
	 * @param localRoutineId the primary key of the local routine
	 * @return the local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public LocalRoutine findByPrimaryKey(long localRoutineId)
		throws NoSuchLocalRoutineException;

	/**
	 * Returns the local routine with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param localRoutineId the primary key of the local routine
	 * @return the local routine, or <code>null</code> if a local routine with the primary key could not be found
	 */
	public LocalRoutine fetchByPrimaryKey(long localRoutineId);

	/**
	 * Returns all the local routines.
	 *
	 * @return the local routines
	 */
	public java.util.List<LocalRoutine> findAll();

	/**
	 * Returns a range of all the local routines.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of local routines
	 */
	public java.util.List<LocalRoutine> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the local routines.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of local routines
	 */
	public java.util.List<LocalRoutine> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator);

	/**
	 * Returns an ordered range of all the local routines.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of local routines
	 */
	public java.util.List<LocalRoutine> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<LocalRoutine>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the local routines from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of local routines.
	 *
	 * @return the number of local routines
	 */
	public int countAll();

}