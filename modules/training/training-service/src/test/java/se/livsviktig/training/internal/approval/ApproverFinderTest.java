package se.livsviktig.training.internal.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserGroupRole;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionCheckerFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.internal.organization.OrganizationMocks;
import se.livsviktig.training.internal.organization.OrganizationTree;

/**
 * Who is asked to approve a registration from "Hemtjänst Norr", a unit under VOF: the unit's own managers, or,
 * when the unit has nobody else who may approve, VOF's. Organisation roles in the portal do not reach down
 * the tree, so the förvaltning's managers are found by walking up it.
 *
 * @author Livsviktig
 */
public class ApproverFinderTest {

	@BeforeEach
	public void setUp() throws Exception {
		OrganizationTree organizationTree = new OrganizationTree();

		Fields.set(
			organizationTree, "_organizationLocalService",
			_organizationLocalService);

		Fields.set(_approverFinder, "_organizationTree", organizationTree);
		Fields.set(
			_approverFinder, "_permissionCheckerFactory",
			_permissionCheckerFactory);
		Fields.set(
			_approverFinder, "_portletResourcePermission",
			_portletResourcePermission);
		Fields.set(
			_approverFinder, "_resourcePermissionLocalService",
			_resourcePermissionLocalService);
		Fields.set(
			_approverFinder, "_userGroupRoleLocalService",
			_userGroupRoleLocalService);
		Fields.set(_approverFinder, "_userLocalService", _userLocalService);

		Organization vof = _organization(_VOF, _VOF_GROUP_ID);

		_organization(_HEMTJANST_NORR, _HEMTJANST_NORR_GROUP_ID, vof);

		Role chef = mock(Role.class);

		when(
			chef.getRoleId()
		).thenReturn(
			_CHEF_ROLE_ID
		);

		// "Närmaste chef" holds APPROVE_REGISTRATION in every organisation (group template scope)

		when(
			_resourcePermissionLocalService.getRoles(
				eq(_COMPANY_ID), eq(TrainingConstants.RESOURCE_NAME), anyInt(),
				anyString(), eq(TrainingActionKeys.APPROVE_REGISTRATION))
		).thenReturn(
			Collections.emptyList()
		);
		when(
			_resourcePermissionLocalService.getRoles(
				_COMPANY_ID, TrainingConstants.RESOURCE_NAME,
				ResourceConstants.SCOPE_GROUP_TEMPLATE, "0", TrainingActionKeys.APPROVE_REGISTRATION)
		).thenReturn(
			Collections.singletonList(chef)
		);
		when(
			_userGroupRoleLocalService.getUserGroupRolesByGroupAndRole(
				anyLong(), anyLong())
		).thenReturn(
			Collections.emptyList()
		);
	}

	@Test
	public void theUnitsOwnManagerIsAskedBeforeTheAdministrationsAboveIt()
		throws Exception {

		_chef(_UNIT_CHEF_USER_ID, _HEMTJANST_NORR_GROUP_ID);
		_chef(_VOF_CHEF_USER_ID, _VOF_GROUP_ID);

		assertEquals(
			Collections.singletonList(_UNIT_CHEF_USER_ID),
			_approverIds(_HEMTJANST_NORR, _PARTICIPANT_USER_ID));
	}

	@Test
	public void theAdministrationAboveIsAskedWhenTheUnitHasNoManager()
		throws Exception {

		_chef(_VOF_CHEF_USER_ID, _VOF_GROUP_ID);

		assertEquals(
			Collections.singletonList(_VOF_CHEF_USER_ID),
			_approverIds(_HEMTJANST_NORR, _PARTICIPANT_USER_ID));
	}

	@Test
	public void aManagerWhoRegistersIsDecidedOnByTheAdministrationAbove()
		throws Exception {

		_chef(_UNIT_CHEF_USER_ID, _HEMTJANST_NORR_GROUP_ID);
		_chef(_VOF_CHEF_USER_ID, _VOF_GROUP_ID);

		assertEquals(
			Collections.singletonList(_VOF_CHEF_USER_ID),
			_approverIds(_HEMTJANST_NORR, _UNIT_CHEF_USER_ID));
	}

	@Test
	public void nobodyIsAskedWhenNobodyUpTheTreeMayApprove() throws Exception {
		_chef(_UNIT_CHEF_USER_ID, _HEMTJANST_NORR_GROUP_ID);

		assertTrue(_approverIds(_VOF, _PARTICIPANT_USER_ID).isEmpty());
		assertTrue(
			_approverIds(
				_HEMTJANST_NORR, _UNIT_CHEF_USER_ID
			).isEmpty());
	}

	private List<Long> _approverIds(long organizationId, long registrantUserId) {
		List<Long> userIds = new ArrayList<>();

		for (User user :
				_approverFinder.getApprovers(
					_COMPANY_ID, organizationId, registrantUserId)) {

			userIds.add(user.getUserId());
		}

		return userIds;
	}

	/**
	 * A user with the "Närmaste chef" organisation role in the organisation's group, which the portal's
	 * permission check confirms there.
	 */
	private void _chef(long userId, long groupId) {
		User user = mock(User.class);

		when(
			user.getUserId()
		).thenReturn(
			userId
		);
		when(
			user.isActive()
		).thenReturn(
			true
		);
		when(
			_userLocalService.fetchUser(userId)
		).thenReturn(
			user
		);

		UserGroupRole userGroupRole = mock(UserGroupRole.class);

		when(
			userGroupRole.getUserId()
		).thenReturn(
			userId
		);
		when(
			_userGroupRoleLocalService.getUserGroupRolesByGroupAndRole(
				groupId, _CHEF_ROLE_ID)
		).thenReturn(
			Collections.singletonList(userGroupRole)
		);

		PermissionChecker permissionChecker = mock(PermissionChecker.class);

		when(
			_permissionCheckerFactory.create(user)
		).thenReturn(
			permissionChecker
		);
		when(
			_portletResourcePermission.contains(
				permissionChecker, groupId,
				TrainingActionKeys.APPROVE_REGISTRATION)
		).thenReturn(
			true
		);
	}

	private Organization _organization(
			long organizationId, long groupId, Organization... ancestors)
		throws Exception {

		return OrganizationMocks.organization(
			_organizationLocalService, organizationId, groupId, ancestors);
	}

	private static final long _CHEF_ROLE_ID = 30001;

	private static final long _COMPANY_ID = 20097;

	private static final long _HEMTJANST_NORR = 40012;

	private static final long _HEMTJANST_NORR_GROUP_ID = 41012;

	private static final long _PARTICIPANT_USER_ID = 20130;

	private static final long _UNIT_CHEF_USER_ID = 20140;

	private static final long _VOF = 40002;

	private static final long _VOF_CHEF_USER_ID = 20160;

	private static final long _VOF_GROUP_ID = 41002;

	private final ApproverFinder _approverFinder = new ApproverFinder();
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final PermissionCheckerFactory _permissionCheckerFactory = mock(
		PermissionCheckerFactory.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final ResourcePermissionLocalService
		_resourcePermissionLocalService = mock(
			ResourcePermissionLocalService.class);
	private final UserGroupRoleLocalService _userGroupRoleLocalService = mock(
		UserGroupRoleLocalService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
