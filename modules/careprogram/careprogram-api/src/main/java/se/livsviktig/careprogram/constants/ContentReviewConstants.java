package se.livsviktig.careprogram.constants;

/**
 * The kinds of entry in the review log (ContentReview.reviewKind).
 *
 * @author Livsviktig
 */
public class ContentReviewConstants {

	/**
	 * Someone confirmed that the text is still correct ("still correct", one click, comment optional).
	 */
	public static final int KIND_CONFIRMED = 0;

	/**
	 * A new version of the article was approved, which resets the review cycle too.
	 */
	public static final int KIND_NEW_VERSION = 1;

	/**
	 * The owner changed (a new owner, or none when the owner left).
	 */
	public static final int KIND_OWNER_CHANGED = 2;

}
