/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link AttendanceService}.
 *
 * @author Livsviktig
 * @see AttendanceService
 * @generated
 */
public class AttendanceServiceWrapper
	implements AttendanceService, ServiceWrapper<AttendanceService> {

	public AttendanceServiceWrapper() {
		this(null);
	}

	public AttendanceServiceWrapper(AttendanceService attendanceService) {
		_attendanceService = attendanceService;
	}

	@Override
	public se.livsviktig.training.model.Attendance checkIn(
			long courseSessionId, String code)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attendanceService.checkIn(courseSessionId, code);
	}

	/**
	 * The session's dates with their self check-in codes, for those who may mark attendance on it (its
	 * accepted instructors, coordinators) and nobody else: a code shown to a participant would let them check
	 * in without being there.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.SessionDate>
			getCheckInSessionDates(long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attendanceService.getCheckInSessionDates(courseSessionId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _attendanceService.getOSGiServiceIdentifier();
	}

	@Override
	public java.util.List<se.livsviktig.training.model.Attendance>
			getSessionDateAttendances(long sessionDateId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attendanceService.getSessionDateAttendances(sessionDateId);
	}

	@Override
	public se.livsviktig.training.model.Attendance markAttendance(
			long sessionDateId, long registrationId, boolean present)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attendanceService.markAttendance(
			sessionDateId, registrationId, present);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.Attendance>
			markAttendances(
				long sessionDateId, long[] presentRegistrationIds,
				long[] absentRegistrationIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _attendanceService.markAttendances(
			sessionDateId, presentRegistrationIds, absentRegistrationIds);
	}

	@Override
	public AttendanceService getWrappedService() {
		return _attendanceService;
	}

	@Override
	public void setWrappedService(AttendanceService attendanceService) {
		_attendanceService = attendanceService;
	}

	private AttendanceService _attendanceService;

}