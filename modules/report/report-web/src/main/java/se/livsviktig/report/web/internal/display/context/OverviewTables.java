package se.livsviktig.report.web.internal.display.context;

import java.text.NumberFormat;

import java.util.ArrayList;
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
import se.livsviktig.report.figures.ReportFigure;

/**
 * The overview's tables: per figure (in the report's order), one row per administration and one column per
 * method, with each row's total and a chart of the totals. Figures of no administration (sessions, counted for the
 * whole company) are one row of their own, shown once.
 *
 * @author Livsviktig
 */
public class OverviewTables {

	/**
	 * @param figureLabel the figure's name in the reader's language, from its key
	 * @param organizationName an administration's name, from its id
	 * @param methodName a method's name in the reader's language, from its id
	 * @param noAdministrationLabel the row header of the figures that belong to no administration
	 */
	public OverviewTables(
		UnaryOperator<String> figureLabel, LongFunction<String> organizationName,
		LongFunction<String> methodName, String noAdministrationLabel,
		NumberFormat numberFormat) {

		_figureLabel = figureLabel;
		_organizationName = organizationName;
		_methodName = methodName;
		_noAdministrationLabel = noAdministrationLabel;
		_numberFormat = numberFormat;
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

		for (ReportFigure reportFigure : reportFigures) {
			methodIds.add(reportFigure.getTrainingMethodId());
			organizationIds.add(reportFigure.getOrganizationId());
			values.merge(
				reportFigure.getOrganizationId() + "/" +
					reportFigure.getTrainingMethodId(),
				reportFigure.getValue(), Double::sum);
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
			List<String> cells = new ArrayList<>();
			double total = 0;

			for (long methodId : methodIds) {
				Double value = values.get(organizationId + "/" + methodId);

				cells.add(_format((value == null) ? 0 : value));

				if (value != null) {
					total += value;
				}
			}

			String header = _rowHeader(organizationId);

			rows.add(new FigureRow(header, cells, _format(total), total));
			labels.add(header);
			totals.add(total);
			formattedTotals.add(_format(total));
		}

		String label = _figureLabel.apply("figure." + figureKey);

		return new FigureTable(
			figureKey, label, methodNames, rows,
			BarChartSvg.render(
				"chart-" + figureKey.replace('.', '-'), label,
				_figureLabel.apply("chart-of-the-totals-in-the-table-below"),
				labels, totals, formattedTotals));
	}

	private final UnaryOperator<String> _figureLabel;
	private final LongFunction<String> _methodName;
	private final String _noAdministrationLabel;
	private final NumberFormat _numberFormat;
	private final LongFunction<String> _organizationName;

}
