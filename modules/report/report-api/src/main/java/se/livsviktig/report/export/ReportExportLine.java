package se.livsviktig.report.export;

import java.io.Serializable;

import java.util.Objects;

/**
 * A line of the exported report: the mapping's row and the sum of the figures it names, for the period and the
 * administrations the reader may see.
 *
 * @author Livsviktig
 */
public final class ReportExportLine implements Serializable {

	public ReportExportLine(
		ReportExportMappingRow reportExportMappingRow, double value) {

		_reportExportMappingRow = reportExportMappingRow;
		_value = value;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ReportExportLine)) {
			return false;
		}

		ReportExportLine reportExportLine = (ReportExportLine)object;

		return _reportExportMappingRow.equals(
			reportExportLine._reportExportMappingRow) &&
			(Double.compare(_value, reportExportLine._value) == 0);
	}

	public String getLabel() {
		return _reportExportMappingRow.getLabel();
	}

	public ReportExportMappingRow getReportExportMappingRow() {
		return _reportExportMappingRow;
	}

	public double getValue() {
		return _value;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_reportExportMappingRow, _value);
	}

	@Override
	public String toString() {
		return _reportExportMappingRow + "=" + _value;
	}

	private static final long serialVersionUID = 1L;

	private final ReportExportMappingRow _reportExportMappingRow;
	private final double _value;

}
