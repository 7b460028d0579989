package se.livsviktig.training.web.internal.display.context;

import se.livsviktig.training.web.internal.checkin.CheckInQrCode;

/**
 * One date of a session for its instructor: when, its self check-in code and window, the code as a QR image,
 * and whether attendance can be marked for it yet. Texts are plain and escaped by the view; the QR code's SVG
 * is made of numbers and the alt text, which it escapes.
 *
 * @author Livsviktig
 */
public class CheckInDate {

	public CheckInDate(
		long sessionDateId, String label, String code, String checkInURL,
		String window, String windowStateKey, boolean started,
		boolean selected) {

		_sessionDateId = sessionDateId;
		_label = label;
		_code = code;
		_checkInURL = checkInURL;
		_window = window;
		_windowStateKey = windowStateKey;
		_started = started;
		_selected = selected;
	}

	public String getCode() {
		return _code;
	}

	/**
	 * @return the date and time, as "2 dec. 2026 09:00–16:00" in the reader's language and time zone
	 */
	public String getLabel() {
		return _label;
	}

	/**
	 * @return the absolute link to the session's check-in page with the code, or null when the site has no page
	 *         with the course catalogue
	 */
	public String getCheckInURL() {
		return _checkInURL;
	}

	/**
	 * @param  altText what the image says to someone who cannot see it (the code and its window), plain text
	 * @return the check-in link (or, without one, the bare code) as a QR code in an inline SVG with the alt
	 *         text, safe to write as it is
	 */
	public String getQrSvg(String altText) {
		if (_checkInURL != null) {
			return CheckInQrCode.toSvg(_checkInURL, altText);
		}

		return CheckInQrCode.toSvg(_code, altText);
	}

	public long getSessionDateId() {
		return _sessionDateId;
	}

	/**
	 * @return from when until when the code is accepted, as "2 dec. 2026 08:30–16:00"
	 */
	public String getWindow() {
		return _window;
	}

	/**
	 * @return the Language key that says whether check-in is open now, not yet, or closed
	 */
	public String getWindowStateKey() {
		return _windowStateKey;
	}

	/**
	 * @return whether it is the date whose attendance the form marks
	 */
	public boolean isSelected() {
		return _selected;
	}

	/**
	 * @return whether attendance can be marked: from the opening of check-in on
	 */
	public boolean isStarted() {
		return _started;
	}

	private final String _checkInURL;
	private final String _code;
	private final String _label;
	private final boolean _selected;
	private final long _sessionDateId;
	private final boolean _started;
	private final String _window;
	private final String _windowStateKey;

}
