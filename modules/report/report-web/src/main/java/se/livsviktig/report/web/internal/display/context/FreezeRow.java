package se.livsviktig.report.web.internal.display.context;

/**
 * One freeze as the freeze view lists it, every text ready to show: who froze which period and scope when, and
 * whether it still stands or who withdrew it, when and why.
 *
 * @author Livsviktig
 */
public class FreezeRow {

	public FreezeRow(
		long reportFreezeId, String frozenBy, String frozenAt, String period,
		String scope, boolean frozen, String unfrozenBy, String unfrozenAt,
		String unfreezeReason) {

		_reportFreezeId = reportFreezeId;
		_frozenBy = frozenBy;
		_frozenAt = frozenAt;
		_period = period;
		_scope = scope;
		_frozen = frozen;
		_unfrozenBy = unfrozenBy;
		_unfrozenAt = unfrozenAt;
		_unfreezeReason = unfreezeReason;
	}

	public String getFrozenAt() {
		return _frozenAt;
	}

	public String getFrozenBy() {
		return _frozenBy;
	}

	public String getPeriod() {
		return _period;
	}

	public long getReportFreezeId() {
		return _reportFreezeId;
	}

	public String getScope() {
		return _scope;
	}

	public String getStatusKey() {
		return _frozen ? "frozen" : "unfrozen";
	}

	public String getUnfreezeReason() {
		return _unfreezeReason;
	}

	public String getUnfrozenAt() {
		return _unfrozenAt;
	}

	public String getUnfrozenBy() {
		return _unfrozenBy;
	}

	public boolean isFrozen() {
		return _frozen;
	}

	private final boolean _frozen;
	private final String _frozenAt;
	private final String _frozenBy;
	private final String _period;
	private final long _reportFreezeId;
	private final String _scope;
	private final String _unfreezeReason;
	private final String _unfrozenAt;
	private final String _unfrozenBy;

}
