/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.training.model.Attendance;

/**
 * Provides the remote service utility for Attendance. This utility wraps
 * <code>se.livsviktig.training.service.impl.AttendanceServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see AttendanceService
 * @generated
 */
public class AttendanceServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.training.service.impl.AttendanceServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static Attendance checkIn(long courseSessionId, String code)
		throws PortalException {

		return getService().checkIn(courseSessionId, code);
	}

	/**
	 * The session's dates with their self check-in codes, for those who may mark attendance on it (its
	 * accepted instructors, coordinators) and nobody else: a code shown to a participant would let them check
	 * in without being there.
	 */
	public static List<se.livsviktig.training.model.SessionDate>
			getCheckInSessionDates(long courseSessionId)
		throws PortalException {

		return getService().getCheckInSessionDates(courseSessionId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static List<Attendance> getSessionDateAttendances(long sessionDateId)
		throws PortalException {

		return getService().getSessionDateAttendances(sessionDateId);
	}

	public static Attendance markAttendance(
			long sessionDateId, long registrationId, boolean present)
		throws PortalException {

		return getService().markAttendance(
			sessionDateId, registrationId, present);
	}

	public static List<Attendance> markAttendances(
			long sessionDateId, long[] presentRegistrationIds,
			long[] absentRegistrationIds)
		throws PortalException {

		return getService().markAttendances(
			sessionDateId, presentRegistrationIds, absentRegistrationIds);
	}

	public static AttendanceService getService() {
		return _service;
	}

	public static void setService(AttendanceService service) {
		_service = service;
	}

	private static volatile AttendanceService _service;

}