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

import se.livsviktig.instructor.model.MeetingNotice;

/**
 * The persistence utility for the meeting notice service. This utility wraps <code>se.livsviktig.instructor.service.persistence.impl.MeetingNoticePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see MeetingNoticePersistence
 * @generated
 */
public class MeetingNoticeUtil {

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
	public static void clearCache(MeetingNotice meetingNotice) {
		getPersistence().clearCache(meetingNotice);
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
	public static Map<Serializable, MeetingNotice> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<MeetingNotice> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<MeetingNotice> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<MeetingNotice> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<MeetingNotice> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static MeetingNotice update(MeetingNotice meetingNotice) {
		return getPersistence().update(meetingNotice);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static MeetingNotice update(
		MeetingNotice meetingNotice, ServiceContext serviceContext) {

		return getPersistence().update(meetingNotice, serviceContext);
	}

	/**
	 * Returns the meeting notice where networkMeetingId = &#63; and userId = &#63; and sequence = &#63; or throws a <code>NoSuchMeetingNoticeException</code> if it could not be found.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @return the matching meeting notice
	 * @throws NoSuchMeetingNoticeException if a matching meeting notice could not be found
	 */
	public static MeetingNotice findByNM_U_S(
			long networkMeetingId, long userId, int sequence)
		throws se.livsviktig.instructor.exception.NoSuchMeetingNoticeException {

		return getPersistence().findByNM_U_S(
			networkMeetingId, userId, sequence);
	}

	/**
	 * Returns the meeting notice where networkMeetingId = &#63; and userId = &#63; and sequence = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @return the matching meeting notice, or <code>null</code> if a matching meeting notice could not be found
	 */
	public static MeetingNotice fetchByNM_U_S(
		long networkMeetingId, long userId, int sequence) {

		return getPersistence().fetchByNM_U_S(
			networkMeetingId, userId, sequence);
	}

	/**
	 * Returns the meeting notice where networkMeetingId = &#63; and userId = &#63; and sequence = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching meeting notice, or <code>null</code> if a matching meeting notice could not be found
	 */
	public static MeetingNotice fetchByNM_U_S(
		long networkMeetingId, long userId, int sequence,
		boolean useFinderCache) {

		return getPersistence().fetchByNM_U_S(
			networkMeetingId, userId, sequence, useFinderCache);
	}

	/**
	 * Removes the meeting notice where networkMeetingId = &#63; and userId = &#63; and sequence = &#63; from the database.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @return the meeting notice that was removed
	 */
	public static MeetingNotice removeByNM_U_S(
			long networkMeetingId, long userId, int sequence)
		throws se.livsviktig.instructor.exception.NoSuchMeetingNoticeException {

		return getPersistence().removeByNM_U_S(
			networkMeetingId, userId, sequence);
	}

	/**
	 * Returns the number of meeting notices where networkMeetingId = &#63; and userId = &#63; and sequence = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @return the number of matching meeting notices
	 */
	public static int countByNM_U_S(
		long networkMeetingId, long userId, int sequence) {

		return getPersistence().countByNM_U_S(
			networkMeetingId, userId, sequence);
	}

	/**
	 * Caches the meeting notice in the entity cache if it is enabled.
	 *
	 * @param meetingNotice the meeting notice
	 */
	public static void cacheResult(MeetingNotice meetingNotice) {
		getPersistence().cacheResult(meetingNotice);
	}

	/**
	 * Caches the meeting notices in the entity cache if it is enabled.
	 *
	 * @param meetingNotices the meeting notices
	 */
	public static void cacheResult(List<MeetingNotice> meetingNotices) {
		getPersistence().cacheResult(meetingNotices);
	}

	/**
	 * Creates a new meeting notice with the primary key. Does not add the meeting notice to the database.
	 *
	 * @param meetingNoticeId the primary key for the new meeting notice
	 * @return the new meeting notice
	 */
	public static MeetingNotice create(long meetingNoticeId) {
		return getPersistence().create(meetingNoticeId);
	}

	/**
	 * Removes the meeting notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param meetingNoticeId the primary key of the meeting notice
	 * @return the meeting notice that was removed
	 * @throws NoSuchMeetingNoticeException if a meeting notice with the primary key could not be found
	 */
	public static MeetingNotice remove(long meetingNoticeId)
		throws se.livsviktig.instructor.exception.NoSuchMeetingNoticeException {

		return getPersistence().remove(meetingNoticeId);
	}

	public static MeetingNotice updateImpl(MeetingNotice meetingNotice) {
		return getPersistence().updateImpl(meetingNotice);
	}

	/**
	 * Returns the meeting notice with the primary key or throws a <code>NoSuchMeetingNoticeException</code> if it could not be found.
	 *
	 * @param meetingNoticeId the primary key of the meeting notice
	 * @return the meeting notice
	 * @throws NoSuchMeetingNoticeException if a meeting notice with the primary key could not be found
	 */
	public static MeetingNotice findByPrimaryKey(long meetingNoticeId)
		throws se.livsviktig.instructor.exception.NoSuchMeetingNoticeException {

		return getPersistence().findByPrimaryKey(meetingNoticeId);
	}

	/**
	 * Returns the meeting notice with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param meetingNoticeId the primary key of the meeting notice
	 * @return the meeting notice, or <code>null</code> if a meeting notice with the primary key could not be found
	 */
	public static MeetingNotice fetchByPrimaryKey(long meetingNoticeId) {
		return getPersistence().fetchByPrimaryKey(meetingNoticeId);
	}

	/**
	 * Returns all the meeting notices.
	 *
	 * @return the meeting notices
	 */
	public static List<MeetingNotice> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the meeting notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting notices
	 * @param end the upper bound of the range of meeting notices (not inclusive)
	 * @return the range of meeting notices
	 */
	public static List<MeetingNotice> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the meeting notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting notices
	 * @param end the upper bound of the range of meeting notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of meeting notices
	 */
	public static List<MeetingNotice> findAll(
		int start, int end,
		OrderByComparator<MeetingNotice> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the meeting notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting notices
	 * @param end the upper bound of the range of meeting notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of meeting notices
	 */
	public static List<MeetingNotice> findAll(
		int start, int end, OrderByComparator<MeetingNotice> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the meeting notices from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of meeting notices.
	 *
	 * @return the number of meeting notices
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static MeetingNoticePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(MeetingNoticePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile MeetingNoticePersistence _persistence;

}