package se.livsviktig.careprogram.web.internal.display.context;

import se.livsviktig.careprogram.web.internal.badge.ReviewBadge;

/**
 * One programme as the programme list shows it: its title and page, its own summary's badge, and how its
 * administrations keep their routines ("3 av 4 förvaltningar granskade i tid"). Values are plain text; the JSP
 * escapes them.
 *
 * @author Livsviktig
 */
public class CareProgramRow {

	public CareProgramRow(
		long careProgramId, String title, String viewURL,
		ReviewBadge reviewBadge, String routinesSummary) {

		_careProgramId = careProgramId;
		_title = title;
		_viewURL = viewURL;
		_reviewBadge = reviewBadge;
		_routinesSummary = routinesSummary;
	}

	public long getCareProgramId() {
		return _careProgramId;
	}

	public ReviewBadge getReviewBadge() {
		return _reviewBadge;
	}

	public String getRoutinesSummary() {
		return _routinesSummary;
	}

	public String getTitle() {
		return _title;
	}

	public String getViewURL() {
		return _viewURL;
	}

	private final long _careProgramId;
	private final ReviewBadge _reviewBadge;
	private final String _routinesSummary;
	private final String _title;
	private final String _viewURL;

}
