/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

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

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.model.CourseSession;

/**
 * Provides the local service interface for CourseInterest. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see CourseInterestLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface CourseInterestLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.training.service.impl.CourseInterestLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the course interest local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link CourseInterestLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Adds the course interest to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CourseInterestLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param courseInterest the course interest
	 * @return the course interest that was added
	 */
	@Indexable(type = IndexableType.REINDEX)
	public CourseInterest addCourseInterest(CourseInterest courseInterest);

	public CourseInterest addCourseInterest(long userId, long courseId)
		throws PortalException;

	/**
	 * Creates a new course interest with the primary key. Does not add the course interest to the database.
	 *
	 * @param courseInterestId the primary key for the new course interest
	 * @return the new course interest
	 */
	@Transactional(enabled = false)
	public CourseInterest createCourseInterest(long courseInterestId);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Deletes the course interest from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CourseInterestLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param courseInterest the course interest
	 * @return the course interest that was removed
	 */
	@Indexable(type = IndexableType.DELETE)
	public CourseInterest deleteCourseInterest(CourseInterest courseInterest);

	/**
	 * Deletes the course interest with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CourseInterestLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param courseInterestId the primary key of the course interest
	 * @return the course interest that was removed
	 * @throws PortalException if a course interest with the primary key could not be found
	 */
	@Indexable(type = IndexableType.DELETE)
	public CourseInterest deleteCourseInterest(long courseInterestId)
		throws PortalException;

	public CourseInterest deleteCourseInterest(long userId, long courseId)
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.CourseInterestModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.CourseInterestModelImpl</code>.
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
	public CourseInterest fetchCourseInterest(long courseInterestId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CourseInterest fetchCourseInterest(long userId, long courseId);

	/**
	 * Returns the course interest matching the UUID and group.
	 *
	 * @param uuid the course interest's UUID
	 * @param groupId the primary key of the group
	 * @return the matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CourseInterest fetchCourseInterestByUuidAndGroupId(
		String uuid, long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	/**
	 * Returns the course interest with the primary key.
	 *
	 * @param courseInterestId the primary key of the course interest
	 * @return the course interest
	 * @throws PortalException if a course interest with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CourseInterest getCourseInterest(long courseInterestId)
		throws PortalException;

	/**
	 * Returns the course interest matching the UUID and group.
	 *
	 * @param uuid the course interest's UUID
	 * @param groupId the primary key of the group
	 * @return the matching course interest
	 * @throws PortalException if a matching course interest could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CourseInterest getCourseInterestByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException;

	/**
	 * Returns a range of all the course interests.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.CourseInterestModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @return the range of course interests
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseInterest> getCourseInterests(int start, int end);

	/**
	 * Everyone on the course's interest list, whatever became of them (waiting, told, booked), longest waiting
	 * first.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseInterest> getCourseInterests(
		long courseId, int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseInterest> getCourseInterests(
		long courseId, int status, int start, int end);

	/**
	 * Returns all the course interests matching the UUID and company.
	 *
	 * @param uuid the UUID of the course interests
	 * @param companyId the primary key of the company
	 * @return the matching course interests, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseInterest> getCourseInterestsByUuidAndCompanyId(
		String uuid, long companyId);

	/**
	 * Returns a range of course interests matching the UUID and company.
	 *
	 * @param uuid the UUID of the course interests
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of course interests
	 * @param end the upper bound of the range of course interests (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching course interests, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseInterest> getCourseInterestsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<CourseInterest> orderByComparator);

	/**
	 * Returns the number of course interests.
	 *
	 * @return the number of course interests
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCourseInterestsCount();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCourseInterestsCount(long courseId);

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

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseInterest> getUserCourseInterests(long userId);

	/**
	 * Tells, or books, the people waiting for a session of the course. Someone who cannot be booked (not in
	 * the session's audience, say) is told instead, so nobody on the list is forgotten.
	 */
	public int notifyInterested(CourseSession courseSession)
		throws PortalException;

	/**
	 * Updates the course interest in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CourseInterestLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param courseInterest the course interest
	 * @return the course interest that was updated
	 */
	@Indexable(type = IndexableType.REINDEX)
	public CourseInterest updateCourseInterest(CourseInterest courseInterest);

}