/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link InstructorNetworkLocalService}.
 *
 * @author Livsviktig
 * @see InstructorNetworkLocalService
 * @generated
 */
public class InstructorNetworkLocalServiceWrapper
	implements InstructorNetworkLocalService,
			   ServiceWrapper<InstructorNetworkLocalService> {

	public InstructorNetworkLocalServiceWrapper() {
		this(null);
	}

	public InstructorNetworkLocalServiceWrapper(
		InstructorNetworkLocalService instructorNetworkLocalService) {

		_instructorNetworkLocalService = instructorNetworkLocalService;
	}

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
	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
		addInstructorNetwork(
			se.livsviktig.instructor.model.InstructorNetwork
				instructorNetwork) {

		return _instructorNetworkLocalService.addInstructorNetwork(
			instructorNetwork);
	}

	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
			addInstructorNetwork(
				long userId, long groupId, String name, String description,
				long[] trainingMethodIds,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkLocalService.addInstructorNetwork(
			userId, groupId, name, description, trainingMethodIds,
			serviceContext);
	}

	/**
	 * Creates a new instructor network with the primary key. Does not add the instructor network to the database.
	 *
	 * @param instructorNetworkId the primary key for the new instructor network
	 * @return the new instructor network
	 */
	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
		createInstructorNetwork(long instructorNetworkId) {

		return _instructorNetworkLocalService.createInstructorNetwork(
			instructorNetworkId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkLocalService.createPersistedModel(
			primaryKeyObj);
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
	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
			deleteInstructorNetwork(
				se.livsviktig.instructor.model.InstructorNetwork
					instructorNetwork)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkLocalService.deleteInstructorNetwork(
			instructorNetwork);
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
	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
			deleteInstructorNetwork(long instructorNetworkId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkLocalService.deleteInstructorNetwork(
			instructorNetworkId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkLocalService.deletePersistedModel(
			persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _instructorNetworkLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _instructorNetworkLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _instructorNetworkLocalService.dynamicQuery();
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

		return _instructorNetworkLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _instructorNetworkLocalService.dynamicQuery(
			dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _instructorNetworkLocalService.dynamicQuery(
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

		return _instructorNetworkLocalService.dynamicQueryCount(dynamicQuery);
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

		return _instructorNetworkLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
		fetchInstructorNetwork(long instructorNetworkId) {

		return _instructorNetworkLocalService.fetchInstructorNetwork(
			instructorNetworkId);
	}

	/**
	 * Returns the instructor network matching the UUID and group.
	 *
	 * @param uuid the instructor network's UUID
	 * @param groupId the primary key of the group
	 * @return the matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
		fetchInstructorNetworkByUuidAndGroupId(String uuid, long groupId) {

		return _instructorNetworkLocalService.
			fetchInstructorNetworkByUuidAndGroupId(uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _instructorNetworkLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _instructorNetworkLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public java.util.List<se.livsviktig.instructor.model.InstructorNetwork>
		getGroupInstructorNetworks(long groupId) {

		return _instructorNetworkLocalService.getGroupInstructorNetworks(
			groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _instructorNetworkLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the instructor network with the primary key.
	 *
	 * @param instructorNetworkId the primary key of the instructor network
	 * @return the instructor network
	 * @throws PortalException if a instructor network with the primary key could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
			getInstructorNetwork(long instructorNetworkId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkLocalService.getInstructorNetwork(
			instructorNetworkId);
	}

	/**
	 * Returns the instructor network matching the UUID and group.
	 *
	 * @param uuid the instructor network's UUID
	 * @param groupId the primary key of the group
	 * @return the matching instructor network
	 * @throws PortalException if a matching instructor network could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
			getInstructorNetworkByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkLocalService.
			getInstructorNetworkByUuidAndGroupId(uuid, groupId);
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
	@Override
	public java.util.List<se.livsviktig.instructor.model.InstructorNetwork>
		getInstructorNetworks(int start, int end) {

		return _instructorNetworkLocalService.getInstructorNetworks(start, end);
	}

	/**
	 * Returns all the instructor networks matching the UUID and company.
	 *
	 * @param uuid the UUID of the instructor networks
	 * @param companyId the primary key of the company
	 * @return the matching instructor networks, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.InstructorNetwork>
		getInstructorNetworksByUuidAndCompanyId(String uuid, long companyId) {

		return _instructorNetworkLocalService.
			getInstructorNetworksByUuidAndCompanyId(uuid, companyId);
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
	@Override
	public java.util.List<se.livsviktig.instructor.model.InstructorNetwork>
		getInstructorNetworksByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.instructor.model.InstructorNetwork>
					orderByComparator) {

		return _instructorNetworkLocalService.
			getInstructorNetworksByUuidAndCompanyId(
				uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of instructor networks.
	 *
	 * @return the number of instructor networks
	 */
	@Override
	public int getInstructorNetworksCount() {
		return _instructorNetworkLocalService.getInstructorNetworksCount();
	}

	/**
	 * @return the networks the person is a coordinator or member of
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.InstructorNetwork>
		getMemberInstructorNetworks(long memberUserId) {

		return _instructorNetworkLocalService.getMemberInstructorNetworks(
			memberUserId);
	}

	/**
	 * The members' directory: name, organisations, role, and the methods of their active certifications valid
	 * today, with valid until; one statement whatever the number of members.
	 */
	@Override
	public java.util.List
		<se.livsviktig.instructor.network.NetworkDirectoryEntry>
			getNetworkDirectory(long instructorNetworkId) {

		return _instructorNetworkLocalService.getNetworkDirectory(
			instructorNetworkId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _instructorNetworkLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkLocalService.getPersistedModel(primaryKeyObj);
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
	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
		updateInstructorNetwork(
			se.livsviktig.instructor.model.InstructorNetwork
				instructorNetwork) {

		return _instructorNetworkLocalService.updateInstructorNetwork(
			instructorNetwork);
	}

	@Override
	public se.livsviktig.instructor.model.InstructorNetwork
			updateInstructorNetwork(
				long userId, long instructorNetworkId, String name,
				String description, long[] trainingMethodIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _instructorNetworkLocalService.updateInstructorNetwork(
			userId, instructorNetworkId, name, description, trainingMethodIds);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _instructorNetworkLocalService.getBasePersistence();
	}

	@Override
	public InstructorNetworkLocalService getWrappedService() {
		return _instructorNetworkLocalService;
	}

	@Override
	public void setWrappedService(
		InstructorNetworkLocalService instructorNetworkLocalService) {

		_instructorNetworkLocalService = instructorNetworkLocalService;
	}

	private InstructorNetworkLocalService _instructorNetworkLocalService;

}