package se.livsviktig.instructor.web.internal.display.context.network;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.instructor.web.internal.display.context.FieldError;

/**
 * A form about one meeting that a coordinator fills in after or instead of it: cancelling it, writing its notes
 * or marking who came. Each posts to its own action command and goes back to the network's meetings.
 *
 * @author Livsviktig
 */
public class MeetingTaskDisplayContext {

	public MeetingTaskDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		String actionName, MeetingRow meetingRow) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_actionName = actionName;
		_meetingRow = meetingRow;

		_fieldErrors = MeetingFieldErrors.of(renderRequest);
	}

	public String getActionURL() {
		return PortletURLBuilder.createActionURL(
			_renderResponse
		).setActionName(
			_actionName
		).setParameter(
			"networkMeetingId", _meetingRow.getNetworkMeetingId()
		).buildString();
	}

	public String getBackURL() {
		return new NetworkURLs(
			_renderResponse
		).getMeetingsURL(
			_meetingRow.getInstructorNetworkId()
		);
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

	public MeetingRow getMeeting() {
		return _meetingRow;
	}

	/**
	 * @return after a refusal what was typed, otherwise the stored notes
	 */
	public String getNotes() {
		if (!_fieldErrors.isEmpty()) {
			return ParamUtil.getString(_renderRequest, "notes");
		}

		String notesHTML = _meetingRow.getNotesHTML();

		if (notesHTML == null) {
			return "";
		}

		return notesHTML;
	}

	private final String _actionName;
	private final List<FieldError> _fieldErrors;
	private final MeetingRow _meetingRow;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;

}
