package se.livsviktig.careprogram.web.internal.display.context;

import java.util.List;

import se.livsviktig.careprogram.web.internal.badge.ReviewBadge;

/**
 * What a programme's page shows: its title and badge, who looks after its summary, the summary as the portal's
 * journal content rendered it (HTML the portal made from the article; null when the programme has no summary
 * yet), the national programme's link, each administration's routine, related courses with their next sessions
 * and the contacts.
 *
 * @author Livsviktig
 */
public class CareProgramPageDisplayContext {

	public CareProgramPageDisplayContext(
		String title, ReviewBadge reviewBadge, String ownerName,
		String summaryHTML, String nationalURL,
		List<LocalRoutineRow> localRoutineRows,
		List<RelatedMethod> relatedMethods, List<String> contactNames,
		String backURL) {

		_title = title;
		_reviewBadge = reviewBadge;
		_ownerName = ownerName;
		_summaryHTML = summaryHTML;
		_nationalURL = nationalURL;
		_localRoutineRows = localRoutineRows;
		_relatedMethods = relatedMethods;
		_contactNames = contactNames;
		_backURL = backURL;
	}

	public String getBackURL() {
		return _backURL;
	}

	public List<String> getContactNames() {
		return _contactNames;
	}

	public List<LocalRoutineRow> getLocalRoutineRows() {
		return _localRoutineRows;
	}

	/**
	 * @return the national programme's page (http or https, checked by the service), or an empty string
	 */
	public String getNationalURL() {
		return _nationalURL;
	}

	/**
	 * @return the owner's full name, or null when the summary has no (active) owner
	 */
	public String getOwnerName() {
		return _ownerName;
	}

	public List<RelatedMethod> getRelatedMethods() {
		return _relatedMethods;
	}

	public ReviewBadge getReviewBadge() {
		return _reviewBadge;
	}

	/**
	 * @return the summary article as the portal rendered it, or null when there is none to show
	 */
	public String getSummaryHTML() {
		return _summaryHTML;
	}

	public String getTitle() {
		return _title;
	}

	private final String _backURL;
	private final List<String> _contactNames;
	private final List<LocalRoutineRow> _localRoutineRows;
	private final String _nationalURL;
	private final String _ownerName;
	private final List<RelatedMethod> _relatedMethods;
	private final ReviewBadge _reviewBadge;
	private final String _summaryHTML;
	private final String _title;

}
