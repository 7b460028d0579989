package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.report.constants.ReportPortletKeys;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;
import se.livsviktig.report.web.internal.export.ReportExportCsvWriter;
import se.livsviktig.report.web.internal.export.ReportExportTable;

/**
 * A year's report as CSV for a spreadsheet with Swedish settings.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + ReportPortletKeys.REPORT,
		"mvc.command.name=" + ReportMVCCommandNames.EXPORT_REPORT_CSV
	},
	service = MVCResourceCommand.class
)
public class ExportReportCsvMVCResourceCommand
	extends BaseExportReportMVCResourceCommand {

	@Override
	protected String getContentType() {
		return ReportExportCsvWriter.CONTENT_TYPE;
	}

	@Override
	protected String getExtension() {
		return "csv";
	}

	@Override
	protected void write(
			ReportExportTable reportExportTable, OutputStream outputStream)
		throws IOException {

		outputStream.write(new ReportExportCsvWriter().write(reportExportTable));
	}

}
