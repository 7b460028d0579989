package se.livsviktig.careprogram.constants;

/**
 * @author Livsviktig
 */
public class CareProgramConstants {

	/**
	 * The root model resource that carries the app's top-level actions (see {@link CareProgramActionKeys}), checked
	 * in the site's group: programmes and routines are a site's.
	 */
	public static final String RESOURCE_NAME = "se.livsviktig.careprogram";

	/**
	 * A routine's review interval when none is given: a year.
	 */
	public static final int DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

	/**
	 * The shortest and longest review interval: at least monthly, at most every five years.
	 */
	public static final int MIN_REVIEW_INTERVAL_MONTHS = 1;

	public static final int MAX_REVIEW_INTERVAL_MONTHS = 60;

	/**
	 * The longest comment of a review ("still correct").
	 */
	public static final int REVIEW_COMMENT_MAX_LENGTH = 2000;

	/**
	 * The site's vocabulary whose categories are a programme's target groups, created once per site with this
	 * Swedish name (and "Target group" in English).
	 */
	public static final String TARGET_GROUP_VOCABULARY_NAME = "Målgrupp";

	/**
	 * The longest title of a programme in one language (the localized column holds every language's).
	 */
	public static final int TITLE_MAX_LENGTH = 300;

	/**
	 * The longest link to the national programme, the column's size.
	 */
	public static final int NATIONAL_URL_MAX_LENGTH = 1000;

	/**
	 * The external reference code the app finds a site's "Målgrupp" vocabulary by, whatever editors rename it to.
	 */
	public static final String TARGET_GROUP_VOCABULARY_ERC =
		"livsviktig-careprogram-target-group";

}
