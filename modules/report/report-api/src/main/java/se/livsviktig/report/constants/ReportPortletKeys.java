package se.livsviktig.report.constants;

/**
 * The report app's portlet IDs: each portlet's class name with the dots turned into underscores, as the portal
 * names a portlet without a name of its own. Other bundles (links to the report) name the portlets through these.
 *
 * @author Livsviktig
 */
public class ReportPortletKeys {

	public static final String REPORT =
		"se_livsviktig_report_web_internal_portlet_ReportPortlet";

}
