package se.livsviktig.report.web.internal.display.context;

import java.text.NumberFormat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportFigure;

/**
 * The overview's tables: per figure (in the report's order), one row per administration and one column per
 * method, with each row's total and a chart of the totals. Figures of no administration (sessions, counted for the
 * whole company) are one row of their own, shown once. A person-based figure (split by sex) also gets its table by
 * sex: one row per administration, a column per sex and the total. Each number links to the sessions behind it
 * where the figure has a drill-down; a total links with method 0 and sex "" (everyone).
 *
 * @author Livsviktig
 */
public class OverviewTables {

	/**
	 * @param figureLabel the figure's name in the reader's language, from its key
	 * @param organizationName an administration's name, from its id
	 * @param methodName a method's name in the reader's language, from its id
	 * @param noAdministrationLabel the row header of the figures that belong to no administration
	 * @param drillDownLink the address of the sessions behind a number, or null where there is none
	 */
	public OverviewTables(
		UnaryOperator<String> figureLabel, LongFunction<String> organizationName,
		LongFunction<String> methodName, String noAdministrationLabel,
		NumberFormat numberFormat, DrillDownLink drillDownLink) {

		_figureLabel = figureLabel;
		_organizationName = organizationName;
		_methodName = methodName;
		_noAdministrationLabel = noAdministrationLabel;
		_numberFormat = numberFormat;
		_drillDownLink = drillDownLink;
	}

	/**
	 * Whether a row of the overview counts its administration with everything under it, as the figures service
	 * does: every administration's row, or a chosen one's sub-organisations' rows when rolled up; never the row
	 * of no administration. Its drill-down must say the same.
	 *
	 * @param organizationId the overview's administration, 0 for every administration
	 * @param rolledUp whether the overview shows the chosen administration's sub-organisations
	 */
	public static boolean rowRolledUp(
		long organizationId, boolean rolledUp, long rowOrganizationId) {

		if (rowOrganizationId == 0) {
			return false;
		}

		return (organizationId == 0) || rolledUp;
	}

	public List<FigureTable> toTables(List<ReportFigure> reportFigures) {
		Map<String, List<ReportFigure>> figuresByKey = new LinkedHashMap<>();

		for (String figureKey : ReportFigureKeys.ALL) {
			figuresByKey.put(figureKey, new ArrayList<>());
		}

		for (ReportFigure reportFigure : reportFigures) {
			figuresByKey.computeIfAbsent(
				reportFigure.getFigureKey(), key -> new ArrayList<>()
			).add(
				reportFigure
			);
		}

		List<FigureTable> figureTables = new ArrayList<>();

		for (Map.Entry<String, List<ReportFigure>> entry :
				figuresByKey.entrySet()) {

			if (!entry.getValue().isEmpty()) {
				figureTables.add(_toTable(entry.getKey(), entry.getValue()));
			}
		}

		return figureTables;
	}

	private FigureCell _cell(
		String figureKey, long organizationId, long trainingMethodId,
		String sex, double value) {

		return new FigureCell(
			_format(value),
			_drillDownLink.of(
				figureKey, organizationId, trainingMethodId, sex));
	}

	private String _format(double value) {
		return _numberFormat.format(value);
	}

	private String _rowHeader(long organizationId) {
		if (organizationId == 0) {
			return _noAdministrationLabel;
		}

		return _organizationName.apply(organizationId);
	}

