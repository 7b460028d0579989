/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import se.livsviktig.careprogram.model.LocalRoutine;

/**
 * Provides the local service utility for LocalRoutine. This utility wraps
 * <code>se.livsviktig.careprogram.service.impl.LocalRoutineLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see LocalRoutineLocalService
 * @generated
 */
public class LocalRoutineLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.LocalRoutineLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
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
	public static LocalRoutine addLocalRoutine(LocalRoutine localRoutine) {
		return getService().addLocalRoutine(localRoutine);
	}

	public static LocalRoutine addLocalRoutine(
			long userId, long careProgramId, long organizationId,
			long articleResourcePrimKey, long ownerUserId,
			int reviewIntervalMonths,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addLocalRoutine(
			userId, careProgramId, organizationId, articleResourcePrimKey,
			ownerUserId, reviewIntervalMonths, serviceContext);
	}

	/**
	 * "Still correct": sets last reviewed (now, by whom), the next due date one interval later, and logs it with
	 * the article's current version, in the same transaction.
	 */
	public static LocalRoutine confirmLocalRoutineReview(
			long userId, long localRoutineId, String comment)
		throws PortalException {

		return getService().confirmLocalRoutineReview(
			userId, localRoutineId, comment);
	}

	/**
	 * Creates a new local routine with the primary key. Does not add the local routine to the database.
	 *
	 * @param localRoutineId the primary key for the new local routine
	 * @return the new local routine
	 */
	public static LocalRoutine createLocalRoutine(long localRoutineId) {
		return getService().createLocalRoutine(localRoutineId);
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
	public static LocalRoutine deleteLocalRoutine(LocalRoutine localRoutine)
		throws PortalException {

		return getService().deleteLocalRoutine(localRoutine);
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
	public static LocalRoutine deleteLocalRoutine(long localRoutineId)
		throws PortalException {

		return getService().deleteLocalRoutine(localRoutineId);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.LocalRoutineModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.LocalRoutineModelImpl</code>.
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

	public static LocalRoutine fetchLocalRoutine(long localRoutineId) {
		return getService().fetchLocalRoutine(localRoutineId);
	}

	/**
	 * Returns the local routine matching the UUID and group.
	 *
	 * @param uuid the local routine's UUID
	 * @param groupId the primary key of the group
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchLocalRoutineByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchLocalRoutineByUuidAndGroupId(uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static List<LocalRoutine> getCareProgramLocalRoutines(
		long careProgramId) {

		return getService().getCareProgramLocalRoutines(careProgramId);
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

	/**
	 * Returns the local routine with the primary key.
	 *
	 * @param localRoutineId the primary key of the local routine
	 * @return the local routine
	 * @throws PortalException if a local routine with the primary key could not be found
	 */
	public static LocalRoutine getLocalRoutine(long localRoutineId)
		throws PortalException {

		return getService().getLocalRoutine(localRoutineId);
	}

	/**
	 * Returns the local routine matching the UUID and group.
	 *
	 * @param uuid the local routine's UUID
	 * @param groupId the primary key of the group
	 * @return the matching local routine
	 * @throws PortalException if a matching local routine could not be found
	 */
	public static LocalRoutine getLocalRoutineByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getLocalRoutineByUuidAndGroupId(uuid, groupId);
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
	public static List<LocalRoutine> getLocalRoutines(int start, int end) {
		return getService().getLocalRoutines(start, end);
	}

	/**
	 * Returns all the local routines matching the UUID and company.
	 *
	 * @param uuid the UUID of the local routines
	 * @param companyId the primary key of the company
	 * @return the matching local routines, or an empty list if no matches were found
	 */
	public static List<LocalRoutine> getLocalRoutinesByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getLocalRoutinesByUuidAndCompanyId(uuid, companyId);
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
	public static List<LocalRoutine> getLocalRoutinesByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getService().getLocalRoutinesByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of local routines.
	 *
	 * @return the number of local routines
	 */
	public static int getLocalRoutinesCount() {
		return getService().getLocalRoutinesCount();
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
	 * @return the routines the person owns ("Mina granskningar")
	 */
	public static List<LocalRoutine> getOwnerLocalRoutines(long ownerUserId) {
		return getService().getOwnerLocalRoutines(ownerUserId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
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
	public static LocalRoutine updateLocalRoutine(LocalRoutine localRoutine) {
		return getService().updateLocalRoutine(localRoutine);
	}

	/**
	 * A new owner is logged (KIND_OWNER_CHANGED) and ends the routine's time "utan ägare"; a new interval moves the
	 * next due date from the start of the current cycle.
	 */
	public static LocalRoutine updateLocalRoutine(
			long userId, long localRoutineId, long articleResourcePrimKey,
			long ownerUserId, int reviewIntervalMonths)
		throws PortalException {

		return getService().updateLocalRoutine(
			userId, localRoutineId, articleResourcePrimKey, ownerUserId,
			reviewIntervalMonths);
	}

	public static LocalRoutineLocalService getService() {
		return _service;
	}

	public static void setService(LocalRoutineLocalService service) {
		_service = service;
	}

	private static volatile LocalRoutineLocalService _service;

}