/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.jsonwebservice.JSONWebService;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.model.Registration;
import se.livsviktig.training.registration.MemberTraining;
import se.livsviktig.training.registration.RegistrationImportReport;

/**
 * Provides the remote service interface for Registration. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see RegistrationServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface RegistrationService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.training.service.impl.RegistrationServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the registration remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link RegistrationServiceUtil} if injection and service tracking are not available.
	 */
	public Registration acceptOffer(long registrationId) throws PortalException;

	/**
	 * The caller registers themselves on a session they can see.
	 */
	public Registration addRegistration(
			long courseSessionId, long organizationId, String motivation,
			String dietaryNeeds, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * The caller registers a colleague: REGISTER_OTHERS on the site, or MANAGE_PARTICIPANTS on the session.
	 */
	public Registration addRegistrationForUser(
			long userId, long courseSessionId, long organizationId,
			String motivation, String dietaryNeeds,
			ServiceContext serviceContext)
		throws PortalException;

	public List<Registration> addRegistrations(
			long[] userIds, long courseSessionId, ServiceContext serviceContext)
		throws PortalException;

	public Registration approveRegistration(long registrationId, String comment)
		throws PortalException;

	/**
	 * The participant cancels until the deadline; someone who may manage the session's participants cancels
	 * at any time, giving a reason after the deadline.
	 */
	public Registration cancelRegistration(long registrationId, String reason)
		throws PortalException;

	public Registration declineOffer(long registrationId)
		throws PortalException;

	public Registration declineRegistration(long registrationId, String comment)
		throws PortalException;

	/**
	 * The caller's active registration on the session, or null.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Registration fetchMyRegistration(long courseSessionId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Registration> getCourseSessionRegistrations(
			long courseSessionId, int[] statuses, int start, int end)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCourseSessionRegistrationsCount(
			long courseSessionId, int[] statuses)
		throws PortalException;

	/**
	 * The caller's own organisations whose members' training they may see (APPROVE_REGISTRATION there or
	 * above): what the unit's training page offers to choose from.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Organization> getManagedOrganizations() throws PortalException;

	/**
	 * The caller's own registrations.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Registration> getMyRegistrations(
			int[] statuses, int start, int end)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getMyRegistrationsCount(int[] statuses) throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * Requests waiting for the caller's approval: from the administrations where they hold
	 * APPROVE_REGISTRATION.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Registration> getPendingApprovals(int start, int end)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getPendingApprovalsCount() throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Registration getRegistration(long registrationId)
		throws PortalException;

	/**
	 * The registration's calendar file (.ics), as its confirmation carried it: the same UID, the current
	 * SEQUENCE. Null when the registration has no place in a calendar.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public String getRegistrationCalendar(long registrationId)
		throws PortalException;

	/**
	 * The training of an organisation's members and of every unit under it, per member and method: for someone
	 * who may approve registrations there or above it.
	 *
	 * @param trainingMethodId the method to show, or 0 for every method
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MemberTraining> getUnitTraining(
			long organizationId, long trainingMethodId)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getWaitlistPosition(long registrationId) throws PortalException;

	/**
	 * Checks a coordinator's list of people for a session and, unless it is a dry run and when every line is
	 * valid, registers them all.
	 */
	public RegistrationImportReport importRegistrations(
			long courseSessionId, String csv, boolean dryRun,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * E-mails some of a session's participants: MANAGE_PARTICIPANTS on the session.
	 */
	public int messageParticipants(
			long courseSessionId, long[] registrationIds, String subject,
			String body)
		throws PortalException;

	/**
	 * Moves a person to another session of the same course: MANAGE_PARTICIPANTS on both sessions.
	 */
	public Registration moveRegistration(
			long registrationId, long targetCourseSessionId, String reason)
		throws PortalException;

	/**
	 * Moves a waitlisted person in the line: MANAGE_PARTICIPANTS on the session.
	 */
	public Registration moveWaitlistPosition(
			long registrationId, int newPosition, String reason)
		throws PortalException;

}