package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.internal.notification.NoticeContentFactory;
import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.internal.unit.ManagedUnits;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.registration.MemberTraining;
import se.livsviktig.training.registration.RegistrationImportReport;
import se.livsviktig.training.service.base.RegistrationServiceBaseImpl;

/**
 * Checks the caller's permission, then delegates to the local service.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvtraining",
		"json.web.service.context.path=Registration"
	},
	service = AopService.class
)
public class RegistrationServiceImpl extends RegistrationServiceBaseImpl {

	@Override
	public Registration acceptOffer(long registrationId) throws PortalException {
		_checkParticipant(registrationId);

		return registrationLocalService.acceptOffer(registrationId);
	}

	/**
	 * The caller registers themselves on a session they can see.
	 */
	@Override
	public Registration addRegistration(
			long courseSessionId, long organizationId, String motivation,
			String dietaryNeeds, ServiceContext serviceContext)
		throws PortalException {

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), courseSessionId, ActionKeys.VIEW);

		serviceContext.setUserId(getUserId());

		return registrationLocalService.addRegistration(
			getUserId(), courseSessionId, organizationId, motivation,
			dietaryNeeds, serviceContext);
	}

	/**
	 * The caller registers a colleague: REGISTER_OTHERS on the site, or MANAGE_PARTICIPANTS on the session.
	 */
	@Override
	public Registration addRegistrationForUser(
			long userId, long courseSessionId, long organizationId,
			String motivation, String dietaryNeeds,
			ServiceContext serviceContext)
		throws PortalException {

		_checkRegisterOthers(courseSessionId);

		serviceContext.setUserId(getUserId());

		return registrationLocalService.addRegistration(
			userId, courseSessionId, organizationId, motivation, dietaryNeeds,
			serviceContext);
	}

	@Override
	public List<Registration> addRegistrations(
			long[] userIds, long courseSessionId, ServiceContext serviceContext)
		throws PortalException {

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), courseSessionId,
			TrainingActionKeys.MANAGE_PARTICIPANTS);

		serviceContext.setUserId(getUserId());

		return registrationLocalService.addRegistrations(
			userIds, courseSessionId, serviceContext);
	}

	@Override
	public Registration approveRegistration(long registrationId, String comment)
		throws PortalException {

		_registrationModelResourcePermission.check(
			getPermissionChecker(), registrationId,
			TrainingActionKeys.APPROVE_REGISTRATION);

		return registrationLocalService.approveRegistration(
			registrationId, getUserId(), comment);
	}

	/**
	 * The participant cancels until the deadline; someone who may manage the session's participants cancels
	 * at any time, giving a reason after the deadline.
	 */
	@Override
	public Registration cancelRegistration(long registrationId, String reason)
		throws PortalException {

		Registration registration = registrationLocalService.getRegistration(
			registrationId);

		PermissionChecker permissionChecker = getPermissionChecker();

		boolean managesParticipants =
			_courseSessionModelResourcePermission.contains(
				permissionChecker, registration.getCourseSessionId(),
				TrainingActionKeys.MANAGE_PARTICIPANTS);

		if (!managesParticipants) {
			_registrationModelResourcePermission.check(
				permissionChecker, registration, ActionKeys.UPDATE);
		}

		return registrationLocalService.cancelRegistration(
			registrationId, getUserId(), reason, managesParticipants);
	}

	@Override
	public Registration declineOffer(long registrationId)
		throws PortalException {

		_checkParticipant(registrationId);

		return registrationLocalService.declineOffer(registrationId);
	}

	@Override
	public Registration declineRegistration(long registrationId, String comment)
		throws PortalException {

		_registrationModelResourcePermission.check(
			getPermissionChecker(), registrationId,
			TrainingActionKeys.APPROVE_REGISTRATION);

		return registrationLocalService.declineRegistration(
			registrationId, getUserId(), comment);
	}

	@Override
	public List<Registration> getCourseSessionRegistrations(
			long courseSessionId, int[] statuses, int start, int end)
		throws PortalException {

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), courseSessionId,
			TrainingActionKeys.VIEW_PARTICIPANTS);

		return registrationLocalService.getCourseSessionRegistrations(
			courseSessionId, statuses, start, end);
	}

	@Override
	public int getCourseSessionRegistrationsCount(
			long courseSessionId, int[] statuses)
		throws PortalException {

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), courseSessionId,
			TrainingActionKeys.VIEW_PARTICIPANTS);

		return registrationLocalService.getCourseSessionRegistrationsCount(
			courseSessionId, statuses);
	}

	/**
	 * The caller's own registrations.
	 */
	@Override
	public List<Registration> getMyRegistrations(
			int[] statuses, int start, int end)
		throws PortalException {

		return registrationLocalService.getUserRegistrations(
			getUserId(), statuses, start, end);
	}

	@Override
	public int getMyRegistrationsCount(int[] statuses) throws PortalException {
		return registrationLocalService.getUserRegistrationsCount(
			getUserId(), statuses);
	}

	/**
	 * Requests waiting for the caller's approval: from the administrations where they hold
	 * APPROVE_REGISTRATION.
	 */
	@Override
	public List<Registration> getPendingApprovals(int start, int end)
		throws PortalException {

		long[] organizationIds = _getApproverOrganizationIds();

		if (organizationIds.length == 0) {
			return new ArrayList<>();
		}

		return registrationLocalService.getPendingApprovals(
			organizationIds, start, end);
	}

	@Override
	public int getPendingApprovalsCount() throws PortalException {
		long[] organizationIds = _getApproverOrganizationIds();

		if (organizationIds.length == 0) {
			return 0;
		}

		return registrationLocalService.getPendingApprovalsCount(
			organizationIds);
	}

	/**
	 * The caller's own organisations whose members' training they may see (APPROVE_REGISTRATION there or
	 * above): what the unit's training page offers to choose from.
	 */
	@Override
	public List<Organization> getManagedOrganizations() throws PortalException {
		return _managedUnits.getManagedOrganizations(getPermissionChecker());
	}

	@Override
	public Registration getRegistration(long registrationId)
		throws PortalException {

		_registrationModelResourcePermission.check(
			getPermissionChecker(), registrationId, ActionKeys.VIEW);

		return registrationLocalService.getRegistration(registrationId);
	}

	/**
	 * The registration's calendar file (.ics), as its confirmation carried it: the same UID, the current
	 * SEQUENCE. Null when the registration has no place in a calendar.
	 */
	@Override
	public String getRegistrationCalendar(long registrationId)
		throws PortalException {

		_registrationModelResourcePermission.check(
			getPermissionChecker(), registrationId, ActionKeys.VIEW);

		return _noticeContentFactory.getRegistrationCalendar(
			registrationLocalService.getRegistration(registrationId));
	}

	/**
	 * Checks a coordinator's list of people for a session and, unless it is a dry run and when every line is
	 * valid, registers them all.
	 */
	@Override
	public RegistrationImportReport importRegistrations(
			long courseSessionId, String csv, boolean dryRun,
			ServiceContext serviceContext)
		throws PortalException {

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), courseSessionId,
			TrainingActionKeys.MANAGE_PARTICIPANTS);

		serviceContext.setUserId(getUserId());

		return registrationLocalService.importRegistrations(
			courseSessionId, csv, dryRun, serviceContext);
	}

	/**
	 * The training of an organisation's members and of every unit under it, per member and method: for someone
	 * who may approve registrations there or above it.
	 *
	 * @param trainingMethodId the method to show, or 0 for every method
	 */
	@Override
	public List<MemberTraining> getUnitTraining(
			long organizationId, long trainingMethodId)
		throws PortalException {

		_managedUnits.check(getPermissionChecker(), organizationId);

		Organization organization = _organizationLocalService.getOrganization(
			organizationId);

		return registrationLocalService.getUnitTraining(
			organization.getCompanyId(),
			_organizationTree.getOrganizationIdsWithDescendants(
				Collections.singletonList(organization)),
			trainingMethodId);
	}

	/**
	 * The caller's active registration on the session, or null.
	 */
	@Override
	public Registration fetchMyRegistration(long courseSessionId)
		throws PortalException {

		return registrationLocalService.fetchActiveRegistration(
			getUserId(), courseSessionId);
	}

	@Override
	public int getWaitlistPosition(long registrationId) throws PortalException {
		_registrationModelResourcePermission.check(
			getPermissionChecker(), registrationId, ActionKeys.VIEW);

		return registrationLocalService.getWaitlistPosition(registrationId);
	}

	/**
	 * E-mails some of a session's participants: MANAGE_PARTICIPANTS on the session.
	 */
	@Override
	public int messageParticipants(
			long courseSessionId, long[] registrationIds, String subject,
			String body)
		throws PortalException {

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), courseSessionId,
			TrainingActionKeys.MANAGE_PARTICIPANTS);

		return registrationLocalService.messageParticipants(
			courseSessionId, registrationIds, getUserId(), subject, body);
	}

	/**
	 * Moves a person to another session of the same course: MANAGE_PARTICIPANTS on both sessions.
	 */
	@Override
	public Registration moveRegistration(
			long registrationId, long targetCourseSessionId, String reason)
		throws PortalException {

		Registration registration = registrationLocalService.getRegistration(
			registrationId);

		PermissionChecker permissionChecker = getPermissionChecker();

		_courseSessionModelResourcePermission.check(
			permissionChecker, registration.getCourseSessionId(),
			TrainingActionKeys.MANAGE_PARTICIPANTS);
		_courseSessionModelResourcePermission.check(
			permissionChecker, targetCourseSessionId,
			TrainingActionKeys.MANAGE_PARTICIPANTS);

		return registrationLocalService.moveRegistration(
			registrationId, targetCourseSessionId, getUserId(), reason);
	}

	/**
	 * Moves a waitlisted person in the line: MANAGE_PARTICIPANTS on the session.
	 */
	@Override
	public Registration moveWaitlistPosition(
			long registrationId, int newPosition, String reason)
		throws PortalException {

		Registration registration = registrationLocalService.getRegistration(
			registrationId);

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), registration.getCourseSessionId(),
			TrainingActionKeys.MANAGE_PARTICIPANTS);

		return registrationLocalService.moveWaitlistPosition(
			registrationId, newPosition, getUserId(), reason);
	}

	private void _checkParticipant(long registrationId) throws PortalException {
		Registration registration = registrationLocalService.getRegistration(
			registrationId);

		if (registration.getUserId() != getUserId()) {
			throw new PrincipalException.MustHavePermission(
				getUserId(), Registration.class.getName(), registrationId,
				ActionKeys.UPDATE);
		}
	}

	private void _checkRegisterOthers(long courseSessionId)
		throws PortalException {

		PermissionChecker permissionChecker = getPermissionChecker();

		CourseSession courseSession =
			courseSessionPersistence.findByPrimaryKey(courseSessionId);

		if (_portletResourcePermission.contains(
				permissionChecker, courseSession.getGroupId(),
				TrainingActionKeys.REGISTER_OTHERS)) {

			return;
		}

		_courseSessionModelResourcePermission.check(
			permissionChecker, courseSession,
			TrainingActionKeys.MANAGE_PARTICIPANTS);
	}

	/**
	 * The organisations whose requests wait for the caller: the units they manage (ManagedUnits, the same
	 * answer the unit's training page gives: their own organisations where they may approve there or above)
	 * and every unit under those, as the registration's permission decides. The tree is read here, so the
	 * requests stay one query.
	 */
	private long[] _getApproverOrganizationIds() throws PortalException {
		List<Organization> organizations =
			_managedUnits.getManagedOrganizations(getPermissionChecker());

		if (organizations.isEmpty()) {
			return new long[0];
		}

		return _organizationTree.getOrganizationIdsWithDescendants(
			organizations);
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.training.model.CourseSession)"
	)
	private ModelResourcePermission<CourseSession>
		_courseSessionModelResourcePermission;

	@Reference
	private ManagedUnits _managedUnits;

	@Reference
	private NoticeContentFactory _noticeContentFactory;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private OrganizationTree _organizationTree;

	@Reference(target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference(
		target = "(model.class.name=se.livsviktig.training.model.Registration)"
	)
	private ModelResourcePermission<Registration>
		_registrationModelResourcePermission;

}
