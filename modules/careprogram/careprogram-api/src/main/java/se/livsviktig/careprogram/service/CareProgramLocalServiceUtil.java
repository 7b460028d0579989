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
import java.util.Map;

import se.livsviktig.careprogram.model.CareProgram;

/**
 * Provides the local service utility for CareProgram. This utility wraps
 * <code>se.livsviktig.careprogram.service.impl.CareProgramLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see CareProgramLocalService
 * @generated
 */
public class CareProgramLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.CareProgramLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Adds the care program to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgram the care program
	 * @return the care program that was added
	 */
	public static CareProgram addCareProgram(CareProgram careProgram) {
		return getService().addCareProgram(careProgram);
	}

	public static CareProgram addCareProgram(
			long userId, long groupId, Map<java.util.Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addCareProgram(
			userId, groupId, titleMap, articleResourcePrimKey, nationalURL,
			ownerUserId, reviewIntervalMonths, targetGroupCategoryIds,
			methodIds, contactUserIds, serviceContext);
	}

	/**
	 * The seed button: a programme per national programme (name and link, careprogram-service's
	 * national-programs.tsv) that the site has none of by that link yet, without a summary article, owned by the
	 * person who pressed it. Pressing it again adds nothing, and adds only what is new after the list changed.
	 *
	 * @return the programmes added
	 */
	public static List<CareProgram> addNationalCarePrograms(
			long userId, long groupId,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addNationalCarePrograms(
			userId, groupId, serviceContext);
	}

	/**
	 * "Still correct": sets last reviewed (now, by whom), the next due date one interval later, and logs it with
	 * the summary article's current version, in the same transaction.
	 */
	public static CareProgram confirmCareProgramReview(
			long userId, long careProgramId, String comment)
		throws PortalException {

		return getService().confirmCareProgramReview(
			userId, careProgramId, comment);
	}

	/**
	 * Creates a new care program with the primary key. Does not add the care program to the database.
	 *
	 * @param careProgramId the primary key for the new care program
	 * @return the new care program
	 */
	public static CareProgram createCareProgram(long careProgramId) {
		return getService().createCareProgram(careProgramId);
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
	 * Deletes the care program from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgram the care program
	 * @return the care program that was removed
	 * @throws PortalException
	 */
	public static CareProgram deleteCareProgram(CareProgram careProgram)
		throws PortalException {

		return getService().deleteCareProgram(careProgram);
	}

	/**
	 * Deletes the care program with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgramId the primary key of the care program
	 * @return the care program that was removed
	 * @throws PortalException if a care program with the primary key could not be found
	 */
	public static CareProgram deleteCareProgram(long careProgramId)
		throws PortalException {

		return getService().deleteCareProgram(careProgramId);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramModelImpl</code>.
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

	public static CareProgram fetchCareProgram(long careProgramId) {
		return getService().fetchCareProgram(careProgramId);
	}

	/**
	 * Returns the care program matching the UUID and group.
	 *
	 * @param uuid the care program's UUID
	 * @param groupId the primary key of the group
	 * @return the matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchCareProgramByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchCareProgramByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * @return the site's "Målgrupp" vocabulary, or null while nobody who manages programmes has caused it to exist
	 */
	public static com.liferay.asset.kernel.model.AssetVocabulary
		fetchTargetGroupVocabulary(long groupId) {

		return getService().fetchTargetGroupVocabulary(groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * Returns the care program with the primary key.
	 *
	 * @param careProgramId the primary key of the care program
	 * @return the care program
	 * @throws PortalException if a care program with the primary key could not be found
	 */
	public static CareProgram getCareProgram(long careProgramId)
		throws PortalException {

		return getService().getCareProgram(careProgramId);
	}

	/**
	 * Returns the care program matching the UUID and group.
	 *
	 * @param uuid the care program's UUID
	 * @param groupId the primary key of the group
	 * @return the matching care program
	 * @throws PortalException if a matching care program could not be found
	 */
	public static CareProgram getCareProgramByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getCareProgramByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * Returns a range of all the care programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of care programs
	 */
	public static List<CareProgram> getCarePrograms(int start, int end) {
		return getService().getCarePrograms(start, end);
	}

	/**
	 * Returns all the care programs matching the UUID and company.
	 *
	 * @param uuid the UUID of the care programs
	 * @param companyId the primary key of the company
	 * @return the matching care programs, or an empty list if no matches were found
	 */
	public static List<CareProgram> getCareProgramsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getCareProgramsByUuidAndCompanyId(uuid, companyId);
	}

	/**
	 * Returns a range of care programs matching the UUID and company.
	 *
	 * @param uuid the UUID of the care programs
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching care programs, or an empty list if no matches were found
	 */
	public static List<CareProgram> getCareProgramsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return getService().getCareProgramsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of care programs.
	 *
	 * @return the number of care programs
	 */
	public static int getCareProgramsCount() {
		return getService().getCareProgramsCount();
	}

	public static long[] getContactUserIds(long careProgramId) {
		return getService().getContactUserIds(careProgramId);
	}

	public static com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return getService().getExportActionableDynamicQuery(portletDataContext);
	}

	public static List<CareProgram> getGroupCarePrograms(
		long groupId, int start, int end) {

		return getService().getGroupCarePrograms(groupId, start, end);
	}

	public static int getGroupCareProgramsCount(long groupId) {
		return getService().getGroupCareProgramsCount(groupId);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	public static long[] getMethodIds(long careProgramId) {
		return getService().getMethodIds(careProgramId);
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

	public static long[] getTargetGroupCategoryIds(long careProgramId) {
		return getService().getTargetGroupCategoryIds(careProgramId);
	}

	/**
	 * @return the site's "Målgrupp" vocabulary, created on the first call
	 */
	public static com.liferay.asset.kernel.model.AssetVocabulary
			getTargetGroupVocabulary(long userId, long groupId)
		throws PortalException {

		return getService().getTargetGroupVocabulary(userId, groupId);
	}

	/**
	 * The programme list's page (CareProgramListQuery): its filters and the caller's permission condition, in the
	 * order the programmes were added, in one statement.
	 *
	 * @param reviewState an ordinal of ReviewState, or -1 for any
	 * @param permissionPredicate what the caller may view, from the remote service, or null for every programme
	 */
	public static List<CareProgram> searchCarePrograms(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState,
			com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate,
			int start, int end)
		throws PortalException {

		return getService().searchCarePrograms(
			groupId, keywords, targetGroupCategoryId, organizationId,
			reviewState, permissionPredicate, start, end);
	}

	/**
	 * @return the number of rows of every page of searchCarePrograms with the same arguments
	 */
	public static int searchCareProgramsCount(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState,
			com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate)
		throws PortalException {

		return getService().searchCareProgramsCount(
			groupId, keywords, targetGroupCategoryId, organizationId,
			reviewState, permissionPredicate);
	}

	/**
	 * Updates the care program in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CareProgramLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param careProgram the care program
	 * @return the care program that was updated
	 */
	public static CareProgram updateCareProgram(CareProgram careProgram) {
		return getService().updateCareProgram(careProgram);
	}

	public static CareProgram updateCareProgram(
			long userId, long careProgramId,
			Map<java.util.Locale, String> titleMap, long articleResourcePrimKey,
			String nationalURL, long ownerUserId, int reviewIntervalMonths,
			long[] targetGroupCategoryIds, long[] methodIds,
			long[] contactUserIds)
		throws PortalException {

		return getService().updateCareProgram(
			userId, careProgramId, titleMap, articleResourcePrimKey,
			nationalURL, ownerUserId, reviewIntervalMonths,
			targetGroupCategoryIds, methodIds, contactUserIds);
	}

	public static CareProgramLocalService getService() {
		return _service;
	}

	public static void setService(CareProgramLocalService service) {
		_service = service;
	}

	private static volatile CareProgramLocalService _service;

}