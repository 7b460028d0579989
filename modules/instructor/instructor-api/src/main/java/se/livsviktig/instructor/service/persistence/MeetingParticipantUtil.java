/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.instructor.model.MeetingParticipant;

/**
 * The persistence utility for the meeting participant service. This utility wraps <code>se.livsviktig.instructor.service.persistence.impl.MeetingParticipantPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see MeetingParticipantPersistence
 * @generated
 */
public class MeetingParticipantUtil {

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
	public static void clearCache(MeetingParticipant meetingParticipant) {
		getPersistence().clearCache(meetingParticipant);
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
	public static Map<Serializable, MeetingParticipant> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<MeetingParticipant> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<MeetingParticipant> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<MeetingParticipant> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static MeetingParticipant update(
		MeetingParticipant meetingParticipant) {

		return getPersistence().update(meetingParticipant);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static MeetingParticipant update(
		MeetingParticipant meetingParticipant, ServiceContext serviceContext) {

		return getPersistence().update(meetingParticipant, serviceContext);
	}

	/**
	 * Returns all the meeting participants where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching meeting participants
	 */
	public static List<MeetingParticipant> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the meeting participants where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of matching meeting participants
	 */
	public static List<MeetingParticipant> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the meeting participants where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching meeting participants
	 */
	public static List<MeetingParticipant> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the meeting participants where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching meeting participants
	 */
	public static List<MeetingParticipant> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public static MeetingParticipant findByUuid_First(
			String uuid,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public static MeetingParticipant fetchByUuid_First(
		String uuid, OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public static MeetingParticipant findByUuid_Last(
			String uuid,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public static MeetingParticipant fetchByUuid_Last(
		String uuid, OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the meeting participants before and after the current meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param meetingParticipantId the primary key of the current meeting participant
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	public static MeetingParticipant[] findByUuid_PrevAndNext(
			long meetingParticipantId, String uuid,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByUuid_PrevAndNext(
			meetingParticipantId, uuid, orderByComparator);
	}

	/**
	 * Removes all the meeting participants where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of meeting participants where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching meeting participants
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the meeting participant where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMeetingParticipantException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public static MeetingParticipant findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the meeting participant where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public static MeetingParticipant fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the meeting participant where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public static MeetingParticipant fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the meeting participant where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the meeting participant that was removed
	 */
	public static MeetingParticipant removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of meeting participants where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching meeting participants
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching meeting participants
	 */
	public static List<MeetingParticipant> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of matching meeting participants
	 */
	public static List<MeetingParticipant> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching meeting participants
	 */
	public static List<MeetingParticipant> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching meeting participants
	 */
	public static List<MeetingParticipant> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public static MeetingParticipant findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public static MeetingParticipant fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public static MeetingParticipant findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public static MeetingParticipant fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the meeting participants before and after the current meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param meetingParticipantId the primary key of the current meeting participant
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	public static MeetingParticipant[] findByUuid_C_PrevAndNext(
			long meetingParticipantId, String uuid, long companyId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByUuid_C_PrevAndNext(
			meetingParticipantId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the meeting participants where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching meeting participants
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the meeting participants where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @return the matching meeting participants
	 */
	public static List<MeetingParticipant> findByNetworkMeetingId(
		long networkMeetingId) {

		return getPersistence().findByNetworkMeetingId(networkMeetingId);
	}

	/**
	 * Returns a range of all the meeting participants where networkMeetingId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of matching meeting participants
	 */
	public static List<MeetingParticipant> findByNetworkMeetingId(
		long networkMeetingId, int start, int end) {

		return getPersistence().findByNetworkMeetingId(
			networkMeetingId, start, end);
	}

	/**
	 * Returns an ordered range of all the meeting participants where networkMeetingId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching meeting participants
	 */
	public static List<MeetingParticipant> findByNetworkMeetingId(
		long networkMeetingId, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().findByNetworkMeetingId(
			networkMeetingId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the meeting participants where networkMeetingId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching meeting participants
	 */
	public static List<MeetingParticipant> findByNetworkMeetingId(
		long networkMeetingId, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByNetworkMeetingId(
			networkMeetingId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public static MeetingParticipant findByNetworkMeetingId_First(
			long networkMeetingId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByNetworkMeetingId_First(
			networkMeetingId, orderByComparator);
	}

	/**
	 * Returns the first meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public static MeetingParticipant fetchByNetworkMeetingId_First(
		long networkMeetingId,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().fetchByNetworkMeetingId_First(
			networkMeetingId, orderByComparator);
	}

	/**
	 * Returns the last meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public static MeetingParticipant findByNetworkMeetingId_Last(
			long networkMeetingId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByNetworkMeetingId_Last(
			networkMeetingId, orderByComparator);
	}

	/**
	 * Returns the last meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public static MeetingParticipant fetchByNetworkMeetingId_Last(
		long networkMeetingId,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().fetchByNetworkMeetingId_Last(
			networkMeetingId, orderByComparator);
	}

	/**
	 * Returns the meeting participants before and after the current meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param meetingParticipantId the primary key of the current meeting participant
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	public static MeetingParticipant[] findByNetworkMeetingId_PrevAndNext(
			long meetingParticipantId, long networkMeetingId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByNetworkMeetingId_PrevAndNext(
			meetingParticipantId, networkMeetingId, orderByComparator);
	}

	/**
	 * Removes all the meeting participants where networkMeetingId = &#63; from the database.
	 *
	 * @param networkMeetingId the network meeting ID
	 */
	public static void removeByNetworkMeetingId(long networkMeetingId) {
		getPersistence().removeByNetworkMeetingId(networkMeetingId);
	}

	/**
	 * Returns the number of meeting participants where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @return the number of matching meeting participants
	 */
	public static int countByNetworkMeetingId(long networkMeetingId) {
		return getPersistence().countByNetworkMeetingId(networkMeetingId);
	}

	/**
	 * Returns all the meeting participants where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @return the matching meeting participants
	 */
	public static List<MeetingParticipant> findByParticipantUserId(
		long participantUserId) {

		return getPersistence().findByParticipantUserId(participantUserId);
	}

	/**
	 * Returns a range of all the meeting participants where participantUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param participantUserId the participant user ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of matching meeting participants
	 */
	public static List<MeetingParticipant> findByParticipantUserId(
		long participantUserId, int start, int end) {

		return getPersistence().findByParticipantUserId(
			participantUserId, start, end);
	}

	/**
	 * Returns an ordered range of all the meeting participants where participantUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param participantUserId the participant user ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching meeting participants
	 */
	public static List<MeetingParticipant> findByParticipantUserId(
		long participantUserId, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().findByParticipantUserId(
			participantUserId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the meeting participants where participantUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param participantUserId the participant user ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching meeting participants
	 */
	public static List<MeetingParticipant> findByParticipantUserId(
		long participantUserId, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByParticipantUserId(
			participantUserId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public static MeetingParticipant findByParticipantUserId_First(
			long participantUserId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByParticipantUserId_First(
			participantUserId, orderByComparator);
	}

	/**
	 * Returns the first meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public static MeetingParticipant fetchByParticipantUserId_First(
		long participantUserId,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().fetchByParticipantUserId_First(
			participantUserId, orderByComparator);
	}

	/**
	 * Returns the last meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public static MeetingParticipant findByParticipantUserId_Last(
			long participantUserId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByParticipantUserId_Last(
			participantUserId, orderByComparator);
	}

	/**
	 * Returns the last meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public static MeetingParticipant fetchByParticipantUserId_Last(
		long participantUserId,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().fetchByParticipantUserId_Last(
			participantUserId, orderByComparator);
	}

	/**
	 * Returns the meeting participants before and after the current meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param meetingParticipantId the primary key of the current meeting participant
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	public static MeetingParticipant[] findByParticipantUserId_PrevAndNext(
			long meetingParticipantId, long participantUserId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByParticipantUserId_PrevAndNext(
			meetingParticipantId, participantUserId, orderByComparator);
	}

	/**
	 * Removes all the meeting participants where participantUserId = &#63; from the database.
	 *
	 * @param participantUserId the participant user ID
	 */
	public static void removeByParticipantUserId(long participantUserId) {
		getPersistence().removeByParticipantUserId(participantUserId);
	}

	/**
	 * Returns the number of meeting participants where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @return the number of matching meeting participants
	 */
	public static int countByParticipantUserId(long participantUserId) {
		return getPersistence().countByParticipantUserId(participantUserId);
	}

	/**
	 * Returns the meeting participant where networkMeetingId = &#63; and participantUserId = &#63; or throws a <code>NoSuchMeetingParticipantException</code> if it could not be found.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @return the matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public static MeetingParticipant findByNM_PU(
			long networkMeetingId, long participantUserId)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByNM_PU(
			networkMeetingId, participantUserId);
	}

	/**
	 * Returns the meeting participant where networkMeetingId = &#63; and participantUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public static MeetingParticipant fetchByNM_PU(
		long networkMeetingId, long participantUserId) {

		return getPersistence().fetchByNM_PU(
			networkMeetingId, participantUserId);
	}

	/**
	 * Returns the meeting participant where networkMeetingId = &#63; and participantUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public static MeetingParticipant fetchByNM_PU(
		long networkMeetingId, long participantUserId, boolean useFinderCache) {

		return getPersistence().fetchByNM_PU(
			networkMeetingId, participantUserId, useFinderCache);
	}

	/**
	 * Removes the meeting participant where networkMeetingId = &#63; and participantUserId = &#63; from the database.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @return the meeting participant that was removed
	 */
	public static MeetingParticipant removeByNM_PU(
			long networkMeetingId, long participantUserId)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().removeByNM_PU(
			networkMeetingId, participantUserId);
	}

	/**
	 * Returns the number of meeting participants where networkMeetingId = &#63; and participantUserId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @return the number of matching meeting participants
	 */
	public static int countByNM_PU(
		long networkMeetingId, long participantUserId) {

		return getPersistence().countByNM_PU(
			networkMeetingId, participantUserId);
	}

	/**
	 * Caches the meeting participant in the entity cache if it is enabled.
	 *
	 * @param meetingParticipant the meeting participant
	 */
	public static void cacheResult(MeetingParticipant meetingParticipant) {
		getPersistence().cacheResult(meetingParticipant);
	}

	/**
	 * Caches the meeting participants in the entity cache if it is enabled.
	 *
	 * @param meetingParticipants the meeting participants
	 */
	public static void cacheResult(
		List<MeetingParticipant> meetingParticipants) {

		getPersistence().cacheResult(meetingParticipants);
	}

	/**
	 * Creates a new meeting participant with the primary key. Does not add the meeting participant to the database.
	 *
	 * @param meetingParticipantId the primary key for the new meeting participant
	 * @return the new meeting participant
	 */
	public static MeetingParticipant create(long meetingParticipantId) {
		return getPersistence().create(meetingParticipantId);
	}

	/**
	 * Removes the meeting participant with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param meetingParticipantId the primary key of the meeting participant
	 * @return the meeting participant that was removed
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	public static MeetingParticipant remove(long meetingParticipantId)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().remove(meetingParticipantId);
	}

	public static MeetingParticipant updateImpl(
		MeetingParticipant meetingParticipant) {

		return getPersistence().updateImpl(meetingParticipant);
	}

	/**
	 * Returns the meeting participant with the primary key or throws a <code>NoSuchMeetingParticipantException</code> if it could not be found.
	 *
	 * @param meetingParticipantId the primary key of the meeting participant
	 * @return the meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	public static MeetingParticipant findByPrimaryKey(long meetingParticipantId)
		throws se.livsviktig.instructor.exception.
			NoSuchMeetingParticipantException {

		return getPersistence().findByPrimaryKey(meetingParticipantId);
	}

	/**
	 * Returns the meeting participant with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param meetingParticipantId the primary key of the meeting participant
	 * @return the meeting participant, or <code>null</code> if a meeting participant with the primary key could not be found
	 */
	public static MeetingParticipant fetchByPrimaryKey(
		long meetingParticipantId) {

		return getPersistence().fetchByPrimaryKey(meetingParticipantId);
	}

	/**
	 * Returns all the meeting participants.
	 *
	 * @return the meeting participants
	 */
	public static List<MeetingParticipant> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the meeting participants.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of meeting participants
	 */
	public static List<MeetingParticipant> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the meeting participants.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of meeting participants
	 */
	public static List<MeetingParticipant> findAll(
		int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the meeting participants.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of meeting participants
	 */
	public static List<MeetingParticipant> findAll(
		int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the meeting participants from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of meeting participants.
	 *
	 * @return the number of meeting participants
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static MeetingParticipantPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		MeetingParticipantPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile MeetingParticipantPersistence _persistence;

}