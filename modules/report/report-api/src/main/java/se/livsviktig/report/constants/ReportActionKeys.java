package se.livsviktig.report.constants;

/**
 * The report app's top-level actions on its root resource ({@link ReportConstants#RESOURCE_NAME}) in a site, as
 * granted to roles in the portal's permission UI.
 *
 * @author Livsviktig
 */
public class ReportActionKeys {

	/**
	 * Store a period's figures as reported, so later corrections show as differences.
	 */
	public static final String FREEZE_REPORTS = "FREEZE_REPORTS";

	/**
	 * Withdraw a freeze (a report sent in error); kept apart from freezing because it changes what was reported.
	 */
	public static final String UNFREEZE_REPORTS = "UNFREEZE_REPORTS";

	public static final String VIEW_REPORTS = "VIEW_REPORTS";

	/**
	 * Edit the site's export mapping, the lines of the yearly report and the figure each shows.
	 */
	public static final String MANAGE_REPORT_MAPPING = "MANAGE_REPORT_MAPPING";

}
