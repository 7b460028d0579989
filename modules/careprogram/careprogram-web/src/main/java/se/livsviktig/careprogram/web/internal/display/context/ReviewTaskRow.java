package se.livsviktig.careprogram.web.internal.display.context;

import se.livsviktig.careprogram.web.internal.badge.ReviewBadge;

/**
 * One text the signed-in owner looks after, as Mina granskningar lists it: a programme's own summary or one
 * administration's routine, its badge, when it is due, and the parameter that names it in the confirm form.
 * Values are plain text; the JSP escapes them.
 *
 * @author Livsviktig
 */
public class ReviewTaskRow {

	public ReviewTaskRow(
		String idParameterName, long id, String careProgramTitle,
		String administrationName, ReviewBadge reviewBadge,
		String nextReviewDate, boolean needsReview) {

		_idParameterName = idParameterName;
		_id = id;
		_careProgramTitle = careProgramTitle;
		_administrationName = administrationName;
		_reviewBadge = reviewBadge;
		_nextReviewDate = nextReviewDate;
		_needsReview = needsReview;
	}

	/**
	 * @return the administration whose routine this is, or null for the programme's own summary
	 */
	public String getAdministrationName() {
		return _administrationName;
	}

	public String getCareProgramTitle() {
		return _careProgramTitle;
	}

	public long getId() {
		return _id;
	}

	/**
	 * @return {@code localRoutineId} or {@code careProgramId}: what the confirm action reads
	 */
	public String getIdParameterName() {
		return _idParameterName;
	}

	public String getNextReviewDate() {
		return _nextReviewDate;
	}

	public ReviewBadge getReviewBadge() {
		return _reviewBadge;
	}

	/**
	 * @return whether it is due soon or overdue, so it belongs among what to review now
	 */
	public boolean isNeedsReview() {
		return _needsReview;
	}

	private final String _administrationName;
	private final String _careProgramTitle;
	private final long _id;
	private final String _idParameterName;
	private final boolean _needsReview;
	private final String _nextReviewDate;
	private final ReviewBadge _reviewBadge;

}
