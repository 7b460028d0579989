package se.livsviktig.training.web.internal.display.context;

/**
 * Another session of the course, a participant can be moved to, with its seats left.
 *
 * @author Livsviktig
 */
public class MoveTarget {

	public MoveTarget(long courseSessionId, String label, int seatsLeft) {
		_courseSessionId = courseSessionId;
		_label = label;
		_seatsLeft = seatsLeft;
	}

	public long getCourseSessionId() {
		return _courseSessionId;
	}

	public String getLabel() {
		return _label;
	}

	public int getSeatsLeft() {
		return Math.max(0, _seatsLeft);
	}

	private final long _courseSessionId;
	private final String _label;
	private final int _seatsLeft;

}
