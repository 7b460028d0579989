package se.livsviktig.training.registration;

import java.io.Serializable;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a registration list: every line with its verdict, and whether anyone was registered. Either
 * every line is valid and all are registered, or nobody is.
 *
 * @author Livsviktig
 */
public class RegistrationImportReport implements Serializable {

	public RegistrationImportReport(
		List<RegistrationImportRow> rows, boolean registered) {

		_rows = new ArrayList<>(rows);
		_registered = registered;
	}

	public int getInvalidCount() {
		int invalidCount = 0;

		for (RegistrationImportRow row : _rows) {
			if (!row.isValid()) {
				invalidCount++;
			}
		}

		return invalidCount;
	}

	public List<RegistrationImportRow> getRows() {
		return _rows;
	}

	public boolean isRegistered() {
		return _registered;
	}

	public boolean isValid() {
		if (!_rows.isEmpty() && (getInvalidCount() == 0)) {
			return true;
		}

		return false;
	}

	private static final long serialVersionUID = 1L;

	private final boolean _registered;
	private final List<RegistrationImportRow> _rows;

}
