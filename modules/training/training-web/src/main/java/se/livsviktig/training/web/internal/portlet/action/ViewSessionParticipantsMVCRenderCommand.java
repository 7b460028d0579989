package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.spi.InstructorCandidateProvider;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.InstructorStaffing;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsReader;

/**
 * A session's participants and staffing in the coordinators' app, where its session list links with the
 * session's {@code courseSessionId}. Someone who may not see the session or its participants gets the error
 * page, never a partial list.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.VIEW_SESSION_PARTICIPANTS
	},
	service = MVCRenderCommand.class
)
public class ViewSessionParticipantsMVCRenderCommand
	implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		try {
			SessionParticipantsDisplayContext
				sessionParticipantsDisplayContext =
					new SessionParticipantsDisplayContext(
					renderRequest, renderResponse, _courseSessionService,
					_courseSessionLocalService, _courseLocalService,
					_attendanceService, _sessionInstructorService,
					new SessionParticipantsReader(
						_registrationService, _userLocalService,
						_organizationLocalService, themeDisplay.getLocale(),
						themeDisplay.getTimeZone(
						).toZoneId()),
					_instructorCandidateProvider);

			renderRequest.setAttribute(
				TrainingWebKeys.SESSION_PARTICIPANTS_DISPLAY_CONTEXT,
				sessionParticipantsDisplayContext);

			CourseSession courseSession =
				sessionParticipantsDisplayContext.getCourseSession();

			// The method's number of instructors is a rule, not the method's data: the session's VIEW, checked
			// above, is enough to be told it

			renderRequest.setAttribute(
				TrainingWebKeys.INSTRUCTOR_STAFFING,
				InstructorStaffing.read(
					_sessionInstructorService, courseSession,
					_trainingMethodLocalService.fetchTrainingMethod(
						courseSession.getTrainingMethodId())));
		}
		catch (NoSuchCourseSessionException | PrincipalException exception) {
			SessionErrors.add(renderRequest, exception.getClass());

			return "/error.jsp";
		}
		catch (PortalException portalException) {
			throw new PortletException(portalException);
		}

		return "/training_admin/session_participants.jsp";
	}

	@Reference
	private AttendanceService _attendanceService;

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private CourseSessionService _courseSessionService;

	/**
	 * The instructor app's list of who could teach, when it is deployed; training works without it.
	 */
	@Reference(
		cardinality = ReferenceCardinality.OPTIONAL,
		policy = ReferencePolicy.DYNAMIC,
		policyOption = ReferencePolicyOption.GREEDY
	)
	private volatile InstructorCandidateProvider _instructorCandidateProvider;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private RegistrationService _registrationService;

	@Reference
	private SessionInstructorService _sessionInstructorService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
