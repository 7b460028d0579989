/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * Provides the local service utility for NetworkMeeting. This utility wraps
 * <code>se.livsviktig.instructor.service.impl.NetworkMeetingLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see NetworkMeetingLocalService
 * @generated
 */
public class NetworkMeetingLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.NetworkMeetingLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static NetworkMeeting addNetworkMeeting(
			long userId, long instructorNetworkId, String title,
			java.util.Date startDate, java.util.Date endDate, String place,
			String onlineLink, String agenda,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addNetworkMeeting(
			userId, instructorNetworkId, title, startDate, endDate, place,
			onlineLink, agenda, serviceContext);
	}

	/**
	 * Adds the network meeting to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect NetworkMeetingLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param networkMeeting the network meeting
	 * @return the network meeting that was added
	 */
	public static NetworkMeeting addNetworkMeeting(
		NetworkMeeting networkMeeting) {

		return getService().addNetworkMeeting(networkMeeting);
	}

	/**
	 * Calls the meeting off: the row stays, the sequence rises (the invitation's calendar entry is withdrawn).
	 */
	public static NetworkMeeting cancelNetworkMeeting(long networkMeetingId)
		throws PortalException {

		return getService().cancelNetworkMeeting(networkMeetingId);
	}

	/**
	 * Creates a new network meeting with the primary key. Does not add the network meeting to the database.
	 *
	 * @param networkMeetingId the primary key for the new network meeting
	 * @return the new network meeting
	 */
	public static NetworkMeeting createNetworkMeeting(long networkMeetingId) {
		return getService().createNetworkMeeting(networkMeetingId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
	}

	/**
	 * Deletes the network meeting with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect NetworkMeetingLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param networkMeetingId the primary key of the network meeting
	 * @return the network meeting that was removed
	 * @throws PortalException if a network meeting with the primary key could not be found
	 */
	public static NetworkMeeting deleteNetworkMeeting(long networkMeetingId)
		throws PortalException {

		return getService().deleteNetworkMeeting(networkMeetingId);
	}

	/**
	 * Deletes the network meeting from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect NetworkMeetingLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param networkMeeting the network meeting
	 * @return the network meeting that was removed
	 */
	public static NetworkMeeting deleteNetworkMeeting(
		NetworkMeeting networkMeeting) {

		return getService().deleteNetworkMeeting(networkMeeting);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static NetworkMeeting fetchNetworkMeeting(long networkMeetingId) {
		return getService().fetchNetworkMeeting(networkMeetingId);
	}

	/**
	 * Returns the network meeting matching the UUID and group.
	 *
	 * @param uuid the network meeting's UUID
	 * @param groupId the primary key of the group
	 * @return the matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public static NetworkMeeting fetchNetworkMeetingByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchNetworkMeetingByUuidAndGroupId(uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return getService().getExportActionableDynamicQuery(portletDataContext);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the network meeting with the primary key.
	 *
	 * @param networkMeetingId the primary key of the network meeting
	 * @return the network meeting
	 * @throws PortalException if a network meeting with the primary key could not be found
	 */
	public static NetworkMeeting getNetworkMeeting(long networkMeetingId)
		throws PortalException {

		return getService().getNetworkMeeting(networkMeetingId);
	}

	/**
	 * Returns the network meeting matching the UUID and group.
	 *
	 * @param uuid the network meeting's UUID
	 * @param groupId the primary key of the group
	 * @return the matching network meeting
	 * @throws PortalException if a matching network meeting could not be found
	 */
	public static NetworkMeeting getNetworkMeetingByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getNetworkMeetingByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * Returns a range of all the network meetings.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @return the range of network meetings
	 */
	public static List<NetworkMeeting> getNetworkMeetings(int start, int end) {
		return getService().getNetworkMeetings(start, end);
	}

	/**
	 * @return the network's meetings, earliest first
	 */
	public static List<NetworkMeeting> getNetworkMeetings(
		long instructorNetworkId) {

		return getService().getNetworkMeetings(instructorNetworkId);
	}

	/**
	 * Returns all the network meetings matching the UUID and company.
	 *
	 * @param uuid the UUID of the network meetings
	 * @param companyId the primary key of the company
	 * @return the matching network meetings, or an empty list if no matches were found
	 */
	public static List<NetworkMeeting> getNetworkMeetingsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getNetworkMeetingsByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of network meetings matching the UUID and company.
	 *
	 * @param uuid the UUID of the network meetings
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching network meetings, or an empty list if no matches were found
	 */
	public static List<NetworkMeeting> getNetworkMeetingsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return getService().getNetworkMeetingsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of network meetings.
	 *
	 * @return the number of network meetings
	 */
	public static int getNetworkMeetingsCount() {
		return getService().getNetworkMeetingsCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * @return the network's meetings that have started (held or cancelled), latest first, with their notes
	 */
	public static List<NetworkMeeting> getPastNetworkMeetings(
		long instructorNetworkId) {

		return getService().getPastNetworkMeetings(instructorNetworkId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * @return the network's meetings still to come (cancelled ones too, so a page can say so), earliest first
	 */
	public static List<NetworkMeeting> getUpcomingNetworkMeetings(
		long instructorNetworkId) {

		return getService().getUpcomingNetworkMeetings(instructorNetworkId);
	}

	/**
	 * Changes what the invitation says (title, time, place, link, agenda); the sequence rises.
	 */
	public static NetworkMeeting updateNetworkMeeting(
			long userId, long networkMeetingId, String title,
			java.util.Date startDate, java.util.Date endDate, String place,
			String onlineLink, String agenda)
		throws PortalException {

		return getService().updateNetworkMeeting(
			userId, networkMeetingId, title, startDate, endDate, place,
			onlineLink, agenda);
	}

	/**
	 * Updates the network meeting in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect NetworkMeetingLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param networkMeeting the network meeting
	 * @return the network meeting that was updated
	 */
	public static NetworkMeeting updateNetworkMeeting(
		NetworkMeeting networkMeeting) {

		return getService().updateNetworkMeeting(networkMeeting);
	}

	/**
	 * Notes, usually written after the meeting; also on a cancelled one (why it was called off). The invitation
	 * does not carry them, so the sequence stays.
	 */
	public static NetworkMeeting updateNetworkMeetingNotes(
			long userId, long networkMeetingId, String notes)
		throws PortalException {

		return getService().updateNetworkMeetingNotes(
			userId, networkMeetingId, notes);
	}

	public static NetworkMeetingLocalService getService() {
		return _service;
	}

	public static void setService(NetworkMeetingLocalService service) {
		_service = service;
	}

	private static volatile NetworkMeetingLocalService _service;

}