package se.livsviktig.training.service.impl;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.ArrayUtil;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.SessionInstructorConstants;
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

		PermissionChecker permissionChecker = getPermissionChecker();

		_courseSessionModelResourcePermission.check(
			permissionChecker, courseSessionId, ActionKeys.VIEW);

		if (_courseSessionModelResourcePermission.contains(
				permissionChecker, courseSessionId, ActionKeys.UPDATE)) {

			return sessionInstructorLocalService.getCourseSessionInstructors(
				courseSessionId, statuses);
		}

		// Staffing is the coordinators' business: whom they asked, who said no, and what they wrote to them.
		// Whoever may only see the session sees who teaches it.

		if (!ArrayUtil.contains(
				statuses, SessionInstructorConstants.STATUS_ACCEPTED)) {

			return new ArrayList<>();
		}

		List<SessionInstructor> sessionInstructors =
			sessionInstructorLocalService.getCourseSessionInstructors(
				courseSessionId,
				new int[] {SessionInstructorConstants.STATUS_ACCEPTED});

		List<SessionInstructor> sessionInstructorsWithoutMessages =
			new ArrayList<>(sessionInstructors.size());

		for (SessionInstructor sessionInstructor : sessionInstructors) {

			// A copy, so the cached entity keeps its message

			SessionInstructor sessionInstructorWithoutMessage =
				(SessionInstructor)sessionInstructor.clone();

			sessionInstructorWithoutMessage.setMessage(StringPool.BLANK);

			sessionInstructorsWithoutMessages.add(
				sessionInstructorWithoutMessage);
		}

		return sessionInstructorsWithoutMessages;
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
