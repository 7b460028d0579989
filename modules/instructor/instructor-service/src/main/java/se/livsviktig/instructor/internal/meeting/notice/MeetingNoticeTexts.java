package se.livsviktig.instructor.internal.meeting.notice;

import com.liferay.portal.kernel.util.ResourceBundleUtil;
import com.liferay.portal.kernel.util.StringUtil;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The wording of a meeting notice in one language: subject (also the bell entry's text), body and labels, and
 * the meeting's time as the recipient reads it, in their time zone. Values go in as plain text; whoever puts them
 * into HTML escapes them.
 *
 * @author Livsviktig
 */
public class MeetingNoticeTexts {

	public MeetingNoticeTexts() {
		this(
			locale -> ResourceBundleUtil.getBundle(
				"content.Language", locale, MeetingNoticeTexts.class));
	}

	public MeetingNoticeTexts(
		Function<Locale, ResourceBundle> resourceBundles) {

		_resourceBundles = resourceBundles;
	}

	/**
	 * @return e.g. "tisdag 24 mars 2026 13:00–15:00", or both days and times for a meeting over midnight
	 */
	public String formatTime(
		Date startDate, Date endDate, Locale locale, ZoneId zoneId) {

		DateTimeFormatter dayFormatter = DateTimeFormatter.ofPattern(
			"EEEE d MMMM yyyy HH:mm", locale);
		DateTimeFormatter timeFormatter = DateTimeFormatter.ofPattern(
			"HH:mm", locale);

		ZonedDateTime start = ZonedDateTime.ofInstant(
			startDate.toInstant(), zoneId);
		ZonedDateTime end = ZonedDateTime.ofInstant(
			endDate.toInstant(), zoneId);

		if (start.toLocalDate(
			).equals(
				end.toLocalDate()
			)) {

			return dayFormatter.format(start) + "–" +
				timeFormatter.format(end);
		}

		return dayFormatter.format(start) + " – " + dayFormatter.format(end);
	}

	public String getBody(
		String noticeKind, Locale locale, String title, String networkName,
		String time) {

		return _fill(
			noticeKind + "-body", locale, title, networkName, time);
	}

	public String getGreeting(Locale locale, String fullName) {
		return StringUtil.replace(
			getLabel("certification-notice-greeting", locale), "[$NAME$]",
			fullName);
	}

	public String getLabel(String key, Locale locale) {
		return _resourceBundles.apply(
			locale
		).getString(
			key
		);
	}

	public String getSubject(
		String noticeKind, Locale locale, String title, String time) {

		return _fill(noticeKind + "-subject", locale, title, "", time);
	}

	private String _fill(
		String key, Locale locale, String title, String networkName,
		String time) {

		return StringUtil.replace(
			getLabel(key, locale),
			new String[] {"[$TITLE$]", "[$NETWORK$]", "[$TIME$]"},
			new String[] {title, networkName, time});
	}

	private final Function<Locale, ResourceBundle> _resourceBundles;

}
