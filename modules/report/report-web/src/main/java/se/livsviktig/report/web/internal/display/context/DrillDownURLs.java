package se.livsviktig.report.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;

import javax.portlet.RenderResponse;

import se.livsviktig.report.figures.ReportDrillDownFigures;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;

/**
 * The address of a figure's drill-down, for the overview's figures and the drill-down's own tabs and pages.
 *
 * @author Livsviktig
 */
public class DrillDownURLs {

	/**
	 * @return the address of the sessions behind the figure, or null when no drill-down lies behind it (the
	 *         figure is shown without a link)
	 */
	public static String of(
		RenderResponse renderResponse, String figureKey,
		ReportPeriod reportPeriod, long organizationId, boolean rolledUp,
		long trainingMethodId, String sex) {

		if (!ReportDrillDownFigures.hasDrillDown(figureKey)) {
			return null;
		}

		return of(
			renderResponse,
			new DrillDownQuery(
				figureKey, reportPeriod, organizationId, rolledUp,
				trainingMethodId, sex, false, 1));
	}

	public static String of(
		RenderResponse renderResponse, DrillDownQuery drillDownQuery) {

		ReportPeriod reportPeriod = drillDownQuery.getReportPeriod();

		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			ReportMVCCommandNames.VIEW_DRILL_DOWN
		).setParameter(
			"figureKey", drillDownQuery.getFigureKey()
		).setParameter(
			"firstDay", reportPeriod.getFirstDay()
		).setParameter(
			"lastDay", reportPeriod.getLastDay()
		).setParameter(
			"organizationId", drillDownQuery.getOrganizationId()
		).setParameter(
			"rolledUp", drillDownQuery.isRolledUp()
		).setParameter(
			"trainingMethodId", drillDownQuery.getTrainingMethodId()
		).setParameter(
			"sex", drillDownQuery.getSex()
		).setParameter(
			"list",
			drillDownQuery.isRegistrations() ?
				DrillDownQuery.LIST_REGISTRATIONS : DrillDownQuery.LIST_SESSIONS
		).setParameter(
			"page", drillDownQuery.getPage()
		).buildString();
	}

	private DrillDownURLs() {
	}

}
