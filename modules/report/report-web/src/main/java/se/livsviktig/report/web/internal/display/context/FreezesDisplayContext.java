package se.livsviktig.report.web.internal.display.context;

import java.util.List;

/**
 * The freeze view: the site's freezes, the years that may be frozen, whether the reader may freeze, and the
 * refusal or confirmation of the last action (Language keys, or null).
 *
 * @author Livsviktig
 */
public class FreezesDisplayContext {

	public FreezesDisplayContext(
		List<FreezeRow> freezeRows, List<Option> yearOptions, boolean mayFreeze,
		String errorKey, String successKey) {

		_freezeRows = freezeRows;
		_yearOptions = yearOptions;
		_mayFreeze = mayFreeze;
		_errorKey = errorKey;
		_successKey = successKey;
	}

	public String getErrorKey() {
		return _errorKey;
	}

	public List<FreezeRow> getFreezeRows() {
		return _freezeRows;
	}

	public String getSuccessKey() {
		return _successKey;
	}

	public List<Option> getYearOptions() {
		return _yearOptions;
	}

	public boolean isMayFreeze() {
		return _mayFreeze;
	}

	private final String _errorKey;
	private final List<FreezeRow> _freezeRows;
	private final boolean _mayFreeze;
	private final String _successKey;
	private final List<Option> _yearOptions;

}
