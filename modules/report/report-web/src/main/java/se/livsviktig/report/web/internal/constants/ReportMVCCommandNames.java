package se.livsviktig.report.web.internal.constants;

/**
 * The routes of the report pages: render commands show a view, action commands change something. Other pages of
 * the app (drill-down, export) add theirs at the end.
 *
 * @author Livsviktig
 */
public class ReportMVCCommandNames {

	public static final String VIEW_OVERVIEW = "/report/view_overview";

	public static final String EDIT_EXPORT_MAPPING =
		"/report/edit_export_mapping";

	public static final String EXPORT_REPORT_CSV = "/report/export_report_csv";

	public static final String EXPORT_REPORT_XLSX =
		"/report/export_report_xlsx";

	public static final String VIEW_EXPORT = "/report/view_export";

	public static final String VIEW_DRILL_DOWN = "/report/view_drill_down";

	public static final String FREEZE = "/report/freeze";

	public static final String UNFREEZE = "/report/unfreeze";

	public static final String VIEW_FREEZE = "/report/view_freeze";

	public static final String VIEW_FREEZES = "/report/view_freezes";

}
