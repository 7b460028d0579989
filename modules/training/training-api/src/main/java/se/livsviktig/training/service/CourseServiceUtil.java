/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.util.List;
import java.util.Map;

import se.livsviktig.training.model.Course;

/**
 * Provides the remote service utility for Course. This utility wraps
 * <code>se.livsviktig.training.service.impl.CourseServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see CourseService
 * @generated
 */
public class CourseServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.training.service.impl.CourseServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static Course addCourse(
			long groupId, long trainingMethodId,
			Map<java.util.Locale, String> titleMap,
			Map<java.util.Locale, String> descriptionMap,
			Map<java.util.Locale, String> targetAudienceMap,
			double durationHours, boolean autoBookInterested,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addCourse(
			groupId, trainingMethodId, titleMap, descriptionMap,
			targetAudienceMap, durationHours, autoBookInterested,
			serviceContext);
	}

	public static Course deleteCourse(long courseId) throws PortalException {
		return getService().deleteCourse(courseId);
	}

	public static Course getCourse(long courseId) throws PortalException {
		return getService().getCourse(courseId);
	}

	/**
	 * The site's courses of a status that the caller may view; archived courses only to those who may update
	 * them.
	 */
	public static List<Course> getCourses(
		long groupId, int status, int start, int end) {

		return getService().getCourses(groupId, status, start, end);
	}

	public static int getCoursesCount(long groupId, int status) {
		return getService().getCoursesCount(groupId, status);
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
	 * The site's published courses the caller may view that have no upcoming published session.
	 */
	public static List<Course> getUnscheduledCourses(
		long groupId, int start, int end) {

		return getService().getUnscheduledCourses(groupId, start, end);
	}

	/**
	 * The coordinators' list: the site's courses the caller may view, archived ones only when the caller may
	 * update them, filtered by the database.
	 */
	public static List<Course> searchCourses(
		long groupId, String keywords, int status, long trainingMethodId,
		int start, int end, OrderByComparator<Course> orderByComparator) {

		return getService().searchCourses(
			groupId, keywords, status, trainingMethodId, start, end,
			orderByComparator);
	}

	public static int searchCoursesCount(
		long groupId, String keywords, int status, long trainingMethodId) {

		return getService().searchCoursesCount(
			groupId, keywords, status, trainingMethodId);
	}

	public static Course updateCourse(
			long courseId, long trainingMethodId,
			Map<java.util.Locale, String> titleMap,
			Map<java.util.Locale, String> descriptionMap,
			Map<java.util.Locale, String> targetAudienceMap,
			double durationHours, boolean autoBookInterested,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateCourse(
			courseId, trainingMethodId, titleMap, descriptionMap,
			targetAudienceMap, durationHours, autoBookInterested,
			serviceContext);
	}

	public static Course updateStatus(long courseId, int status)
		throws PortalException {

		return getService().updateStatus(courseId, status);
	}

	public static CourseService getService() {
		return _service;
	}

	public static void setService(CourseService service) {
		_service = service;
	}

	private static volatile CourseService _service;

}