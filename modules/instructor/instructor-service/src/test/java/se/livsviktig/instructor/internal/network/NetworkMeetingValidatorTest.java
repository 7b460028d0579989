package se.livsviktig.instructor.internal.network;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Date;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.exception.NetworkMeetingAgendaException;
import se.livsviktig.instructor.exception.NetworkMeetingDatesException;
import se.livsviktig.instructor.exception.NetworkMeetingNotesException;
import se.livsviktig.instructor.exception.NetworkMeetingOnlineLinkException;
import se.livsviktig.instructor.exception.NetworkMeetingPlaceException;
import se.livsviktig.instructor.exception.NetworkMeetingTitleException;

/**
 * Each field of a meeting refused with its own exception: empty, too long, end not after start, neither place
 * nor link, a link that is not an http(s) address.
 *
 * @author Livsviktig
 */
public class NetworkMeetingValidatorTest {

	@Test
	public void aLinkMustBeAnHttpOrHttpsAddressThatFits() throws Exception {
		for (String onlineLink :
				new String[] {
					"javascript:alert(1)", "teams", "https://", "ftp://x.se/a",
					"https://exa mple.se", "//example.se/meet"
				}) {

			assertThrows(
				NetworkMeetingOnlineLinkException.class,
				() -> _validate("Träff", _START, _END, "", onlineLink, ""),
				onlineLink);
		}

		String tooLong =
			"https://teams.example.se/" +
				"x".repeat(NetworkMeetingConstants.ONLINE_LINK_MAX_LENGTH);

		assertThrows(
			NetworkMeetingOnlineLinkException.class,
			() -> _validate("Träff", _START, _END, "", tooLong, ""));

		_validate("Träff", _START, _END, "", "https://teams.example.se/l/1", "");
		_validate("Träff", _START, _END, "", "HTTP://intranet.kommun.se", "");
	}

	@Test
	public void aMeetingHasAPlaceOrALinkAndThePlaceFits() throws Exception {
		assertThrows(
			NetworkMeetingPlaceException.class,
			() -> _validate("Träff", _START, _END, null, null, ""));
		assertThrows(
			NetworkMeetingPlaceException.class,
			() -> _validate("Träff", _START, _END, " ", "", ""));
		assertThrows(
			NetworkMeetingPlaceException.class,
			() -> _validate(
				"Träff", _START, _END,
				"x".repeat(NetworkMeetingConstants.PLACE_MAX_LENGTH + 1), "",
				""));

		_validate("Träff", _START, _END, "Stadshuset, sal 3", null, "");
		_validate(
			"Träff", _START, _END, "Stadshuset", "https://teams.example.se/1",
			"");
	}

	@Test
	public void aTitleIsRequiredAndFits() throws Exception {
		for (String title : new String[] {null, "", "  "}) {
			assertThrows(
				NetworkMeetingTitleException.class,
				() -> _validate(title, _START, _END, "Stadshuset", "", ""));
		}

		assertThrows(
			NetworkMeetingTitleException.class,
			() -> _validate(
				"x".repeat(NetworkMeetingConstants.TITLE_MAX_LENGTH + 1),
				_START, _END, "Stadshuset", "", ""));

		_validate(
			"x".repeat(NetworkMeetingConstants.TITLE_MAX_LENGTH), _START, _END,
			"Stadshuset", "", "");
	}

	@Test
	public void agendaAndNotesFit() throws Exception {
		assertThrows(
			NetworkMeetingAgendaException.class,
			() -> _validate(
				"Träff", _START, _END, "Stadshuset", "",
				"x".repeat(NetworkMeetingConstants.AGENDA_MAX_LENGTH + 1)));
		assertThrows(
			NetworkMeetingNotesException.class,
			() -> new NetworkMeetingValidator().validateNotes(
				"x".repeat(NetworkMeetingConstants.NOTES_MAX_LENGTH + 1)));

		_validate(
			"Träff", _START, _END, "Stadshuset", "",
			"x".repeat(NetworkMeetingConstants.AGENDA_MAX_LENGTH));
		new NetworkMeetingValidator().validateNotes(null);
	}

	@Test
	public void startAndEndAreRequiredAndTheEndIsAfterTheStart() {
		assertThrows(
			NetworkMeetingDatesException.class,
			() -> _validate("Träff", null, _END, "Stadshuset", "", ""));
		assertThrows(
			NetworkMeetingDatesException.class,
			() -> _validate("Träff", _START, null, "Stadshuset", "", ""));
		assertThrows(
			NetworkMeetingDatesException.class,
			() -> _validate("Träff", _END, _START, "Stadshuset", "", ""));
		assertThrows(
			NetworkMeetingDatesException.class,
			() -> _validate("Träff", _START, _START, "Stadshuset", "", ""));
	}

	private void _validate(
			String title, Date startDate, Date endDate, String place,
			String onlineLink, String agenda)
		throws Exception {

		new NetworkMeetingValidator().validate(
			title, startDate, endDate, place, onlineLink, agenda);
	}

	private static final Date _END = new Date(1_800_007_200_000L);

	private static final Date _START = new Date(1_800_000_000_000L);

}
