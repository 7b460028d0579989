package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.network.NetworkDirectoryEntry;
import se.livsviktig.instructor.network.NetworkDirectoryMethod;
import se.livsviktig.instructor.service.InstructorNetworkService;
import se.livsviktig.instructor.web.internal.display.context.network.AttendanceRow;
import se.livsviktig.instructor.web.internal.display.context.network.MeetingFieldErrors;
import se.livsviktig.instructor.web.internal.display.context.network.MeetingRows;
import se.livsviktig.instructor.web.internal.display.context.network.MemberRow;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkLink;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkListDisplayContext;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkMessages;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkPageDisplayContext;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkURLs;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Instruktörsnätverk: without a network id, the site's networks the reader may view; with one, that network's
 * page: members, upcoming meetings with the reader's answer, past meetings with notes and, for whoever may update
 * the network, who came.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_NETWORK,
		"mvc.command.name=/"
	},
	service = MVCRenderCommand.class
)
public class ViewInstructorNetworkMVCRenderCommand
	extends BaseNetworkMVCRenderCommand {

	public static final String NETWORK_LIST_DISPLAY_CONTEXT =
		"INSTRUCTOR_NETWORK_LIST_DISPLAY_CONTEXT";

	public static final String NETWORK_PAGE_DISPLAY_CONTEXT =
		"INSTRUCTOR_NETWORK_PAGE_DISPLAY_CONTEXT";

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		long instructorNetworkId = ParamUtil.getLong(
			renderRequest, "instructorNetworkId");

		NetworkURLs networkURLs = new NetworkURLs(renderResponse);

		if (instructorNetworkId <= 0) {
			List<NetworkLink> networkLinks = new ArrayList<>();

			for (InstructorNetwork instructorNetwork :
					_instructorNetworkService.getGroupInstructorNetworks(
						themeDisplay(
							renderRequest
						).getScopeGroupId())) {

				networkLinks.add(
					new NetworkLink(
						instructorNetwork.getName(),
						networkURLs.getNetworkURL(
							instructorNetwork.getInstructorNetworkId())));
			}

			renderRequest.setAttribute(
				NETWORK_LIST_DISPLAY_CONTEXT,
				new NetworkListDisplayContext(networkLinks));

			return "/instructor_network/view_networks.jsp";
		}

		InstructorNetwork instructorNetwork =
			_instructorNetworkService.getInstructorNetwork(instructorNetworkId);

		List<NetworkMeeting> networkMeetings =
			networkMeetingService.getNetworkMeetings(instructorNetworkId);

		boolean canUpdate = canUpdate(renderRequest, instructorNetworkId);
		MeetingRows meetingRows = meetingRows(renderRequest);

		Map<Long, List<AttendanceRow>> attendance = new HashMap<>();

		if (canUpdate) {
			for (NetworkMeeting networkMeeting : networkMeetings) {
				if ((networkMeeting.getStatus() !=
						NetworkMeetingConstants.STATUS_CANCELLED) &&
					meetingRows.isStarted(networkMeeting)) {

					attendance.put(
						networkMeeting.getNetworkMeetingId(),
						attendanceRows(networkMeeting.getNetworkMeetingId()));
				}
			}
		}

		Map<Long, Integer> myAnswers = myAnswers(renderRequest);

		renderRequest.setAttribute(
			NETWORK_PAGE_DISPLAY_CONTEXT,
			new NetworkPageDisplayContext(
				instructorNetwork.getName(), instructorNetwork.getDescription(),
				_memberRows(
					themeDisplay(renderRequest),
					_instructorNetworkService.getNetworkDirectory(
						instructorNetworkId)),
				meetingRows.upcoming(networkMeetings, myAnswers),
				meetingRows.past(networkMeetings, myAnswers, attendance),
				canUpdate, networkURLs,
				networkURLs.getNetworkURL(instructorNetworkId),
				instructorNetworkId,
				NetworkMessages.getSuccessMessageKey(renderRequest),
				MeetingFieldErrors.of(renderRequest)));

		return "/instructor_network/view_network.jsp";
	}

	private List<MemberRow> _memberRows(
		ThemeDisplay themeDisplay,
		List<NetworkDirectoryEntry> networkDirectoryEntries) {

		Locale locale = themeDisplay.getLocale();

		DateTimeFormatter dateTimeFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.LONG
		).withLocale(
			locale
		);

		List<MemberRow> memberRows = new ArrayList<>();

		for (NetworkDirectoryEntry networkDirectoryEntry :
				networkDirectoryEntries) {

			List<String> methods = new ArrayList<>();

			for (NetworkDirectoryMethod networkDirectoryMethod :
					networkDirectoryEntry.getMethods()) {

				TrainingMethod trainingMethod =
					_trainingMethodLocalService.fetchTrainingMethod(
						networkDirectoryMethod.getTrainingMethodId());

				if (trainingMethod == null) {
					continue;
				}

				String name = trainingMethod.getName(locale);

				if (networkDirectoryMethod.getValidUntil() != null) {
					name = name + " (" + dateTimeFormatter.format(
						networkDirectoryMethod.getValidUntil(
						).toInstant(
						).atZone(
							themeDisplay.getTimeZone(
							).toZoneId()
						)) + ")";
				}

				methods.add(name);
			}

			memberRows.add(
				new MemberRow(
					networkDirectoryEntry.getFullName(),
					String.join(
						", ", networkDirectoryEntry.getOrganizationNames()),
					(networkDirectoryEntry.getRole() ==
						NetworkConstants.ROLE_COORDINATOR) ?
							"network-role-coordinator" : "network-role-member",
					methods));
		}

		return memberRows;
	}

	@Reference
	private InstructorNetworkService _instructorNetworkService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
