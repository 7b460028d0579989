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

import se.livsviktig.training.model.CourseInterest;

/**
 * Provides the local service utility for CourseInterest. This utility wraps
 * <code>se.livsviktig.training.service.impl.CourseInterestLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see CourseInterestLocalService
 * @generated
 */
public class CourseInterestLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.training.service.impl.CourseInterestLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
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
	public static CourseInterest addCourseInterest(
		CourseInterest courseInterest) {

		return getService().addCourseInterest(courseInterest);
	}

	public static CourseInterest addCourseInterest(long userId, long courseId)
		throws PortalException {

		return getService().addCourseInterest(userId, courseId);
	}

	/**
	 * Creates a new course interest with the primary key. Does not add the course interest to the database.
	 *
	 * @param courseInterestId the primary key for the new course interest
	 * @return the new course interest
	 */
	public static CourseInterest createCourseInterest(long courseInterestId) {
		return getService().createCourseInterest(courseInterestId);
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
	 * Deletes the course interest from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CourseInterestLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param courseInterest the course interest
	 * @return the course interest that was removed
	 */
	public static CourseInterest deleteCourseInterest(
		CourseInterest courseInterest) {

		return getService().deleteCourseInterest(courseInterest);
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
	public static CourseInterest deleteCourseInterest(long courseInterestId)
		throws PortalException {

		return getService().deleteCourseInterest(courseInterestId);
	}

	public static CourseInterest deleteCourseInterest(
			long userId, long courseId)
		throws PortalException {

		return getService().deleteCourseInterest(userId, courseId);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.CourseInterestModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.CourseInterestModelImpl</code>.
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

	public static CourseInterest fetchCourseInterest(long courseInterestId) {
		return getService().fetchCourseInterest(courseInterestId);
	}

	public static CourseInterest fetchCourseInterest(
		long userId, long courseId) {

		return getService().fetchCourseInterest(userId, courseId);
	}

	/**
	 * Returns the course interest matching the UUID and group.
	 *
	 * @param uuid the course interest's UUID
	 * @param groupId the primary key of the group
	 * @return the matching course interest, or <code>null</code> if a matching course interest could not be found
	 */
	public static CourseInterest fetchCourseInterestByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchCourseInterestByUuidAndGroupId(uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * Returns the course interest with the primary key.
	 *
	 * @param courseInterestId the primary key of the course interest
	 * @return the course interest
	 * @throws PortalException if a course interest with the primary key could not be found
	 */
	public static CourseInterest getCourseInterest(long courseInterestId)
		throws PortalException {

		return getService().getCourseInterest(courseInterestId);
	}

	/**
	 * Returns the course interest matching the UUID and group.
	 *
	 * @param uuid the course interest's UUID
	 * @param groupId the primary key of the group
	 * @return the matching course interest
	 * @throws PortalException if a matching course interest could not be found
	 */
	public static CourseInterest getCourseInterestByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getCourseInterestByUuidAndGroupId(uuid, groupId);
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
	public static List<CourseInterest> getCourseInterests(int start, int end) {
		return getService().getCourseInterests(start, end);
	}

	/**
	 * Everyone on the course's interest list, whatever became of them (waiting, told, booked), longest waiting
	 * first.
	 */
	public static List<CourseInterest> getCourseInterests(
		long courseId, int start, int end) {

		return getService().getCourseInterests(courseId, start, end);
	}

	public static List<CourseInterest> getCourseInterests(
		long courseId, int status, int start, int end) {

		return getService().getCourseInterests(courseId, status, start, end);
	}

	/**
	 * Returns all the course interests matching the UUID and company.
	 *
	 * @param uuid the UUID of the course interests
	 * @param companyId the primary key of the company
	 * @return the matching course interests, or an empty list if no matches were found
	 */
	public static List<CourseInterest> getCourseInterestsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getCourseInterestsByUuidAndCompanyId(
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
	public static List<CourseInterest> getCourseInterestsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<CourseInterest> orderByComparator) {

		return getService().getCourseInterestsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of course interests.
	 *
	 * @return the number of course interests
	 */
	public static int getCourseInterestsCount() {
		return getService().getCourseInterestsCount();
	}

	public static int getCourseInterestsCount(long courseId) {
		return getService().getCourseInterestsCount(courseId);
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

	public static List<CourseInterest> getUserCourseInterests(long userId) {
		return getService().getUserCourseInterests(userId);
	}

	/**
	 * Tells, or books, the people waiting for a session of the course. Someone who cannot be booked (not in
	 * the session's audience, say) is told instead, so nobody on the list is forgotten.
	 */
	public static int notifyInterested(
			se.livsviktig.training.model.CourseSession courseSession)
		throws PortalException {

		return getService().notifyInterested(courseSession);
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
	public static CourseInterest updateCourseInterest(
		CourseInterest courseInterest) {

		return getService().updateCourseInterest(courseInterest);
	}

	public static CourseInterestLocalService getService() {
		return _service;
	}

	public static void setService(CourseInterestLocalService service) {
		_service = service;
	}

	private static volatile CourseInterestLocalService _service;

}