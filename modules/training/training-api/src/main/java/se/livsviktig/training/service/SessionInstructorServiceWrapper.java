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

	@Override
	public java.util.List<se.livsviktig.training.model.SessionInstructor>
			getCourseSessionInstructors(long courseSessionId, int[] statuses)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorService.getCourseSessionInstructors(
			courseSessionId, statuses);
	}

	/**
	 * The sessions the caller teaches or is invited to teach.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.SessionInstructor>
			getMySessionInstructors(int[] statuses, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorService.getMySessionInstructors(
			statuses, start, end);
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
	public se.livsviktig.training.model.SessionInstructor inviteInstructor(
			long courseSessionId, long instructorUserId, String message,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorService.inviteInstructor(
			courseSessionId, instructorUserId, message, serviceContext);
	}

	@Override
	public se.livsviktig.training.model.SessionInstructor respondToInvitation(
			long sessionInstructorId, boolean accept)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorService.respondToInvitation(
			sessionInstructorId, accept);
	}

	@Override
	public se.livsviktig.training.model.SessionInstructor withdrawInstructor(
			long sessionInstructorId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorService.withdrawInstructor(
			sessionInstructorId);
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