package se.livsviktig.survey.service.internal.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import se.livsviktig.survey.model.SurveyDistribution;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsGroup;
import se.livsviktig.survey.model.SurveyResultsQuery;

/**
 * Turns the database's counts into a results page that holds no suppressed
 * figure. One table for the groups' respondents and one per question; a
 * figure one table hides (a group's respondents, a grand total) is hidden in
 * every table that shows the same figure, repeated until no table hides
 * anything new, because a figure hidden in one table and shown in the next
 * is not hidden.
 *
 * <p>A mean is shown only for a group whose counts are all shown: with the
 * shown counts and the respondents, a mean is one more equation, enough to
 * solve two suppressed counts. The overall mean likewise only when every
 * group's mean and every total is shown.
 */
public class SurveyResultsAssembler {

	public SurveyResultsAssembler(CellSuppression cellSuppression) {
		_cellSuppression = cellSuppression;
	}

	/**
	 * @param groupCounts   per group: respondents and invited
	 * @param distributions per question id and group, the raw counts
	 */
	public SurveyResults assemble(
		long surveyId, SurveyResultsQuery query,
		List<ResultsQuestion> questions,
		Map<ResultsGroupKey, long[]> groupCounts,
		Map<Long, Map<ResultsGroupKey, QuestionDistribution>> distributions) {

		Set<ResultsGroupKey> keySet = new TreeSet<>(groupCounts.keySet());

		for (Map<ResultsGroupKey, QuestionDistribution> byGroup :
				distributions.values()) {

			keySet.addAll(byGroup.keySet());
		}

		List<ResultsGroupKey> keys = new ArrayList<>(keySet);

		if (keys.isEmpty()) {
			return _noResponses(surveyId, query, questions);
		}

		List<Table> tables = new ArrayList<>();

		Table respondentsTable = new Table(
			new long[keys.size()][0], new long[keys.size()], false);

		long totalInvited = 0;

		for (int row = 0; row < keys.size(); row++) {
			long[] counts = groupCounts.getOrDefault(
				keys.get(row), new long[2]);

			respondentsTable.rowTotals[row] = counts[0];
			totalInvited += counts[1];
		}

		tables.add(respondentsTable);

		List<QuestionDistribution[]> questionRows = new ArrayList<>();

		for (ResultsQuestion question : questions) {
			Map<ResultsGroupKey, QuestionDistribution> byGroup =
				distributions.getOrDefault(
					question.getSurveyQuestionId(), Collections.emptyMap());

			QuestionDistribution[] rows =
				new QuestionDistribution[keys.size()];

			Table table = new Table(
				new long[keys.size()][], new long[keys.size()],
				question.isRowsAdditive());

			for (int row = 0; row < keys.size(); row++) {
				rows[row] = byGroup.getOrDefault(
					keys.get(row), new QuestionDistribution(question));

				table.cells[row] = rows[row].getCounts();
				table.rowTotals[row] = rows[row].getRespondents();
			}

			questionRows.add(rows);
			tables.add(table);
		}

		_suppressConsistently(tables, keys.size());

		List<SurveyResultsGroup> groups = new ArrayList<>();

		for (int row = 0; row < keys.size(); row++) {
			ResultsGroupKey key = keys.get(row);

			groups.add(
				new SurveyResultsGroup(
					key.getMethodId(), key.getCourseSessionId(),
					key.getOrganizationId(), key.getPeriod(),
					respondentsTable.rowTotal(row),
					groupCounts.getOrDefault(key, new long[2])[1]));
		}

		List<SurveyQuestionResults> questionResults = new ArrayList<>();

		for (int i = 0; i < questions.size(); i++) {
			questionResults.add(
				_questionResults(
					questions.get(i), questionRows.get(i), tables.get(i + 1)));
		}

		OptionalLong totalRespondents = respondentsTable.grandTotal();

		return new SurveyResults(
			surveyId, query, _cellSuppression.getMinimumRespondents(), groups,
			totalRespondents.isPresent() ? totalRespondents.getAsLong() : -1,
			totalInvited, questionResults);
	}

	private SurveyResults _noResponses(
		long surveyId, SurveyResultsQuery query,
		List<ResultsQuestion> questions) {

		List<SurveyQuestionResults> questionResults = new ArrayList<>();

		for (ResultsQuestion question : questions) {
			questionResults.add(
				new SurveyQuestionResults(
					question.getSurveyQuestionId(), question.getQuestionType(),
					question.getValues(), Collections.emptyList(),
					new SurveyDistribution(
						new long[question.getValues().length], 0,
						Double.NaN)));
		}

		return new SurveyResults(
			surveyId, query, _cellSuppression.getMinimumRespondents(),
			Collections.emptyList(), 0, 0, questionResults);
	}

