package se.livsviktig.survey.web.internal.results;

import java.text.NumberFormat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.ResourceBundle;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.model.SurveyDistribution;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsGroup;

/**
 * What a results page shows, ready to print: per question a chart (the
 * totals, or the only group) and a data table with a row per group and the
 * totals, every figure already text in the reader's language, a suppressed
 * one as "färre än 5 svar". The JSP only loops and escapes.
 */
public class SurveyResultsDisplayContext {

	public SurveyResultsDisplayContext(
		SurveyResults surveyResults, ResultsLabels resultsLabels,
		ResourceBundle resourceBundle, Locale locale, String namespace) {

		this(
			surveyResults, resultsLabels, resourceBundle, locale, namespace,
			null);
	}

	/**
	 * @param freeTextAnswers each free-text question's answers as the results
	 *        service gave them, or null when the reader may not see free text
	 */
	public SurveyResultsDisplayContext(
		SurveyResults surveyResults, ResultsLabels resultsLabels,
		ResourceBundle resourceBundle, Locale locale, String namespace,
		Map<Long, List<String>> freeTextAnswers) {

		_surveyResults = surveyResults;
		_freeTextAnswers = freeTextAnswers;
		_resultsLabels = resultsLabels;
		_locale = locale;
		_namespace = namespace;

		_svgBarChart = new SvgBarChart(
			resourceBundle, surveyResults.getMinimumRespondents());
	}

	public List<GroupRow> getGroupRows() {
		List<GroupRow> groupRows = new ArrayList<>();

		for (SurveyResultsGroup group : _surveyResults.getGroups()) {
			groupRows.add(
				new GroupRow(
					_resultsLabels.group(group), _count(group.getRespondents()),
					String.valueOf(group.getInvited()),
					_percent(group.getResponseRate())));
		}

		return groupRows;
	}

	public List<QuestionView> getQuestionViews() {
		List<QuestionView> questionViews = new ArrayList<>();

		for (SurveyQuestionResults questionResults :
				_surveyResults.getQuestionResults()) {

			questionViews.add(_questionView(questionResults));
		}

		return questionViews;
	}

	public int getMinimumRespondents() {
		return _surveyResults.getMinimumRespondents();
	}

	public String getSuppressedText() {
		return _svgBarChart.getSuppressedText();
	}

	public boolean hasResponses() {
		return !_surveyResults.getGroups(
		).isEmpty();
	}

	public static class GroupRow {

		public String getInvited() {
			return _invited;
		}

		public String getLabel() {
			return _label;
		}

		public String getRespondents() {
			return _respondents;
		}

		public String getResponseRate() {
			return _responseRate;
		}

		private GroupRow(
			String label, String respondents, String invited,
			String responseRate) {

			_label = label;
			_respondents = respondents;
			_invited = invited;
			_responseRate = responseRate;
		}

		private final String _invited;
		private final String _label;
		private final String _respondents;
		private final String _responseRate;

	}

	public static class QuestionView {

		public String getChart() {
			return _chart;
		}

		public List<String> getColumnLabels() {
			return _columnLabels;
		}

		/**
		 * @return the answers to show, or null for a question that is not
		 *         free text
		 */
		public FreeTextView getFreeText() {
			return _freeText;
		}

		public List<TableRow> getRows() {
			return _rows;
		}

		public String getTitle() {
			return _title;
		}

		public boolean hasMean() {
			return _hasMean;
		}

		private QuestionView(
			String title, String chart, List<String> columnLabels,
			List<TableRow> rows, boolean hasMean, FreeTextView freeText) {

			_title = title;
			_freeText = freeText;
			_chart = chart;
			_columnLabels = columnLabels;
			_rows = rows;
			_hasMean = hasMean;
		}

		private final String _chart;
		private final List<String> _columnLabels;
		private final FreeTextView _freeText;
		private final boolean _hasMean;
		private final List<TableRow> _rows;
		private final String _title;

	}

	public static class TableRow {

		public List<String> getCounts() {
			return _counts;
		}

		public String getLabel() {
			return _label;
		}

		public String getMean() {
			return _mean;
		}

