package se.livsviktig.training.internal.security.permission.resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.internal.organization.OrganizationMocks;
import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.service.RegistrationLocalService;

/**
 * Who may see, change and approve a registration: the participant their own (never approving it), whoever
 * manages or sees the session's participants, and a manager holding APPROVE_REGISTRATION in the
 * participant's administration.
 *
 * @author Livsviktig
 */
public class RegistrationModelResourcePermissionWrapperTest {

	@BeforeEach
	public void setUp() throws Exception {
		RegistrationModelResourcePermissionWrapper wrapper =
			new RegistrationModelResourcePermissionWrapper();

		Fields.set(
			wrapper, "_courseSessionModelResourcePermission",
			_courseSessionModelResourcePermission);
		OrganizationTree organizationTree = new OrganizationTree();

		Fields.set(
			organizationTree, "_organizationLocalService",
			_organizationLocalService);
		Fields.set(wrapper, "_organizationTree", organizationTree);
		Fields.set(
			wrapper, "_portletResourcePermission", _portletResourcePermission);
		Fields.set(
			wrapper, "_registrationLocalService", _registrationLocalService);

		_modelResourcePermission = wrapper.doGetModelResourcePermission();

		_registration.setRegistrationId(_REGISTRATION_ID);
		_registration.setGroupId(_GROUP_ID);
		_registration.setCompanyId(_COMPANY_ID);
		_registration.setUserId(_PARTICIPANT_USER_ID);
		_registration.setCourseSessionId(_SESSION_ID);
		_registration.setOrganizationId(_SOF);
		_registration.setStatus(RegistrationConstants.STATUS_PENDING_APPROVAL);

		when(
			_registrationLocalService.getRegistration(_REGISTRATION_ID)
		).thenReturn(
			_registration
		);

		Organization sof = _organization(_SOF, _SOF_GROUP_ID);
		Organization vof = _organization(_VOF, _VOF_GROUP_ID);

		_organization(_HEMTJANST_NORR, _HEMTJANST_NORR_GROUP_ID, vof);
		_organization(_SOF_UNIT, _SOF_UNIT_GROUP_ID, sof);

		when(
			_permissionChecker.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);

		_signIn(_OTHER_USER_ID);
	}

	@Test
	public void anApproverInAnotherAdministrationMayNotApprove()
		throws Exception {

		_approverIn(_VOF_GROUP_ID);

		assertFalse(_contains(TrainingActionKeys.APPROVE_REGISTRATION));
		assertFalse(_contains(ActionKeys.VIEW));
	}

	@Test
	public void anApproverAboveTheParticipantsUnitMayViewAndApprove()
		throws Exception {

		_registration.setOrganizationId(_HEMTJANST_NORR);

		_approverIn(_VOF_GROUP_ID);

		assertTrue(_contains(TrainingActionKeys.APPROVE_REGISTRATION));
		assertTrue(_contains(ActionKeys.VIEW));
		assertFalse(_contains(ActionKeys.UPDATE));
	}

	@Test
	public void anApproverInAUnitMayNotApproveForTheAdministrationAboveIt()
		throws Exception {

		_approverIn(_SOF_UNIT_GROUP_ID);

		assertFalse(_contains(TrainingActionKeys.APPROVE_REGISTRATION));
		assertFalse(_contains(ActionKeys.VIEW));
	}

	@Test
	public void anApproverInTheParticipantsAdministrationMayViewAndApprove()
		throws Exception {

		_approverIn(_SOF_GROUP_ID);

		assertTrue(_contains(TrainingActionKeys.APPROVE_REGISTRATION));
		assertTrue(_contains(ActionKeys.VIEW));
		assertFalse(_contains(ActionKeys.UPDATE));
		assertFalse(_contains(ActionKeys.DELETE));

		assertTrue(
			_modelResourcePermission.contains(
				_permissionChecker, _REGISTRATION_ID,
				TrainingActionKeys.APPROVE_REGISTRATION));
	}

