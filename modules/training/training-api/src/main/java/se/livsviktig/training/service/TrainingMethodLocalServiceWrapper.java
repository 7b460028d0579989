/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link TrainingMethodLocalService}.
 *
 * @author Livsviktig
 * @see TrainingMethodLocalService
 * @generated
 */
public class TrainingMethodLocalServiceWrapper
	implements ServiceWrapper<TrainingMethodLocalService>,
			   TrainingMethodLocalService {

	public TrainingMethodLocalServiceWrapper() {
		this(null);
	}

	public TrainingMethodLocalServiceWrapper(
		TrainingMethodLocalService trainingMethodLocalService) {

		_trainingMethodLocalService = trainingMethodLocalService;
	}

	@Override
	public se.livsviktig.training.model.TrainingMethod addTrainingMethod(
			long userId, long groupId, String externalReferenceCode,
			java.util.Map<java.util.Locale, String> nameMap,
			java.util.Map<java.util.Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodLocalService.addTrainingMethod(
			userId, groupId, externalReferenceCode, nameMap, descriptionMap,
			certifiedInstructorsRequired, instructorsPerSession,
			requiredAttendancePercent, licenceSessionsRequired,
			licencePeriodMonths, followUpSurveyDays, serviceContext);
	}

	/**
	 * Adds the training method to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect TrainingMethodLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param trainingMethod the training method
	 * @return the training method that was added
	 */
	@Override
	public se.livsviktig.training.model.TrainingMethod addTrainingMethod(
		se.livsviktig.training.model.TrainingMethod trainingMethod) {

		return _trainingMethodLocalService.addTrainingMethod(trainingMethod);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new training method with the primary key. Does not add the training method to the database.
	 *
	 * @param trainingMethodId the primary key for the new training method
	 * @return the new training method
	 */
	@Override
	public se.livsviktig.training.model.TrainingMethod createTrainingMethod(
		long trainingMethodId) {

		return _trainingMethodLocalService.createTrainingMethod(
			trainingMethodId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the training method with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect TrainingMethodLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param trainingMethodId the primary key of the training method
	 * @return the training method that was removed
	 * @throws PortalException if a training method with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.TrainingMethod deleteTrainingMethod(
			long trainingMethodId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodLocalService.deleteTrainingMethod(
			trainingMethodId);
	}

	/**
	 * Deletes the training method from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect TrainingMethodLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param trainingMethod the training method
	 * @return the training method that was removed
	 * @throws PortalException
	 */
	@Override
	public se.livsviktig.training.model.TrainingMethod deleteTrainingMethod(
			se.livsviktig.training.model.TrainingMethod trainingMethod)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodLocalService.deleteTrainingMethod(trainingMethod);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _trainingMethodLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _trainingMethodLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _trainingMethodLocalService.dynamicQuery();
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

		return _trainingMethodLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.TrainingMethodModelImpl</code>.
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

		return _trainingMethodLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.TrainingMethodModelImpl</code>.
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

		return _trainingMethodLocalService.dynamicQuery(
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

		return _trainingMethodLocalService.dynamicQueryCount(dynamicQuery);
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

		return _trainingMethodLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.training.model.TrainingMethod fetchTrainingMethod(
		long trainingMethodId) {

		return _trainingMethodLocalService.fetchTrainingMethod(
			trainingMethodId);
	}

	@Override
	public se.livsviktig.training.model.TrainingMethod
		fetchTrainingMethodByExternalReferenceCode(
			String externalReferenceCode, long groupId) {

		return _trainingMethodLocalService.
			fetchTrainingMethodByExternalReferenceCode(
				externalReferenceCode, groupId);
	}

	/**
	 * Returns the training method matching the UUID and group.
	 *
	 * @param uuid the training method's UUID
	 * @param groupId the primary key of the group
	 * @return the matching training method, or <code>null</code> if a matching training method could not be found
	 */
	@Override
	public se.livsviktig.training.model.TrainingMethod
		fetchTrainingMethodByUuidAndGroupId(String uuid, long groupId) {

		return _trainingMethodLocalService.fetchTrainingMethodByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _trainingMethodLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _trainingMethodLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _trainingMethodLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _trainingMethodLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the training method with the primary key.
	 *
	 * @param trainingMethodId the primary key of the training method
	 * @return the training method
	 * @throws PortalException if a training method with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.TrainingMethod getTrainingMethod(
			long trainingMethodId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodLocalService.getTrainingMethod(trainingMethodId);
	}

	@Override
	public se.livsviktig.training.model.TrainingMethod
			getTrainingMethodByExternalReferenceCode(
				String externalReferenceCode, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodLocalService.
			getTrainingMethodByExternalReferenceCode(
				externalReferenceCode, groupId);
	}

	/**
	 * Returns the training method matching the UUID and group.
	 *
	 * @param uuid the training method's UUID
	 * @param groupId the primary key of the group
	 * @return the matching training method
	 * @throws PortalException if a matching training method could not be found
	 */
	@Override
	public se.livsviktig.training.model.TrainingMethod
			getTrainingMethodByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodLocalService.getTrainingMethodByUuidAndGroupId(
			uuid, groupId);
	}

	/**
	 * Returns a range of all the training methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of training methods
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.TrainingMethod>
		getTrainingMethods(int start, int end) {

		return _trainingMethodLocalService.getTrainingMethods(start, end);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.TrainingMethod>
		getTrainingMethods(long groupId, int status, int start, int end) {

		return _trainingMethodLocalService.getTrainingMethods(
			groupId, status, start, end);
	}

	/**
	 * Returns all the training methods matching the UUID and company.
	 *
	 * @param uuid the UUID of the training methods
	 * @param companyId the primary key of the company
	 * @return the matching training methods, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.TrainingMethod>
		getTrainingMethodsByUuidAndCompanyId(String uuid, long companyId) {

		return _trainingMethodLocalService.getTrainingMethodsByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of training methods matching the UUID and company.
	 *
	 * @param uuid the UUID of the training methods
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching training methods, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.TrainingMethod>
		getTrainingMethodsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.training.model.TrainingMethod>
					orderByComparator) {

		return _trainingMethodLocalService.getTrainingMethodsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of training methods.
	 *
	 * @return the number of training methods
	 */
	@Override
	public int getTrainingMethodsCount() {
		return _trainingMethodLocalService.getTrainingMethodsCount();
	}

	/**
	 * @return the site's methods, active or archived
	 */
	@Override
	public int getTrainingMethodsCount(long groupId) {
		return _trainingMethodLocalService.getTrainingMethodsCount(groupId);
	}

	@Override
	public int getTrainingMethodsCount(long groupId, int status) {
		return _trainingMethodLocalService.getTrainingMethodsCount(
			groupId, status);
	}

	/**
	 * The coordinators' list of a site's training methods, a page at a time.
	 *
	 * @param keywords words that must each occur in the name, in any language, or null
	 * @param status WorkflowConstants.STATUS_APPROVED (active), STATUS_INACTIVE (archived) or STATUS_ANY
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 * @param orderByComparator the order, or null for the order of creation
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.TrainingMethod>
		searchTrainingMethods(
			long groupId, String keywords, int status,
			com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate,
			int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.training.model.TrainingMethod>
					orderByComparator) {

		return _trainingMethodLocalService.searchTrainingMethods(
			groupId, keywords, status, permissionPredicate, start, end,
			orderByComparator);
	}

	@Override
	public int searchTrainingMethodsCount(
		long groupId, String keywords, int status,
		com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate) {

		return _trainingMethodLocalService.searchTrainingMethodsCount(
			groupId, keywords, status, permissionPredicate);
	}

	@Override
	public se.livsviktig.training.model.TrainingMethod updateStatus(
			long userId, long trainingMethodId, int status)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodLocalService.updateStatus(
			userId, trainingMethodId, status);
	}

	@Override
	public se.livsviktig.training.model.TrainingMethod updateTrainingMethod(
			long trainingMethodId,
			java.util.Map<java.util.Locale, String> nameMap,
			java.util.Map<java.util.Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _trainingMethodLocalService.updateTrainingMethod(
			trainingMethodId, nameMap, descriptionMap,
			certifiedInstructorsRequired, instructorsPerSession,
			requiredAttendancePercent, licenceSessionsRequired,
			licencePeriodMonths, followUpSurveyDays, serviceContext);
	}

	/**
	 * Updates the training method in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect TrainingMethodLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param trainingMethod the training method
	 * @return the training method that was updated
	 */
	@Override
	public se.livsviktig.training.model.TrainingMethod updateTrainingMethod(
		se.livsviktig.training.model.TrainingMethod trainingMethod) {

		return _trainingMethodLocalService.updateTrainingMethod(trainingMethod);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _trainingMethodLocalService.getBasePersistence();
	}

	@Override
	public TrainingMethodLocalService getWrappedService() {
		return _trainingMethodLocalService;
	}

	@Override
	public void setWrappedService(
		TrainingMethodLocalService trainingMethodLocalService) {

		_trainingMethodLocalService = trainingMethodLocalService;
	}

	private TrainingMethodLocalService _trainingMethodLocalService;

}