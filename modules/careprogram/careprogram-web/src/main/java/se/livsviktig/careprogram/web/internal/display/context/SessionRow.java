package se.livsviktig.careprogram.web.internal.display.context;

/**
 * One upcoming course session of a programme's training method, as the programme page lists it. Values are plain
 * text; the JSP escapes them.
 *
 * @author Livsviktig
 */
public class SessionRow {

	public SessionRow(String courseTitle, String startDate, String place) {
		_courseTitle = courseTitle;
		_startDate = startDate;
		_place = place;
	}

	public String getCourseTitle() {
		return _courseTitle;
	}

	/**
	 * @return the venue and locality, or an empty string for an online session without either
	 */
	public String getPlace() {
		return _place;
	}

	public String getStartDate() {
		return _startDate;
	}

	private final String _courseTitle;
	private final String _place;
	private final String _startDate;

}
