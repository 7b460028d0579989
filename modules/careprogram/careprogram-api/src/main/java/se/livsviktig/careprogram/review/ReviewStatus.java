package se.livsviktig.careprogram.review;

import java.util.Date;
import java.util.Objects;

/**
 * A programme's or routine's review standing at one moment: its state and the dates its badge shows
 * ("Granskad 12 mars 2026", "Granskning försenad sedan 3 februari 2026"). {@code overdueSince} is the missed due
 * date whenever the due day has passed, also when the text has no owner, so a page can say both.
 *
 * @author Livsviktig
 */
public final class ReviewStatus {

	public ReviewStatus(
		ReviewState reviewState, Date lastReviewDate, Date nextReviewDate,
		Date overdueSince) {

		_reviewState = Objects.requireNonNull(reviewState);
		_lastReviewDate = _copy(lastReviewDate);
		_nextReviewDate = _copy(nextReviewDate);
		_overdueSince = _copy(overdueSince);
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ReviewStatus)) {
			return false;
		}

		ReviewStatus reviewStatus = (ReviewStatus)object;

		return (_reviewState == reviewStatus._reviewState) &&
			   Objects.equals(_lastReviewDate, reviewStatus._lastReviewDate) &&
			   Objects.equals(_nextReviewDate, reviewStatus._nextReviewDate) &&
			   Objects.equals(_overdueSince, reviewStatus._overdueSince);
	}

	/**
	 * @return when the text was last confirmed, or {@code null} if it never was
	 */
	public Date getLastReviewDate() {
		return _copy(_lastReviewDate);
	}

	/**
	 * @return when the next review is due, or {@code null} if no cycle was ever scheduled
	 */
	public Date getNextReviewDate() {
		return _copy(_nextReviewDate);
	}

	/**
	 * @return the missed due date once its day has passed, otherwise {@code null}
	 */
	public Date getOverdueSince() {
		return _copy(_overdueSince);
	}

	public ReviewState getReviewState() {
		return _reviewState;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_reviewState, _lastReviewDate, _nextReviewDate, _overdueSince);
	}

	@Override
	public String toString() {
		return _reviewState + "{last=" + _lastReviewDate + ", next=" +
			_nextReviewDate + ", overdueSince=" + _overdueSince + "}";
	}

	private static Date _copy(Date date) {

		// Date is mutable: a caller changing its own copy must not change this status

		if (date == null) {
			return null;
		}

		return new Date(date.getTime());
	}

	private final Date _lastReviewDate;
	private final Date _nextReviewDate;
	private final Date _overdueSince;
	private final ReviewState _reviewState;

}
