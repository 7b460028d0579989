package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.Clock;

import java.util.Date;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.service.MeetingParticipantLocalService;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.instructor.service.NetworkMemberLocalService;
import se.livsviktig.instructor.standing.LicenceStandingLocalService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.constants.InstructorWebKeys;
import se.livsviktig.instructor.web.internal.display.context.CertificationRows;
import se.livsviktig.instructor.web.internal.display.context.DateRangeFormat;
import se.livsviktig.instructor.web.internal.display.context.LicenceStandingRows;
import se.livsviktig.instructor.web.internal.display.context.MeetingInvitationRows;
import se.livsviktig.instructor.web.internal.display.context.MyInstructorAssignmentsDisplayContext;
import se.livsviktig.instructor.web.internal.display.context.MyNetworkQueries;
import se.livsviktig.instructor.web.internal.display.context.MyNetworks;
import se.livsviktig.instructor.web.internal.display.context.TaughtSessionRows;
import se.livsviktig.instructor.web.internal.display.context.network.MeetingFieldErrors;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkMessages;
import se.livsviktig.training.service.SessionInstructorLocalService;

/**
 * Mina instruktörsuppdrag: the signed-in person's own certifications, read through the remote service; their
 * licence standing per method (one holder's read, not the company's); the sessions they taught; their networks
 * and the meetings they are invited to. Everything but the certifications is read by the person's own user id
 * from the signed-in session, so nobody sees another person's.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.MY_INSTRUCTOR_ASSIGNMENTS,
		"mvc.command.name=/"
	},
	service = MVCRenderCommand.class
)
public class ViewMyInstructorAssignmentsMVCRenderCommand
	extends BaseCertificationMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long userId = themeDisplay.getUserId();
		Date now = Date.from(_clock.instant());

		CertificationRows certificationRows = certificationRows(renderRequest);
		DateRangeFormat dateRangeFormat = new DateRangeFormat(
			themeDisplay.getLocale(),
			themeDisplay.getTimeZone(
			).toZoneId());
		MyNetworkQueries myNetworkQueries = new MyNetworkQueries(userId);

		List<NetworkMember> networkMembers =
			_networkMemberLocalService.dslQuery(myNetworkQueries.memberships());
		List<InstructorNetwork> instructorNetworks =
			_instructorNetworkLocalService.dslQuery(myNetworkQueries.networks());

		MyNetworks myNetworks = new MyNetworks(
			networkMembers, instructorNetworks);

		List<NetworkMeeting> networkMeetings =
			_networkMeetingLocalService.dslQuery(
				myNetworkQueries.upcomingInvitedMeetings(now));

		renderRequest.setAttribute(
			InstructorWebKeys.MY_INSTRUCTOR_ASSIGNMENTS_DISPLAY_CONTEXT,
			new MyInstructorAssignmentsDisplayContext(
				certificationRows.toRows(
					_certificationService.getHolderCertifications(userId)),
				new LicenceStandingRows(
					certificationRows
				).toRows(
					_licenceStandingLocalService.getHolderLicenceStandings(
						themeDisplay.getCompanyId(), userId)
				),
				new TaughtSessionRows(
					certificationRows, dateRangeFormat, themeDisplay.getLocale()
				).toRows(
					_sessionInstructorLocalService.getTaughtSessions(
						themeDisplay.getCompanyId(), userId, now, 0,
						TAUGHT_SESSIONS_SHOWN)
				),
				myNetworks.toRows(),
				new MeetingInvitationRows(
					myNetworks, dateRangeFormat
				).toRows(
					networkMeetings,
					_meetingParticipantLocalService.
						getParticipantMeetingParticipants(userId)
				),
				PortletURLBuilder.createActionURL(
					renderResponse
				).setActionName(
					InstructorMVCCommandNames.ANSWER_MEETING_INVITATION
				).buildString(),
				_portal.getCurrentURL(renderRequest),
				NetworkMessages.getSuccessMessageKey(renderRequest),
				MeetingFieldErrors.of(renderRequest)));

		return "/my_instructor_assignments/view.jsp";
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	/**
	 * The latest sessions taught that the page lists: enough for a licence period's count, short enough to read.
	 */
	protected static final int TAUGHT_SESSIONS_SHOWN = 20;

	@Reference
	private CertificationService _certificationService;

	private Clock _clock = Clock.systemUTC();

	@Reference
	private InstructorNetworkLocalService _instructorNetworkLocalService;

	@Reference
	private LicenceStandingLocalService _licenceStandingLocalService;

	@Reference
	private MeetingParticipantLocalService _meetingParticipantLocalService;

	@Reference
	private NetworkMeetingLocalService _networkMeetingLocalService;

	@Reference
	private NetworkMemberLocalService _networkMemberLocalService;

	@Reference
	private Portal _portal;

	@Reference
	private SessionInstructorLocalService _sessionInstructorLocalService;

}
