package se.livsviktig.training.internal.approval;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserGroupRole;
import com.liferay.portal.kernel.security.permission.PermissionCheckerFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.internal.organization.OrganizationTree;

/**
 * Who may approve registrations from an administration: the people whose organisation roles in it (or, when
 * it has none, in the nearest administration above it) carry the APPROVE_REGISTRATION permission, as the portal's own permission check confirms for each of them. No role is
 * named in code; an administrator decides which role (närmaste chef, enhetschef...) gets the permission.
 *
 * @author Livsviktig
 */
@Component(service = ApproverFinder.class)
public class ApproverFinder {

	/**
	 * The approvers nearest to the registrant: those of the registrant's administration, else, when nobody
	 * there may approve (or only the registrant), those of the nearest administration above it that has
	 * someone. The unit's manager is asked before the förvaltning's, and a request is never left to nobody
	 * while someone up the tree may decide it.
	 *
	 * @return the approvers, never the registrant; empty when nobody up the tree may approve
	 */
	public List<User> getApprovers(
		long companyId, long organizationId, long registrantUserId) {

		List<Organization> organizations;

		try {
			organizations = _organizationTree.getLineageOrganizations(
				organizationId);
		}
		catch (PortalException portalException) {
			_log.error(portalException);

			return new ArrayList<>();
		}

		for (Organization organization : organizations) {
			List<User> approvers = _getApprovers(
				companyId, organization.getGroupId(), registrantUserId);

			if (!approvers.isEmpty()) {
				return approvers;
			}
		}

		return new ArrayList<>();
	}

	private List<User> _getApprovers(
		long companyId, long groupId, long registrantUserId) {

		Set<Long> candidateUserIds = new LinkedHashSet<>();

		_collectUsers(
			companyId, ResourceConstants.SCOPE_GROUP_TEMPLATE, "0", groupId,
			candidateUserIds);
		_collectUsers(
			companyId, ResourceConstants.SCOPE_GROUP, String.valueOf(groupId),
			groupId, candidateUserIds);

		candidateUserIds.remove(registrantUserId);

		List<User> approvers = new ArrayList<>();

		for (long userId : candidateUserIds) {
			User user = _userLocalService.fetchUser(userId);

			if ((user != null) && user.isActive() &&
				_portletResourcePermission.contains(
					_permissionCheckerFactory.create(user), groupId,
					TrainingActionKeys.APPROVE_REGISTRATION)) {

				approvers.add(user);
			}
		}

		return approvers;
	}

	private void _collectUsers(
		long companyId, int scope, String primKey, long groupId,
		Set<Long> userIds) {

		List<Role> roles;

		try {
			roles = _resourcePermissionLocalService.getRoles(
				companyId, TrainingConstants.RESOURCE_NAME, scope, primKey,
				TrainingActionKeys.APPROVE_REGISTRATION);
		}
		catch (PortalException portalException) {
			_log.error(portalException);

			return;
		}

		for (Role role : roles) {
			for (UserGroupRole userGroupRole :
					_userGroupRoleLocalService.getUserGroupRolesByGroupAndRole(
						groupId, role.getRoleId())) {

				userIds.add(userGroupRole.getUserId());
			}
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(ApproverFinder.class);

	@Reference
	private OrganizationTree _organizationTree;

	@Reference
	private PermissionCheckerFactory _permissionCheckerFactory;

	@Reference(target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private ResourcePermissionLocalService _resourcePermissionLocalService;

	@Reference
	private UserGroupRoleLocalService _userGroupRoleLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
