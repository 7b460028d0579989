package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;

import java.util.Date;
import java.util.Set;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.NetworkMeetingService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.network.MeetingFieldErrors;
import se.livsviktig.instructor.web.internal.display.context.network.NetworkMessages;

/**
 * Adds a meeting to a network (which invites its members) or changes one: start and end are read as the day and
 * time the coordinator typed, in their own time zone. The service cleans the agenda with the portal's sanitizer.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_NETWORK,
		"mvc.command.name=" + InstructorMVCCommandNames.EDIT_NETWORK_MEETING
	},
	service = MVCActionCommand.class
)
public class EditNetworkMeetingMVCActionCommand
	extends BaseNetworkMeetingMVCActionCommand {

	@Override
	protected NetworkMeeting act(ActionRequest actionRequest)
		throws PortalException {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		ZoneId zoneId = themeDisplay.getTimeZone(
		).toZoneId();

		long networkMeetingId = ParamUtil.getLong(
			actionRequest, "networkMeetingId");
		String title = ParamUtil.getString(actionRequest, "title");
		String place = ParamUtil.getString(actionRequest, "place");
		String onlineLink = ParamUtil.getString(actionRequest, "onlineLink");
		String agenda = ParamUtil.getString(actionRequest, "agenda");

		if (networkMeetingId > 0) {
			return _networkMeetingService.updateNetworkMeeting(
				networkMeetingId, title,
				_time(actionRequest, "start", zoneId),
				_time(actionRequest, "end", zoneId), place, onlineLink, agenda);
		}

		return _networkMeetingService.addNetworkMeeting(
			ParamUtil.getLong(actionRequest, "instructorNetworkId"), title,
			_time(actionRequest, "start", zoneId),
			_time(actionRequest, "end", zoneId), place, onlineLink, agenda,
			ServiceContextFactory.getInstance(
				NetworkMeeting.class.getName(), actionRequest));
	}

	@Override
	protected Set<Class<? extends PortalException>> getFormErrors() {
		return MeetingFieldErrors.MEETING_FORM_ERRORS;
	}

	@Override
	protected String getFormMVCRenderCommandName() {
		return InstructorMVCCommandNames.EDIT_NETWORK_MEETING;
	}

	@Override
	protected String getSuccessMessage() {
		return NetworkMessages.MEETING_SAVED;
	}

	private Date _time(
		ActionRequest actionRequest, String prefix, ZoneId zoneId) {

		return MeetingTimeInput.parse(
			ParamUtil.getString(actionRequest, prefix + "Date"),
			ParamUtil.getString(actionRequest, prefix + "Time"), zoneId);
	}

	@Reference
	private NetworkMeetingService _networkMeetingService;

}
