package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.base.SessionInstructorServiceBaseImpl;

/**
 * Whoever may update a session staffs it; only the invited instructor answers the invitation.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvtraining",
		"json.web.service.context.path=SessionInstructor"
	},
	service = AopService.class
)
public class SessionInstructorServiceImpl
	extends SessionInstructorServiceBaseImpl {

	@Override
	public List<SessionInstructor> getCourseSessionInstructors(
			long courseSessionId, int[] statuses)
		throws PortalException {

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), courseSessionId, ActionKeys.VIEW);

		return sessionInstructorLocalService.getCourseSessionInstructors(
			courseSessionId, statuses);
	}

	/**
	 * The sessions the caller teaches or is invited to teach.
	 */
	@Override
	public List<SessionInstructor> getMySessionInstructors(
			int[] statuses, int start, int end)
		throws PortalException {

		return sessionInstructorLocalService.getInstructorSessionInstructors(
			getUserId(), statuses, start, end);
	}

	@Override
	public SessionInstructor inviteInstructor(
			long courseSessionId, long instructorUserId, String message,
			ServiceContext serviceContext)
		throws PortalException {

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), courseSessionId, ActionKeys.UPDATE);

		return sessionInstructorLocalService.inviteInstructor(
			getUserId(), courseSessionId, instructorUserId, message,
			serviceContext);
	}

	@Override
	public SessionInstructor respondToInvitation(
			long sessionInstructorId, boolean accept)
		throws PortalException {

		SessionInstructor sessionInstructor =
			sessionInstructorLocalService.getSessionInstructor(
				sessionInstructorId);

		if (sessionInstructor.getInstructorUserId() != getUserId()) {
			throw new PrincipalException.MustHavePermission(
				getUserId(), SessionInstructor.class.getName(), sessionInstructorId,
				ActionKeys.UPDATE);
		}

		return sessionInstructorLocalService.respondToInvitation(
			sessionInstructorId, accept);
	}

	@Override
	public SessionInstructor withdrawInstructor(long sessionInstructorId)
		throws PortalException {

		SessionInstructor sessionInstructor =
			sessionInstructorLocalService.getSessionInstructor(
				sessionInstructorId);

		_courseSessionModelResourcePermission.check(
			getPermissionChecker(), sessionInstructor.getCourseSessionId(),
			ActionKeys.UPDATE);

		return sessionInstructorLocalService.withdrawInstructor(
			sessionInstructorId);
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.training.model.CourseSession)"
	)
	private ModelResourcePermission<CourseSession>
		_courseSessionModelResourcePermission;

}
