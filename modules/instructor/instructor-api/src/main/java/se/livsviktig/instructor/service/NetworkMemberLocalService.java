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

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.model.NetworkMember;

/**
 * Provides the local service interface for NetworkMember. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see NetworkMemberLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface NetworkMemberLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.NetworkMemberLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the network member local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link NetworkMemberLocalServiceUtil} if injection and service tracking are not available.
	 */
	public NetworkMember addNetworkMember(
			long userId, long instructorNetworkId, long memberUserId, int role,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Adds the network member to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect NetworkMemberLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param networkMember the network member
	 * @return the network member that was added
	 */
	@Indexable(type = IndexableType.REINDEX)
	public NetworkMember addNetworkMember(NetworkMember networkMember);

	/**
	 * Creates a new network member with the primary key. Does not add the network member to the database.
	 *
	 * @param networkMemberId the primary key for the new network member
	 * @return the new network member
	 */
	@Transactional(enabled = false)
	public NetworkMember createNetworkMember(long networkMemberId);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Deletes the network member with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect NetworkMemberLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param networkMemberId the primary key of the network member
	 * @return the network member that was removed
	 * @throws PortalException if a network member with the primary key could not be found
	 */
	@Indexable(type = IndexableType.DELETE)
	public NetworkMember deleteNetworkMember(long networkMemberId)
		throws PortalException;

	/**
	 * Deletes the network member from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect NetworkMemberLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param networkMember the network member
	 * @return the network member that was removed
	 */
	@Indexable(type = IndexableType.DELETE)
	public NetworkMember deleteNetworkMember(NetworkMember networkMember);

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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.NetworkMemberModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.NetworkMemberModelImpl</code>.
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
	public NetworkMember fetchNetworkMember(long networkMemberId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public NetworkMember fetchNetworkMember(
		long instructorNetworkId, long memberUserId);

	/**
	 * Returns the network member matching the UUID and group.
	 *
	 * @param uuid the network member's UUID
	 * @param groupId the primary key of the group
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public NetworkMember fetchNetworkMemberByUuidAndGroupId(
		String uuid, long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ExportActionableDynamicQuery getExportActionableDynamicQuery(
		PortletDataContext portletDataContext);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<NetworkMember> getNetworkCoordinators(long instructorNetworkId);

	/**
	 * Returns the network member with the primary key.
	 *
	 * @param networkMemberId the primary key of the network member
	 * @return the network member
	 * @throws PortalException if a network member with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public NetworkMember getNetworkMember(long networkMemberId)
		throws PortalException;

	/**
	 * Returns the network member matching the UUID and group.
	 *
	 * @param uuid the network member's UUID
	 * @param groupId the primary key of the group
	 * @return the matching network member
	 * @throws PortalException if a matching network member could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public NetworkMember getNetworkMemberByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException;

	/**
	 * Returns a range of all the network members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @return the range of network members
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<NetworkMember> getNetworkMembers(int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<NetworkMember> getNetworkMembers(long instructorNetworkId);

	/**
	 * Returns all the network members matching the UUID and company.
	 *
	 * @param uuid the UUID of the network members
	 * @param companyId the primary key of the company
	 * @return the matching network members, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<NetworkMember> getNetworkMembersByUuidAndCompanyId(
		String uuid, long companyId);

	/**
	 * Returns a range of network members matching the UUID and company.
	 *
	 * @param uuid the UUID of the network members
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching network members, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<NetworkMember> getNetworkMembersByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator);

	/**
	 * Returns the number of network members.
	 *
	 * @return the number of network members
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getNetworkMembersCount();

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * @throws PortalException
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Takes the person out of the network. Their invitations to meetings still to come go; those of meetings that
	 * have started stay, with the answer and attendance they hold.
	 */
	public NetworkMember removeNetworkMember(long networkMemberId)
		throws PortalException;

	/**
	 * Updates the network member in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect NetworkMemberLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param networkMember the network member
	 * @return the network member that was updated
	 */
	@Indexable(type = IndexableType.REINDEX)
	public NetworkMember updateNetworkMember(NetworkMember networkMember);

	public NetworkMember updateNetworkMemberRole(long networkMemberId, int role)
		throws PortalException;

}