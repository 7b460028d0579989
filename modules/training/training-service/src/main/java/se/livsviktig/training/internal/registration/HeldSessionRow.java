package se.livsviktig.training.internal.registration;

import se.livsviktig.training.model.CourseSession;

/**
 * A session whose row this transaction holds for a change of its seats, and how that change is written: the way
 * the row was read decides it ({@link SeatLock#holdForSeat}), so the two never part.
 *
 * @author Livsviktig
 */
public final class HeldSessionRow {

	public HeldSessionRow(CourseSession courseSession, SeatWriter seatWriter) {
		_courseSession = courseSession;
		_seatWriter = seatWriter;
	}

	/**
	 * @return the session as its row was when the hold began, with the seat changes made since
	 */
	public CourseSession getCourseSession() {
		return _courseSession;
	}

	/**
	 * Writes the counters changed on {@link #getCourseSession()}: its seats, waitlist and queue.
	 */
	public void writeSeatChange() {
		_seatWriter.write(_courseSession);
	}

	/**
	 * Writes a held session's seat change.
	 */
	@FunctionalInterface
	public interface SeatWriter {

		public void write(CourseSession courseSession);

	}

	private final CourseSession _courseSession;
	private final SeatWriter _seatWriter;

}
