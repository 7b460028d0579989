package se.livsviktig.report.web.internal.export;

/**
 * One line of the exported report: the mapping's label, the value (a number in both files), and what the value
 * counts (the figure's, the method's and the sex's names), so a reader can see what each line adds up.
 *
 * @author Livsviktig
 */
public class ReportExportTableRow {

	public ReportExportTableRow(
		String label, double value, String figureName,
		String trainingMethodName, String sexName) {

		_label = label;
		_value = value;
		_figureName = figureName;
		_trainingMethodName = trainingMethodName;
		_sexName = sexName;
	}

	public String getFigureName() {
		return _figureName;
	}

	public String getLabel() {
		return _label;
	}

	public String getSexName() {
		return _sexName;
	}

	public String getTrainingMethodName() {
		return _trainingMethodName;
	}

	public double getValue() {
		return _value;
	}

	private final String _figureName;
	private final String _label;
	private final String _sexName;
	private final String _trainingMethodName;
	private final double _value;

}
