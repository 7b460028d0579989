package se.livsviktig.careprogram.web.internal.display.context;

import java.util.List;

/**
 * A training method related to a programme and its next sessions in the catalogue.
 *
 * @author Livsviktig
 */
public class RelatedMethod {

	public RelatedMethod(String name, List<SessionRow> sessionRows) {
		_name = name;
		_sessionRows = sessionRows;
	}

	public String getName() {
		return _name;
	}

	public List<SessionRow> getSessionRows() {
		return _sessionRows;
	}

	private final String _name;
	private final List<SessionRow> _sessionRows;

}
