package se.livsviktig.careprogram.web.internal.display.context;

/**
 * A programme's values as the form's fields show them, or a new programme's defaults.
 *
 * @author Livsviktig
 */
public class CareProgramFormValues {

	public CareProgramFormValues(
		String titleSv, String titleEn, String articleResourcePrimKey,
		String nationalURL, String ownerEmailAddress,
		String reviewIntervalMonths, String contactEmailAddresses) {

		_titleSv = titleSv;
		_titleEn = titleEn;
		_articleResourcePrimKey = articleResourcePrimKey;
		_nationalURL = nationalURL;
		_ownerEmailAddress = ownerEmailAddress;
		_reviewIntervalMonths = reviewIntervalMonths;
		_contactEmailAddresses = contactEmailAddresses;
	}

	public String getArticleResourcePrimKey() {
		return _articleResourcePrimKey;
	}

	public String getContactEmailAddresses() {
		return _contactEmailAddresses;
	}

	public String getNationalURL() {
		return _nationalURL;
	}

	public String getOwnerEmailAddress() {
		return _ownerEmailAddress;
	}

	public String getReviewIntervalMonths() {
		return _reviewIntervalMonths;
	}

	public String getTitleEn() {
		return _titleEn;
	}

	public String getTitleSv() {
		return _titleSv;
	}

	private final String _articleResourcePrimKey;
	private final String _contactEmailAddresses;
	private final String _nationalURL;
	private final String _ownerEmailAddress;
	private final String _reviewIntervalMonths;
	private final String _titleEn;
	private final String _titleSv;

}
