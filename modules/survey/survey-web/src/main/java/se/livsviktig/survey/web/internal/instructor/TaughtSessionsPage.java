package se.livsviktig.survey.web.internal.instructor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import se.livsviktig.training.staffing.TaughtSession;

/**
 * One page of the sessions an instructor taught, newest first, as training
 * lists them: the command asks for one row more than a page holds, so
 * whether a next page exists costs no count statement.
 */
public class TaughtSessionsPage {

	public static final int PAGE_SIZE = 20;

	/**
	 * @return the first row to ask training for on the 1-based page
	 */
	public static int start(int page) {
		return (Math.max(page, 1) - 1) * PAGE_SIZE;
	}

	/**
	 * @param taughtSessions up to PAGE_SIZE + 1 rows from {@link #start(int)}
	 * @param resultsURLs the results page's URL of a session id
	 */
	public TaughtSessionsPage(
		int page, List<TaughtSession> taughtSessions, Locale locale,
		ZoneId zoneId, LongFunction<String> resultsURLs) {

		_page = Math.max(page, 1);
		_hasNext = taughtSessions.size() > PAGE_SIZE;

		DateTimeFormatter dateFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			locale
		);

		for (TaughtSession taughtSession :
				taughtSessions.subList(
					0, Math.min(PAGE_SIZE, taughtSessions.size()))) {

			_rows.add(
				new Row(
					taughtSession.getCourseTitle(locale),
					_day(dateFormatter, zoneId, taughtSession.getStartDate()),
					_day(dateFormatter, zoneId, taughtSession.getEndDate()),
					resultsURLs.apply(taughtSession.getCourseSessionId())));
		}
	}

	public int getPage() {
		return _page;
	}

	public List<Row> getRows() {
		return _rows;
	}

	public boolean hasNext() {
		return _hasNext;
	}

	public boolean hasPrevious() {
		return _page > 1;
	}

	public static class Row {

		public String getCourseTitle() {
			return _courseTitle;
		}

		public String getEndDay() {
			return _endDay;
		}

		public String getResultsURL() {
			return _resultsURL;
		}

		public String getStartDay() {
			return _startDay;
		}

		private Row(
			String courseTitle, String startDay, String endDay,
			String resultsURL) {

			_courseTitle = courseTitle;
			_startDay = startDay;
			_endDay = endDay;
			_resultsURL = resultsURL;
		}

		private final String _courseTitle;
		private final String _endDay;
		private final String _resultsURL;
		private final String _startDay;

	}

	private static String _day(
		DateTimeFormatter dateFormatter, ZoneId zoneId, Date date) {

		return dateFormatter.format(date.toInstant().atZone(zoneId));
	}

	private final boolean _hasNext;
	private final int _page;
	private final List<Row> _rows = new ArrayList<>();

}
