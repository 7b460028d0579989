/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link CourseSessionService}.
 *
 * @author Livsviktig
 * @see CourseSessionService
 * @generated
 */
public class CourseSessionServiceWrapper
	implements CourseSessionService, ServiceWrapper<CourseSessionService> {

	public CourseSessionServiceWrapper() {
		this(null);
	}

	public CourseSessionServiceWrapper(
		CourseSessionService courseSessionService) {

		_courseSessionService = courseSessionService;
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _courseSessionService.getOSGiServiceIdentifier();
	}

	@Override
	public CourseSessionService getWrappedService() {
		return _courseSessionService;
	}

	@Override
	public void setWrappedService(CourseSessionService courseSessionService) {
		_courseSessionService = courseSessionService;
	}

	private CourseSessionService _courseSessionService;

}