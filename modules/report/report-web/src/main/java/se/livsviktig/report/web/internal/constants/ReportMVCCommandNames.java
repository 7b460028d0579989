package se.livsviktig.report.web.internal.constants;

/**
 * The routes of the report pages: render commands show a view, action commands change something. Other pages of
 * the app (drill-down, export) add theirs at the end.
 *
 * @author Livsviktig
 */
public class ReportMVCCommandNames {

	public static final String VIEW_OVERVIEW = "/report/view_overview";

	public static final String FREEZE = "/report/freeze";

	public static final String UNFREEZE = "/report/unfreeze";

	public static final String VIEW_FREEZE = "/report/view_freeze";

	public static final String VIEW_FREEZES = "/report/view_freezes";

}
