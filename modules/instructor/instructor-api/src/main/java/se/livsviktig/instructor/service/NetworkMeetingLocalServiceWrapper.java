/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link NetworkMeetingLocalService}.
 *
 * @author Livsviktig
 * @see NetworkMeetingLocalService
 * @generated
 */
public class NetworkMeetingLocalServiceWrapper
	implements NetworkMeetingLocalService,
			   ServiceWrapper<NetworkMeetingLocalService> {

	public NetworkMeetingLocalServiceWrapper() {
		this(null);
	}

	public NetworkMeetingLocalServiceWrapper(
		NetworkMeetingLocalService networkMeetingLocalService) {

		_networkMeetingLocalService = networkMeetingLocalService;
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMeeting addNetworkMeeting(
			long userId, long instructorNetworkId, String title,
			java.util.Date startDate, java.util.Date endDate, String place,
			String onlineLink, String agenda,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingLocalService.addNetworkMeeting(
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
	@Override
	public se.livsviktig.instructor.model.NetworkMeeting addNetworkMeeting(
		se.livsviktig.instructor.model.NetworkMeeting networkMeeting) {

		return _networkMeetingLocalService.addNetworkMeeting(networkMeeting);
	}

	/**
	 * Calls the meeting off: the row stays, the sequence rises (the invitation's calendar entry is withdrawn).
	 */
	@Override
	public se.livsviktig.instructor.model.NetworkMeeting cancelNetworkMeeting(
			long networkMeetingId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingLocalService.cancelNetworkMeeting(
			networkMeetingId);
	}

	/**
	 * Creates a new network meeting with the primary key. Does not add the network meeting to the database.
	 *
	 * @param networkMeetingId the primary key for the new network meeting
	 * @return the new network meeting
	 */
	@Override
	public se.livsviktig.instructor.model.NetworkMeeting createNetworkMeeting(
		long networkMeetingId) {

		return _networkMeetingLocalService.createNetworkMeeting(
			networkMeetingId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingLocalService.createPersistedModel(primaryKeyObj);
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
	@Override
	public se.livsviktig.instructor.model.NetworkMeeting deleteNetworkMeeting(
			long networkMeetingId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingLocalService.deleteNetworkMeeting(
			networkMeetingId);
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
	@Override
	public se.livsviktig.instructor.model.NetworkMeeting deleteNetworkMeeting(
		se.livsviktig.instructor.model.NetworkMeeting networkMeeting) {

		return _networkMeetingLocalService.deleteNetworkMeeting(networkMeeting);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _networkMeetingLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _networkMeetingLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _networkMeetingLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _networkMeetingLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _networkMeetingLocalService.dynamicQuery(
			dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _networkMeetingLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _networkMeetingLocalService.dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _networkMeetingLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMeeting fetchNetworkMeeting(
		long networkMeetingId) {

		return _networkMeetingLocalService.fetchNetworkMeeting(
			networkMeetingId);
	}

	/**
	 * Returns the network meeting matching the UUID and group.
	 *
	 * @param uuid the network meeting's UUID
	 * @param groupId the primary key of the group
	 * @return the matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.NetworkMeeting
		fetchNetworkMeetingByUuidAndGroupId(String uuid, long groupId) {

		return _networkMeetingLocalService.fetchNetworkMeetingByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _networkMeetingLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _networkMeetingLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _networkMeetingLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the network meeting with the primary key.
	 *
	 * @param networkMeetingId the primary key of the network meeting
	 * @return the network meeting
	 * @throws PortalException if a network meeting with the primary key could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.NetworkMeeting getNetworkMeeting(
			long networkMeetingId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingLocalService.getNetworkMeeting(networkMeetingId);
	}

	/**
	 * Returns the network meeting matching the UUID and group.
	 *
	 * @param uuid the network meeting's UUID
	 * @param groupId the primary key of the group
	 * @return the matching network meeting
	 * @throws PortalException if a matching network meeting could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.NetworkMeeting
			getNetworkMeetingByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingLocalService.getNetworkMeetingByUuidAndGroupId(
			uuid, groupId);
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
	@Override
	public java.util.List<se.livsviktig.instructor.model.NetworkMeeting>
		getNetworkMeetings(int start, int end) {

		return _networkMeetingLocalService.getNetworkMeetings(start, end);
	}

	/**
	 * @return the network's meetings, earliest first
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.NetworkMeeting>
		getNetworkMeetings(long instructorNetworkId) {

		return _networkMeetingLocalService.getNetworkMeetings(
			instructorNetworkId);
	}

	/**
	 * Returns all the network meetings matching the UUID and company.
	 *
	 * @param uuid the UUID of the network meetings
	 * @param companyId the primary key of the company
	 * @return the matching network meetings, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.NetworkMeeting>
		getNetworkMeetingsByUuidAndCompanyId(String uuid, long companyId) {

		return _networkMeetingLocalService.getNetworkMeetingsByUuidAndCompanyId(
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
	@Override
	public java.util.List<se.livsviktig.instructor.model.NetworkMeeting>
		getNetworkMeetingsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.instructor.model.NetworkMeeting>
					orderByComparator) {

		return _networkMeetingLocalService.getNetworkMeetingsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of network meetings.
	 *
	 * @return the number of network meetings
	 */
	@Override
	public int getNetworkMeetingsCount() {
		return _networkMeetingLocalService.getNetworkMeetingsCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _networkMeetingLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @return the network's meetings that have started (held or cancelled), latest first, with their notes
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.NetworkMeeting>
		getPastNetworkMeetings(long instructorNetworkId) {

		return _networkMeetingLocalService.getPastNetworkMeetings(
			instructorNetworkId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * @return the network's meetings still to come (cancelled ones too, so a page can say so), earliest first
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.NetworkMeeting>
		getUpcomingNetworkMeetings(long instructorNetworkId) {

		return _networkMeetingLocalService.getUpcomingNetworkMeetings(
			instructorNetworkId);
	}

	/**
	 * Changes what the invitation says (title, time, place, link, agenda); the sequence rises.
	 */
	@Override
	public se.livsviktig.instructor.model.NetworkMeeting updateNetworkMeeting(
			long userId, long networkMeetingId, String title,
			java.util.Date startDate, java.util.Date endDate, String place,
			String onlineLink, String agenda)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingLocalService.updateNetworkMeeting(
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
	@Override
	public se.livsviktig.instructor.model.NetworkMeeting updateNetworkMeeting(
		se.livsviktig.instructor.model.NetworkMeeting networkMeeting) {

		return _networkMeetingLocalService.updateNetworkMeeting(networkMeeting);
	}

	/**
	 * Notes, usually written after the meeting; also on a cancelled one (why it was called off). The invitation
	 * does not carry them, so the sequence stays.
	 */
	@Override
	public se.livsviktig.instructor.model.NetworkMeeting
			updateNetworkMeetingNotes(
				long userId, long networkMeetingId, String notes)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMeetingLocalService.updateNetworkMeetingNotes(
			userId, networkMeetingId, notes);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _networkMeetingLocalService.getBasePersistence();
	}

	@Override
	public NetworkMeetingLocalService getWrappedService() {
		return _networkMeetingLocalService;
	}

	@Override
	public void setWrappedService(
		NetworkMeetingLocalService networkMeetingLocalService) {

		_networkMeetingLocalService = networkMeetingLocalService;
	}

	private NetworkMeetingLocalService _networkMeetingLocalService;

}