/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;

import se.livsviktig.training.model.TrainingMethod;

/**
 * Provides the local service utility for TrainingMethod. This utility wraps
 * <code>se.livsviktig.training.service.impl.TrainingMethodLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see TrainingMethodLocalService
 * @generated
 */
public class TrainingMethodLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.training.service.impl.TrainingMethodLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static TrainingMethod addTrainingMethod(
			long userId, long groupId, String externalReferenceCode,
			Map<java.util.Locale, String> nameMap,
			Map<java.util.Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addTrainingMethod(
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
	public static TrainingMethod addTrainingMethod(
		TrainingMethod trainingMethod) {

		return getService().addTrainingMethod(trainingMethod);
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
	 * Creates a new training method with the primary key. Does not add the training method to the database.
	 *
	 * @param trainingMethodId the primary key for the new training method
	 * @return the new training method
	 */
	public static TrainingMethod createTrainingMethod(long trainingMethodId) {
		return getService().createTrainingMethod(trainingMethodId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
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
	public static TrainingMethod deleteTrainingMethod(long trainingMethodId)
		throws PortalException {

		return getService().deleteTrainingMethod(trainingMethodId);
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
	public static TrainingMethod deleteTrainingMethod(
			TrainingMethod trainingMethod)
		throws PortalException {

		return getService().deleteTrainingMethod(trainingMethod);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.TrainingMethodModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.TrainingMethodModelImpl</code>.
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

	public static TrainingMethod fetchTrainingMethod(long trainingMethodId) {
		return getService().fetchTrainingMethod(trainingMethodId);
	}

	public static TrainingMethod fetchTrainingMethodByExternalReferenceCode(
		String externalReferenceCode, long groupId) {

		return getService().fetchTrainingMethodByExternalReferenceCode(
			externalReferenceCode, groupId);
	}

	/**
	 * Returns the training method matching the UUID and group.
	 *
	 * @param uuid the training method's UUID
	 * @param groupId the primary key of the group
	 * @return the matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public static TrainingMethod fetchTrainingMethodByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchTrainingMethodByUuidAndGroupId(uuid, groupId);
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
	 * Returns the training method with the primary key.
	 *
	 * @param trainingMethodId the primary key of the training method
	 * @return the training method
	 * @throws PortalException if a training method with the primary key could not be found
	 */
	public static TrainingMethod getTrainingMethod(long trainingMethodId)
		throws PortalException {

		return getService().getTrainingMethod(trainingMethodId);
	}

	public static TrainingMethod getTrainingMethodByExternalReferenceCode(
			String externalReferenceCode, long groupId)
		throws PortalException {

		return getService().getTrainingMethodByExternalReferenceCode(
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
	public static TrainingMethod getTrainingMethodByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getTrainingMethodByUuidAndGroupId(uuid, groupId);
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
	public static List<TrainingMethod> getTrainingMethods(int start, int end) {
		return getService().getTrainingMethods(start, end);
	}

	public static List<TrainingMethod> getTrainingMethods(
		long groupId, int status, int start, int end) {

		return getService().getTrainingMethods(groupId, status, start, end);
	}

	/**
	 * Returns all the training methods matching the UUID and company.
	 *
	 * @param uuid the UUID of the training methods
	 * @param companyId the primary key of the company
	 * @return the matching training methods, or an empty list if no matches were found
	 */
	public static List<TrainingMethod> getTrainingMethodsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getTrainingMethodsByUuidAndCompanyId(
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
	public static List<TrainingMethod> getTrainingMethodsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getService().getTrainingMethodsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of training methods.
	 *
	 * @return the number of training methods
	 */
	public static int getTrainingMethodsCount() {
		return getService().getTrainingMethodsCount();
	}

	/**
	 * @return the site's methods, active or archived
	 */
	public static int getTrainingMethodsCount(long groupId) {
		return getService().getTrainingMethodsCount(groupId);
	}

	public static int getTrainingMethodsCount(long groupId, int status) {
		return getService().getTrainingMethodsCount(groupId, status);
	}

	/**
	 * The coordinators' list of a site's training methods, a page at a time.
	 *
	 * @param keywords words that must each occur in the name, in any language, or null
	 * @param status WorkflowConstants.STATUS_APPROVED (active), STATUS_INACTIVE (archived) or STATUS_ANY
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 * @param orderByComparator the order, or null for the order of creation
	 */
	public static List<TrainingMethod> searchTrainingMethods(
		long groupId, String keywords, int status,
		com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate,
		int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator) {

		return getService().searchTrainingMethods(
			groupId, keywords, status, permissionPredicate, start, end,
			orderByComparator);
	}

	public static int searchTrainingMethodsCount(
		long groupId, String keywords, int status,
		com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate) {

		return getService().searchTrainingMethodsCount(
			groupId, keywords, status, permissionPredicate);
	}

	public static TrainingMethod updateStatus(
			long userId, long trainingMethodId, int status)
		throws PortalException {

		return getService().updateStatus(userId, trainingMethodId, status);
	}

	public static TrainingMethod updateTrainingMethod(
			long trainingMethodId, Map<java.util.Locale, String> nameMap,
			Map<java.util.Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateTrainingMethod(
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
	public static TrainingMethod updateTrainingMethod(
		TrainingMethod trainingMethod) {

		return getService().updateTrainingMethod(trainingMethod);
	}

	public static TrainingMethodLocalService getService() {
		return _service;
	}

	public static void setService(TrainingMethodLocalService service) {
		_service = service;
	}

	private static volatile TrainingMethodLocalService _service;

}