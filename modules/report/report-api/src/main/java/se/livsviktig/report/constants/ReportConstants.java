package se.livsviktig.report.constants;

/**
 * The report app's root resource and the states of a freeze.
 *
 * @author Livsviktig
 */
public class ReportConstants {

	/**
	 * The longest period a report covers, in years: the agreements report yearly, and a comparison over a few
	 * years is the most anyone asks for.
	 */
	public static final int MAX_PERIOD_YEARS = 5;

	/**
	 * The root model resource that carries the app's top-level actions (see {@link ReportActionKeys}), checked in
	 * the report's site.
	 */
	public static final String RESOURCE_NAME = "se.livsviktig.report";

	/**
	 * The figures stored are the ones reported.
	 */
	public static final int STATUS_FROZEN = 0;

	/**
	 * Withdrawn: the figures stay stored, with who withdrew them, when and why.
	 */
	public static final int STATUS_UNFROZEN = 1;

}
