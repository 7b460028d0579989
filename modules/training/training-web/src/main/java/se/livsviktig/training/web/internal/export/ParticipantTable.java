package se.livsviktig.training.web.internal.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A session's participant list as the coordinator exports it: localised column headers and one row of text
 * cells per participant, in the page's order. The writers only lay it out.
 *
 * @author Livsviktig
 */
public class ParticipantTable {

	public ParticipantTable(String title, List<String> headers) {
		_title = title;
		_headers = Collections.unmodifiableList(new ArrayList<>(headers));
	}

	public void addRow(List<String> cells) {
		if (cells.size() != _headers.size()) {
			throw new IllegalArgumentException(
				"A row has " + cells.size() + " cells for " + _headers.size() +
					" columns");
		}

		_rows.add(Collections.unmodifiableList(new ArrayList<>(cells)));
	}

	public List<String> getHeaders() {
		return _headers;
	}

	public List<List<String>> getRows() {
		return Collections.unmodifiableList(_rows);
	}

	public String getTitle() {
		return _title;
	}

	private final List<String> _headers;
	private final List<List<String>> _rows = new ArrayList<>();
	private final String _title;

}
