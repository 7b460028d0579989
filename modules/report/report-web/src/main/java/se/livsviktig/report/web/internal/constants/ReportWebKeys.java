package se.livsviktig.report.web.internal.constants;

/**
 * Request attributes the render commands put on the request for the JSPs.
 *
 * @author Livsviktig
 */
public class ReportWebKeys {

	public static final String OVERVIEW_DISPLAY_CONTEXT =
		"OVERVIEW_DISPLAY_CONTEXT";

	public static final String EXPORT_DISPLAY_CONTEXT = "EXPORT_DISPLAY_CONTEXT";

	public static final String DRILL_DOWN_DISPLAY_CONTEXT =
		"DRILL_DOWN_DISPLAY_CONTEXT";

	public static final String FREEZE_DISPLAY_CONTEXT =
		"FREEZE_DISPLAY_CONTEXT";

	public static final String FREEZES_DISPLAY_CONTEXT =
		"FREEZES_DISPLAY_CONTEXT";

	/**
	 * The session error under which an action command leaves the Language key of its refusal for the view.
	 */
	public static final String REPORT_ERROR_KEY = "REPORT_ERROR_KEY";

}
