package se.livsviktig.survey.web.internal.display.context;

import java.util.List;

/**
 * Mina enkäter: the signed-in person's open invitations, or a sentence when there are none.
 *
 * @author Livsviktig
 */
public class MySurveysDisplayContext {

	public MySurveysDisplayContext(List<MySurveyRow> rows) {
		_rows = rows;
	}

	public List<MySurveyRow> getRows() {
		return _rows;
	}

	private final List<MySurveyRow> _rows;

}
