package se.livsviktig.training.web.internal.display.context;

import com.liferay.petra.string.StringPool;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import java.util.Date;
import java.util.Locale;

import se.livsviktig.training.model.SessionDate;

/**
 * The times on a session's page as the reader says them, in their time zone: a moment with the month's name, and
 * a session date as its start with the end's time after it.
 *
 * @author Livsviktig
 */
public class SessionDateTimeText {

	public SessionDateTimeText(Locale locale, ZoneId zoneId) {
		_locale = locale;
		_zoneId = zoneId;
	}

	/**
	 * @return the moment, blank when there is none
	 */
	public String format(Date date) {
		if (date == null) {
			return StringPool.BLANK;
		}

		return DateTimeFormatter.ofPattern(
			"d MMMM yyyy HH:mm", _locale
		).format(
			date.toInstant(
			).atZone(
				_zoneId
			));
	}

	public String format(SessionDate sessionDate) {
		String start = format(sessionDate.getStartDate());

		if (sessionDate.getEndDate() == null) {
			return start;
		}

		return start + "–" +
			DateTimeFormatter.ofPattern(
				"HH:mm", _locale
			).format(
				sessionDate.getEndDate(
				).toInstant(
				).atZone(
					_zoneId
				));
	}

	private final Locale _locale;
	private final ZoneId _zoneId;

}