		public String getRespondents() {
			return _respondents;
		}

		private TableRow(
			String label, List<String> counts, String respondents,
			String mean) {

			_label = label;
			_counts = counts;
			_respondents = respondents;
			_mean = mean;
		}

		private final List<String> _counts;
		private final String _label;
		private final String _mean;
		private final String _respondents;

	}

	private String _count(OptionalLong count) {
		if (count.isPresent()) {
			return NumberFormat.getIntegerInstance(
				_locale
			).format(
				count.getAsLong()
			);
		}

		return _svgBarChart.getSuppressedText();
	}

	private String _mean(OptionalDouble mean) {
		if (!mean.isPresent()) {
			return "–";
		}

		NumberFormat numberFormat = NumberFormat.getNumberInstance(_locale);

		numberFormat.setMinimumFractionDigits(1);
		numberFormat.setMaximumFractionDigits(1);

		return numberFormat.format(mean.getAsDouble());
	}

	private String _percent(OptionalDouble rate) {
		if (!rate.isPresent()) {
			return "–";
		}

		return NumberFormat.getPercentInstance(
			_locale
		).format(
			rate.getAsDouble()
		);
	}

	private QuestionView _questionView(SurveyQuestionResults questionResults) {
		List<String> columnLabels = new ArrayList<>();

		for (int i = 0; i < questionResults.getValues().length; i++) {
			columnLabels.add(_resultsLabels.value(questionResults, i));
		}

		List<TableRow> rows = new ArrayList<>();

		List<SurveyResultsGroup> groups = _surveyResults.getGroups();

		for (int g = 0; g < groups.size(); g++) {
			rows.add(
				_tableRow(
					_resultsLabels.group(groups.get(g)),
					questionResults.getGroupDistributions(
					).get(
						g
					)));
		}

		SurveyDistribution total = questionResults.getTotal();

		rows.add(_tableRow(_resultsLabels.total(), total));

		List<ChartBar> bars = new ArrayList<>();

		for (int i = 0; i < columnLabels.size(); i++) {
			OptionalLong count = total.getCount(i);

			bars.add(
				count.isPresent() ?
					ChartBar.shown(columnLabels.get(i), count.getAsLong()) :
						ChartBar.suppressed(columnLabels.get(i)));
		}

		String title = _resultsLabels.question(questionResults);

		String chart = "";

		if (!bars.isEmpty()) {
			chart = _svgBarChart.render(
				_namespace + "chart" + questionResults.getSurveyQuestionId(),
				title, _resultsLabels.total(), bars);
		}

		// By the question's type, not by what is shown: a Likert question whose
		// means are all suppressed keeps its column, with "–" in each row.

		int questionType = questionResults.getQuestionType();

		boolean hasMean =
			(questionType == SurveyQuestionConstants.TYPE_LIKERT) ||
			(questionType == SurveyQuestionConstants.TYPE_YES_NO);

		return new QuestionView(
			title, chart, columnLabels, rows, hasMean,
			_freeTextView(questionResults));
	}

	private FreeTextView _freeTextView(SurveyQuestionResults questionResults) {
		if (questionResults.getQuestionType() !=
				SurveyQuestionConstants.TYPE_FREE_TEXT) {

			return null;
		}

		if (_freeTextAnswers == null) {
			return FreeTextView.notPermitted();
		}

		return FreeTextView.of(
			_freeTextAnswers.getOrDefault(
				questionResults.getSurveyQuestionId(),
				Collections.emptyList()));
	}

	private TableRow _tableRow(String label, SurveyDistribution distribution) {
		List<String> counts = new ArrayList<>();

		for (int i = 0; i < distribution.getValueCount(); i++) {
			counts.add(_count(distribution.getCount(i)));
		}

		return new TableRow(
			label, counts, _count(distribution.getRespondents()),
			_mean(distribution.getMean()));
	}

	private final Map<Long, List<String>> _freeTextAnswers;
	private final Locale _locale;
	private final String _namespace;
	private final ResultsLabels _resultsLabels;
	private final SurveyResults _surveyResults;
	private final SvgBarChart _svgBarChart;

}
