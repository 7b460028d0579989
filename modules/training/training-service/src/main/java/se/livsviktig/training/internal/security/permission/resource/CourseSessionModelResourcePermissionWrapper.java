package se.livsviktig.training.internal.security.permission.resource;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.BaseModelResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermissionFactory;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.SessionInstructorLocalService;

/**
 * Who may do what with a course session. Coordinators (MANAGE_SESSIONS) may do everything; an instructor who
 * accepted to teach the session may see it and its participants and mark attendance; a draft is seen only by
 * those who may update it; an archived session also by the people registered on it, whose history and
 * certificates refer to it. The rest is the portal's role permissions.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.CourseSession",
	service = ModelResourcePermission.class
)
public class CourseSessionModelResourcePermissionWrapper
	extends BaseModelResourcePermissionWrapper<CourseSession> {

	@Override
	protected ModelResourcePermission<CourseSession>
		doGetModelResourcePermission() {

		return ModelResourcePermissionFactory.create(
			CourseSession.class, CourseSession::getCourseSessionId,
			_courseSessionLocalService::getCourseSession,
			_portletResourcePermission,
			(modelResourcePermission, consumer) -> {
				consumer.accept(
					new ManageSessionsPermissionLogic<>(
						_portletResourcePermission));
				consumer.accept(this::_containsAsInstructor);
				consumer.accept(
					(permissionChecker, name, courseSession, actionId) ->
						_containsUnpublished(
							modelResourcePermission, permissionChecker,
							courseSession, actionId));
			});
	}

	private Boolean _containsAsInstructor(
		PermissionChecker permissionChecker, String name,
		CourseSession courseSession, String actionId) {

		if ((actionId.equals(ActionKeys.VIEW) ||
			 actionId.equals(TrainingActionKeys.VIEW_PARTICIPANTS) ||
			 actionId.equals(TrainingActionKeys.MARK_ATTENDANCE)) &&
			_sessionInstructorLocalService.isAcceptedInstructor(
				courseSession.getCourseSessionId(),
				permissionChecker.getUserId())) {

			return true;
		}

		return null;
	}

	private Boolean _containsUnpublished(
			ModelResourcePermission<CourseSession> modelResourcePermission,
			PermissionChecker permissionChecker, CourseSession courseSession,
			String actionId)
		throws PortalException {

		if (!actionId.equals(ActionKeys.VIEW) ||
			(courseSession.getStatus() ==
				CourseSessionConstants.STATUS_PUBLISHED) ||
			(courseSession.getStatus() ==
				CourseSessionConstants.STATUS_CANCELLED)) {

			return null;
		}

		// Archiving tidies the coordinators' lists; it must not take their past training and certificates away
		// from the people who took part, so they see it as they saw it when it was published

		if ((courseSession.getStatus() ==
				CourseSessionConstants.STATUS_ARCHIVED) &&
			_registrationLocalService.hasUserRegistration(
				permissionChecker.getUserId(),
				courseSession.getCourseSessionId())) {

			return null;
		}

		// UPDATE as this permission decides it, owner included, so whoever may edit the draft may see it

		return modelResourcePermission.contains(
			permissionChecker, courseSession, ActionKeys.UPDATE);
	}

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference(target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")")
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private RegistrationLocalService _registrationLocalService;

	@Reference
	private SessionInstructorLocalService _sessionInstructorLocalService;

}
