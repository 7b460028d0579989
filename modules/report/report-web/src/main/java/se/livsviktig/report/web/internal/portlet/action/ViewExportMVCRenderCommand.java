package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.portlet.url.builder.ResourceURLBuilder;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportPortletKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.export.ReportExportMappingRow;
import se.livsviktig.report.service.ReportExportRowService;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;
import se.livsviktig.report.web.internal.constants.ReportWebKeys;
import se.livsviktig.report.web.internal.display.context.ExportDisplayContext;
import se.livsviktig.report.web.internal.export.ExportErrors;
import se.livsviktig.report.web.internal.export.ExportMappingDraft;
import se.livsviktig.report.web.internal.export.TrainingMethodNames;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The export page: the year's downloads and the mapping editor, with the site's saved mapping, the default when it
 * saved none (read, never stored), or the editor's unsaved draft. Needs MANAGE_REPORT_MAPPING, checked by the
 * remote service; without it the error page says so.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + ReportPortletKeys.REPORT,
		"mvc.command.name=" + ReportMVCCommandNames.VIEW_EXPORT
	},
	service = MVCRenderCommand.class
)
public class ViewExportMVCRenderCommand extends BaseReportMVCRenderCommand {

	/**
	 * Years a report is written for: the last full year first, then the four before it and the year under way.
	 */
	public static List<Integer> years(LocalDate today) {
		List<Integer> years = new ArrayList<>();

		for (int year = today.getYear() - 1; year >= (today.getYear() - 5);
			 year--) {

			years.add(year);
		}

		years.add(today.getYear());

		return years;
	}

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		long groupId = themeDisplay.getScopeGroupId();
		Locale locale = themeDisplay.getLocale();

		boolean savedMapping = _reportExportRowService.hasSavedMapping(groupId);

		List<ReportExportMappingRow> rows;
		boolean draft = ExportMappingDraft.isPosted(
			name -> ParamUtil.getString(renderRequest, name, null));

		if (draft) {
			rows = ExportMappingDraft.fromParameters(
				name -> ParamUtil.getString(renderRequest, name, null)
			).getRows();
		}
		else {
			rows = _reportExportRowService.getMapping(groupId);
		}

		List<Map.Entry<String, String>> figureOptions = new ArrayList<>();

		for (String figureKey : ReportFigureKeys.ALL) {
			figureOptions.add(
				ExportDisplayContext.option(
					figureKey, LanguageUtil.get(locale, "figure." + figureKey)));
		}

		List<Map.Entry<String, String>> trainingMethodOptions =
			new ArrayList<>();

		trainingMethodOptions.add(
			ExportDisplayContext.option(
				"0", LanguageUtil.get(locale, "every-training-method")));

		for (Map.Entry<Long, String> entry :
				TrainingMethodNames.of(
					_trainingMethodService, themeDisplay.getCompanyGroupId(),
					locale
				).entrySet()) {

			trainingMethodOptions.add(
				ExportDisplayContext.option(
					String.valueOf(entry.getKey()), entry.getValue()));
		}

		List<Map.Entry<String, String>> sexOptions = new ArrayList<>();

		sexOptions.add(
			ExportDisplayContext.option(
				ReportSexes.NONE, LanguageUtil.get(locale, "every-sex")));

		for (String sex : ReportSexes.ALL) {
			sexOptions.add(
				ExportDisplayContext.option(
					sex, LanguageUtil.get(locale, "sex." + sex)));
		}

		List<String> errorMessageKeys = new ArrayList<>();

		for (Class<?> exceptionClass : ExportErrors.INPUT_ERRORS) {
			if (SessionErrors.contains(renderRequest, exceptionClass)) {
				errorMessageKeys.add(ExportErrors.messageKey(exceptionClass));
			}
		}

		renderRequest.setAttribute(
			ReportWebKeys.EXPORT_DISPLAY_CONTEXT,
			new ExportDisplayContext(
				rows, savedMapping, draft, figureOptions, trainingMethodOptions,
				sexOptions,
				years(
					LocalDate.ofInstant(
						now().toInstant(),
						themeDisplay.getTimeZone(
						).toZoneId())),
				errorMessageKeys,
				PortletURLBuilder.createActionURL(
					renderResponse
				).setActionName(
					ReportMVCCommandNames.EDIT_EXPORT_MAPPING
				).buildString(),
				_resourceURL(
					renderResponse, ReportMVCCommandNames.EXPORT_REPORT_CSV),
				_resourceURL(
					renderResponse, ReportMVCCommandNames.EXPORT_REPORT_XLSX)));

		return "/export/view.jsp";
	}

	private String _resourceURL(
		RenderResponse renderResponse, String resourceID) {

		return ResourceURLBuilder.createResourceURL(
			renderResponse
		).setResourceID(
			resourceID
		).buildString();
	}

	@Reference
	private ReportExportRowService _reportExportRowService;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
