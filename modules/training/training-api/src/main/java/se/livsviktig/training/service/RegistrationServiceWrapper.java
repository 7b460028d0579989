/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link RegistrationService}.
 *
 * @author Livsviktig
 * @see RegistrationService
 * @generated
 */
public class RegistrationServiceWrapper
	implements RegistrationService, ServiceWrapper<RegistrationService> {

	public RegistrationServiceWrapper() {
		this(null);
	}

	public RegistrationServiceWrapper(RegistrationService registrationService) {
		_registrationService = registrationService;
	}

	@Override
	public se.livsviktig.training.model.Registration acceptOffer(
			long registrationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.acceptOffer(registrationId);
	}

	/**
	 * The caller registers themselves on a session they can see.
	 */
	@Override
	public se.livsviktig.training.model.Registration addRegistration(
			long courseSessionId, long organizationId, String motivation,
			String dietaryNeeds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.addRegistration(
			courseSessionId, organizationId, motivation, dietaryNeeds,
			serviceContext);
	}

	/**
	 * The caller registers a colleague: REGISTER_OTHERS on the site, or MANAGE_PARTICIPANTS on the session.
	 */
	@Override
	public se.livsviktig.training.model.Registration addRegistrationForUser(
			long userId, long courseSessionId, long organizationId,
			String motivation, String dietaryNeeds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.addRegistrationForUser(
			userId, courseSessionId, organizationId, motivation, dietaryNeeds,
			serviceContext);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
			addRegistrations(
				long[] userIds, long courseSessionId,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.addRegistrations(
			userIds, courseSessionId, serviceContext);
	}

	@Override
	public se.livsviktig.training.model.Registration approveRegistration(
			long registrationId, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.approveRegistration(
			registrationId, comment);
	}

	/**
	 * The participant cancels until the deadline; someone who may manage the session's participants cancels
	 * at any time, giving a reason after the deadline.
	 */
	@Override
	public se.livsviktig.training.model.Registration cancelRegistration(
			long registrationId, String reason)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.cancelRegistration(registrationId, reason);
	}

	@Override
	public se.livsviktig.training.model.Registration declineOffer(
			long registrationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.declineOffer(registrationId);
	}

	@Override
	public se.livsviktig.training.model.Registration declineRegistration(
			long registrationId, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.declineRegistration(
			registrationId, comment);
	}

	/**
	 * The caller's active registration on the session, or null.
	 */
	@Override
	public se.livsviktig.training.model.Registration fetchMyRegistration(
			long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.fetchMyRegistration(courseSessionId);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
			getCourseSessionRegistrations(
				long courseSessionId, int[] statuses, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.getCourseSessionRegistrations(
			courseSessionId, statuses, start, end);
	}

	@Override
	public int getCourseSessionRegistrationsCount(
			long courseSessionId, int[] statuses)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.getCourseSessionRegistrationsCount(
			courseSessionId, statuses);
	}

	/**
	 * The caller's own organisations whose members' training they may see (APPROVE_REGISTRATION there or
	 * above): what the unit's training page offers to choose from.
	 */
	@Override
	public java.util.List<com.liferay.portal.kernel.model.Organization>
			getManagedOrganizations()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.getManagedOrganizations();
	}

	/**
	 * The caller's own registrations.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
			getMyRegistrations(int[] statuses, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.getMyRegistrations(statuses, start, end);
	}

	@Override
	public int getMyRegistrationsCount(int[] statuses)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.getMyRegistrationsCount(statuses);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _registrationService.getOSGiServiceIdentifier();
	}

	/**
	 * Requests waiting for the caller's approval: from the administrations where they hold
	 * APPROVE_REGISTRATION.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
			getPendingApprovals(int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.getPendingApprovals(start, end);
	}

	@Override
	public int getPendingApprovalsCount()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.getPendingApprovalsCount();
	}

	@Override
	public se.livsviktig.training.model.Registration getRegistration(
			long registrationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.getRegistration(registrationId);
	}

	/**
	 * The registration's calendar file (.ics), as its confirmation carried it: the same UID, the current
	 * SEQUENCE. Null when the registration has no place in a calendar.
	 */
	@Override
	public String getRegistrationCalendar(long registrationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.getRegistrationCalendar(registrationId);
	}

	/**
	 * The training of an organisation's members and of every unit under it, per member and method: for someone
	 * who may approve registrations there or above it.
	 *
	 * @param trainingMethodId the method to show, or 0 for every method
	 */
	@Override
	public java.util.List<se.livsviktig.training.registration.MemberTraining>
			getUnitTraining(long organizationId, long trainingMethodId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.getUnitTraining(
			organizationId, trainingMethodId);
	}

	@Override
	public int getWaitlistPosition(long registrationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.getWaitlistPosition(registrationId);
	}

	/**
	 * Checks a coordinator's list of people for a session and, unless it is a dry run and when every line is
	 * valid, registers them all.
	 */
	@Override
	public se.livsviktig.training.registration.RegistrationImportReport
			importRegistrations(
				long courseSessionId, String csv, boolean dryRun,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.importRegistrations(
			courseSessionId, csv, dryRun, serviceContext);
	}

	/**
	 * E-mails some of a session's participants: MANAGE_PARTICIPANTS on the session.
	 */
	@Override
	public int messageParticipants(
			long courseSessionId, long[] registrationIds, String subject,
			String body)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.messageParticipants(
			courseSessionId, registrationIds, subject, body);
	}

	/**
	 * Moves a person to another session of the same course: MANAGE_PARTICIPANTS on both sessions.
	 */
	@Override
	public se.livsviktig.training.model.Registration moveRegistration(
			long registrationId, long targetCourseSessionId, String reason)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.moveRegistration(
			registrationId, targetCourseSessionId, reason);
	}

	/**
	 * Moves a waitlisted person in the line: MANAGE_PARTICIPANTS on the session.
	 */
	@Override
	public se.livsviktig.training.model.Registration moveWaitlistPosition(
			long registrationId, int newPosition, String reason)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationService.moveWaitlistPosition(
			registrationId, newPosition, reason);
	}

	@Override
	public RegistrationService getWrappedService() {
		return _registrationService;
	}

	@Override
	public void setWrappedService(RegistrationService registrationService) {
		_registrationService = registrationService;
	}

	private RegistrationService _registrationService;

}