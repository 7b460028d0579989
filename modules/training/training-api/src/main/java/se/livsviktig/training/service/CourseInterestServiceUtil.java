/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.training.model.CourseInterest;

/**
 * Provides the remote service utility for CourseInterest. This utility wraps
 * <code>se.livsviktig.training.service.impl.CourseInterestServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see CourseInterestService
 * @generated
 */
public class CourseInterestServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.training.service.impl.CourseInterestServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static CourseInterest addCourseInterest(long courseId)
		throws PortalException {

		return getService().addCourseInterest(courseId);
	}

	public static CourseInterest deleteCourseInterest(long courseId)
		throws PortalException {

		return getService().deleteCourseInterest(courseId);
	}

	/**
	 * A course's interest list, for whoever may edit the course (its coordinators): who waits is theirs to
	 * plan for, not for everyone who may see the course.
	 */
	public static List<CourseInterest> getCourseInterests(
			long courseId, int start, int end)
		throws PortalException {

		return getService().getCourseInterests(courseId, start, end);
	}

	public static int getCourseInterestsCount(long courseId)
		throws PortalException {

		return getService().getCourseInterestsCount(courseId);
	}

	public static List<CourseInterest> getMyCourseInterests()
		throws PortalException {

		return getService().getMyCourseInterests();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static CourseInterestService getService() {
		return _service;
	}

	public static void setService(CourseInterestService service) {
		_service = service;
	}

	private static volatile CourseInterestService _service;

}