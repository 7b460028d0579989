/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.training.model.Registration;

/**
 * Provides the remote service utility for Registration. This utility wraps
 * <code>se.livsviktig.training.service.impl.RegistrationServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see RegistrationService
 * @generated
 */
public class RegistrationServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.training.service.impl.RegistrationServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static Registration acceptOffer(long registrationId)
		throws PortalException {

		return getService().acceptOffer(registrationId);
	}

	/**
	 * The caller registers themselves on a session they can see.
	 */
	public static Registration addRegistration(
			long courseSessionId, long organizationId, String motivation,
			String dietaryNeeds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addRegistration(
			courseSessionId, organizationId, motivation, dietaryNeeds,
			serviceContext);
	}

	/**
	 * The caller registers a colleague: REGISTER_OTHERS on the site, or MANAGE_PARTICIPANTS on the session.
	 */
	public static Registration addRegistrationForUser(
			long userId, long courseSessionId, long organizationId,
			String motivation, String dietaryNeeds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addRegistrationForUser(
			userId, courseSessionId, organizationId, motivation, dietaryNeeds,
			serviceContext);
	}

	public static List<Registration> addRegistrations(
			long[] userIds, long courseSessionId,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addRegistrations(
			userIds, courseSessionId, serviceContext);
	}

	public static Registration approveRegistration(
			long registrationId, String comment)
		throws PortalException {

		return getService().approveRegistration(registrationId, comment);
	}

	/**
	 * The participant cancels until the deadline; someone who may manage the session's participants cancels
	 * at any time, giving a reason after the deadline.
	 */
	public static Registration cancelRegistration(
			long registrationId, String reason)
		throws PortalException {

		return getService().cancelRegistration(registrationId, reason);
	}

	public static Registration declineOffer(long registrationId)
		throws PortalException {

		return getService().declineOffer(registrationId);
	}

	public static Registration declineRegistration(
			long registrationId, String comment)
		throws PortalException {

		return getService().declineRegistration(registrationId, comment);
	}

	/**
	 * The caller's active registration on the session, or null.
	 */
	public static Registration fetchMyRegistration(long courseSessionId)
		throws PortalException {

		return getService().fetchMyRegistration(courseSessionId);
	}

	public static List<Registration> getCourseSessionRegistrations(
			long courseSessionId, int[] statuses, int start, int end)
		throws PortalException {

		return getService().getCourseSessionRegistrations(
			courseSessionId, statuses, start, end);
	}

	public static int getCourseSessionRegistrationsCount(
			long courseSessionId, int[] statuses)
		throws PortalException {

		return getService().getCourseSessionRegistrationsCount(
			courseSessionId, statuses);
	}

	/**
	 * The caller's own organisations whose members' training they may see (APPROVE_REGISTRATION there or
	 * above): what the unit's training page offers to choose from.
	 */
	public static List<com.liferay.portal.kernel.model.Organization>
			getManagedOrganizations()
		throws PortalException {

		return getService().getManagedOrganizations();
	}

	/**
	 * The caller's own registrations.
	 */
	public static List<Registration> getMyRegistrations(
			int[] statuses, int start, int end)
		throws PortalException {

		return getService().getMyRegistrations(statuses, start, end);
	}

	public static int getMyRegistrationsCount(int[] statuses)
		throws PortalException {

		return getService().getMyRegistrationsCount(statuses);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * Requests waiting for the caller's approval: from the administrations where they hold
	 * APPROVE_REGISTRATION.
	 */
	public static List<Registration> getPendingApprovals(int start, int end)
		throws PortalException {

		return getService().getPendingApprovals(start, end);
	}

	public static int getPendingApprovalsCount() throws PortalException {
		return getService().getPendingApprovalsCount();
	}

	public static Registration getRegistration(long registrationId)
		throws PortalException {

		return getService().getRegistration(registrationId);
	}

	/**
	 * The registration's calendar file (.ics), as its confirmation carried it: the same UID, the current
	 * SEQUENCE. Null when the registration has no place in a calendar.
	 */
	public static String getRegistrationCalendar(long registrationId)
		throws PortalException {

		return getService().getRegistrationCalendar(registrationId);
	}

	/**
	 * The training of an organisation's members and of every unit under it, per member and method: for someone
	 * who may approve registrations there or above it.
	 *
	 * @param trainingMethodId the method to show, or 0 for every method
	 */
	public static List<se.livsviktig.training.registration.MemberTraining>
			getUnitTraining(long organizationId, long trainingMethodId)
		throws PortalException {

		return getService().getUnitTraining(organizationId, trainingMethodId);
	}

	public static int getWaitlistPosition(long registrationId)
		throws PortalException {

		return getService().getWaitlistPosition(registrationId);
	}

	/**
	 * Checks a coordinator's list of people for a session and, unless it is a dry run and when every line is
	 * valid, registers them all.
	 */
	public static se.livsviktig.training.registration.RegistrationImportReport
			importRegistrations(
				long courseSessionId, String csv, boolean dryRun,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().importRegistrations(
			courseSessionId, csv, dryRun, serviceContext);
	}

	/**
	 * E-mails some of a session's participants: MANAGE_PARTICIPANTS on the session.
	 */
	public static int messageParticipants(
			long courseSessionId, long[] registrationIds, String subject,
			String body)
		throws PortalException {

		return getService().messageParticipants(
			courseSessionId, registrationIds, subject, body);
	}

	/**
	 * Moves a person to another session of the same course: MANAGE_PARTICIPANTS on both sessions.
	 */
	public static Registration moveRegistration(
			long registrationId, long targetCourseSessionId, String reason)
		throws PortalException {

		return getService().moveRegistration(
			registrationId, targetCourseSessionId, reason);
	}

	/**
	 * Moves a waitlisted person in the line: MANAGE_PARTICIPANTS on the session.
	 */
	public static Registration moveWaitlistPosition(
			long registrationId, int newPosition, String reason)
		throws PortalException {

		return getService().moveWaitlistPosition(
			registrationId, newPosition, reason);
	}

	public static RegistrationService getService() {
		return _service;
	}

	public static void setService(RegistrationService service) {
		_service = service;
	}

	private static volatile RegistrationService _service;

}