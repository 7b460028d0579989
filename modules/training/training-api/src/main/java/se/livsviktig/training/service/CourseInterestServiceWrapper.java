/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link CourseInterestService}.
 *
 * @author Livsviktig
 * @see CourseInterestService
 * @generated
 */
public class CourseInterestServiceWrapper
	implements CourseInterestService, ServiceWrapper<CourseInterestService> {

	public CourseInterestServiceWrapper() {
		this(null);
	}

	public CourseInterestServiceWrapper(
		CourseInterestService courseInterestService) {

		_courseInterestService = courseInterestService;
	}

	@Override
	public se.livsviktig.training.model.CourseInterest addCourseInterest(
			long courseId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestService.addCourseInterest(courseId);
	}

	@Override
	public se.livsviktig.training.model.CourseInterest deleteCourseInterest(
			long courseId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestService.deleteCourseInterest(courseId);
	}

	/**
	 * A course's interest list, for whoever may edit the course (its coordinators): who waits is theirs to
	 * plan for, not for everyone who may see the course.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.CourseInterest>
			getCourseInterests(long courseId, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestService.getCourseInterests(courseId, start, end);
	}

	@Override
	public int getCourseInterestsCount(long courseId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestService.getCourseInterestsCount(courseId);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.CourseInterest>
			getMyCourseInterests()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseInterestService.getMyCourseInterests();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _courseInterestService.getOSGiServiceIdentifier();
	}

	@Override
	public CourseInterestService getWrappedService() {
		return _courseInterestService;
	}

	@Override
	public void setWrappedService(CourseInterestService courseInterestService) {
		_courseInterestService = courseInterestService;
	}

	private CourseInterestService _courseInterestService;

}