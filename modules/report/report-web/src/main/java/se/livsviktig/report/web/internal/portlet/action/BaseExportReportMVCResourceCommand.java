package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.IOException;
import java.io.OutputStream;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.export.ReportExportLine;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportExportRowService;
import se.livsviktig.report.web.internal.export.ExportErrors;
import se.livsviktig.report.web.internal.export.ReportExportTable;
import se.livsviktig.report.web.internal.export.ReportExportTableRow;
import se.livsviktig.report.web.internal.export.TrainingMethodNames;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * A year's report as a file, laid out by the site's mapping, with the figures of the administrations the reader
 * may read (the remote service checks). Bad input (no year, or one outside the years a report covers; a mapping
 * naming a figure the report no longer knows; an unknown administration) is answered 400 Bad Request with the
 * reason in the reader's language as plain text; a refused reader 403 Forbidden; neither gets a file.
 *
 * @author Livsviktig
 */
public abstract class BaseExportReportMVCResourceCommand
	extends BaseMVCResourceCommand {

	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2100;

	@Override
	protected void doServeResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		Locale locale = themeDisplay.getLocale();

		long year = _parameter(resourceRequest, "year");

		if ((year < FIRST_YEAR) || (year > LAST_YEAR)) {
			_refuse(
				resourceResponse, HttpServletResponse.SC_BAD_REQUEST,
				LanguageUtil.get(locale, "export-choose-a-year"));

			return;
		}

		List<ReportExportLine> reportExportLines;

		try {
			reportExportLines = _reportExportRowService.getExportLines(
				themeDisplay.getScopeGroupId(),
				ReportPeriod.ofYear(
					(int)year,
					themeDisplay.getTimeZone(
					).toZoneId()),
				_parameter(resourceRequest, "organizationId"),
				Boolean.parseBoolean(
					resourceRequest.getParameter("rolledUp")));
		}
		catch (PrincipalException principalException) {
			_refuse(
				resourceResponse, HttpServletResponse.SC_FORBIDDEN,
				LanguageUtil.get(
					locale, "you-do-not-have-permission-to-see-these-figures"));

			return;
		}
		catch (PortalException portalException) {
			String messageKey = ExportErrors.messageKey(
				portalException.getClass());

			if (messageKey == null) {
				throw portalException;
			}

			_refuse(
				resourceResponse, HttpServletResponse.SC_BAD_REQUEST,
				LanguageUtil.get(locale, messageKey));

			return;
		}

		ReportExportTable reportExportTable = table(
			reportExportLines, (int)year, locale,
			TrainingMethodNames.of(
				_trainingMethodService, themeDisplay.getCompanyGroupId(),
				locale));

		resourceResponse.setContentType(getContentType());
		resourceResponse.setProperty(
			"Content-Disposition",
			"attachment; filename=\"livsviktig-report-" + year + "." +
				getExtension() + "\"");

		try (OutputStream outputStream =
				resourceResponse.getPortletOutputStream()) {

			write(reportExportTable, outputStream);
		}
	}

	protected abstract String getContentType();

	protected abstract String getExtension();

	/**
	 * The lines with their columns' names in the reader's language: a method by its name (0: every method), a sex
	 * by its word (none: every sex).
	 */
	protected ReportExportTable table(
		List<ReportExportLine> reportExportLines, int year, Locale locale,
		Map<Long, String> trainingMethodNames) {

		List<ReportExportTableRow> rows = new ArrayList<>();

		for (ReportExportLine reportExportLine : reportExportLines) {
			long trainingMethodId = reportExportLine.getReportExportMappingRow(
			).getTrainingMethodId();
			String sex = reportExportLine.getReportExportMappingRow(
			).getSex();

			rows.add(
				new ReportExportTableRow(
					reportExportLine.getLabel(), reportExportLine.getValue(),
					LanguageUtil.get(
						locale,
						"figure." +
							reportExportLine.getReportExportMappingRow(
							).getFigureKey()),
					(trainingMethodId == 0) ?
						LanguageUtil.get(locale, "every-training-method") :
							trainingMethodNames.getOrDefault(
								trainingMethodId,
								String.valueOf(trainingMethodId)),
					sex.isEmpty() ? LanguageUtil.get(locale, "every-sex") :
						LanguageUtil.get(locale, "sex." + sex)));
		}

		return new ReportExportTable(
			LanguageUtil.format(locale, "annual-follow-up-x", year),
			Arrays.asList(
				LanguageUtil.get(locale, "export-line"),
				LanguageUtil.get(locale, "export-value"),
				LanguageUtil.get(locale, "export-figure"),
				LanguageUtil.get(locale, "export-training-method"),
				LanguageUtil.get(locale, "export-sex")),
			rows);
	}

	protected abstract void write(
			ReportExportTable reportExportTable, OutputStream outputStream)
		throws IOException;

	/**
	 * A number parameter, or 0 when it is missing or not a number (refused as a year, every administration as an
	 * organisation: the permission decides whether that reader may read every administration).
	 */
	private long _parameter(ResourceRequest resourceRequest, String name) {
		String value = resourceRequest.getParameter(name);

		if (value == null) {
			return 0;
		}

		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException numberFormatException) {
			return 0;
		}
	}

	private void _refuse(
			ResourceResponse resourceResponse, int status, String message)
		throws IOException {

		resourceResponse.setStatus(status);
		resourceResponse.setContentType("text/plain; charset=UTF-8");

		try (OutputStream outputStream =
				resourceResponse.getPortletOutputStream()) {

			outputStream.write(message.getBytes(StandardCharsets.UTF_8));
		}
	}

	// Protected, not private: SCR injects a superclass's field only when the subclass may access it

	@Reference
	protected ReportExportRowService _reportExportRowService;

	@Reference
	protected TrainingMethodService _trainingMethodService;

}
