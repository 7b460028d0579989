package se.livsviktig.training.internal.security.permission.resource;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.BaseModelResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationLocalService;

/**
 * Who may see and change a registration: the participant (see it, cancel it, answer an offer, never approve
 * it); whoever may manage the session's participants (everything); whoever may see them (see it); and a
 * manager who holds APPROVE_REGISTRATION in the participant's administration or one above it (see and approve
 * it).
 * Registrations carry no resource rows of their own: all of this is logic over the portal's permissions.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.Registration",
	service = ModelResourcePermission.class
)
public class RegistrationModelResourcePermissionWrapper
	extends BaseModelResourcePermissionWrapper<Registration> {

	@Override
	protected ModelResourcePermission<Registration>
		doGetModelResourcePermission() {

		return ModelResourcePermissionFactory.create(
			Registration.class, Registration::getRegistrationId,
			_registrationLocalService::getRegistration,
			_portletResourcePermission,
			(modelResourcePermission, consumer) -> consumer.accept(
				this::_contains));
	}

	private Boolean _contains(
			PermissionChecker permissionChecker, String name,
			Registration registration, String actionId)
		throws PortalException {

		boolean approving = actionId.equals(
			TrainingActionKeys.APPROVE_REGISTRATION);

		// A manager or coordinator who registers waits for someone else's approval like everyone else

		if (approving &&
			(permissionChecker.getUserId() == registration.getUserId())) {

			return false;
		}

		if (!approving &&
			(permissionChecker.getUserId() == registration.getUserId()) &&
			(actionId.equals(ActionKeys.VIEW) ||
			 actionId.equals(ActionKeys.UPDATE))) {

			return true;
		}

		if (_courseSessionModelResourcePermission.contains(
				permissionChecker, registration.getCourseSessionId(),
				TrainingActionKeys.MANAGE_PARTICIPANTS)) {

			return true;
		}

		if (actionId.equals(ActionKeys.VIEW) &&
			_courseSessionModelResourcePermission.contains(
				permissionChecker, registration.getCourseSessionId(),
				TrainingActionKeys.VIEW_PARTICIPANTS)) {

			return true;
		}

		if ((approving || actionId.equals(ActionKeys.VIEW)) &&
			_isApprover(permissionChecker, registration)) {

			return true;
		}

		if (approving) {
			return false;
		}

		return null;
	}

	/**
	 * A manager approves for their administration and every unit under it: the förvaltning's manager finds
	 * and decides the requests of "Hemtjänst Norr" too, since the portal's organisation roles do not reach
	 * down the tree by themselves.
	 */
	private boolean _isApprover(
			PermissionChecker permissionChecker, Registration registration)
		throws PortalException {

		for (Organization organization :
				_organizationTree.getLineageOrganizations(
					registration.getOrganizationId())) {

			if (_portletResourcePermission.contains(
					permissionChecker, organization.getGroupId(),
					TrainingActionKeys.APPROVE_REGISTRATION)) {

				return true;
			}
		}

		return false;
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.training.model.CourseSession)"
	)
	private ModelResourcePermission<CourseSession>
		_courseSessionModelResourcePermission;

	@Reference
	private OrganizationTree _organizationTree;

	@Reference(target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private RegistrationLocalService _registrationLocalService;

}
