/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link LocalRoutineLocalService}.
 *
 * @author Livsviktig
 * @see LocalRoutineLocalService
 * @generated
 */
public class LocalRoutineLocalServiceWrapper
	implements LocalRoutineLocalService,
			   ServiceWrapper<LocalRoutineLocalService> {

	public LocalRoutineLocalServiceWrapper() {
		this(null);
	}

	public LocalRoutineLocalServiceWrapper(
		LocalRoutineLocalService localRoutineLocalService) {

		_localRoutineLocalService = localRoutineLocalService;
	}

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
	@Override
	public se.livsviktig.careprogram.model.LocalRoutine addLocalRoutine(
		se.livsviktig.careprogram.model.LocalRoutine localRoutine) {

		return _localRoutineLocalService.addLocalRoutine(localRoutine);
	}

	@Override
	public se.livsviktig.careprogram.model.LocalRoutine addLocalRoutine(
			long userId, long careProgramId, long organizationId,
			long articleResourcePrimKey, long ownerUserId,
			int reviewIntervalMonths,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineLocalService.addLocalRoutine(
			userId, careProgramId, organizationId, articleResourcePrimKey,
			ownerUserId, reviewIntervalMonths, serviceContext);
	}

	/**
	 * "Still correct": sets last reviewed (now, by whom), the next due date one interval later, and logs it with
	 * the article's current version, in the same transaction.
	 */
	@Override
	public se.livsviktig.careprogram.model.LocalRoutine
			confirmLocalRoutineReview(
				long userId, long localRoutineId, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineLocalService.confirmLocalRoutineReview(
			userId, localRoutineId, comment);
	}

	/**
	 * Creates a new local routine with the primary key. Does not add the local routine to the database.
	 *
	 * @param localRoutineId the primary key for the new local routine
	 * @return the new local routine
	 */
	@Override
	public se.livsviktig.careprogram.model.LocalRoutine createLocalRoutine(
		long localRoutineId) {

		return _localRoutineLocalService.createLocalRoutine(localRoutineId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineLocalService.createPersistedModel(primaryKeyObj);
	}

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
	@Override
	public se.livsviktig.careprogram.model.LocalRoutine deleteLocalRoutine(
			se.livsviktig.careprogram.model.LocalRoutine localRoutine)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineLocalService.deleteLocalRoutine(localRoutine);
	}

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
	@Override
	public se.livsviktig.careprogram.model.LocalRoutine deleteLocalRoutine(
			long localRoutineId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineLocalService.deleteLocalRoutine(localRoutineId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _localRoutineLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _localRoutineLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _localRoutineLocalService.dynamicQuery();
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

		return _localRoutineLocalService.dynamicQuery(dynamicQuery);
	}

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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _localRoutineLocalService.dynamicQuery(dynamicQuery, start, end);
	}

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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _localRoutineLocalService.dynamicQuery(
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

		return _localRoutineLocalService.dynamicQueryCount(dynamicQuery);
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

		return _localRoutineLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.careprogram.model.LocalRoutine fetchLocalRoutine(
		long localRoutineId) {

		return _localRoutineLocalService.fetchLocalRoutine(localRoutineId);
	}

	/**
	 * Returns the local routine matching the UUID and group.
	 *
	 * @param uuid the local routine's UUID
	 * @param groupId the primary key of the group
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.LocalRoutine
		fetchLocalRoutineByUuidAndGroupId(String uuid, long groupId) {

		return _localRoutineLocalService.fetchLocalRoutineByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _localRoutineLocalService.getActionableDynamicQuery();
	}

	@Override
	public java.util.List<se.livsviktig.careprogram.model.LocalRoutine>
		getCareProgramLocalRoutines(long careProgramId) {

		return _localRoutineLocalService.getCareProgramLocalRoutines(
			careProgramId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _localRoutineLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _localRoutineLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the local routine with the primary key.
	 *
	 * @param localRoutineId the primary key of the local routine
	 * @return the local routine
	 * @throws PortalException if a local routine with the primary key could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.LocalRoutine getLocalRoutine(
			long localRoutineId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineLocalService.getLocalRoutine(localRoutineId);
	}

	/**
	 * Returns the local routine matching the UUID and group.
	 *
	 * @param uuid the local routine's UUID
	 * @param groupId the primary key of the group
	 * @return the matching local routine
	 * @throws PortalException if a matching local routine could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.LocalRoutine
			getLocalRoutineByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineLocalService.getLocalRoutineByUuidAndGroupId(
			uuid, groupId);
	}

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
	@Override
	public java.util.List<se.livsviktig.careprogram.model.LocalRoutine>
		getLocalRoutines(int start, int end) {

		return _localRoutineLocalService.getLocalRoutines(start, end);
	}

	/**
	 * Returns all the local routines matching the UUID and company.
	 *
	 * @param uuid the UUID of the local routines
	 * @param companyId the primary key of the company
	 * @return the matching local routines, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.LocalRoutine>
		getLocalRoutinesByUuidAndCompanyId(String uuid, long companyId) {

		return _localRoutineLocalService.getLocalRoutinesByUuidAndCompanyId(
			uuid, companyId);
	}

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
	@Override
	public java.util.List<se.livsviktig.careprogram.model.LocalRoutine>
		getLocalRoutinesByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.careprogram.model.LocalRoutine>
					orderByComparator) {

		return _localRoutineLocalService.getLocalRoutinesByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of local routines.
	 *
	 * @return the number of local routines
	 */
	@Override
	public int getLocalRoutinesCount() {
		return _localRoutineLocalService.getLocalRoutinesCount();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _localRoutineLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @return the routines the person owns ("Mina granskningar")
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.LocalRoutine>
		getOwnerLocalRoutines(long ownerUserId) {

		return _localRoutineLocalService.getOwnerLocalRoutines(ownerUserId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineLocalService.getPersistedModel(primaryKeyObj);
	}

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
	@Override
	public se.livsviktig.careprogram.model.LocalRoutine updateLocalRoutine(
		se.livsviktig.careprogram.model.LocalRoutine localRoutine) {

		return _localRoutineLocalService.updateLocalRoutine(localRoutine);
	}

	/**
	 * A new owner is logged (KIND_OWNER_CHANGED) and ends the routine's time "utan ägare"; a new interval moves the
	 * next due date from the start of the current cycle.
	 */
	@Override
	public se.livsviktig.careprogram.model.LocalRoutine updateLocalRoutine(
			long userId, long localRoutineId, long articleResourcePrimKey,
			long ownerUserId, int reviewIntervalMonths)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _localRoutineLocalService.updateLocalRoutine(
			userId, localRoutineId, articleResourcePrimKey, ownerUserId,
			reviewIntervalMonths);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _localRoutineLocalService.getBasePersistence();
	}

	@Override
	public LocalRoutineLocalService getWrappedService() {
		return _localRoutineLocalService;
	}

	@Override
	public void setWrappedService(
		LocalRoutineLocalService localRoutineLocalService) {

		_localRoutineLocalService = localRoutineLocalService;
	}

	private LocalRoutineLocalService _localRoutineLocalService;

}