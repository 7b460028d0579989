package se.livsviktig.report.internal.figures.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.survey.model.FollowUpOutcomeFigures;
import se.livsviktig.survey.model.ResponseRateFigures;
import se.livsviktig.survey.service.SurveyFiguresLocalService;

/**
 * @author Livsviktig
 */
class SurveyReportFigureSourceTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(
			_source, "_surveyFiguresLocalService", _surveyFiguresLocalService);
	}

	@Test
	void eachGroupGivesItsCountsPerAdministrationAndMethodWithoutSex()
		throws Exception {

		when(
			_surveyFiguresLocalService.getResponseRateFigures(
				_COMPANY_ID, _FROM, _TO)
		).thenReturn(
			List.of(new ResponseRateFigures(7, 501, 12, 0, false))
		);
		when(
			_surveyFiguresLocalService.getFollowUpOutcomeFigures(
				_COMPANY_ID, _FROM, _TO)
		).thenReturn(
			List.of(new FollowUpOutcomeFigures(7, 501, 10, false, 6, false))
		);

		assertEquals(
			List.of(
				new ReportFigure(
					ReportFigureKeys.SURVEY_INVITATIONS, 7, 501,
					ReportSexes.NONE, 12),
				new ReportFigure(
					ReportFigureKeys.SURVEY_RESPONSES, 7, 501,
					ReportSexes.NONE, 0),
				new ReportFigure(
					ReportFigureKeys.SURVEY_FOLLOW_UP_RESPONDENTS, 7, 501,
					ReportSexes.NONE, 10),
				new ReportFigure(
					ReportFigureKeys.SURVEY_FOLLOW_UP_YES, 7, 501,
					ReportSexes.NONE, 6)),
			_source.getFigures(_COMPANY_ID, _FROM, _TO, 0, _NOW));
	}

	@Test
	void aSuppressedCountBecomesNoFigureRatherThanZero() throws Exception {
		when(
			_surveyFiguresLocalService.getRolledUpResponseRateFigures(
				_COMPANY_ID, 5, _FROM, _TO)
		).thenReturn(
			List.of(new ResponseRateFigures(7, 501, 12, 3, true))
		);
		when(
			_surveyFiguresLocalService.getRolledUpFollowUpOutcomeFigures(
				_COMPANY_ID, 5, _FROM, _TO)
		).thenReturn(
			List.of(
				new FollowUpOutcomeFigures(7, 501, 3, true, 2, true),
				new FollowUpOutcomeFigures(8, 501, 10, false, 8, true))
		);

		assertEquals(
			List.of(
				new ReportFigure(
					ReportFigureKeys.SURVEY_INVITATIONS, 7, 501,
					ReportSexes.NONE, 12),
				new ReportFigure(
					ReportFigureKeys.SURVEY_FOLLOW_UP_RESPONDENTS, 8, 501,
					ReportSexes.NONE, 10)),
			_source.getFigures(_COMPANY_ID, _FROM, _TO, 5, _NOW));
	}

	@Test
	void itsKeysAreTheReports() {
		// The pages name them (report-web's FigureLabelsTest: every key of ReportFigureKeys.ALL in both languages)

		for (String key : _source.getFigureKeys()) {
			assertTrue(ReportFigureKeys.ALL.contains(key), key);
		}

		assertEquals(4, _source.getFigureKeys().size());
	}

	private static final long _COMPANY_ID = 20097;

	private static final Date _FROM = new Date(1_800_000_000_000L);

	private static final Date _NOW = new Date(1_840_000_000_000L);

	private static final Date _TO = new Date(1_830_000_000_000L);

	private final SurveyReportFigureSource _source =
		new SurveyReportFigureSource();
	private final SurveyFiguresLocalService _surveyFiguresLocalService = mock(
		SurveyFiguresLocalService.class);

}
