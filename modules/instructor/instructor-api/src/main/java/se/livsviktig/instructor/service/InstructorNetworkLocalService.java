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

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.network.NetworkDirectoryEntry;

/**
 * Provides the local service interface for InstructorNetwork. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see InstructorNetworkLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface InstructorNetworkLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.InstructorNetworkLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the instructor network local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link InstructorNetworkLocalServiceUtil} if injection and service tracking are not available.
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
	@Indexable(type = IndexableType.REINDEX)
	public InstructorNetwork addInstructorNetwork(
		InstructorNetwork instructorNetwork);

	public InstructorNetwork addInstructorNetwork(
			long userId, long groupId, String name, String description,
			long[] trainingMethodIds, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Creates a new instructor network with the primary key. Does not add the instructor network to the database.
	 *
	 * @param instructorNetworkId the primary key for the new instructor network
	 * @return the new instructor network
	 */
	@Transactional(enabled = false)
	public InstructorNetwork createInstructorNetwork(long instructorNetworkId);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public InstructorNetwork deleteInstructorNetwork(
			InstructorNetwork instructorNetwork)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public InstructorNetwork deleteInstructorNetwork(long instructorNetworkId)
		throws PortalException;

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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.InstructorNetworkModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.InstructorNetworkModelImpl</code>.
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
	public InstructorNetwork fetchInstructorNetwork(long instructorNetworkId);

	/**
	 * Returns the instructor network matching the UUID and group.
	 *
	 * @param uuid the instructor network's UUID
	 * @param groupId the primary key of the group
	 * @return the matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public InstructorNetwork fetchInstructorNetworkByUuidAndGroupId(
		String uuid, long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ExportActionableDynamicQuery getExportActionableDynamicQuery(
		PortletDataContext portletDataContext);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<InstructorNetwork> getGroupInstructorNetworks(long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	/**
	 * Returns the instructor network with the primary key.
	 *
	 * @param instructorNetworkId the primary key of the instructor network
	 * @return the instructor network
	 * @throws PortalException if a instructor network with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public InstructorNetwork getInstructorNetwork(long instructorNetworkId)
		throws PortalException;

	/**
	 * Returns the instructor network matching the UUID and group.
	 *
	 * @param uuid the instructor network's UUID
	 * @param groupId the primary key of the group
	 * @return the matching instructor network
	 * @throws PortalException if a matching instructor network could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public InstructorNetwork getInstructorNetworkByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException;

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<InstructorNetwork> getInstructorNetworks(int start, int end);

	/**
	 * Returns all the instructor networks matching the UUID and company.
	 *
	 * @param uuid the UUID of the instructor networks
	 * @param companyId the primary key of the company
	 * @return the matching instructor networks, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<InstructorNetwork> getInstructorNetworksByUuidAndCompanyId(
		String uuid, long companyId);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<InstructorNetwork> getInstructorNetworksByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<InstructorNetwork> orderByComparator);

	/**
	 * Returns the number of instructor networks.
	 *
	 * @return the number of instructor networks
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getInstructorNetworksCount();

	/**
	 * @return the networks the person is a coordinator or member of
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<InstructorNetwork> getMemberInstructorNetworks(
		long memberUserId);

	/**
	 * The members' directory: name, organisations, role, and the methods of their active certifications valid
	 * today, with valid until; one statement whatever the number of members.
	 */
	@Transactional(readOnly = true)
	public List<NetworkDirectoryEntry> getNetworkDirectory(
		long instructorNetworkId);

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
	 * Updates the instructor network in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect InstructorNetworkLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param instructorNetwork the instructor network
	 * @return the instructor network that was updated
	 */
	@Indexable(type = IndexableType.REINDEX)
	public InstructorNetwork updateInstructorNetwork(
		InstructorNetwork instructorNetwork);

	public InstructorNetwork updateInstructorNetwork(
			long userId, long instructorNetworkId, String name,
			String description, long[] trainingMethodIds)
		throws PortalException;

}