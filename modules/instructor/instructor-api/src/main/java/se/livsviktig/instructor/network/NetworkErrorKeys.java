package se.livsviktig.instructor.network;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import se.livsviktig.instructor.exception.DuplicateNetworkMemberException;
import se.livsviktig.instructor.exception.MeetingAnswerException;
import se.livsviktig.instructor.exception.MeetingAttendanceException;
import se.livsviktig.instructor.exception.NetworkCoordinatorException;
import se.livsviktig.instructor.exception.NetworkDescriptionException;
import se.livsviktig.instructor.exception.NetworkGroupException;
import se.livsviktig.instructor.exception.NetworkMeetingAgendaException;
import se.livsviktig.instructor.exception.NetworkMeetingDatesException;
import se.livsviktig.instructor.exception.NetworkMeetingNotesException;
import se.livsviktig.instructor.exception.NetworkMeetingOnlineLinkException;
import se.livsviktig.instructor.exception.NetworkMeetingPlaceException;
import se.livsviktig.instructor.exception.NetworkMeetingStateException;
import se.livsviktig.instructor.exception.NetworkMeetingTitleException;
import se.livsviktig.instructor.exception.NetworkMemberRoleException;
import se.livsviktig.instructor.exception.NetworkMemberUserException;
import se.livsviktig.instructor.exception.NetworkNameException;
import se.livsviktig.instructor.exception.NetworkTrainingMethodException;
import se.livsviktig.instructor.exception.NoSuchInstructorNetworkException;
import se.livsviktig.instructor.exception.NoSuchMeetingParticipantException;
import se.livsviktig.instructor.exception.NoSuchNetworkMeetingException;
import se.livsviktig.instructor.exception.NoSuchNetworkMemberException;
import se.livsviktig.instructor.exception.NotNetworkMemberException;

/**
 * The Language key (in the instructor service bundle's content/Language*.properties, English and Swedish) that
 * tells a person what to correct when a network service refuses a call, one per typed exception, so every page
 * that shows network forms names the same field the same way.
 *
 * @author Livsviktig
 */
public final class NetworkErrorKeys {

	/**
	 * @return the key for the exception's class, or null when it is not one of the network services' refusals
	 */
	public static String getErrorKey(
		Class<? extends PortalException> exceptionClass) {

		return _ERROR_KEYS.get(exceptionClass);
	}

	/**
	 * @return every refusal of the network services and its key, in a stable order
	 */
	public static Map<Class<? extends PortalException>, String>
		getErrorKeys() {

		return _ERROR_KEYS;
	}

	private NetworkErrorKeys() {
	}

	private static final Map<Class<? extends PortalException>, String>
		_ERROR_KEYS;

	static {
		Map<Class<? extends PortalException>, String> errorKeys =
			new LinkedHashMap<>();

		errorKeys.put(
			DuplicateNetworkMemberException.class,
			"the-person-is-already-a-member-of-the-network");
		errorKeys.put(
			MeetingAnswerException.class,
			"the-meeting-can-no-longer-be-answered");
		errorKeys.put(
			MeetingAttendanceException.class,
			"attendance-can-be-marked-once-the-meeting-has-started");
		errorKeys.put(
			NetworkCoordinatorException.class,
			"a-network-needs-at-least-one-coordinator");
		errorKeys.put(
			NetworkDescriptionException.class,
			"enter-a-network-description-of-at-most-x-characters");
		errorKeys.put(
			NetworkGroupException.class,
			"the-network-must-belong-to-a-site-of-this-portal-instance");
		errorKeys.put(
			NetworkMeetingAgendaException.class,
			"enter-an-agenda-of-at-most-x-characters");
		errorKeys.put(
			NetworkMeetingDatesException.class,
			"enter-a-start-and-an-end-that-is-after-the-start");
		errorKeys.put(
			NetworkMeetingNotesException.class,
			"enter-notes-of-at-most-x-characters");
		errorKeys.put(
			NetworkMeetingOnlineLinkException.class,
			"enter-an-online-link-that-is-a-web-address-of-at-most-x-" +
				"characters");
		errorKeys.put(
			NetworkMeetingPlaceException.class,
			"enter-a-place-or-an-online-link");
		errorKeys.put(
			NetworkMeetingStateException.class,
			"the-meeting-is-cancelled-and-cannot-be-changed");
		errorKeys.put(
			NetworkMeetingTitleException.class,
			"enter-a-meeting-title-of-at-most-x-characters");
		errorKeys.put(
			NetworkMemberRoleException.class, "choose-coordinator-or-member");
		errorKeys.put(
			NetworkMemberUserException.class,
			"choose-an-active-user-of-this-portal-instance");
		errorKeys.put(
			NetworkNameException.class,
			"enter-a-network-name-of-at-most-x-characters");
		errorKeys.put(
			NetworkTrainingMethodException.class,
			"choose-at-least-one-active-training-method");
		errorKeys.put(
			NoSuchInstructorNetworkException.class,
			"the-network-could-not-be-found");
		errorKeys.put(
			NoSuchMeetingParticipantException.class,
			"the-person-is-not-invited-to-the-meeting");
		errorKeys.put(
			NoSuchNetworkMeetingException.class,
			"the-meeting-could-not-be-found");
		errorKeys.put(
			NoSuchNetworkMemberException.class,
			"the-member-could-not-be-found");
		errorKeys.put(
			NotNetworkMemberException.class,
			"only-members-of-the-network-can-answer");

		_ERROR_KEYS = Collections.unmodifiableMap(errorKeys);
	}

}
