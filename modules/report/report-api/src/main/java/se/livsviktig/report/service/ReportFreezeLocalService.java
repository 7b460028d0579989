/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

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
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.period.ReportPeriod;

/**
 * Provides the local service interface for ReportFreeze. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see ReportFreezeLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface ReportFreezeLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.report.service.impl.ReportFreezeLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the report freeze local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link ReportFreezeLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Adds the report freeze to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportFreezeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportFreeze the report freeze
	 * @return the report freeze that was added
	 */
	@Indexable(type = IndexableType.REINDEX)
	public ReportFreeze addReportFreeze(ReportFreeze reportFreeze);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Creates a new report freeze with the primary key. Does not add the report freeze to the database.
	 *
	 * @param reportFreezeId the primary key for the new report freeze
	 * @return the new report freeze
	 */
	@Transactional(enabled = false)
	public ReportFreeze createReportFreeze(long reportFreezeId);

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

	/**
	 * Deletes the report freeze with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportFreezeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportFreezeId the primary key of the report freeze
	 * @return the report freeze that was removed
	 * @throws PortalException if a report freeze with the primary key could not be found
	 */
	@Indexable(type = IndexableType.DELETE)
	public ReportFreeze deleteReportFreeze(long reportFreezeId)
		throws PortalException;

	/**
	 * Deletes the report freeze from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportFreezeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportFreeze the report freeze
	 * @return the report freeze that was removed
	 */
	@Indexable(type = IndexableType.DELETE)
	public ReportFreeze deleteReportFreeze(ReportFreeze reportFreeze);

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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportFreezeModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportFreezeModelImpl</code>.
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
	public ReportFreeze fetchReportFreeze(long reportFreezeId);

	/**
	 * Returns the report freeze matching the UUID and group.
	 *
	 * @param uuid the report freeze's UUID
	 * @param groupId the primary key of the group
	 * @return the matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ReportFreeze fetchReportFreezeByUuidAndGroupId(
		String uuid, long groupId);

	/**
	 * Stores the period's figures as they are now, with who froze them and when. A freeze of one organisation
	 * stores its administrations' figures only, none of no administration (getFreezeFigures).
	 *
	 * @param organizationId 0 for every administration as registered, or the organisation whose children (each
	 with its subtree) the figures are grouped by
	 */
	public ReportFreeze freeze(
			long userId, long groupId, ReportPeriod reportPeriod,
			long organizationId, Date now)
		throws PortalException;

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
	 * Returns the report freeze with the primary key.
	 *
	 * @param reportFreezeId the primary key of the report freeze
	 * @return the report freeze
	 * @throws PortalException if a report freeze with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ReportFreeze getReportFreeze(long reportFreezeId)
		throws PortalException;

	/**
	 * Returns the report freeze matching the UUID and group.
	 *
	 * @param uuid the report freeze's UUID
	 * @param groupId the primary key of the group
	 * @return the matching report freeze
	 * @throws PortalException if a matching report freeze could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ReportFreeze getReportFreezeByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException;

	/**
	 * Returns a range of all the report freezes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @return the range of report freezes
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReportFreeze> getReportFreezes(int start, int end);

	/**
	 * Returns all the report freezes matching the UUID and company.
	 *
	 * @param uuid the UUID of the report freezes
	 * @param companyId the primary key of the company
	 * @return the matching report freezes, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReportFreeze> getReportFreezesByUuidAndCompanyId(
		String uuid, long companyId);

	/**
	 * Returns a range of report freezes matching the UUID and company.
	 *
	 * @param uuid the UUID of the report freezes
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching report freezes, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ReportFreeze> getReportFreezesByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<ReportFreeze> orderByComparator);

	/**
	 * Returns the number of report freezes.
	 *
	 * @return the number of report freezes
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getReportFreezesCount();

	/**
	 * Withdraws a freeze: its figures stay stored, and the freeze records who withdrew it, when and why, so a
	 * report's history never loses what was sent.
	 */
	public ReportFreeze unfreeze(
			long userId, long reportFreezeId, String reason, Date now)
		throws PortalException;

	/**
	 * Updates the report freeze in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportFreezeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportFreeze the report freeze
	 * @return the report freeze that was updated
	 */
	@Indexable(type = IndexableType.REINDEX)
	public ReportFreeze updateReportFreeze(ReportFreeze reportFreeze);

}