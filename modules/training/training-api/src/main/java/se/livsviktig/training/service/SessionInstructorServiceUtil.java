/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.training.model.SessionInstructor;

/**
 * Provides the remote service utility for SessionInstructor. This utility wraps
 * <code>se.livsviktig.training.service.impl.SessionInstructorServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see SessionInstructorService
 * @generated
 */
public class SessionInstructorServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.training.service.impl.SessionInstructorServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static List<SessionInstructor> getCourseSessionInstructors(
			long courseSessionId, int[] statuses)
		throws PortalException {

		return getService().getCourseSessionInstructors(
			courseSessionId, statuses);
	}

	/**
	 * The sessions the caller teaches or is invited to teach.
	 */
	public static List<SessionInstructor> getMySessionInstructors(
			int[] statuses, int start, int end)
		throws PortalException {

		return getService().getMySessionInstructors(statuses, start, end);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static SessionInstructor inviteInstructor(
			long courseSessionId, long instructorUserId, String message,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().inviteInstructor(
			courseSessionId, instructorUserId, message, serviceContext);
	}

	public static SessionInstructor respondToInvitation(
			long sessionInstructorId, boolean accept)
		throws PortalException {

		return getService().respondToInvitation(sessionInstructorId, accept);
	}

	public static SessionInstructor withdrawInstructor(long sessionInstructorId)
		throws PortalException {

		return getService().withdrawInstructor(sessionInstructorId);
	}

	public static SessionInstructorService getService() {
		return _service;
	}

	public static void setService(SessionInstructorService service) {
		_service = service;
	}

	private static volatile SessionInstructorService _service;

}