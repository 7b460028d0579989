package se.livsviktig.careprogram.web.internal.display.context;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What Mina granskningar shows: the texts the signed-in person owns, those to review now apart from the rest, the
 * confirm form's target and where it comes back to, and what the last confirmation did.
 *
 * @author Livsviktig
 */
public class MyReviewsDisplayContext {

	public MyReviewsDisplayContext(
		List<ReviewTaskRow> reviewTaskRows, String confirmReviewURL,
		String redirect, String successMessageKey,
		List<FieldError> fieldErrors) {

		_reviewTaskRows = reviewTaskRows;
		_confirmReviewURL = confirmReviewURL;
		_redirect = redirect;
		_successMessageKey = successMessageKey;
		_fieldErrors = fieldErrors;
	}

	public String getConfirmReviewURL() {
		return _confirmReviewURL;
	}

	public List<FieldError> getFieldErrors() {
		return _fieldErrors;
	}

	/**
	 * @return the texts looked after and not due yet
	 */
	public List<ReviewTaskRow> getLaterRows() {
		return _reviewTaskRows.stream(
		).filter(
			row -> !row.isNeedsReview()
		).collect(
			Collectors.toList()
		);
	}

	public String getRedirect() {
		return _redirect;
	}

	public String getSuccessMessageKey() {
		return _successMessageKey;
	}

	/**
	 * @return the texts due soon or overdue, the most urgent first
	 */
	public List<ReviewTaskRow> getToReviewRows() {
		return _reviewTaskRows.stream(
		).filter(
			ReviewTaskRow::isNeedsReview
		).collect(
			Collectors.toList()
		);
	}

	private final String _confirmReviewURL;
	private final List<FieldError> _fieldErrors;
	private final String _redirect;
	private final List<ReviewTaskRow> _reviewTaskRows;
	private final String _successMessageKey;

}
