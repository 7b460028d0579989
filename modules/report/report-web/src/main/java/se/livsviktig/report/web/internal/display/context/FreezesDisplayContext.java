package se.livsviktig.report.web.internal.display.context;

import java.util.List;

/**
 * The freeze view: the site's freezes (those the reader may read), the years that may be frozen, the scopes the
 * reader may freeze (none: no form), and the refusal or confirmation of the last action (Language keys, or null).
 *
 * @author Livsviktig
 */
public class FreezesDisplayContext {

	public FreezesDisplayContext(
		List<FreezeRow> freezeRows, List<Option> yearOptions,
		List<Option> scopeOptions, String errorKey, String successKey) {

		_freezeRows = freezeRows;
		_yearOptions = yearOptions;
		_scopeOptions = scopeOptions;
		_errorKey = errorKey;
		_successKey = successKey;
	}

	public String getErrorKey() {
		return _errorKey;
	}

	public List<FreezeRow> getFreezeRows() {
		return _freezeRows;
	}

	public List<Option> getScopeOptions() {
		return _scopeOptions;
	}

	public String getSuccessKey() {
		return _successKey;
	}

	public List<Option> getYearOptions() {
		return _yearOptions;
	}

	public boolean isMayFreeze() {
		return !_scopeOptions.isEmpty();
	}

	private final String _errorKey;
	private final List<FreezeRow> _freezeRows;
	private final List<Option> _scopeOptions;
	private final String _successKey;
	private final List<Option> _yearOptions;

}
