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

import se.livsviktig.instructor.model.InstructorNetwork;

/**
 * Provides the local service utility for InstructorNetwork. This utility wraps
 * <code>se.livsviktig.instructor.service.impl.InstructorNetworkLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see InstructorNetworkLocalService
 * @generated
 */
public class InstructorNetworkLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.InstructorNetworkLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Adds the instructor network to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect InstructorNetworkLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param instructorNetwork the instructor network
	 * @return the instructor network that was added
	 */
	public static InstructorNetwork addInstructorNetwork(
		InstructorNetwork instructorNetwork) {

		return getService().addInstructorNetwork(instructorNetwork);
	}

	public static InstructorNetwork addInstructorNetwork(
			long userId, long groupId, String name, String description,
			long[] trainingMethodIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addInstructorNetwork(
			userId, groupId, name, description, trainingMethodIds,
			serviceContext);
	}

	/**
	 * Creates a new instructor network with the primary key. Does not add the instructor network to the database.
	 *
	 * @param instructorNetworkId the primary key for the new instructor network
	 * @return the new instructor network
	 */
	public static InstructorNetwork createInstructorNetwork(
		long instructorNetworkId) {

		return getService().createInstructorNetwork(instructorNetworkId);
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
	 * Deletes the instructor network from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect InstructorNetworkLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param instructorNetwork the instructor network
	 * @return the instructor network that was removed
	 * @throws PortalException
	 */
	public static InstructorNetwork deleteInstructorNetwork(
			InstructorNetwork instructorNetwork)
		throws PortalException {

		return getService().deleteInstructorNetwork(instructorNetwork);
	}

	/**
	 * Deletes the instructor network with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect InstructorNetworkLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param instructorNetworkId the primary key of the instructor network
	 * @return the instructor network that was removed
	 * @throws PortalException if a instructor network with the primary key could not be found
	 */
	public static InstructorNetwork deleteInstructorNetwork(
			long instructorNetworkId)
		throws PortalException {

		return getService().deleteInstructorNetwork(instructorNetworkId);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.InstructorNetworkModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.InstructorNetworkModelImpl</code>.
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

	public static InstructorNetwork fetchInstructorNetwork(
		long instructorNetworkId) {

		return getService().fetchInstructorNetwork(instructorNetworkId);
	}

	/**
	 * Returns the instructor network matching the UUID and group.
	 *
	 * @param uuid the instructor network's UUID
	 * @param groupId the primary key of the group
	 * @return the matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public static InstructorNetwork fetchInstructorNetworkByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchInstructorNetworkByUuidAndGroupId(
			uuid, groupId);
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

	public static List<InstructorNetwork> getGroupInstructorNetworks(
		long groupId) {

		return getService().getGroupInstructorNetworks(groupId);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the instructor network with the primary key.
	 *
	 * @param instructorNetworkId the primary key of the instructor network
	 * @return the instructor network
	 * @throws PortalException if a instructor network with the primary key could not be found
	 */
	public static InstructorNetwork getInstructorNetwork(
			long instructorNetworkId)
		throws PortalException {

		return getService().getInstructorNetwork(instructorNetworkId);
	}

	/**
	 * Returns the instructor network matching the UUID and group.
	 *
	 * @param uuid the instructor network's UUID
	 * @param groupId the primary key of the group
	 * @return the matching instructor network
	 * @throws PortalException if a matching instructor network could not be found
	 */
	public static InstructorNetwork getInstructorNetworkByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getInstructorNetworkByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * Returns a range of all the instructor networks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @return the range of instructor networks
	 */
	public static List<InstructorNetwork> getInstructorNetworks(
		int start, int end) {

		return getService().getInstructorNetworks(start, end);
	}

	/**
	 * Returns all the instructor networks matching the UUID and company.
	 *
	 * @param uuid the UUID of the instructor networks
	 * @param companyId the primary key of the company
	 * @return the matching instructor networks, or an empty list if no matches were found
	 */
	public static List<InstructorNetwork>
		getInstructorNetworksByUuidAndCompanyId(String uuid, long companyId) {

		return getService().getInstructorNetworksByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of instructor networks matching the UUID and company.
	 *
	 * @param uuid the UUID of the instructor networks
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching instructor networks, or an empty list if no matches were found
	 */
	public static List<InstructorNetwork>
		getInstructorNetworksByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			OrderByComparator<InstructorNetwork> orderByComparator) {

		return getService().getInstructorNetworksByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of instructor networks.
	 *
	 * @return the number of instructor networks
	 */
	public static int getInstructorNetworksCount() {
		return getService().getInstructorNetworksCount();
	}

	/**
	 * @return the networks the person is a coordinator or member of
	 */
	public static List<InstructorNetwork> getMemberInstructorNetworks(
		long memberUserId) {

		return getService().getMemberInstructorNetworks(memberUserId);
	}

	/**
	 * The members' directory: name, organisations, role, and the methods of their active certifications valid
	 * today, with valid until; one statement whatever the number of members.
	 */
	public static List<se.livsviktig.instructor.network.NetworkDirectoryEntry>
		getNetworkDirectory(long instructorNetworkId) {

		return getService().getNetworkDirectory(instructorNetworkId);
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
	 * Updates the instructor network in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect InstructorNetworkLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param instructorNetwork the instructor network
	 * @return the instructor network that was updated
	 */
	public static InstructorNetwork updateInstructorNetwork(
		InstructorNetwork instructorNetwork) {

		return getService().updateInstructorNetwork(instructorNetwork);
	}

	public static InstructorNetwork updateInstructorNetwork(
			long userId, long instructorNetworkId, String name,
			String description, long[] trainingMethodIds)
		throws PortalException {

		return getService().updateInstructorNetwork(
			userId, instructorNetworkId, name, description, trainingMethodIds);
	}

	public static InstructorNetworkLocalService getService() {
		return _service;
	}

	public static void setService(InstructorNetworkLocalService service) {
		_service = service;
	}

	private static volatile InstructorNetworkLocalService _service;

}