	@Test
	public void nobodyElseMaySeeOrTouchIt() throws Exception {
		for (String actionId :
				new String[] {
					ActionKeys.DELETE, ActionKeys.UPDATE, ActionKeys.VIEW,
					TrainingActionKeys.APPROVE_REGISTRATION
				}) {

			assertFalse(_contains(actionId), actionId);
		}
	}

	@Test
	public void theParticipantMayNotApproveTheirOwnRegistration()
		throws Exception {

		_signIn(_PARTICIPANT_USER_ID);

		_approverIn(_SOF_GROUP_ID);

		assertFalse(_contains(TrainingActionKeys.APPROVE_REGISTRATION));

		_sessionAction(TrainingActionKeys.MANAGE_PARTICIPANTS);

		assertFalse(_contains(TrainingActionKeys.APPROVE_REGISTRATION));
	}

	@Test
	public void theParticipantMayViewAndUpdateTheirOwnRegistration()
		throws Exception {

		_signIn(_PARTICIPANT_USER_ID);

		assertTrue(_contains(ActionKeys.VIEW));
		assertTrue(_contains(ActionKeys.UPDATE));
		assertFalse(_contains(ActionKeys.DELETE));
		assertFalse(_contains(TrainingActionKeys.APPROVE_REGISTRATION));
	}

	@Test
	public void whoeverManagesTheSessionsParticipantsMayDoEverything()
		throws Exception {

		_sessionAction(TrainingActionKeys.MANAGE_PARTICIPANTS);

		for (String actionId :
				new String[] {
					ActionKeys.DELETE, ActionKeys.UPDATE, ActionKeys.VIEW,
					TrainingActionKeys.APPROVE_REGISTRATION
				}) {

			assertTrue(_contains(actionId), actionId);
		}
	}

	@Test
	public void whoeverSeesTheSessionsParticipantsMayOnlyViewIt()
		throws Exception {

		_sessionAction(TrainingActionKeys.VIEW_PARTICIPANTS);

		assertTrue(_contains(ActionKeys.VIEW));
		assertFalse(_contains(ActionKeys.UPDATE));
		assertFalse(_contains(TrainingActionKeys.APPROVE_REGISTRATION));
	}

	private void _approverIn(long organizationGroupId) {
		when(
			_portletResourcePermission.contains(
				_permissionChecker, organizationGroupId,
				TrainingActionKeys.APPROVE_REGISTRATION)
		).thenReturn(
			true
		);
	}

	private boolean _contains(String actionId) throws Exception {
		return _modelResourcePermission.contains(
			_permissionChecker, _registration, actionId);
	}

	private Organization _organization(
			long organizationId, long groupId, Organization... ancestors)
		throws Exception {

		return OrganizationMocks.organization(
			_organizationLocalService, organizationId, groupId, ancestors);
	}

	private void _sessionAction(String actionId) throws Exception {
		when(
			_courseSessionModelResourcePermission.contains(
				_permissionChecker, _SESSION_ID, actionId)
		).thenReturn(
			true
		);
	}

	private void _signIn(long userId) {
		when(
			_permissionChecker.getUserId()
		).thenReturn(
			userId
		);
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private static final long _HEMTJANST_NORR = 40012;

	private static final long _HEMTJANST_NORR_GROUP_ID = 41012;

	private static final long _OTHER_USER_ID = 20150;

	private static final long _PARTICIPANT_USER_ID = 20130;

	private static final long _REGISTRATION_ID = 1;

	private static final long _SESSION_ID = 60001;

	private static final long _SOF = 40001;

	private static final long _SOF_GROUP_ID = 41001;

	private static final long _SOF_UNIT = 40011;

	private static final long _SOF_UNIT_GROUP_ID = 41011;

	private static final long _VOF = 40002;

	private static final long _VOF_GROUP_ID = 41002;

	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<CourseSession>
		_courseSessionModelResourcePermission = mock(
			ModelResourcePermission.class);
	private ModelResourcePermission<Registration> _modelResourcePermission;
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final Registration _registration = new RegistrationImpl();
	private final RegistrationLocalService _registrationLocalService = mock(
		RegistrationLocalService.class);

}
