package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.time.ZoneId;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportPortletKeys;
import se.livsviktig.report.exception.ReportFigureKeyException;
import se.livsviktig.report.exception.ReportOrganizationException;
import se.livsviktig.report.exception.ReportPeriodEndException;
import se.livsviktig.report.exception.ReportPeriodLengthException;
import se.livsviktig.report.service.ReportDrillDownService;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;
import se.livsviktig.report.web.internal.constants.ReportWebKeys;
import se.livsviktig.report.web.internal.display.context.DrillDownDisplayContext;
import se.livsviktig.report.web.internal.display.context.DrillDownQuery;
import se.livsviktig.report.web.internal.display.context.DrillDownRows;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A figure's drill-down: the sessions behind it, and for a coordinator its registrations, a page at a time. A link
 * that names no figure with a drill-down, or a period that cannot be, shows why instead of the list.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + ReportPortletKeys.REPORT,
		"mvc.command.name=" + ReportMVCCommandNames.VIEW_DRILL_DOWN
	},
	service = MVCRenderCommand.class
)
public class ViewDrillDownMVCRenderCommand extends BaseReportMVCRenderCommand {

	public static final String BAD_INPUT_KEY = "DRILL_DOWN_BAD_INPUT_KEY";

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		ZoneId zoneId = themeDisplay.getTimeZone(
		).toZoneId();

		try {
			DrillDownQuery drillDownQuery = DrillDownQuery.of(
				renderRequest, zoneId);

			renderRequest.setAttribute(
				ReportWebKeys.DRILL_DOWN_DISPLAY_CONTEXT,
				new DrillDownDisplayContext(
					drillDownQuery, themeDisplay.getScopeGroupId(),
					_reportDrillDownService,
					new DrillDownRows(
						_courseLocalService, _courseSessionLocalService,
						_organizationLocalService, themeDisplay.getLocale(),
						zoneId),
					_organizationLocalService, _trainingMethodLocalService,
					renderResponse, themeDisplay.getLocale()));
		}
		catch (ReportFigureKeyException reportFigureKeyException) {
			renderRequest.setAttribute(
				BAD_INPUT_KEY, "drill-down-unknown-figure");
		}
		catch (ReportOrganizationException reportOrganizationException) {
			renderRequest.setAttribute(
				BAD_INPUT_KEY, "drill-down-unknown-administration");
		}
		catch (ReportPeriodEndException | ReportPeriodLengthException
					periodException) {

			renderRequest.setAttribute(BAD_INPUT_KEY, "drill-down-bad-period");
		}

		return "/drill_down/view.jsp";
	}

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private ReportDrillDownService _reportDrillDownService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
