/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CourseInterestLocalService}.
 *
 * @author Livsviktig
 * @see CourseInterestLocalService
 * @generated
 */
public class CourseInterestLocalServiceWrapper
	implements CourseInterestLocalService,
			   ServiceWrapper<CourseInterestLocalService> {

	public CourseInterestLocalServiceWrapper() {
		this(null);
	}

	public CourseInterestLocalServiceWrapper(
		CourseInterestLocalService courseInterestLocalService) {

		_courseInterestLocalService = courseInterestLocalService;
	}

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
	@Override
	public se.livsviktig.training.model.CourseInterest addCourseInterest(
		se.livsviktig.training.model.CourseInterest courseInterest) {

		return _courseInterestLocalService.addCourseInterest(courseInterest);
	}

	@Override
	public se.livsviktig.training.model.CourseInterest addCourseInterest(
			long userId, long courseId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestLocalService.addCourseInterest(userId, courseId);
	}

	/**
	 * Creates a new course interest with the primary key. Does not add the course interest to the database.
	 *
	 * @param courseInterestId the primary key for the new course interest
	 * @return the new course interest
	 */
	@Override
	public se.livsviktig.training.model.CourseInterest createCourseInterest(
		long courseInterestId) {

		return _courseInterestLocalService.createCourseInterest(
			courseInterestId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestLocalService.createPersistedModel(primaryKeyObj);
	}

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
	@Override
	public se.livsviktig.training.model.CourseInterest deleteCourseInterest(
		se.livsviktig.training.model.CourseInterest courseInterest) {

		return _courseInterestLocalService.deleteCourseInterest(courseInterest);
	}

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
	@Override
	public se.livsviktig.training.model.CourseInterest deleteCourseInterest(
			long courseInterestId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestLocalService.deleteCourseInterest(
			courseInterestId);
	}

	@Override
	public se.livsviktig.training.model.CourseInterest deleteCourseInterest(
			long userId, long courseId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestLocalService.deleteCourseInterest(
			userId, courseId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _courseInterestLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _courseInterestLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _courseInterestLocalService.dynamicQuery();
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

		return _courseInterestLocalService.dynamicQuery(dynamicQuery);
	}

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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _courseInterestLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _courseInterestLocalService.dynamicQuery(
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

		return _courseInterestLocalService.dynamicQueryCount(dynamicQuery);
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

		return _courseInterestLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.training.model.CourseInterest fetchCourseInterest(
		long courseInterestId) {

		return _courseInterestLocalService.fetchCourseInterest(
			courseInterestId);
	}

	@Override
	public se.livsviktig.training.model.CourseInterest fetchCourseInterest(
		long userId, long courseId) {

		return _courseInterestLocalService.fetchCourseInterest(
			userId, courseId);
	}

	/**
	 * Returns the course interest matching the UUID and group.
	 *
	 * @param uuid the course interest's UUID
	 * @param groupId the primary key of the group
	 * @return the matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	@Override
	public se.livsviktig.training.model.CourseInterest
		fetchCourseInterestByUuidAndGroupId(String uuid, long groupId) {

		return _courseInterestLocalService.fetchCourseInterestByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _courseInterestLocalService.getActionableDynamicQuery();
	}

	/**
	 * Returns the course interest with the primary key.
	 *
	 * @param courseInterestId the primary key of the course interest
	 * @return the course interest
	 * @throws PortalException if a course interest with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.CourseInterest getCourseInterest(
			long courseInterestId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestLocalService.getCourseInterest(courseInterestId);
	}

	/**
	 * Returns the course interest matching the UUID and group.
	 *
	 * @param uuid the course interest's UUID
	 * @param groupId the primary key of the group
	 * @return the matching course interest
	 * @throws PortalException if a matching course interest could not be found
	 */
	@Override
	public se.livsviktig.training.model.CourseInterest
			getCourseInterestByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestLocalService.getCourseInterestByUuidAndGroupId(
			uuid, groupId);
	}

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
	@Override
	public java.util.List<se.livsviktig.training.model.CourseInterest>
		getCourseInterests(int start, int end) {

		return _courseInterestLocalService.getCourseInterests(start, end);
	}

	/**
	 * Everyone on the course's interest list, whatever became of them (waiting, told, booked), longest waiting
	 * first.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.CourseInterest>
		getCourseInterests(long courseId, int start, int end) {

		return _courseInterestLocalService.getCourseInterests(
			courseId, start, end);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.CourseInterest>
		getCourseInterests(long courseId, int status, int start, int end) {

		return _courseInterestLocalService.getCourseInterests(
			courseId, status, start, end);
	}

	/**
	 * Returns all the course interests matching the UUID and company.
	 *
	 * @param uuid the UUID of the course interests
	 * @param companyId the primary key of the company
	 * @return the matching course interests, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.CourseInterest>
		getCourseInterestsByUuidAndCompanyId(String uuid, long companyId) {

		return _courseInterestLocalService.getCourseInterestsByUuidAndCompanyId(
			uuid, companyId);
	}

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
	@Override
	public java.util.List<se.livsviktig.training.model.CourseInterest>
		getCourseInterestsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.training.model.CourseInterest>
					orderByComparator) {

		return _courseInterestLocalService.getCourseInterestsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of course interests.
	 *
	 * @return the number of course interests
	 */
	@Override
	public int getCourseInterestsCount() {
		return _courseInterestLocalService.getCourseInterestsCount();
	}

	@Override
	public int getCourseInterestsCount(long courseId) {
		return _courseInterestLocalService.getCourseInterestsCount(courseId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _courseInterestLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _courseInterestLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _courseInterestLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestLocalService.getPersistedModel(primaryKeyObj);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.CourseInterest>
		getUserCourseInterests(long userId) {

		return _courseInterestLocalService.getUserCourseInterests(userId);
	}

	/**
	 * Tells, or books, the people waiting for a session of the course. Someone who cannot be booked (not in
	 * the session's audience, say) is told instead, so nobody on the list is forgotten.
	 */
	@Override
	public int notifyInterested(
			se.livsviktig.training.model.CourseSession courseSession)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestLocalService.notifyInterested(courseSession);
	}

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
	@Override
	public se.livsviktig.training.model.CourseInterest updateCourseInterest(
		se.livsviktig.training.model.CourseInterest courseInterest) {

		return _courseInterestLocalService.updateCourseInterest(courseInterest);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _courseInterestLocalService.getBasePersistence();
	}

	@Override
	public CourseInterestLocalService getWrappedService() {
		return _courseInterestLocalService;
	}

	@Override
	public void setWrappedService(
		CourseInterestLocalService courseInterestLocalService) {

		_courseInterestLocalService = courseInterestLocalService;
	}

	private CourseInterestLocalService _courseInterestLocalService;

}