	private static long _orHidden(OptionalLong count) {
		if (count.isPresent()) {
			return count.getAsLong();
		}

		return -1;
	}

	private SurveyQuestionResults _questionResults(
		ResultsQuestion question, QuestionDistribution[] rows, Table table) {

		SuppressedTable suppressedTable = table.suppressedTable;

		List<SurveyDistribution> groupDistributions = new ArrayList<>();

		boolean everyGroupMeanShown = true;

		for (int row = 0; row < rows.length; row++) {
			long[] counts = new long[suppressedTable.getColumnCount()];

			for (int column = 0; column < counts.length; column++) {
				counts[column] =
					suppressedTable.isCellSuppressed(row, column) ? -1 :
						suppressedTable.getCell(row, column);
			}

			double mean = Double.NaN;

			OptionalDouble rawMean = rows[row].getMean();

			if (rawMean.isPresent() &&
				!suppressedTable.hasSuppressedCellInRow(row) &&
				!suppressedTable.isRowTotalSuppressed(row)) {

				mean = rawMean.getAsDouble();
			}
			else if (rawMean.isPresent()) {
				everyGroupMeanShown = false;
			}

			groupDistributions.add(
				new SurveyDistribution(
					counts, _orHidden(table.rowTotal(row)), mean));
		}

		long[] totalCounts = new long[suppressedTable.getColumnCount()];

		QuestionDistribution total = new QuestionDistribution(question);

		int[] values = question.getValues();

		boolean everyTotalShown = !suppressedTable.isGrandTotalSuppressed();

		for (int column = 0; column < totalCounts.length; column++) {
			if (suppressedTable.isColumnTotalSuppressed(column)) {
				totalCounts[column] = -1;
				everyTotalShown = false;
			}
			else {
				totalCounts[column] = suppressedTable.getColumnTotal(column);

				total.addCount(values[column], totalCounts[column]);
			}
		}

		double totalMean = Double.NaN;

		if (everyGroupMeanShown && everyTotalShown &&
			total.getMean(
			).isPresent()) {

			totalMean = total.getMean(
			).getAsDouble();
		}

		return new SurveyQuestionResults(
			question.getSurveyQuestionId(), question.getQuestionType(), values,
			groupDistributions,
			new SurveyDistribution(
				totalCounts, _orHidden(table.grandTotal()), totalMean));
	}

	private void _suppressConsistently(List<Table> tables, int rows) {
		List<Set<Long>> hiddenRowTotals = new ArrayList<>();

		for (int row = 0; row < rows; row++) {
			hiddenRowTotals.add(new HashSet<>());
		}

		Set<Long> hiddenGrandTotals = new HashSet<>();

		boolean changed = true;

		while (changed) {
			changed = false;

			for (Table table : tables) {
				boolean[] hidden = new boolean[rows];

				long grandTotal = 0;

				for (int row = 0; row < rows; row++) {
					hidden[row] = hiddenRowTotals.get(
						row
					).contains(
						table.rowTotals[row]
					);
					grandTotal += table.rowTotals[row];
				}

				table.suppressedTable = _cellSuppression.suppress(
					table.cells, table.rowTotals, table.rowsAdditive, hidden,
					hiddenGrandTotals.contains(grandTotal));

				for (int row = 0; row < rows; row++) {
					if (table.suppressedTable.isRowTotalSuppressed(row) &&
						hiddenRowTotals.get(
							row
						).add(
							table.rowTotals[row]
						)) {

						changed = true;
					}
				}

				if (table.suppressedTable.isGrandTotalSuppressed() &&
					hiddenGrandTotals.add(grandTotal)) {

					changed = true;
				}
			}
		}
	}

	private final CellSuppression _cellSuppression;

	private static class Table {

		Table(long[][] cells, long[] rowTotals, boolean rowsAdditive) {
			this.cells = cells;
			this.rowTotals = rowTotals;
			this.rowsAdditive = rowsAdditive;
		}

		OptionalLong grandTotal() {
			if (suppressedTable.isGrandTotalSuppressed()) {
				return OptionalLong.empty();
			}

			return OptionalLong.of(suppressedTable.getGrandTotal());
		}

		OptionalLong rowTotal(int row) {
			if (suppressedTable.isRowTotalSuppressed(row)) {
				return OptionalLong.empty();
			}

			return OptionalLong.of(suppressedTable.getRowTotal(row));
		}

		final long[][] cells;
		final long[] rowTotals;
		final boolean rowsAdditive;
		SuppressedTable suppressedTable;

	}

}
