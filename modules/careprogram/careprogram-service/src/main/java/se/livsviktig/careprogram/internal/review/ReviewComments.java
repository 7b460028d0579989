package se.livsviktig.careprogram.internal.review;

import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.exception.ContentReviewCommentException;

/**
 * A review's comment is optional and at most 2,000 characters, the column's size.
 *
 * @author Livsviktig
 */
public final class ReviewComments {

	/**
	 * @return the comment without surrounding blanks, or "" for none
	 */
	public static String validate(String comment)
		throws ContentReviewCommentException {

		if (comment == null) {
			return "";
		}

		String trimmed = comment.trim();

		if (trimmed.length() > CareProgramConstants.REVIEW_COMMENT_MAX_LENGTH) {
			throw new ContentReviewCommentException(
				"A comment has at most " +
					CareProgramConstants.REVIEW_COMMENT_MAX_LENGTH +
						" characters");
		}

		return trimmed;
	}

	private ReviewComments() {
	}

}
