/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.jsonwebservice.JSONWebService;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.SessionDate;

/**
 * Provides the remote service interface for Attendance. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see AttendanceServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface AttendanceService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.training.service.impl.AttendanceServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the attendance remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link AttendanceServiceUtil} if injection and service tracking are not available.
	 */
	public Attendance checkIn(long courseSessionId, String code)
		throws PortalException;

	/**
	 * The session's dates with their self check-in codes, for those who may mark attendance on it (its
	 * accepted instructors, coordinators) and nobody else: a code shown to a participant would let them check
	 * in without being there.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SessionDate> getCheckInSessionDates(long courseSessionId)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Attendance> getSessionDateAttendances(long sessionDateId)
		throws PortalException;

	public Attendance markAttendance(
			long sessionDateId, long registrationId, boolean present)
		throws PortalException;

	public List<Attendance> markAttendances(
			long sessionDateId, long[] presentRegistrationIds,
			long[] absentRegistrationIds)
		throws PortalException;

}