package se.livsviktig.report.web.internal.export;

import java.util.Collections;
import java.util.List;

/**
 * The export as both files show it: a sheet title, the column headings in the reader's language and one row per
 * line of the mapping.
 *
 * @author Livsviktig
 */
public class ReportExportTable {

	public ReportExportTable(
		String title, List<String> headers, List<ReportExportTableRow> rows) {

		_title = title;
		_headers = Collections.unmodifiableList(headers);
		_rows = Collections.unmodifiableList(rows);
	}

	public List<String> getHeaders() {
		return _headers;
	}

	public List<ReportExportTableRow> getRows() {
		return _rows;
	}

	public String getTitle() {
		return _title;
	}

	private final List<String> _headers;
	private final List<ReportExportTableRow> _rows;
	private final String _title;

}
