package se.livsviktig.report.export;

import java.io.Serializable;

import java.util.Objects;

/**
 * One line of the yearly report as a coordinator maps it: the label the report gives it, the figure it shows
 * ({@code ReportFigureKeys}), and the figure's values it adds up: every training method (0) or one, every sex
 * ({@code ""}) or one.
 *
 * @author Livsviktig
 */
public final class ReportExportMappingRow implements Serializable {

	public ReportExportMappingRow(
		String label, String figureKey, long trainingMethodId, String sex) {

		_label = label;
		_figureKey = figureKey;
		_trainingMethodId = trainingMethodId;
		_sex = (sex == null) ? "" : sex;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ReportExportMappingRow)) {
			return false;
		}

		ReportExportMappingRow reportExportMappingRow =
			(ReportExportMappingRow)object;

		return Objects.equals(_label, reportExportMappingRow._label) &&
			Objects.equals(_figureKey, reportExportMappingRow._figureKey) &&
			(_trainingMethodId == reportExportMappingRow._trainingMethodId) &&
			_sex.equals(reportExportMappingRow._sex);
	}

	public String getFigureKey() {
		return _figureKey;
	}

	public String getLabel() {
		return _label;
	}

	/**
	 * @return the one sex the line counts, or {@code ""} for every sex
	 */
	public String getSex() {
		return _sex;
	}

	/**
	 * @return the one training method the line counts, or 0 for every method
	 */
	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_label, _figureKey, _trainingMethodId, _sex);
	}

	@Override
	public String toString() {
		return "{" + _label + ", " + _figureKey + ", trainingMethodId=" +
			_trainingMethodId + ", sex=" + _sex + "}";
	}

	private static final long serialVersionUID = 1L;

	private final String _figureKey;
	private final String _label;
	private final String _sex;
	private final long _trainingMethodId;

}
