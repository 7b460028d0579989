package se.livsviktig.report.figures;

import java.io.Serializable;

import java.util.Objects;

/**
 * One figure of a report: what it counts ({@code ReportFigureKeys}), for which administration and training method
 * (0 where the figure has none), and its value.
 *
 * @author Livsviktig
 */
public final class ReportFigure implements Serializable {

	public ReportFigure(
		String figureKey, long organizationId, long trainingMethodId,
		double value) {

		_figureKey = figureKey;
		_organizationId = organizationId;
		_trainingMethodId = trainingMethodId;
		_value = value;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ReportFigure)) {
			return false;
		}

		ReportFigure reportFigure = (ReportFigure)object;

		return _figureKey.equals(reportFigure._figureKey) &&
			(_organizationId == reportFigure._organizationId) &&
			(_trainingMethodId == reportFigure._trainingMethodId) &&
			(Double.compare(_value, reportFigure._value) == 0);
	}

	public String getFigureKey() {
		return _figureKey;
	}

	public long getOrganizationId() {
		return _organizationId;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	public double getValue() {
		return _value;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_figureKey, _organizationId, _trainingMethodId, _value);
	}

	@Override
	public String toString() {
		return "{" + _figureKey + ", organizationId=" + _organizationId +
			", trainingMethodId=" + _trainingMethodId + ", value=" + _value +
				"}";
	}

	private static final long serialVersionUID = 1L;

	private final String _figureKey;
	private final long _organizationId;
	private final long _trainingMethodId;
	private final double _value;

}
