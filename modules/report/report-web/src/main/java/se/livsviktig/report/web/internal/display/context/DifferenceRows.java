package se.livsviktig.report.web.internal.display.context;

import java.text.NumberFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

import se.livsviktig.report.figures.ReportFigureDifference;

/**
 * The differences of a freeze as rows, in the reader's language: the change today minus frozen, with its sign
 * written out (+3, −2) so a correction's direction is read without comparing the columns.
 *
 * @author Livsviktig
 */
public class DifferenceRows {

	public DifferenceRows(
		UnaryOperator<String> figureLabel, LongFunction<String> organizationName,
		LongFunction<String> methodName, String noAdministrationLabel,
		NumberFormat numberFormat) {

		_figureLabel = figureLabel;
		_organizationName = organizationName;
		_methodName = methodName;
		_noAdministrationLabel = noAdministrationLabel;
		_numberFormat = numberFormat;
	}

	public List<DifferenceRow> toRows(
		List<ReportFigureDifference> reportFigureDifferences) {

		List<DifferenceRow> rows = new ArrayList<>();

		for (ReportFigureDifference difference : reportFigureDifferences) {
			double change =
				difference.getCurrentValue() - difference.getFrozenValue();

			rows.add(
				new DifferenceRow(
					_figureLabel.apply("figure." + difference.getFigureKey()),
					(difference.getOrganizationId() == 0) ?
						_noAdministrationLabel :
							_organizationName.apply(
								difference.getOrganizationId()),
					_methodName.apply(difference.getTrainingMethodId()),
					_numberFormat.format(difference.getFrozenValue()),
					_numberFormat.format(difference.getCurrentValue()),
					((change > 0) ? "+" : (change < 0) ? "\u2212" : "") +
						_numberFormat.format(Math.abs(change))));
		}

		return rows;
	}

	private final UnaryOperator<String> _figureLabel;
	private final LongFunction<String> _methodName;
	private final String _noAdministrationLabel;
	private final NumberFormat _numberFormat;
	private final LongFunction<String> _organizationName;

}
