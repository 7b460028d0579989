package se.livsviktig.survey.web.internal.results;

import java.io.IOException;
import java.io.OutputStream;

import java.text.MessageFormat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.ResourceBundle;

import se.livsviktig.survey.model.SurveyDistribution;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsGroup;

/**
 * Exports what the results page shows as one CSV table with the same columns
 * on every line (question, group, answer, count, respondents, mean, invited,
 * response rate): first a line per group with its respondents, invited and
 * response rate, then per question and group a line per answer value, then
 * the totals. A spreadsheet filters and pivots it without reshaping; a
 * suppressed count reads as the page's text.
 */
public class SurveyResultsCsvExport {

	public SurveyResultsCsvExport(
		ResourceBundle resourceBundle, ResultsLabels resultsLabels) {

		_resourceBundle = resourceBundle;
		_resultsLabels = resultsLabels;
	}

	public void write(SurveyResults surveyResults, OutputStream outputStream)
		throws IOException {

		ResultsCsvWriter resultsCsvWriter = new ResultsCsvWriter(
			outputStream,
			MessageFormat.format(
				_resourceBundle.getString(
					SvgBarChart.KEY_FEWER_THAN_X_RESPONSES),
				String.valueOf(surveyResults.getMinimumRespondents())));

		resultsCsvWriter.writeRow(
			(Object[])new String[] {
				_text("results-csv-question"), _text("results-csv-group"),
				_text("results-csv-answer"), _text("results-csv-count"),
				_text("results-csv-respondents"), _text("results-csv-mean"),
				_text("results-csv-invited"), _text("results-csv-response-rate")
			});

		List<SurveyResultsGroup> groups = surveyResults.getGroups();

		for (SurveyResultsGroup group : groups) {
			resultsCsvWriter.writeRow(
				"", _resultsLabels.group(group), "", "", group.getRespondents(),
				OptionalDouble.empty(), group.getInvited(),
				group.getResponseRate());
		}

		for (SurveyQuestionResults questionResults :
				surveyResults.getQuestionResults()) {

			String question = _resultsLabels.question(questionResults);

			for (int g = 0; g < groups.size(); g++) {
				_writeDistribution(
					resultsCsvWriter, question, questionResults,
					_resultsLabels.group(groups.get(g)),
					questionResults.getGroupDistributions(
					).get(
						g
					));
			}

			_writeDistribution(
				resultsCsvWriter, question, questionResults,
				_resultsLabels.total(), questionResults.getTotal());
		}

		resultsCsvWriter.flush();
	}

	private String _text(String key) {
		return _resourceBundle.getString(key);
	}

	private void _writeDistribution(
			ResultsCsvWriter resultsCsvWriter, String question,
			SurveyQuestionResults questionResults, String group,
			SurveyDistribution distribution)
		throws IOException {

		if (distribution.getValueCount() == 0) {
			resultsCsvWriter.writeRow(
				question, group, "", "", distribution.getRespondents(),
				OptionalDouble.empty(), "", "");

			return;
		}

		for (int i = 0; i < distribution.getValueCount(); i++) {
			resultsCsvWriter.writeRow(
				question, group, _resultsLabels.value(questionResults, i),
				distribution.getCount(i), distribution.getRespondents(),
				distribution.getMean(), "", "");
		}
	}

	private final ResourceBundle _resourceBundle;
	private final ResultsLabels _resultsLabels;

}
