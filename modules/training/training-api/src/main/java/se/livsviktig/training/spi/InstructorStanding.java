package se.livsviktig.training.spi;

/**
 * How an instructor's licence stands with the body that issues it, as the instructor app judges it from the
 * sessions they have delivered.
 *
 * @author Livsviktig
 */
public enum InstructorStanding {

	/**
	 * Delivers too few sessions to keep the licence at the next check, unless they teach more.
	 */
	AT_RISK,

	/**
	 * The upkeep was not met: the licence lapses, although the certification is still valid on the dates.
	 */
	LAPSED,

	/**
	 * Keeps the licence.
	 */
	OK

}
