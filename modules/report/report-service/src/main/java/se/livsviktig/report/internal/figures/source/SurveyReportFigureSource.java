package se.livsviktig.report.internal.figures.source;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.figures.ReportFigureSource;
import se.livsviktig.survey.service.SurveyFiguresLocalService;

/**
 * The survey app's figures for the report: response rate and the follow-up's key outcome per administration and
 * method, as the survey app gives them (suppressed below its minimum number of respondents). Its reference to the
 * app's API is mandatory, so where the app is not deployed this component stays unsatisfied and the report simply
 * has no such figures (the package import is optional, see bnd.bnd).
 *
 * @author Livsviktig
 */
@Component(service = ReportFigureSource.class)
public class SurveyReportFigureSource implements ReportFigureSource {

	@Override
	public List<String> getFigureKeys() {
		return _FIGURE_KEYS;
	}

	@Override
	public List<ReportFigure> getFigures(
			long companyId, Date from, Date to, long organizationId, Date now)
		throws PortalException {

		if (organizationId == 0) {
			return SurveyFigureFlattening.flatten(
				_surveyFiguresLocalService.getResponseRateFigures(
					companyId, from, to),
				_surveyFiguresLocalService.getFollowUpOutcomeFigures(
					companyId, from, to));
		}

		return SurveyFigureFlattening.flatten(
			_surveyFiguresLocalService.getRolledUpResponseRateFigures(
				companyId, organizationId, from, to),
			_surveyFiguresLocalService.getRolledUpFollowUpOutcomeFigures(
				companyId, organizationId, from, to));
	}

	private static final List<String> _FIGURE_KEYS =
		Collections.unmodifiableList(
			Arrays.asList(
				ReportFigureKeys.SURVEY_INVITATIONS,
				ReportFigureKeys.SURVEY_RESPONSES,
				ReportFigureKeys.SURVEY_FOLLOW_UP_RESPONDENTS,
				ReportFigureKeys.SURVEY_FOLLOW_UP_YES));

	@Reference
	private SurveyFiguresLocalService _surveyFiguresLocalService;

}
