package se.livsviktig.careprogram.web.internal.display.context;

import se.livsviktig.careprogram.web.internal.badge.ReviewBadge;

/**
 * One administration's routine of a programme: whose it is, who looks after it (null for nobody) and its badge.
 * Values are plain text; the JSP escapes them.
 *
 * @author Livsviktig
 */
public class LocalRoutineRow {

	public LocalRoutineRow(
		long localRoutineId, String administrationName, String ownerName,
		ReviewBadge reviewBadge, int reviewIntervalMonths) {

		_localRoutineId = localRoutineId;
		_administrationName = administrationName;
		_ownerName = ownerName;
		_reviewBadge = reviewBadge;
		_reviewIntervalMonths = reviewIntervalMonths;
	}

	public String getAdministrationName() {
		return _administrationName;
	}

	public long getLocalRoutineId() {
		return _localRoutineId;
	}

	/**
	 * @return the owner's full name, or null when the routine has no (active) owner
	 */
	public String getOwnerName() {
		return _ownerName;
	}

	public ReviewBadge getReviewBadge() {
		return _reviewBadge;
	}

	public int getReviewIntervalMonths() {
		return _reviewIntervalMonths;
	}

	private final String _administrationName;
	private final long _localRoutineId;
	private final String _ownerName;
	private final ReviewBadge _reviewBadge;
	private final int _reviewIntervalMonths;

}
