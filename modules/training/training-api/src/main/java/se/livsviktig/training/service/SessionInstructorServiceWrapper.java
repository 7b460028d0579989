/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link SessionInstructorService}.
 *
 * @author Livsviktig
 * @see SessionInstructorService
 * @generated
 */
public class SessionInstructorServiceWrapper
	implements ServiceWrapper<SessionInstructorService>,
			   SessionInstructorService {

	public SessionInstructorServiceWrapper() {
		this(null);
	}

	public SessionInstructorServiceWrapper(
		SessionInstructorService sessionInstructorService) {

		_sessionInstructorService = sessionInstructorService;
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _sessionInstructorService.getOSGiServiceIdentifier();
	}

	@Override
	public SessionInstructorService getWrappedService() {
		return _sessionInstructorService;
	}

	@Override
	public void setWrappedService(
		SessionInstructorService sessionInstructorService) {

		_sessionInstructorService = sessionInstructorService;
	}

	private SessionInstructorService _sessionInstructorService;

}