	private FigureTable _toTable(
		String figureKey, List<ReportFigure> reportFigures) {

		Set<Long> methodIds = new TreeSet<>();
		Set<Long> organizationIds = new LinkedHashSet<>();
		Map<String, Double> values = new LinkedHashMap<>();
		Map<String, Double> sexValues = new LinkedHashMap<>();

		for (ReportFigure reportFigure : reportFigures) {
			methodIds.add(reportFigure.getTrainingMethodId());
			organizationIds.add(reportFigure.getOrganizationId());
			values.merge(
				reportFigure.getOrganizationId() + "/" +
					reportFigure.getTrainingMethodId(),
				reportFigure.getValue(), Double::sum);

			if (ReportSexes.ALL.contains(reportFigure.getSex())) {
				sexValues.merge(
					reportFigure.getOrganizationId() + "/" +
						reportFigure.getSex(),
					reportFigure.getValue(), Double::sum);
			}
		}

		List<Long> sortedOrganizationIds = new ArrayList<>(organizationIds);

		sortedOrganizationIds.sort(
			Comparator.comparing(
				(Long organizationId) -> organizationId != 0
			).thenComparing(
				this::_rowHeader, String.CASE_INSENSITIVE_ORDER
			));

		List<String> methodNames = new ArrayList<>();

		for (long methodId : methodIds) {
			methodNames.add(_methodName.apply(methodId));
		}

		List<FigureRow> rows = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<Double> totals = new ArrayList<>();
		List<String> formattedTotals = new ArrayList<>();

		for (long organizationId : sortedOrganizationIds) {
			List<FigureCell> cells = new ArrayList<>();
			double total = 0;

			for (long methodId : methodIds) {
				Double value = values.get(organizationId + "/" + methodId);

				cells.add(
					_cell(
						figureKey, organizationId, methodId, ReportSexes.NONE,
						(value == null) ? 0 : value));

				if (value != null) {
					total += value;
				}
			}

			String header = _rowHeader(organizationId);

			rows.add(
				new FigureRow(
					header, cells,
					_cell(
						figureKey, organizationId, 0, ReportSexes.NONE, total),
					total));
			labels.add(header);
			totals.add(total);
			formattedTotals.add(_format(total));
		}

		String label = _figureLabel.apply("figure." + figureKey);
		String chartId = "chart-" + figureKey.replace('.', '-');

		String chartSvg = BarChartSvg.render(
			chartId, label,
			_figureLabel.apply("chart-of-the-totals-in-the-table-below"),
			labels, totals, formattedTotals);

		if (sexValues.isEmpty()) {
			return new FigureTable(
				figureKey, label, methodNames, rows, chartSvg, null,
				Collections.emptyList(), Collections.emptyList(), null);
		}

		String sexLabel = _figureLabel.apply(
			"x-by-sex"
		).replace(
			"{0}", label
		);

		List<String> sexNames = new ArrayList<>();
		List<Double> sexTotals = new ArrayList<>();
		List<String> formattedSexTotals = new ArrayList<>();

		for (String sex : ReportSexes.ALL) {
			double sexTotal = 0;

			for (long organizationId : sortedOrganizationIds) {
				sexTotal += sexValues.getOrDefault(
					organizationId + "/" + sex, 0D);
			}

			sexNames.add(_figureLabel.apply("sex." + sex));
			sexTotals.add(sexTotal);
			formattedSexTotals.add(_format(sexTotal));
		}

		return new FigureTable(
			figureKey, label, methodNames, rows, chartSvg, sexLabel, sexNames,
			_sexRows(figureKey, sortedOrganizationIds, sexValues),
			BarChartSvg.render(
				chartId + "-by-sex", sexLabel,
				_figureLabel.apply(
					"chart-of-the-totals-by-sex-in-the-table-below"),
				sexNames, sexTotals, formattedSexTotals));
	}

	/**
	 * The table by sex: per administration, women, men and unknown summed over the methods, and their total.
	 */
	private List<FigureRow> _sexRows(
		String figureKey, List<Long> organizationIds,
		Map<String, Double> sexValues) {

		List<FigureRow> sexRows = new ArrayList<>();

		for (long organizationId : organizationIds) {
			List<FigureCell> cells = new ArrayList<>();
			double total = 0;

			for (String sex : ReportSexes.ALL) {
				double value = sexValues.getOrDefault(
					organizationId + "/" + sex, 0D);

				cells.add(_cell(figureKey, organizationId, 0, sex, value));
				total += value;
			}

			sexRows.add(
				new FigureRow(
					_rowHeader(organizationId), cells,
					_cell(
						figureKey, organizationId, 0, ReportSexes.NONE, total),
					total));
		}

		return sexRows;
	}

	private final DrillDownLink _drillDownLink;
	private final UnaryOperator<String> _figureLabel;
	private final LongFunction<String> _methodName;
	private final String _noAdministrationLabel;
	private final NumberFormat _numberFormat;
	private final LongFunction<String> _organizationName;

}
