/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

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

import se.livsviktig.careprogram.model.LocalRoutine;

/**
 * Provides the local service interface for LocalRoutine. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see LocalRoutineLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface LocalRoutineLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.LocalRoutineLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the local routine local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link LocalRoutineLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Adds the local routine to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect LocalRoutineLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param localRoutine the local routine
	 * @return the local routine that was added
	 */
	@Indexable(type = IndexableType.REINDEX)
	public LocalRoutine addLocalRoutine(LocalRoutine localRoutine);

	public LocalRoutine addLocalRoutine(
			long userId, long careProgramId, long organizationId,
			long articleResourcePrimKey, long ownerUserId,
			int reviewIntervalMonths, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * "Still correct": sets last reviewed (now, by whom), the next due date one interval later, and logs it with
	 * the article's current version, in the same transaction.
	 */
	public LocalRoutine confirmLocalRoutineReview(
			long userId, long localRoutineId, String comment)
		throws PortalException;

	/**
	 * Creates a new local routine with the primary key. Does not add the local routine to the database.
	 *
	 * @param localRoutineId the primary key for the new local routine
	 * @return the new local routine
	 */
	@Transactional(enabled = false)
	public LocalRoutine createLocalRoutine(long localRoutineId);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Deletes the local routine from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect LocalRoutineLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param localRoutine the local routine
	 * @return the local routine that was removed
	 * @throws PortalException
	 */
	@Indexable(type = IndexableType.DELETE)
	public LocalRoutine deleteLocalRoutine(LocalRoutine localRoutine)
		throws PortalException;

	/**
	 * Deletes the local routine with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect LocalRoutineLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param localRoutineId the primary key of the local routine
	 * @return the local routine that was removed
	 * @throws PortalException if a local routine with the primary key could not be found
	 */
	@Indexable(type = IndexableType.DELETE)
	public LocalRoutine deleteLocalRoutine(long localRoutineId)
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.LocalRoutineModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.LocalRoutineModelImpl</code>.
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
	public LocalRoutine fetchLocalRoutine(long localRoutineId);

	/**
	 * Returns the local routine matching the UUID and group.
	 *
	 * @param uuid the local routine's UUID
	 * @param groupId the primary key of the group
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public LocalRoutine fetchLocalRoutineByUuidAndGroupId(
		String uuid, long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<LocalRoutine> getCareProgramLocalRoutines(long careProgramId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ExportActionableDynamicQuery getExportActionableDynamicQuery(
		PortletDataContext portletDataContext);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	/**
	 * Returns the local routine with the primary key.
	 *
	 * @param localRoutineId the primary key of the local routine
	 * @return the local routine
	 * @throws PortalException if a local routine with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public LocalRoutine getLocalRoutine(long localRoutineId)
		throws PortalException;

	/**
	 * Returns the local routine matching the UUID and group.
	 *
	 * @param uuid the local routine's UUID
	 * @param groupId the primary key of the group
	 * @return the matching local routine
	 * @throws PortalException if a matching local routine could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public LocalRoutine getLocalRoutineByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException;

	/**
	 * Returns a range of all the local routines.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of local routines
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<LocalRoutine> getLocalRoutines(int start, int end);

	/**
	 * Returns all the local routines matching the UUID and company.
	 *
	 * @param uuid the UUID of the local routines
	 * @param companyId the primary key of the company
	 * @return the matching local routines, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<LocalRoutine> getLocalRoutinesByUuidAndCompanyId(
		String uuid, long companyId);

	/**
	 * Returns a range of local routines matching the UUID and company.
	 *
	 * @param uuid the UUID of the local routines
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching local routines, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<LocalRoutine> getLocalRoutinesByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator);

	/**
	 * Returns the number of local routines.
	 *
	 * @return the number of local routines
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getLocalRoutinesCount();

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * @return the routines the person owns ("Mina granskningar")
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<LocalRoutine> getOwnerLocalRoutines(long ownerUserId);

	/**
	 * @throws PortalException
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Updates the local routine in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect LocalRoutineLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param localRoutine the local routine
	 * @return the local routine that was updated
	 */
	@Indexable(type = IndexableType.REINDEX)
	public LocalRoutine updateLocalRoutine(LocalRoutine localRoutine);

	/**
	 * A new owner is logged (KIND_OWNER_CHANGED) and ends the routine's time "utan ägare"; a new interval moves the
	 * next due date from the start of the current cycle.
	 */
	public LocalRoutine updateLocalRoutine(
			long userId, long localRoutineId, long articleResourcePrimKey,
			long ownerUserId, int reviewIntervalMonths)
		throws PortalException;

}