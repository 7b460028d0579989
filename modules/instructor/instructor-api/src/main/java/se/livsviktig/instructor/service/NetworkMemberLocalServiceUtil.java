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

import se.livsviktig.instructor.model.NetworkMember;

/**
 * Provides the local service utility for NetworkMember. This utility wraps
 * <code>se.livsviktig.instructor.service.impl.NetworkMemberLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see NetworkMemberLocalService
 * @generated
 */
public class NetworkMemberLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.NetworkMemberLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static NetworkMember addNetworkMember(
			long userId, long instructorNetworkId, long memberUserId, int role,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addNetworkMember(
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
	public static NetworkMember addNetworkMember(NetworkMember networkMember) {
		return getService().addNetworkMember(networkMember);
	}

	/**
	 * Creates a new network member with the primary key. Does not add the network member to the database.
	 *
	 * @param networkMemberId the primary key for the new network member
	 * @return the new network member
	 */
	public static NetworkMember createNetworkMember(long networkMemberId) {
		return getService().createNetworkMember(networkMemberId);
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
	public static NetworkMember deleteNetworkMember(long networkMemberId)
		throws PortalException {

		return getService().deleteNetworkMember(networkMemberId);
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
	public static NetworkMember deleteNetworkMember(
		NetworkMember networkMember) {

		return getService().deleteNetworkMember(networkMember);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.NetworkMemberModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.NetworkMemberModelImpl</code>.
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

	public static NetworkMember fetchNetworkMember(long networkMemberId) {
		return getService().fetchNetworkMember(networkMemberId);
	}

	public static NetworkMember fetchNetworkMember(
		long instructorNetworkId, long memberUserId) {

		return getService().fetchNetworkMember(
			instructorNetworkId, memberUserId);
	}

	/**
	 * Returns the network member matching the UUID and group.
	 *
	 * @param uuid the network member's UUID
	 * @param groupId the primary key of the group
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchNetworkMemberByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchNetworkMemberByUuidAndGroupId(uuid, groupId);
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

	public static List<NetworkMember> getNetworkCoordinators(
		long instructorNetworkId) {

		return getService().getNetworkCoordinators(instructorNetworkId);
	}

	/**
	 * Returns the network member with the primary key.
	 *
	 * @param networkMemberId the primary key of the network member
	 * @return the network member
	 * @throws PortalException if a network member with the primary key could not be found
	 */
	public static NetworkMember getNetworkMember(long networkMemberId)
		throws PortalException {

		return getService().getNetworkMember(networkMemberId);
	}

	/**
	 * Returns the network member matching the UUID and group.
	 *
	 * @param uuid the network member's UUID
	 * @param groupId the primary key of the group
	 * @return the matching network member
	 * @throws PortalException if a matching network member could not be found
	 */
	public static NetworkMember getNetworkMemberByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getNetworkMemberByUuidAndGroupId(uuid, groupId);
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
	public static List<NetworkMember> getNetworkMembers(int start, int end) {
		return getService().getNetworkMembers(start, end);
	}

	public static List<NetworkMember> getNetworkMembers(
		long instructorNetworkId) {

		return getService().getNetworkMembers(instructorNetworkId);
	}

	/**
	 * Returns all the network members matching the UUID and company.
	 *
	 * @param uuid the UUID of the network members
	 * @param companyId the primary key of the company
	 * @return the matching network members, or an empty list if no matches were found
	 */
	public static List<NetworkMember> getNetworkMembersByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getNetworkMembersByUuidAndCompanyId(
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
	public static List<NetworkMember> getNetworkMembersByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getService().getNetworkMembersByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of network members.
	 *
	 * @return the number of network members
	 */
	public static int getNetworkMembersCount() {
		return getService().getNetworkMembersCount();
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
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Takes the person out of the network. Their invitations to meetings still to come go; those of meetings that
	 * have started stay, with the answer and attendance they hold.
	 */
	public static NetworkMember removeNetworkMember(long networkMemberId)
		throws PortalException {

		return getService().removeNetworkMember(networkMemberId);
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
	public static NetworkMember updateNetworkMember(
		NetworkMember networkMember) {

		return getService().updateNetworkMember(networkMember);
	}

	public static NetworkMember updateNetworkMemberRole(
			long networkMemberId, int role)
		throws PortalException {

		return getService().updateNetworkMemberRole(networkMemberId, role);
	}

	public static NetworkMemberLocalService getService() {
		return _service;
	}

	public static void setService(NetworkMemberLocalService service) {
		_service = service;
	}

	private static volatile NetworkMemberLocalService _service;

}