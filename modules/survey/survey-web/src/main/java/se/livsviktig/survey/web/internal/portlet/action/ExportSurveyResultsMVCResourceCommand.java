package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.IOException;
import java.io.OutputStream;

import java.nio.charset.StandardCharsets;

import java.util.ResourceBundle;

import javax.portlet.PortletException;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.SurveyResultsFilterException;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.service.SurveyResultsService;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.language.SurveyErrorKeys;
import se.livsviktig.survey.web.internal.results.LanguageResourceBundle;
import se.livsviktig.survey.web.internal.results.SurveyResultsCsvExport;
import se.livsviktig.survey.web.internal.results.SurveyResultsLabelsFactory;
import se.livsviktig.survey.web.internal.results.SurveyResultsRequest;

/**
 * The results page as a CSV file, with the page's filter. The results are read
 * first, through the service that checks VIEW_SURVEY_RESULTS, so a refusal
 * ends the request before a header or a byte of the file is written.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_ADMIN,
		"mvc.command.name=" + SurveyMVCCommandNames.EXPORT_SURVEY_RESULTS
	},
	service = MVCResourceCommand.class
)
public class ExportSurveyResultsMVCResourceCommand
	implements MVCResourceCommand {

	@Override
	public boolean serveResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long surveyId = ParamUtil.getLong(resourceRequest, "surveyId");

		try {
			SurveyResults surveyResults =
				_surveyResultsService.getSurveyResults(
					surveyId,
					SurveyResultsRequest.toQuery(
						ParamUtil.getString(resourceRequest, "groupBy"),
						ParamUtil.getString(resourceRequest, "fromMonth"),
						ParamUtil.getString(resourceRequest, "toMonth"),
						ParamUtil.getString(resourceRequest, "methodId"),
						ParamUtil.getString(resourceRequest, "courseSessionId"),
						ParamUtil.getString(resourceRequest, "organizationId")));

			ResourceBundle resourceBundle = new LanguageResourceBundle(
			_language, themeDisplay.getLocale());

			SurveyResultsCsvExport surveyResultsCsvExport =
				new SurveyResultsCsvExport(
					resourceBundle,
					_surveyResultsLabelsFactory.create(
						surveyId, themeDisplay.getLocale(), resourceBundle));

			resourceResponse.setContentType("text/csv; charset=UTF-8");
			resourceResponse.addProperty(
				"Content-Disposition",
				"attachment; filename=\"survey-" + surveyId + "-results.csv\"");

			try (OutputStream outputStream =
					resourceResponse.getPortletOutputStream()) {

				surveyResultsCsvExport.write(surveyResults, outputStream);
			}
		}
		catch (SurveyResultsFilterException surveyResultsFilterException) {

			// A stale or typed filter is the reader's to correct, not a
			// server error: 400 with the message the results page shows

			_writeBadRequest(
				resourceResponse,
				_language.get(
					themeDisplay.getLocale(),
					SurveyErrorKeys.getErrorKey(
						surveyResultsFilterException.getClass())));
		}
		catch (IOException | PortalException exception) {
			throw new PortletException(exception);
		}

		return false;
	}

	private void _writeBadRequest(
			ResourceResponse resourceResponse, String message)
		throws PortletException {

		resourceResponse.setProperty(
			ResourceResponse.HTTP_STATUS_CODE,
			String.valueOf(HttpServletResponse.SC_BAD_REQUEST));
		resourceResponse.setContentType("text/plain; charset=UTF-8");

		try (OutputStream outputStream =
				resourceResponse.getPortletOutputStream()) {

			outputStream.write(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ioException) {
			throw new PortletException(ioException);
		}
	}

	@Reference
	private Language _language;

	@Reference
	private SurveyResultsLabelsFactory _surveyResultsLabelsFactory;

	@Reference
	private SurveyResultsService _surveyResultsService;

}
