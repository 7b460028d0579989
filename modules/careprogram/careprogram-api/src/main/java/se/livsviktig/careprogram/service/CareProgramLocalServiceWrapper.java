/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CareProgramLocalService}.
 *
 * @author Livsviktig
 * @see CareProgramLocalService
 * @generated
 */
public class CareProgramLocalServiceWrapper
	implements CareProgramLocalService,
			   ServiceWrapper<CareProgramLocalService> {

	public CareProgramLocalServiceWrapper() {
		this(null);
	}

	public CareProgramLocalServiceWrapper(
		CareProgramLocalService careProgramLocalService) {

		_careProgramLocalService = careProgramLocalService;
	}

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
	@Override
	public se.livsviktig.careprogram.model.CareProgram addCareProgram(
		se.livsviktig.careprogram.model.CareProgram careProgram) {

		return _careProgramLocalService.addCareProgram(careProgram);
	}

	@Override
	public se.livsviktig.careprogram.model.CareProgram addCareProgram(
			long userId, long groupId,
			java.util.Map<java.util.Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.addCareProgram(
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
	@Override
	public java.util.List<se.livsviktig.careprogram.model.CareProgram>
			addNationalCarePrograms(
				long userId, long groupId,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.addNationalCarePrograms(
			userId, groupId, serviceContext);
	}

	/**
	 * "Still correct": sets last reviewed (now, by whom), the next due date one interval later, and logs it with
	 * the summary article's current version, in the same transaction.
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgram confirmCareProgramReview(
			long userId, long careProgramId, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.confirmCareProgramReview(
			userId, careProgramId, comment);
	}

	/**
	 * Creates a new care program with the primary key. Does not add the care program to the database.
	 *
	 * @param careProgramId the primary key for the new care program
	 * @return the new care program
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgram createCareProgram(
		long careProgramId) {

		return _careProgramLocalService.createCareProgram(careProgramId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.createPersistedModel(primaryKeyObj);
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
	@Override
	public se.livsviktig.careprogram.model.CareProgram deleteCareProgram(
			se.livsviktig.careprogram.model.CareProgram careProgram)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.deleteCareProgram(careProgram);
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
	@Override
	public se.livsviktig.careprogram.model.CareProgram deleteCareProgram(
			long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.deleteCareProgram(careProgramId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _careProgramLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _careProgramLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _careProgramLocalService.dynamicQuery();
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

		return _careProgramLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _careProgramLocalService.dynamicQuery(dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _careProgramLocalService.dynamicQuery(
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

		return _careProgramLocalService.dynamicQueryCount(dynamicQuery);
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

		return _careProgramLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.careprogram.model.CareProgram fetchCareProgram(
		long careProgramId) {

		return _careProgramLocalService.fetchCareProgram(careProgramId);
	}

	/**
	 * Returns the care program matching the UUID and group.
	 *
	 * @param uuid the care program's UUID
	 * @param groupId the primary key of the group
	 * @return the matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgram
		fetchCareProgramByUuidAndGroupId(String uuid, long groupId) {

		return _careProgramLocalService.fetchCareProgramByUuidAndGroupId(
			uuid, groupId);
	}

	/**
	 * @return the site's "Målgrupp" vocabulary, or null while nobody who manages programmes has caused it to exist
	 */
	@Override
	public com.liferay.asset.kernel.model.AssetVocabulary
		fetchTargetGroupVocabulary(long groupId) {

		return _careProgramLocalService.fetchTargetGroupVocabulary(groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _careProgramLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the care program with the primary key.
	 *
	 * @param careProgramId the primary key of the care program
	 * @return the care program
	 * @throws PortalException if a care program with the primary key could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgram getCareProgram(
			long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.getCareProgram(careProgramId);
	}

	/**
	 * Returns the care program matching the UUID and group.
	 *
	 * @param uuid the care program's UUID
	 * @param groupId the primary key of the group
	 * @return the matching care program
	 * @throws PortalException if a matching care program could not be found
	 */
	@Override
	public se.livsviktig.careprogram.model.CareProgram
			getCareProgramByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.getCareProgramByUuidAndGroupId(
			uuid, groupId);
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
	@Override
	public java.util.List<se.livsviktig.careprogram.model.CareProgram>
		getCarePrograms(int start, int end) {

		return _careProgramLocalService.getCarePrograms(start, end);
	}

	/**
	 * Returns all the care programs matching the UUID and company.
	 *
	 * @param uuid the UUID of the care programs
	 * @param companyId the primary key of the company
	 * @return the matching care programs, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.CareProgram>
		getCareProgramsByUuidAndCompanyId(String uuid, long companyId) {

		return _careProgramLocalService.getCareProgramsByUuidAndCompanyId(
			uuid, companyId);
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
	@Override
	public java.util.List<se.livsviktig.careprogram.model.CareProgram>
		getCareProgramsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.careprogram.model.CareProgram>
					orderByComparator) {

		return _careProgramLocalService.getCareProgramsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of care programs.
	 *
	 * @return the number of care programs
	 */
	@Override
	public int getCareProgramsCount() {
		return _careProgramLocalService.getCareProgramsCount();
	}

	@Override
	public long[] getContactUserIds(long careProgramId) {
		return _careProgramLocalService.getContactUserIds(careProgramId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _careProgramLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public java.util.List<se.livsviktig.careprogram.model.CareProgram>
		getGroupCarePrograms(long groupId, int start, int end) {

		return _careProgramLocalService.getGroupCarePrograms(
			groupId, start, end);
	}

	@Override
	public int getGroupCareProgramsCount(long groupId) {
		return _careProgramLocalService.getGroupCareProgramsCount(groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _careProgramLocalService.getIndexableActionableDynamicQuery();
	}

	@Override
	public long[] getMethodIds(long careProgramId) {
		return _careProgramLocalService.getMethodIds(careProgramId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _careProgramLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.getPersistedModel(primaryKeyObj);
	}

	@Override
	public long[] getTargetGroupCategoryIds(long careProgramId) {
		return _careProgramLocalService.getTargetGroupCategoryIds(
			careProgramId);
	}

	/**
	 * @return the site's "Målgrupp" vocabulary, created on the first call
	 */
	@Override
	public com.liferay.asset.kernel.model.AssetVocabulary
			getTargetGroupVocabulary(long userId, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.getTargetGroupVocabulary(
			userId, groupId);
	}

	/**
	 * The programme list's page (CareProgramListQuery): its filters and the caller's permission condition, in the
	 * order the programmes were added, in one statement.
	 *
	 * @param reviewState an ordinal of ReviewState, or -1 for any
	 * @param permissionPredicate what the caller may view, from the remote service, or null for every programme
	 */
	@Override
	public java.util.List<se.livsviktig.careprogram.model.CareProgram>
			searchCarePrograms(
				long groupId, String keywords, long targetGroupCategoryId,
				long organizationId, int reviewState,
				com.liferay.petra.sql.dsl.expression.Predicate
					permissionPredicate,
				int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.searchCarePrograms(
			groupId, keywords, targetGroupCategoryId, organizationId,
			reviewState, permissionPredicate, start, end);
	}

	/**
	 * @return the number of rows of every page of searchCarePrograms with the same arguments
	 */
	@Override
	public int searchCareProgramsCount(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState,
			com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.searchCareProgramsCount(
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
	@Override
	public se.livsviktig.careprogram.model.CareProgram updateCareProgram(
		se.livsviktig.careprogram.model.CareProgram careProgram) {

		return _careProgramLocalService.updateCareProgram(careProgram);
	}

	@Override
	public se.livsviktig.careprogram.model.CareProgram updateCareProgram(
			long userId, long careProgramId,
			java.util.Map<java.util.Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _careProgramLocalService.updateCareProgram(
			userId, careProgramId, titleMap, articleResourcePrimKey,
			nationalURL, ownerUserId, reviewIntervalMonths,
			targetGroupCategoryIds, methodIds, contactUserIds);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _careProgramLocalService.getBasePersistence();
	}

	@Override
	public CareProgramLocalService getWrappedService() {
		return _careProgramLocalService;
	}

	@Override
	public void setWrappedService(
		CareProgramLocalService careProgramLocalService) {

		_careProgramLocalService = careProgramLocalService;
	}

	private CareProgramLocalService _careProgramLocalService;

}