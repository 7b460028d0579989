/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service;

import com.liferay.asset.kernel.model.AssetVocabulary;
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
import java.util.Locale;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.careprogram.model.CareProgram;

/**
 * Provides the local service interface for CareProgram. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see CareProgramLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface CareProgramLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.careprogram.service.impl.CareProgramLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the care program local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link CareProgramLocalServiceUtil} if injection and service tracking are not available.
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
	@Indexable(type = IndexableType.REINDEX)
	public CareProgram addCareProgram(CareProgram careProgram);

	public CareProgram addCareProgram(
			long userId, long groupId, Map<Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * The seed button: a programme per national programme (name and link, careprogram-service's
	 * national-programs.tsv) that the site has none of by that link yet, without a summary article, owned by the
	 * person who pressed it. Pressing it again adds nothing, and adds only what is new after the list changed.
	 *
	 * @return the programmes added
	 */
	public List<CareProgram> addNationalCarePrograms(
			long userId, long groupId, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * "Still correct": sets last reviewed (now, by whom), the next due date one interval later, and logs it with
	 * the summary article's current version, in the same transaction.
	 */
	public CareProgram confirmCareProgramReview(
			long userId, long careProgramId, String comment)
		throws PortalException;

	/**
	 * Creates a new care program with the primary key. Does not add the care program to the database.
	 *
	 * @param careProgramId the primary key for the new care program
	 * @return the new care program
	 */
	@Transactional(enabled = false)
	public CareProgram createCareProgram(long careProgramId);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public CareProgram deleteCareProgram(CareProgram careProgram)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public CareProgram deleteCareProgram(long careProgramId)
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.careprogram.model.impl.CareProgramModelImpl</code>.
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
	public CareProgram fetchCareProgram(long careProgramId);

	/**
	 * Returns the care program matching the UUID and group.
	 *
	 * @param uuid the care program's UUID
	 * @param groupId the primary key of the group
	 * @return the matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CareProgram fetchCareProgramByUuidAndGroupId(
		String uuid, long groupId);

	/**
	 * @return the site's "Målgrupp" vocabulary, or null while nobody who manages programmes has caused it to exist
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public AssetVocabulary fetchTargetGroupVocabulary(long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	/**
	 * Returns the care program with the primary key.
	 *
	 * @param careProgramId the primary key of the care program
	 * @return the care program
	 * @throws PortalException if a care program with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CareProgram getCareProgram(long careProgramId)
		throws PortalException;

	/**
	 * Returns the care program matching the UUID and group.
	 *
	 * @param uuid the care program's UUID
	 * @param groupId the primary key of the group
	 * @return the matching care program
	 * @throws PortalException if a matching care program could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CareProgram getCareProgramByUuidAndGroupId(String uuid, long groupId)
		throws PortalException;

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CareProgram> getCarePrograms(int start, int end);

	/**
	 * Returns all the care programs matching the UUID and company.
	 *
	 * @param uuid the UUID of the care programs
	 * @param companyId the primary key of the company
	 * @return the matching care programs, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CareProgram> getCareProgramsByUuidAndCompanyId(
		String uuid, long companyId);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CareProgram> getCareProgramsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator);

	/**
	 * Returns the number of care programs.
	 *
	 * @return the number of care programs
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCareProgramsCount();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long[] getContactUserIds(long careProgramId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ExportActionableDynamicQuery getExportActionableDynamicQuery(
		PortletDataContext portletDataContext);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CareProgram> getGroupCarePrograms(
		long groupId, int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getGroupCareProgramsCount(long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long[] getMethodIds(long careProgramId);

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

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long[] getTargetGroupCategoryIds(long careProgramId);

	/**
	 * @return the site's "Målgrupp" vocabulary, created on the first call
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public AssetVocabulary getTargetGroupVocabulary(long userId, long groupId)
		throws PortalException;

	/**
	 * The programme list's page (CareProgramListQuery): its filters and the caller's permission condition, in the
	 * order the programmes were added, in one statement.
	 *
	 * @param reviewState an ordinal of ReviewState, or -1 for any
	 * @param permissionPredicate what the caller may view, from the remote service, or null for every programme
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CareProgram> searchCarePrograms(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState, Predicate permissionPredicate,
			int start, int end)
		throws PortalException;

	/**
	 * @return the number of rows of every page of searchCarePrograms with the same arguments
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int searchCareProgramsCount(
			long groupId, String keywords, long targetGroupCategoryId,
			long organizationId, int reviewState, Predicate permissionPredicate)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public CareProgram updateCareProgram(CareProgram careProgram);

	public CareProgram updateCareProgram(
			long userId, long careProgramId, Map<Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds)
		throws PortalException;

}