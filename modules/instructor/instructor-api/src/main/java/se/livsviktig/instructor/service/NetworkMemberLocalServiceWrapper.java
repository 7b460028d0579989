/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link NetworkMemberLocalService}.
 *
 * @author Livsviktig
 * @see NetworkMemberLocalService
 * @generated
 */
public class NetworkMemberLocalServiceWrapper
	implements NetworkMemberLocalService,
			   ServiceWrapper<NetworkMemberLocalService> {

	public NetworkMemberLocalServiceWrapper() {
		this(null);
	}

	public NetworkMemberLocalServiceWrapper(
		NetworkMemberLocalService networkMemberLocalService) {

		_networkMemberLocalService = networkMemberLocalService;
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMember addNetworkMember(
			long userId, long instructorNetworkId, long memberUserId, int role,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMemberLocalService.addNetworkMember(
			userId, instructorNetworkId, memberUserId, role, serviceContext);
	}

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
	@Override
	public se.livsviktig.instructor.model.NetworkMember addNetworkMember(
		se.livsviktig.instructor.model.NetworkMember networkMember) {

		return _networkMemberLocalService.addNetworkMember(networkMember);
	}

	/**
	 * Creates a new network member with the primary key. Does not add the network member to the database.
	 *
	 * @param networkMemberId the primary key for the new network member
	 * @return the new network member
	 */
	@Override
	public se.livsviktig.instructor.model.NetworkMember createNetworkMember(
		long networkMemberId) {

		return _networkMemberLocalService.createNetworkMember(networkMemberId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMemberLocalService.createPersistedModel(primaryKeyObj);
	}

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
	@Override
	public se.livsviktig.instructor.model.NetworkMember deleteNetworkMember(
			long networkMemberId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMemberLocalService.deleteNetworkMember(networkMemberId);
	}

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
	@Override
	public se.livsviktig.instructor.model.NetworkMember deleteNetworkMember(
		se.livsviktig.instructor.model.NetworkMember networkMember) {

		return _networkMemberLocalService.deleteNetworkMember(networkMember);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMemberLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _networkMemberLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _networkMemberLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _networkMemberLocalService.dynamicQuery();
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

		return _networkMemberLocalService.dynamicQuery(dynamicQuery);
	}

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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _networkMemberLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _networkMemberLocalService.dynamicQuery(
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

		return _networkMemberLocalService.dynamicQueryCount(dynamicQuery);
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

		return _networkMemberLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMember fetchNetworkMember(
		long networkMemberId) {

		return _networkMemberLocalService.fetchNetworkMember(networkMemberId);
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMember fetchNetworkMember(
		long instructorNetworkId, long memberUserId) {

		return _networkMemberLocalService.fetchNetworkMember(
			instructorNetworkId, memberUserId);
	}

	/**
	 * Returns the network member matching the UUID and group.
	 *
	 * @param uuid the network member's UUID
	 * @param groupId the primary key of the group
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.NetworkMember
		fetchNetworkMemberByUuidAndGroupId(String uuid, long groupId) {

		return _networkMemberLocalService.fetchNetworkMemberByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _networkMemberLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _networkMemberLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _networkMemberLocalService.getIndexableActionableDynamicQuery();
	}

	@Override
	public java.util.List<se.livsviktig.instructor.model.NetworkMember>
		getNetworkCoordinators(long instructorNetworkId) {

		return _networkMemberLocalService.getNetworkCoordinators(
			instructorNetworkId);
	}

	/**
	 * Returns the network member with the primary key.
	 *
	 * @param networkMemberId the primary key of the network member
	 * @return the network member
	 * @throws PortalException if a network member with the primary key could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.NetworkMember getNetworkMember(
			long networkMemberId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMemberLocalService.getNetworkMember(networkMemberId);
	}

	/**
	 * Returns the network member matching the UUID and group.
	 *
	 * @param uuid the network member's UUID
	 * @param groupId the primary key of the group
	 * @return the matching network member
	 * @throws PortalException if a matching network member could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.NetworkMember
			getNetworkMemberByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMemberLocalService.getNetworkMemberByUuidAndGroupId(
			uuid, groupId);
	}

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
	@Override
	public java.util.List<se.livsviktig.instructor.model.NetworkMember>
		getNetworkMembers(int start, int end) {

		return _networkMemberLocalService.getNetworkMembers(start, end);
	}

	@Override
	public java.util.List<se.livsviktig.instructor.model.NetworkMember>
		getNetworkMembers(long instructorNetworkId) {

		return _networkMemberLocalService.getNetworkMembers(
			instructorNetworkId);
	}

	/**
	 * Returns all the network members matching the UUID and company.
	 *
	 * @param uuid the UUID of the network members
	 * @param companyId the primary key of the company
	 * @return the matching network members, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.NetworkMember>
		getNetworkMembersByUuidAndCompanyId(String uuid, long companyId) {

		return _networkMemberLocalService.getNetworkMembersByUuidAndCompanyId(
			uuid, companyId);
	}

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
	@Override
	public java.util.List<se.livsviktig.instructor.model.NetworkMember>
		getNetworkMembersByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.instructor.model.NetworkMember>
					orderByComparator) {

		return _networkMemberLocalService.getNetworkMembersByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of network members.
	 *
	 * @return the number of network members
	 */
	@Override
	public int getNetworkMembersCount() {
		return _networkMemberLocalService.getNetworkMembersCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _networkMemberLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMemberLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Takes the person out of the network. Their invitations to meetings still to come go; those of meetings that
	 * have started stay, with the answer and attendance they hold.
	 */
	@Override
	public se.livsviktig.instructor.model.NetworkMember removeNetworkMember(
			long networkMemberId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMemberLocalService.removeNetworkMember(networkMemberId);
	}

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
	@Override
	public se.livsviktig.instructor.model.NetworkMember updateNetworkMember(
		se.livsviktig.instructor.model.NetworkMember networkMember) {

		return _networkMemberLocalService.updateNetworkMember(networkMember);
	}

	@Override
	public se.livsviktig.instructor.model.NetworkMember updateNetworkMemberRole(
			long networkMemberId, int role)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _networkMemberLocalService.updateNetworkMemberRole(
			networkMemberId, role);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _networkMemberLocalService.getBasePersistence();
	}

	@Override
	public NetworkMemberLocalService getWrappedService() {
		return _networkMemberLocalService;
	}

	@Override
	public void setWrappedService(
		NetworkMemberLocalService networkMemberLocalService) {

		_networkMemberLocalService = networkMemberLocalService;
	}

	private NetworkMemberLocalService _networkMemberLocalService;

}