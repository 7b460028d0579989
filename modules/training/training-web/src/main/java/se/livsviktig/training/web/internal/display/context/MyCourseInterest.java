package se.livsviktig.training.web.internal.display.context;

/**
 * A course the user waits for a session of (intresselista), as Mina utbildningar lists it.
 *
 * @author Livsviktig
 */
public class MyCourseInterest {

	public MyCourseInterest(
		long courseId, String courseTitle, String since, boolean notified) {

		_courseId = courseId;
		_courseTitle = courseTitle;
		_since = since;
		_notified = notified;
	}

	public long getCourseId() {
		return _courseId;
	}

	public String getCourseTitle() {
		return _courseTitle;
	}

	public String getSince() {
		return _since;
	}

	/**
	 * @return whether the user was already told of a published session
	 */
	public boolean isNotified() {
		return _notified;
	}

	private final long _courseId;
	private final String _courseTitle;
	private final boolean _notified;
	private final String _since;

}
