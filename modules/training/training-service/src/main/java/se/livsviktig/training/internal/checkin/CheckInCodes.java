package se.livsviktig.training.internal.checkin;

import java.security.SecureRandom;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Self check-in codes: short, random, easy to read aloud or type from a QR code, without letters and digits
 * that look alike. A code is valid from half an hour before a date starts until it ends.
 *
 * @author Livsviktig
 */
public class CheckInCodes {

	public static final int CODE_LENGTH = 6;

	public static final long OPENS_BEFORE_START_MILLIS =
		TimeUnit.MINUTES.toMillis(30);

	public static Date getCloseDate(Date endDate) {
		return endDate;
	}

	public static Date getOpenDate(Date startDate) {
		return new Date(startDate.getTime() - OPENS_BEFORE_START_MILLIS);
	}

	/**
	 * Upper case without spaces, so "abc 234" typed on a phone matches "ABC234".
	 */
	public static String normalize(String code) {
		if (code == null) {
			return "";
		}

		return code.replaceAll(
			"\\s", ""
		).toUpperCase(
			Locale.ROOT
		);
	}

	public String newCode() {
		StringBuilder sb = new StringBuilder(CODE_LENGTH);

		for (int i = 0; i < CODE_LENGTH; i++) {
			sb.append(_ALPHABET.charAt(_random.nextInt(_ALPHABET.length())));
		}

		return sb.toString();
	}

	private static final String _ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final SecureRandom _random = new SecureRandom();

}
