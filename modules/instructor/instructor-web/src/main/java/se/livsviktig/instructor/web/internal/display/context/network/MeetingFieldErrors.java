package se.livsviktig.instructor.web.internal.display.context.network;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.portlet.PortletRequest;

import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.exception.MeetingAnswerException;
import se.livsviktig.instructor.exception.MeetingAttendanceException;
import se.livsviktig.instructor.exception.NetworkMeetingAgendaException;
import se.livsviktig.instructor.exception.NetworkMeetingDatesException;
import se.livsviktig.instructor.exception.NetworkMeetingNotesException;
import se.livsviktig.instructor.exception.NetworkMeetingOnlineLinkException;
import se.livsviktig.instructor.exception.NetworkMeetingPlaceException;
import se.livsviktig.instructor.exception.NetworkMeetingStateException;
import se.livsviktig.instructor.exception.NetworkMeetingTitleException;
import se.livsviktig.instructor.exception.NoSuchMeetingParticipantException;
import se.livsviktig.instructor.exception.NotNetworkMemberException;
import se.livsviktig.instructor.network.NetworkErrorKeys;
import se.livsviktig.instructor.web.internal.display.context.FieldError;

/**
 * The meeting services' refusals as the meeting forms explain them: the message is the one NetworkErrorKeys names
 * for the exception (so every page words a refusal alike), placed at the field it is about, in the order of the
 * form's fields. What no single field caused (a cancelled meeting, attendance before the start) is named without
 * a field.
 *
 * @author Livsviktig
 */
public class MeetingFieldErrors {

	public static final Set<Class<? extends PortalException>>
		ANSWER_ERRORS = Set.of(
			MeetingAnswerException.class,
			NoSuchMeetingParticipantException.class,
			NotNetworkMemberException.class);

	public static final Set<Class<? extends PortalException>>
		ATTENDANCE_FORM_ERRORS = Set.of(
			MeetingAttendanceException.class,
			NoSuchMeetingParticipantException.class);

	public static final Set<Class<? extends PortalException>>
		CANCEL_FORM_ERRORS = Set.of(NetworkMeetingStateException.class);

	public static final Set<Class<? extends PortalException>>
		MEETING_FORM_ERRORS = Set.of(
			NetworkMeetingAgendaException.class,
			NetworkMeetingDatesException.class,
			NetworkMeetingOnlineLinkException.class,
			NetworkMeetingPlaceException.class,
			NetworkMeetingStateException.class,
			NetworkMeetingTitleException.class);

	public static final Set<Class<? extends PortalException>>
		NOTES_FORM_ERRORS = Set.of(
			NetworkMeetingNotesException.class,
			NetworkMeetingStateException.class);

	/**
	 * @return every key a meeting page may show for a refusal, so the web bundle's Language files can be checked
	 *         to hold them
	 */
	public static Set<String> getErrorKeys() {
		Set<String> keys = new TreeSet<>();

		for (Class<? extends PortalException> exceptionClass : _FIELDS.keySet()) {
			keys.add(NetworkErrorKeys.getErrorKey(exceptionClass));
		}

		return keys;
	}

	/**
	 * @return the refusals left in SessionErrors, in the order of the form's fields
	 */
	public static List<FieldError> of(PortletRequest portletRequest) {
		List<FieldError> fieldErrors = new ArrayList<>();

		for (Map.Entry<Class<? extends PortalException>, Object[]> entry :
				_FIELDS.entrySet()) {

			Class<? extends PortalException> exceptionClass = entry.getKey();

			if (!SessionErrors.contains(portletRequest, exceptionClass)) {
				continue;
			}

			Object[] fieldAndArguments = entry.getValue();

			String fieldName = (String)fieldAndArguments[0];

			if (exceptionClass == NetworkMeetingDatesException.class) {
				fieldName = _datesField(portletRequest);
			}

			Object[] arguments = new Object[fieldAndArguments.length - 1];

			System.arraycopy(
				fieldAndArguments, 1, arguments, 0, arguments.length);

			fieldErrors.add(
				new FieldError(
					fieldName, NetworkErrorKeys.getErrorKey(exceptionClass),
					arguments));
		}

		return fieldErrors;
	}

	/**
	 * The service refuses a missing start, a missing end and an end not after the start with one exception; what
	 * was typed says which field to point at.
	 */
	private static String _datesField(PortletRequest portletRequest) {
		if (ParamUtil.getString(
				portletRequest, "startDate"
			).isBlank() ||
			ParamUtil.getString(
				portletRequest, "startTime"
			).isBlank()) {

			return "startDate";
		}

		return "endDate";
	}

	/**
	 * Each refusal's field (null: none) and the arguments of its message, in the order of the forms' fields.
	 */
	private static final Map<Class<? extends PortalException>, Object[]>
		_FIELDS = new LinkedHashMap<>();

	static {
		_FIELDS.put(NetworkMeetingStateException.class, new Object[] {null});
		_FIELDS.put(MeetingAnswerException.class, new Object[] {null});
		_FIELDS.put(NotNetworkMemberException.class, new Object[] {null});
		_FIELDS.put(
			NoSuchMeetingParticipantException.class, new Object[] {null});
		_FIELDS.put(MeetingAttendanceException.class, new Object[] {null});
		_FIELDS.put(
			NetworkMeetingTitleException.class,
			new Object[] {"title", NetworkMeetingConstants.TITLE_MAX_LENGTH});
		_FIELDS.put(
			NetworkMeetingDatesException.class, new Object[] {"startDate"});
		_FIELDS.put(NetworkMeetingPlaceException.class, new Object[] {"place"});
		_FIELDS.put(
			NetworkMeetingOnlineLinkException.class,
			new Object[] {
				"onlineLink", NetworkMeetingConstants.ONLINE_LINK_MAX_LENGTH
			});
		_FIELDS.put(
			NetworkMeetingAgendaException.class,
			new Object[] {"agenda", NetworkMeetingConstants.AGENDA_MAX_LENGTH});
		_FIELDS.put(
			NetworkMeetingNotesException.class,
			new Object[] {"notes", NetworkMeetingConstants.NOTES_MAX_LENGTH});
	}

}
