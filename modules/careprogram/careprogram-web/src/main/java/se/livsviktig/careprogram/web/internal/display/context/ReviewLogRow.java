package se.livsviktig.careprogram.web.internal.display.context;

/**
 * One entry of the review log: when, who, which text (a programme's summary or an administration's routine), how
 * (confirmed, new version approved, owner changed), the article version and the comment. Values are plain text;
 * the JSP escapes them.
 *
 * @author Livsviktig
 */
public class ReviewLogRow {

	public ReviewLogRow(
		String reviewDate, String reviewerName, String careProgramTitle,
		String administrationName, String kindLabelKey, String articleVersion,
		String comment) {

		_reviewDate = reviewDate;
		_reviewerName = reviewerName;
		_careProgramTitle = careProgramTitle;
		_administrationName = administrationName;
		_kindLabelKey = kindLabelKey;
		_articleVersion = articleVersion;
		_comment = comment;
	}

	/**
	 * @return the routine's administration, or null for the programme's own summary
	 */
	public String getAdministrationName() {
		return _administrationName;
	}

	/**
	 * @return the article's version then, or an empty string when there was no article
	 */
	public String getArticleVersion() {
		return _articleVersion;
	}

	public String getCareProgramTitle() {
		return _careProgramTitle;
	}

	public String getComment() {
		return _comment;
	}

	public String getKindLabelKey() {
		return _kindLabelKey;
	}

	public String getReviewDate() {
		return _reviewDate;
	}

	public String getReviewerName() {
		return _reviewerName;
	}

	private final String _administrationName;
	private final String _articleVersion;
	private final String _careProgramTitle;
	private final String _comment;
	private final String _kindLabelKey;
	private final String _reviewDate;
	private final String _reviewerName;

}
