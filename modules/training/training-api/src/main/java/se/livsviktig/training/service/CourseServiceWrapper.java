/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link CourseService}.
 *
 * @author Livsviktig
 * @see CourseService
 * @generated
 */
public class CourseServiceWrapper
	implements CourseService, ServiceWrapper<CourseService> {

	public CourseServiceWrapper() {
		this(null);
	}

	public CourseServiceWrapper(CourseService courseService) {
		_courseService = courseService;
	}

	@Override
	public se.livsviktig.training.model.Course addCourse(
			long groupId, long trainingMethodId,
			java.util.Map<java.util.Locale, String> titleMap,
			java.util.Map<java.util.Locale, String> descriptionMap,
			java.util.Map<java.util.Locale, String> targetAudienceMap,
			double durationHours, boolean autoBookInterested,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseService.addCourse(
			groupId, trainingMethodId, titleMap, descriptionMap,
			targetAudienceMap, durationHours, autoBookInterested,
			serviceContext);
	}

	@Override
	public se.livsviktig.training.model.Course deleteCourse(long courseId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseService.deleteCourse(courseId);
	}

	@Override
	public se.livsviktig.training.model.Course getCourse(long courseId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseService.getCourse(courseId);
	}

	/**
	 * The site's courses of a status that the caller may view; archived courses only to those who may update
	 * them.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.Course> getCourses(
		long groupId, int status, int start, int end) {

		return _courseService.getCourses(groupId, status, start, end);
	}

	@Override
	public int getCoursesCount(long groupId, int status) {
		return _courseService.getCoursesCount(groupId, status);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _courseService.getOSGiServiceIdentifier();
	}

	/**
	 * The site's published courses the caller may view that have no upcoming published session.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.Course>
		getUnscheduledCourses(long groupId, int start, int end) {

		return _courseService.getUnscheduledCourses(groupId, start, end);
	}

	/**
	 * The coordinators' list: the site's courses the caller may view, archived ones only when the caller may
	 * update them, filtered by the database.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.Course> searchCourses(
		long groupId, String keywords, int status, long trainingMethodId,
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator
			<se.livsviktig.training.model.Course> orderByComparator) {

		return _courseService.searchCourses(
			groupId, keywords, status, trainingMethodId, start, end,
			orderByComparator);
	}

	@Override
	public int searchCoursesCount(
		long groupId, String keywords, int status, long trainingMethodId) {

		return _courseService.searchCoursesCount(
			groupId, keywords, status, trainingMethodId);
	}

	@Override
	public se.livsviktig.training.model.Course updateCourse(
			long courseId, long trainingMethodId,
			java.util.Map<java.util.Locale, String> titleMap,
			java.util.Map<java.util.Locale, String> descriptionMap,
			java.util.Map<java.util.Locale, String> targetAudienceMap,
			double durationHours, boolean autoBookInterested,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseService.updateCourse(
			courseId, trainingMethodId, titleMap, descriptionMap,
			targetAudienceMap, durationHours, autoBookInterested,
			serviceContext);
	}

	@Override
	public se.livsviktig.training.model.Course updateStatus(
			long courseId, int status)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseService.updateStatus(courseId, status);
	}

	@Override
	public CourseService getWrappedService() {
		return _courseService;
	}

	@Override
	public void setWrappedService(CourseService courseService) {
		_courseService = courseService;
	}

	private CourseService _courseService;

}