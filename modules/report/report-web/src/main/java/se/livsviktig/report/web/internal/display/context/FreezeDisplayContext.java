package se.livsviktig.report.web.internal.display.context;

import java.util.List;

/**
 * One freeze: what was frozen, the figures that changed since (or every frozen figure, when showAll), whether the
 * reader may unfreeze it, the reason as typed (kept after a refusal), and the refusal or confirmation of the last
 * action (Language keys, or null).
 *
 * @author Livsviktig
 */
public class FreezeDisplayContext {

	public FreezeDisplayContext(
		FreezeRow freezeRow, List<DifferenceRow> differenceRows,
		boolean showAll, boolean mayUnfreeze, String reason, String errorKey,
		String successKey) {

		_freezeRow = freezeRow;
		_differenceRows = differenceRows;
		_showAll = showAll;
		_mayUnfreeze = mayUnfreeze;
		_reason = reason;
		_errorKey = errorKey;
		_successKey = successKey;
	}

	public List<DifferenceRow> getDifferenceRows() {
		return _differenceRows;
	}

	public String getErrorKey() {
		return _errorKey;
	}

	public FreezeRow getFreezeRow() {
		return _freezeRow;
	}

	public String getReason() {
		return _reason;
	}

	public String getSuccessKey() {
		return _successKey;
	}

	/**
	 * @return whether every frozen figure is listed, not only the changed ones
	 */
	public boolean isShowAll() {
		return _showAll;
	}

	public boolean isMayUnfreeze() {
		return _mayUnfreeze;
	}

	private final List<DifferenceRow> _differenceRows;
	private final String _errorKey;
	private final FreezeRow _freezeRow;
	private final boolean _mayUnfreeze;
	private final String _reason;
	private final boolean _showAll;
	private final String _successKey;

}
