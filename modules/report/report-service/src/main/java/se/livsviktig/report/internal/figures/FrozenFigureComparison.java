package se.livsviktig.report.internal.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.figures.ReportFigureDifference;

/**
 * Matches the figures frozen when a period was reported with today's figures of the same period and scope, by key,
 * administration, method and sex, and keeps those whose value changed: a registration corrected afterwards, a session
 * cancelled late. A figure on one side only counts as 0 on the other, so a group that appeared or vanished shows.
 *
 * @author Livsviktig
 */
public class FrozenFigureComparison {

	public static List<ReportFigureDifference> differences(
		List<ReportFigure> frozenFigures, List<ReportFigure> currentFigures) {

		return _compare(frozenFigures, currentFigures, true);
	}

	/**
	 * Every figure of the freeze and of today, each with both values, the unchanged ones too: what the freeze
	 * view lists when asked for all of them.
	 */
	public static List<ReportFigureDifference> everyFigure(
		List<ReportFigure> frozenFigures, List<ReportFigure> currentFigures) {

		return _compare(frozenFigures, currentFigures, false);
	}

	private static List<ReportFigureDifference> _compare(
		List<ReportFigure> frozenFigures, List<ReportFigure> currentFigures,
		boolean changedOnly) {

		Map<List<Object>, double[]> values = new LinkedHashMap<>();

		for (ReportFigure frozenFigure : frozenFigures) {
			values.computeIfAbsent(
				_key(frozenFigure), key -> new double[2]
			)[0] += frozenFigure.getValue();
		}

		for (ReportFigure currentFigure : currentFigures) {
			values.computeIfAbsent(
				_key(currentFigure), key -> new double[2]
			)[1] += currentFigure.getValue();
		}

		List<ReportFigureDifference> differences = new ArrayList<>();

		for (Map.Entry<List<Object>, double[]> entry : values.entrySet()) {
			double[] frozenAndCurrent = entry.getValue();

			if (changedOnly &&
				(Double.compare(frozenAndCurrent[0], frozenAndCurrent[1]) ==
					0)) {

				continue;
			}

			List<Object> key = entry.getKey();

			differences.add(
				new ReportFigureDifference(
					(String)key.get(0), (Long)key.get(1), (Long)key.get(2),
					(String)key.get(3), frozenAndCurrent[0], frozenAndCurrent[1]));
		}

		return differences;
	}

	private static List<Object> _key(ReportFigure reportFigure) {
		return List.of(
			Objects.requireNonNull(reportFigure.getFigureKey()),
			reportFigure.getOrganizationId(),
			reportFigure.getTrainingMethodId(), reportFigure.getSex());
	}

}
