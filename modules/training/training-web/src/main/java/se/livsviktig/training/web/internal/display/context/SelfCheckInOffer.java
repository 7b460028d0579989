package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.util.Validator;

import java.util.Date;
import java.util.List;

import se.livsviktig.training.attendance.CheckInWindow;
import se.livsviktig.training.model.SessionDate;

/**
 * Whether a session's page offers its self check-in form, or asks a guest who came with a code to sign in first:
 * only a signed-in person can be marked present.
 *
 * @author Livsviktig
 */
public class SelfCheckInOffer {

	/**
	 * @param checkInCode the code the QR code's link carried or that was typed before a refusal, blank for none
	 * @param checkedIn whether the last action was a successful check-in
	 * @param checkInRefused whether the last action was a refused check-in
	 * @param holdsSeat whether the user holds a seat (confirmed) or has taken part
	 */
	public SelfCheckInOffer(
		boolean signedIn, String checkInCode, boolean checkedIn,
		boolean checkInRefused, boolean holdsSeat,
		List<SessionDate> sessionDates, Date now) {

		_signedIn = signedIn;
		_checkInCode = checkInCode;
		_checkedIn = checkedIn;
		_checkInRefused = checkInRefused;
		_holdsSeat = holdsSeat;
		_sessionDates = sessionDates;
		_now = now;
	}

	/**
	 * Whether the page offers the check-in form: to a signed-in user who came with a code (the QR code's link),
	 * who was just refused a check-in, or who holds a seat while a date's check-in is open; not right after a
	 * successful check-in.
	 */
	public boolean isShown() {
		if (!_signedIn || _checkedIn) {
			return false;
		}

		if (Validator.isNotNull(_checkInCode) || _checkInRefused) {
			return true;
		}

		if (!_holdsSeat) {
			return false;
		}

		for (SessionDate sessionDate : _sessionDates) {
			if (CheckInWindow.isOpen(sessionDate, _now)) {
				return true;
			}
		}

		return false;
	}

	/**
	 * Whether a guest came with a check-in code: the page says to sign in first.
	 */
	public boolean isSignInFirst() {
		if (!_signedIn && Validator.isNotNull(_checkInCode)) {
			return true;
		}

		return false;
	}

	private final boolean _checkedIn;
	private final String _checkInCode;
	private final boolean _checkInRefused;
	private final boolean _holdsSeat;
	private final Date _now;
	private final List<SessionDate> _sessionDates;
	private final boolean _signedIn;

}
