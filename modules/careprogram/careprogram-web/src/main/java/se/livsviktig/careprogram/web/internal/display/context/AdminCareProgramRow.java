package se.livsviktig.careprogram.web.internal.display.context;

import se.livsviktig.careprogram.web.internal.badge.ReviewBadge;

/**
 * One programme as the coordinators' list shows it: title, who looks after the summary (null for nobody), the
 * review interval and badge, and the links to edit it, to its routines and to delete it. Values are plain text; the JSP escapes
 * them.
 *
 * @author Livsviktig
 */
public class AdminCareProgramRow {

	public AdminCareProgramRow(
		String title, String ownerName, int reviewIntervalMonths,
		ReviewBadge reviewBadge, String editURL, String localRoutinesURL,
		String deleteURL) {

		_title = title;
		_ownerName = ownerName;
		_reviewIntervalMonths = reviewIntervalMonths;
		_reviewBadge = reviewBadge;
		_editURL = editURL;
		_localRoutinesURL = localRoutinesURL;
		_deleteURL = deleteURL;
	}

	/**
	 * @return the delete confirmation's URL, or null when the coordinator may not delete the programme
	 */
	public String getDeleteURL() {
		return _deleteURL;
	}

	public String getEditURL() {
		return _editURL;
	}

	public String getLocalRoutinesURL() {
		return _localRoutinesURL;
	}

	public String getOwnerName() {
		return _ownerName;
	}

	public ReviewBadge getReviewBadge() {
		return _reviewBadge;
	}

	public int getReviewIntervalMonths() {
		return _reviewIntervalMonths;
	}

	public String getTitle() {
		return _title;
	}

	private final String _deleteURL;
	private final String _editURL;
	private final String _localRoutinesURL;
	private final String _ownerName;
	private final ReviewBadge _reviewBadge;
	private final int _reviewIntervalMonths;
	private final String _title;

}
