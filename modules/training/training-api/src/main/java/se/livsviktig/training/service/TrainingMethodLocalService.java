/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.exportimport.kernel.lar.PortletDataContext;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.Projection;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.model.SystemEventConstants;
import com.liferay.portal.kernel.search.Indexable;
import com.liferay.portal.kernel.search.IndexableType;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.service.PersistedModelLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.systemevent.SystemEvent;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.model.TrainingMethod;

/**
 * Provides the local service interface for TrainingMethod. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see TrainingMethodLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface TrainingMethodLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.training.service.impl.TrainingMethodLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the training method local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link TrainingMethodLocalServiceUtil} if injection and service tracking are not available.
	 */
	public TrainingMethod addTrainingMethod(
			long userId, long groupId, String externalReferenceCode,
			Map<Locale, String> nameMap, Map<Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			ServiceContext serviceContext)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public TrainingMethod addTrainingMethod(TrainingMethod trainingMethod);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Creates a new training method with the primary key. Does not add the training method to the database.
	 *
	 * @param trainingMethodId the primary key for the new training method
	 * @return the new training method
	 */
	@Transactional(enabled = false)
	public TrainingMethod createTrainingMethod(long trainingMethodId);

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public TrainingMethod deleteTrainingMethod(long trainingMethodId)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	@SystemEvent(type = SystemEventConstants.TYPE_DELETE)
	public TrainingMethod deleteTrainingMethod(TrainingMethod trainingMethod)
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.TrainingMethodModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.TrainingMethodModelImpl</code>.
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
	public TrainingMethod fetchTrainingMethod(long trainingMethodId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public TrainingMethod fetchTrainingMethodByExternalReferenceCode(
		String externalReferenceCode, long groupId);

	/**
	 * Returns the training method matching the UUID and group.
	 *
	 * @param uuid the training method's UUID
	 * @param groupId the primary key of the group
	 * @return the matching training method, or <code>null</code> if a matching training method could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public TrainingMethod fetchTrainingMethodByUuidAndGroupId(
		String uuid, long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ExportActionableDynamicQuery getExportActionableDynamicQuery(
		PortletDataContext portletDataContext);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

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
	 * Returns the training method with the primary key.
	 *
	 * @param trainingMethodId the primary key of the training method
	 * @return the training method
	 * @throws PortalException if a training method with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public TrainingMethod getTrainingMethod(long trainingMethodId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public TrainingMethod getTrainingMethodByExternalReferenceCode(
			String externalReferenceCode, long groupId)
		throws PortalException;

	/**
	 * Returns the training method matching the UUID and group.
	 *
	 * @param uuid the training method's UUID
	 * @param groupId the primary key of the group
	 * @return the matching training method
	 * @throws PortalException if a matching training method could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public TrainingMethod getTrainingMethodByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException;

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TrainingMethod> getTrainingMethods(int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TrainingMethod> getTrainingMethods(
		long groupId, int status, int start, int end);

	/**
	 * Returns all the training methods matching the UUID and company.
	 *
	 * @param uuid the UUID of the training methods
	 * @param companyId the primary key of the company
	 * @return the matching training methods, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TrainingMethod> getTrainingMethodsByUuidAndCompanyId(
		String uuid, long companyId);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TrainingMethod> getTrainingMethodsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator);

	/**
	 * Returns the number of training methods.
	 *
	 * @return the number of training methods
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getTrainingMethodsCount();

	/**
	 * @return the site's methods, active or archived
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getTrainingMethodsCount(long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getTrainingMethodsCount(long groupId, int status);

	/**
	 * The coordinators' list of a site's training methods, a page at a time.
	 *
	 * @param keywords words that must each occur in the name, in any language, or null
	 * @param status WorkflowConstants.STATUS_APPROVED (active), STATUS_INACTIVE (archived) or STATUS_ANY
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 * @param orderByComparator the order, or null for the order of creation
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TrainingMethod> searchTrainingMethods(
		long groupId, String keywords, int status,
		Predicate permissionPredicate, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int searchTrainingMethodsCount(
		long groupId, String keywords, int status,
		Predicate permissionPredicate);

	public TrainingMethod updateStatus(
			long userId, long trainingMethodId, int status)
		throws PortalException;

	public TrainingMethod updateTrainingMethod(
			long trainingMethodId, Map<Locale, String> nameMap,
			Map<Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			ServiceContext serviceContext)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public TrainingMethod updateTrainingMethod(TrainingMethod trainingMethod);

}