/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.exportimport.kernel.lar.PortletDataContext;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.Projection;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.search.Indexable;
import com.liferay.portal.kernel.search.IndexableType;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.service.PersistedModelLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * Provides the local service interface for NetworkMeeting. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see NetworkMeetingLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface NetworkMeetingLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.NetworkMeetingLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the network meeting local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link NetworkMeetingLocalServiceUtil} if injection and service tracking are not available.
	 */
	public NetworkMeeting addNetworkMeeting(
			long userId, long instructorNetworkId, String title, Date startDate,
			Date endDate, String place, String onlineLink, String agenda,
			ServiceContext serviceContext)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public NetworkMeeting addNetworkMeeting(NetworkMeeting networkMeeting);

	/**
	 * Calls the meeting off: the row stays, the sequence rises (the invitation's calendar entry is withdrawn).
	 */
	public NetworkMeeting cancelNetworkMeeting(long networkMeetingId)
		throws PortalException;

	/**
	 * Creates a new network meeting with the primary key. Does not add the network meeting to the database.
	 *
	 * @param networkMeetingId the primary key for the new network meeting
	 * @return the new network meeting
	 */
	@Transactional(enabled = false)
	public NetworkMeeting createNetworkMeeting(long networkMeetingId);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public NetworkMeeting deleteNetworkMeeting(long networkMeetingId)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public NetworkMeeting deleteNetworkMeeting(NetworkMeeting networkMeeting);

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> T dslQuery(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int dslQueryCount(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DynamicQuery dynamicQuery();

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(DynamicQuery dynamicQuery);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(DynamicQuery dynamicQuery);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(
		DynamicQuery dynamicQuery, Projection projection);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public NetworkMeeting fetchNetworkMeeting(long networkMeetingId);

	/**
	 * Returns the network meeting matching the UUID and group.
	 *
	 * @param uuid the network meeting's UUID
	 * @param groupId the primary key of the group
	 * @return the matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public NetworkMeeting fetchNetworkMeetingByUuidAndGroupId(
		String uuid, long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ExportActionableDynamicQuery getExportActionableDynamicQuery(
		PortletDataContext portletDataContext);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	/**
	 * Returns the network meeting with the primary key.
	 *
	 * @param networkMeetingId the primary key of the network meeting
	 * @return the network meeting
	 * @throws PortalException if a network meeting with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public NetworkMeeting getNetworkMeeting(long networkMeetingId)
		throws PortalException;

	/**
	 * Returns the network meeting matching the UUID and group.
	 *
	 * @param uuid the network meeting's UUID
	 * @param groupId the primary key of the group
	 * @return the matching network meeting
	 * @throws PortalException if a matching network meeting could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public NetworkMeeting getNetworkMeetingByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException;

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<NetworkMeeting> getNetworkMeetings(int start, int end);

	/**
	 * @return the network's meetings, earliest first
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<NetworkMeeting> getNetworkMeetings(long instructorNetworkId);

	/**
	 * Returns all the network meetings matching the UUID and company.
	 *
	 * @param uuid the UUID of the network meetings
	 * @param companyId the primary key of the company
	 * @return the matching network meetings, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<NetworkMeeting> getNetworkMeetingsByUuidAndCompanyId(
		String uuid, long companyId);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<NetworkMeeting> getNetworkMeetingsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator);

	/**
	 * Returns the number of network meetings.
	 *
	 * @return the number of network meetings
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getNetworkMeetingsCount();

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * @return the network's meetings that have started (held or cancelled), latest first, with their notes
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<NetworkMeeting> getPastNetworkMeetings(
		long instructorNetworkId);

	/**
	 * @throws PortalException
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * @return the network's meetings still to come (cancelled ones too, so a page can say so), earliest first
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<NetworkMeeting> getUpcomingNetworkMeetings(
		long instructorNetworkId);

	/**
	 * Changes what the invitation says (title, time, place, link, agenda); the sequence rises.
	 */
	public NetworkMeeting updateNetworkMeeting(
			long userId, long networkMeetingId, String title, Date startDate,
			Date endDate, String place, String onlineLink, String agenda)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public NetworkMeeting updateNetworkMeeting(NetworkMeeting networkMeeting);

	/**
	 * Notes, usually written after the meeting; also on a cancelled one (why it was called off). The invitation
	 * does not carry them, so the sequence stays.
	 */
	public NetworkMeeting updateNetworkMeetingNotes(
			long userId, long networkMeetingId, String notes)
		throws PortalException;

}