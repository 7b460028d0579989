package se.livsviktig.instructor.web.internal.display.context;

/**
 * One session the person taught, as Mina instruktörsuppdrag lists it: the course's title, the method and the
 * days. Values are plain text; the JSP escapes them.
 *
 * @author Livsviktig
 */
public class TaughtSessionRow {

	public TaughtSessionRow(
		String courseTitle, String trainingMethodName, String days) {

		_courseTitle = courseTitle;
		_trainingMethodName = trainingMethodName;
		_days = days;
	}

	public String getCourseTitle() {
		return _courseTitle;
	}

	/**
	 * @return the first and last day in the reader's language and time zone
	 */
	public String getDays() {
		return _days;
	}

	public String getTrainingMethodName() {
		return _trainingMethodName;
	}

	private final String _courseTitle;
	private final String _days;
	private final String _trainingMethodName;

}
