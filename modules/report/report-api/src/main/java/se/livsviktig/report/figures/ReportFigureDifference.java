package se.livsviktig.report.figures;

import java.io.Serializable;

import java.util.Objects;

import se.livsviktig.report.constants.ReportSexes;

/**
 * A figure whose value today differs from the value frozen when it was reported: a later correction, shown beside
 * the frozen value, never silently in its place. A figure that did not exist then (or no longer exists) has 0 on
 * that side.
 *
 * @author Livsviktig
 */
public final class ReportFigureDifference implements Serializable {

	public ReportFigureDifference(
		String figureKey, long organizationId, long trainingMethodId,
		double frozenValue, double currentValue) {

		this(
			figureKey, organizationId, trainingMethodId, ReportSexes.NONE,
			frozenValue, currentValue);
	}

	public ReportFigureDifference(
		String figureKey, long organizationId, long trainingMethodId,
		String sex, double frozenValue, double currentValue) {

		_figureKey = figureKey;
		_sex = Objects.requireNonNull(sex);
		_organizationId = organizationId;
		_trainingMethodId = trainingMethodId;
		_frozenValue = frozenValue;
		_currentValue = currentValue;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ReportFigureDifference)) {
			return false;
		}

		ReportFigureDifference reportFigureDifference =
			(ReportFigureDifference)object;

		return _figureKey.equals(reportFigureDifference._figureKey) &&
			(_organizationId == reportFigureDifference._organizationId) &&
			(_trainingMethodId == reportFigureDifference._trainingMethodId) &&
			_sex.equals(reportFigureDifference._sex) &&
			(Double.compare(_frozenValue, reportFigureDifference._frozenValue) ==
				0) &&
			(Double.compare(
				_currentValue, reportFigureDifference._currentValue) == 0);
	}

	public double getCurrentValue() {
		return _currentValue;
	}

	public String getFigureKey() {
		return _figureKey;
	}

	public double getFrozenValue() {
		return _frozenValue;
	}

	public long getOrganizationId() {
		return _organizationId;
	}

	public String getSex() {
		return _sex;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_figureKey, _organizationId, _trainingMethodId, _sex, _frozenValue,
			_currentValue);
	}

	@Override
	public String toString() {
		return "{" + _figureKey + ", organizationId=" + _organizationId +
			", trainingMethodId=" + _trainingMethodId + ", sex=" + _sex +
				", frozen=" +
				_frozenValue + ", current=" + _currentValue + "}";
	}

	private static final long serialVersionUID = 1L;

	private final double _currentValue;
	private final String _figureKey;
	private final double _frozenValue;
	private final long _organizationId;
	private final String _sex;
	private final long _trainingMethodId;

}
