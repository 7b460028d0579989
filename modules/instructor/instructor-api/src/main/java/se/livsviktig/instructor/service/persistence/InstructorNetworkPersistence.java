/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.exception.NoSuchInstructorNetworkException;
import se.livsviktig.instructor.model.InstructorNetwork;

/**
 * The persistence interface for the instructor network service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see InstructorNetworkUtil
 * @generated
 */
@ProviderType
public interface InstructorNetworkPersistence
	extends BasePersistence<InstructorNetwork> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link InstructorNetworkUtil} to access the instructor network persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the instructor networks where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching instructor networks
	 */
	public java.util.List<InstructorNetwork> findByUuid(String uuid);

	/**
	 * Returns a range of all the instructor networks where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @return the range of matching instructor networks
	 */
	public java.util.List<InstructorNetwork> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the instructor networks where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching instructor networks
	 */
	public java.util.List<InstructorNetwork> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator);

	/**
	 * Returns an ordered range of all the instructor networks where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching instructor networks
	 */
	public java.util.List<InstructorNetwork> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first instructor network in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public InstructorNetwork findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
				orderByComparator)
		throws NoSuchInstructorNetworkException;

	/**
	 * Returns the first instructor network in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public InstructorNetwork fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator);

	/**
	 * Returns the last instructor network in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public InstructorNetwork findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
				orderByComparator)
		throws NoSuchInstructorNetworkException;

	/**
	 * Returns the last instructor network in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public InstructorNetwork fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator);

	/**
	 * Returns the instructor networks before and after the current instructor network in the ordered set where uuid = &#63;.
	 *
	 * @param instructorNetworkId the primary key of the current instructor network
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next instructor network
	 * @throws NoSuchInstructorNetworkException if a instructor network with the primary key could not be found
	 */
	public InstructorNetwork[] findByUuid_PrevAndNext(
			long instructorNetworkId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
				orderByComparator)
		throws NoSuchInstructorNetworkException;

	/**
	 * Removes all the instructor networks where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of instructor networks where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching instructor networks
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the instructor network where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchInstructorNetworkException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public InstructorNetwork findByUUID_G(String uuid, long groupId)
		throws NoSuchInstructorNetworkException;

	/**
	 * Returns the instructor network where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public InstructorNetwork fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the instructor network where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public InstructorNetwork fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the instructor network where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the instructor network that was removed
	 */
	public InstructorNetwork removeByUUID_G(String uuid, long groupId)
		throws NoSuchInstructorNetworkException;

	/**
	 * Returns the number of instructor networks where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching instructor networks
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the instructor networks where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching instructor networks
	 */
	public java.util.List<InstructorNetwork> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the instructor networks where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @return the range of matching instructor networks
	 */
	public java.util.List<InstructorNetwork> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the instructor networks where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching instructor networks
	 */
	public java.util.List<InstructorNetwork> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator);

	/**
	 * Returns an ordered range of all the instructor networks where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching instructor networks
	 */
	public java.util.List<InstructorNetwork> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first instructor network in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public InstructorNetwork findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
				orderByComparator)
		throws NoSuchInstructorNetworkException;

	/**
	 * Returns the first instructor network in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public InstructorNetwork fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator);

	/**
	 * Returns the last instructor network in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public InstructorNetwork findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
				orderByComparator)
		throws NoSuchInstructorNetworkException;

	/**
	 * Returns the last instructor network in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public InstructorNetwork fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator);

	/**
	 * Returns the instructor networks before and after the current instructor network in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param instructorNetworkId the primary key of the current instructor network
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next instructor network
	 * @throws NoSuchInstructorNetworkException if a instructor network with the primary key could not be found
	 */
	public InstructorNetwork[] findByUuid_C_PrevAndNext(
			long instructorNetworkId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
				orderByComparator)
		throws NoSuchInstructorNetworkException;

	/**
	 * Removes all the instructor networks where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of instructor networks where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching instructor networks
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the instructor networks where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching instructor networks
	 */
	public java.util.List<InstructorNetwork> findByGroupId(long groupId);

	/**
	 * Returns a range of all the instructor networks where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @return the range of matching instructor networks
	 */
	public java.util.List<InstructorNetwork> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the instructor networks where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching instructor networks
	 */
	public java.util.List<InstructorNetwork> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator);

	/**
	 * Returns an ordered range of all the instructor networks where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching instructor networks
	 */
	public java.util.List<InstructorNetwork> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first instructor network in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public InstructorNetwork findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
				orderByComparator)
		throws NoSuchInstructorNetworkException;

	/**
	 * Returns the first instructor network in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public InstructorNetwork fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator);

	/**
	 * Returns the last instructor network in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public InstructorNetwork findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
				orderByComparator)
		throws NoSuchInstructorNetworkException;

	/**
	 * Returns the last instructor network in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public InstructorNetwork fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator);

	/**
	 * Returns the instructor networks before and after the current instructor network in the ordered set where groupId = &#63;.
	 *
	 * @param instructorNetworkId the primary key of the current instructor network
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next instructor network
	 * @throws NoSuchInstructorNetworkException if a instructor network with the primary key could not be found
	 */
	public InstructorNetwork[] findByGroupId_PrevAndNext(
			long instructorNetworkId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
				orderByComparator)
		throws NoSuchInstructorNetworkException;

	/**
	 * Returns all the instructor networks that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching instructor networks that the user has permission to view
	 */
	public java.util.List<InstructorNetwork> filterFindByGroupId(long groupId);

	/**
	 * Returns a range of all the instructor networks that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @return the range of matching instructor networks that the user has permission to view
	 */
	public java.util.List<InstructorNetwork> filterFindByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the instructor networks that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching instructor networks that the user has permission to view
	 */
	public java.util.List<InstructorNetwork> filterFindByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator);

	/**
	 * Returns the instructor networks before and after the current instructor network in the ordered set of instructor networks that the user has permission to view where groupId = &#63;.
	 *
	 * @param instructorNetworkId the primary key of the current instructor network
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next instructor network
	 * @throws NoSuchInstructorNetworkException if a instructor network with the primary key could not be found
	 */
	public InstructorNetwork[] filterFindByGroupId_PrevAndNext(
			long instructorNetworkId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
				orderByComparator)
		throws NoSuchInstructorNetworkException;

	/**
	 * Removes all the instructor networks where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of instructor networks where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching instructor networks
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns the number of instructor networks that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching instructor networks that the user has permission to view
	 */
	public int filterCountByGroupId(long groupId);

	/**
	 * Caches the instructor network in the entity cache if it is enabled.
	 *
	 * @param instructorNetwork the instructor network
	 */
	public void cacheResult(InstructorNetwork instructorNetwork);

	/**
	 * Caches the instructor networks in the entity cache if it is enabled.
	 *
	 * @param instructorNetworks the instructor networks
	 */
	public void cacheResult(
		java.util.List<InstructorNetwork> instructorNetworks);

	/**
	 * Creates a new instructor network with the primary key. Does not add the instructor network to the database.
	 *
	 * @param instructorNetworkId the primary key for the new instructor network
	 * @return the new instructor network
	 */
	public InstructorNetwork create(long instructorNetworkId);

	/**
	 * Removes the instructor network with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param instructorNetworkId the primary key of the instructor network
	 * @return the instructor network that was removed
	 * @throws NoSuchInstructorNetworkException if a instructor network with the primary key could not be found
	 */
	public InstructorNetwork remove(long instructorNetworkId)
		throws NoSuchInstructorNetworkException;

	public InstructorNetwork updateImpl(InstructorNetwork instructorNetwork);

	/**
	 * Returns the instructor network with the primary key or throws a <code>NoSuchInstructorNetworkException</code> if it could not be found.
	 *
	 * @param instructorNetworkId the primary key of the instructor network
	 * @return the instructor network
	 * @throws NoSuchInstructorNetworkException if a instructor network with the primary key could not be found
	 */
	public InstructorNetwork findByPrimaryKey(long instructorNetworkId)
		throws NoSuchInstructorNetworkException;

	/**
	 * Returns the instructor network with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param instructorNetworkId the primary key of the instructor network
	 * @return the instructor network, or <code>null</code> if a instructor network with the primary key could not be found
	 */
	public InstructorNetwork fetchByPrimaryKey(long instructorNetworkId);

	/**
	 * Returns all the instructor networks.
	 *
	 * @return the instructor networks
	 */
	public java.util.List<InstructorNetwork> findAll();

	/**
	 * Returns a range of all the instructor networks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @return the range of instructor networks
	 */
	public java.util.List<InstructorNetwork> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the instructor networks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of instructor networks
	 */
	public java.util.List<InstructorNetwork> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator);

	/**
	 * Returns an ordered range of all the instructor networks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of instructor networks
	 */
	public java.util.List<InstructorNetwork> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<InstructorNetwork>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the instructor networks from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of instructor networks.
	 *
	 * @return the number of instructor networks
	 */
	public int countAll();

}