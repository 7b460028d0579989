package se.livsviktig.instructor.internal.network;

import com.liferay.portal.kernel.exception.PortalException;

import java.net.URI;
import java.net.URISyntaxException;

import java.util.Date;

import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.exception.NetworkMeetingAgendaException;
import se.livsviktig.instructor.exception.NetworkMeetingDatesException;
import se.livsviktig.instructor.exception.NetworkMeetingNotesException;
import se.livsviktig.instructor.exception.NetworkMeetingOnlineLinkException;
import se.livsviktig.instructor.exception.NetworkMeetingPlaceException;
import se.livsviktig.instructor.exception.NetworkMeetingTitleException;

/**
 * The rules a meeting must meet before anything is written, each refused with its own exception so the page can
 * name the field: a title, a start and an end after it, a place or an online link (or both), the link an http or
 * https address (nothing a browser would run, such as javascript:), and agenda and notes that fit once the
 * sanitizer has cleaned them.
 *
 * @author Livsviktig
 */
public class NetworkMeetingValidator {

	public void validate(
			String title, Date startDate, Date endDate, String place,
			String onlineLink, String agenda)
		throws PortalException {

		if (Texts.isBlank(title) ||
			(title.trim().length() >
				NetworkMeetingConstants.TITLE_MAX_LENGTH)) {

			throw new NetworkMeetingTitleException(
				"Give a title of at most " +
					NetworkMeetingConstants.TITLE_MAX_LENGTH + " characters");
		}

		if ((startDate == null) || (endDate == null)) {
			throw new NetworkMeetingDatesException("Give a start and an end");
		}

		if (!endDate.after(startDate)) {
			throw new NetworkMeetingDatesException(
				"The end " + endDate + " is not after the start " + startDate);
		}

		if (Texts.isBlank(place) && Texts.isBlank(onlineLink)) {
			throw new NetworkMeetingPlaceException(
				"Give a place, an online link or both");
		}

		if (Texts.trimmed(
				place
			).length() > NetworkMeetingConstants.PLACE_MAX_LENGTH) {

			throw new NetworkMeetingPlaceException(
				"Give a place of at most " +
					NetworkMeetingConstants.PLACE_MAX_LENGTH + " characters");
		}

		if (!Texts.isBlank(onlineLink)) {
			_validateOnlineLink(onlineLink.trim());
		}

		if (Texts.trimmed(
				agenda
			).length() > NetworkMeetingConstants.AGENDA_MAX_LENGTH) {

			throw new NetworkMeetingAgendaException(
				"Give an agenda of at most " +
					NetworkMeetingConstants.AGENDA_MAX_LENGTH + " characters");
		}
	}

	public void validateNotes(String notes) throws PortalException {
		if (Texts.trimmed(
				notes
			).length() > NetworkMeetingConstants.NOTES_MAX_LENGTH) {

			throw new NetworkMeetingNotesException(
				"Give notes of at most " +
					NetworkMeetingConstants.NOTES_MAX_LENGTH + " characters");
		}
	}

	private void _validateOnlineLink(String onlineLink)
		throws PortalException {

		if (onlineLink.length() >
				NetworkMeetingConstants.ONLINE_LINK_MAX_LENGTH) {

			throw new NetworkMeetingOnlineLinkException(
				"Give a link of at most " +
					NetworkMeetingConstants.ONLINE_LINK_MAX_LENGTH +
						" characters");
		}

		URI uri;

		try {
			uri = new URI(onlineLink);
		}
		catch (URISyntaxException uriSyntaxException) {
			throw new NetworkMeetingOnlineLinkException(
				"The link " + onlineLink + " is not a web address",
				uriSyntaxException);
		}

		String scheme = uri.getScheme();

		if ((scheme == null) ||
			!(scheme.equalsIgnoreCase("http") ||
			  scheme.equalsIgnoreCase("https")) ||
			Texts.isBlank(uri.getHost())) {

			throw new NetworkMeetingOnlineLinkException(
				"The link " + onlineLink + " is not an http or https address");
		}
	}

}
