package se.livsviktig.report.figures;

import java.io.Serializable;

import java.util.Objects;

import se.livsviktig.report.constants.ReportSexes;

/**
 * One figure of a report: what it counts ({@code ReportFigureKeys}), for which administration and training method
 * (0 where the figure has none), and its value.
 *
 * @author Livsviktig
 */
public final class ReportFigure implements Serializable {

	/**
	 * A figure not split by sex ({@link ReportSexes#NONE}), e.g. sessions held.
	 */
	public ReportFigure(
		String figureKey, long organizationId, long trainingMethodId,
		double value) {

		this(
			figureKey, organizationId, trainingMethodId, ReportSexes.NONE,
			value);
	}

	/**
	 * @param sex one of {@link ReportSexes}: a person-based figure's women, men or unknown, or {@link
	 *        ReportSexes#NONE} for a figure not split by sex
	 */
	public ReportFigure(
		String figureKey, long organizationId, long trainingMethodId,
		String sex, double value) {

		_figureKey = figureKey;
		_organizationId = organizationId;
		_trainingMethodId = trainingMethodId;
		_sex = Objects.requireNonNull(sex);
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
			_sex.equals(reportFigure._sex) &&
			(Double.compare(_value, reportFigure._value) == 0);
	}

	public String getFigureKey() {
		return _figureKey;
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

	public double getValue() {
		return _value;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_figureKey, _organizationId, _trainingMethodId, _sex, _value);
	}

	@Override
	public String toString() {
		return "{" + _figureKey + ", organizationId=" + _organizationId +
			", trainingMethodId=" + _trainingMethodId + ", sex=" + _sex +
				", value=" + _value + "}";
	}

	private static final long serialVersionUID = 1L;

	private final String _figureKey;
	private final long _organizationId;
	private final String _sex;
	private final long _trainingMethodId;
	private final double _value;

}
