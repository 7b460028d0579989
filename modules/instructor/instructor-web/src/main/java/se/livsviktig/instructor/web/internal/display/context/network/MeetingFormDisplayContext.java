package se.livsviktig.instructor.web.internal.display.context.network;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.ParamUtil;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import java.util.Date;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.FieldError;

/**
 * The form that adds a meeting to a network or changes one: start and end as a day and a time in the reader's time
 * zone (plain date and time inputs), place, online link and agenda. After a refusal it shows what was typed, each
 * message at its field; before, the meeting's own values (none for a new one).
 *
 * @author Livsviktig
 */
public class MeetingFormDisplayContext {

	public MeetingFormDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		long instructorNetworkId, NetworkMeeting networkMeeting,
		ZoneId zoneId) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_instructorNetworkId = instructorNetworkId;
		_networkMeeting = networkMeeting;
		_zoneId = zoneId;

		_fieldErrors = MeetingFieldErrors.of(renderRequest);
	}

	public String getActionURL() {
		return PortletURLBuilder.createActionURL(
			_renderResponse
		).setActionName(
			InstructorMVCCommandNames.EDIT_NETWORK_MEETING
		).setParameter(
			"instructorNetworkId", _instructorNetworkId
		).setParameter(
			"networkMeetingId", getNetworkMeetingId()
		).buildString();
	}

	public String getAgenda() {
		return _value(
			"agenda", (_networkMeeting == null) ? "" : _networkMeeting.getAgenda());
	}

	public String getCancelURL() {
		return new NetworkURLs(
			_renderResponse
		).getMeetingsURL(
			_instructorNetworkId
		);
	}

	public String getEndDate() {
		return _value("endDate", _format(_end(), _DATE));
	}

	public String getEndTime() {
		return _value("endTime", _format(_end(), _TIME));
	}

	/**
	 * @return the message at the field, or null
	 */
	public FieldError getFieldError(String fieldName) {
		for (FieldError fieldError : _fieldErrors) {
			if (fieldName.equals(fieldError.getFieldName())) {
				return fieldError;
			}
		}

		return null;
	}

	public List<FieldError> getFieldErrors() {
		return _fieldErrors;
	}

	public long getNetworkMeetingId() {
		if (_networkMeeting == null) {
			return 0;
		}

		return _networkMeeting.getNetworkMeetingId();
	}

	public String getOnlineLink() {
		return _value(
			"onlineLink",
			(_networkMeeting == null) ? "" : _networkMeeting.getOnlineLink());
	}

	public String getPlace() {
		return _value(
			"place", (_networkMeeting == null) ? "" : _networkMeeting.getPlace());
	}

	public String getStartDate() {
		return _value("startDate", _format(_start(), _DATE));
	}

	public String getStartTime() {
		return _value("startTime", _format(_start(), _TIME));
	}

	public String getTitle() {
		return _value(
			"title", (_networkMeeting == null) ? "" : _networkMeeting.getTitle());
	}

	public boolean isNew() {
		if (_networkMeeting == null) {
			return true;
		}

		return false;
	}

	private Date _end() {
		return (_networkMeeting == null) ? null : _networkMeeting.getEndDate();
	}

	private String _format(Date date, DateTimeFormatter dateTimeFormatter) {
		if (date == null) {
			return "";
		}

		return dateTimeFormatter.format(
			ZonedDateTime.ofInstant(date.toInstant(), _zoneId));
	}

	private Date _start() {
		return (_networkMeeting == null) ? null :
			_networkMeeting.getStartDate();
	}

	/**
	 * After a refusal the form shows what was typed; otherwise what is stored.
	 */
	private String _value(String name, String stored) {
		if (!_fieldErrors.isEmpty()) {
			return ParamUtil.getString(_renderRequest, name);
		}

		if (stored == null) {
			return "";
		}

		return stored;
	}

	private static final DateTimeFormatter _DATE =
		DateTimeFormatter.ISO_LOCAL_DATE;

	private static final DateTimeFormatter _TIME = DateTimeFormatter.ofPattern(
		"HH:mm");

	private final List<FieldError> _fieldErrors;
	private final long _instructorNetworkId;
	private final NetworkMeeting _networkMeeting;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final ZoneId _zoneId;

}
