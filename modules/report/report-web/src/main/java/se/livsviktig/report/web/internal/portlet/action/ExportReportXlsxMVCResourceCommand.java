package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.report.constants.ReportPortletKeys;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;
import se.livsviktig.report.web.internal.export.ReportExportTable;
import se.livsviktig.report.web.internal.export.ReportExportXlsxWriter;

/**
 * A year's report as an Excel workbook, its values number cells.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + ReportPortletKeys.REPORT,
		"mvc.command.name=" + ReportMVCCommandNames.EXPORT_REPORT_XLSX
	},
	service = MVCResourceCommand.class
)
public class ExportReportXlsxMVCResourceCommand
	extends BaseExportReportMVCResourceCommand {

	@Override
	protected String getContentType() {
		return ReportExportXlsxWriter.CONTENT_TYPE;
	}

	@Override
	protected String getExtension() {
		return "xlsx";
	}

	@Override
	protected void write(
			ReportExportTable reportExportTable, OutputStream outputStream)
		throws IOException {

		new ReportExportXlsxWriter().write(reportExportTable, outputStream);
	}

}
