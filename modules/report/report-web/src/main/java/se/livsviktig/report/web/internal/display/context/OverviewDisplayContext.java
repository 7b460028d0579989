package se.livsviktig.report.web.internal.display.context;

import java.util.List;

import se.livsviktig.platform.web.GetFormTarget;

/**
 * What the overview shows: the filter form as the reader filled it in, the refusal of bad input (a Language key,
 * or null), and the figures' tables.
 *
 * @author Livsviktig
 */
public class OverviewDisplayContext {

	public OverviewDisplayContext(
		GetFormTarget formTarget, List<Option> yearOptions, String firstDay,
		String lastDay, List<Option> organizationOptions, boolean rolledUp,
		List<Option> methodOptions, String errorKey, String periodText,
		List<FigureTable> figureTables) {

		_formTarget = formTarget;
		_yearOptions = yearOptions;
		_firstDay = firstDay;
		_lastDay = lastDay;
		_organizationOptions = organizationOptions;
		_rolledUp = rolledUp;
		_methodOptions = methodOptions;
		_errorKey = errorKey;
		_periodText = periodText;
		_figureTables = figureTables;
	}

	/**
	 * @return the Language key of what was wrong with the reader's choice, or null
	 */
	public String getErrorKey() {
		return _errorKey;
	}

	public List<FigureTable> getFigureTables() {
		return _figureTables;
	}

	public String getFirstDay() {
		return _firstDay;
	}

	public GetFormTarget getFormTarget() {
		return _formTarget;
	}

	public String getLastDay() {
		return _lastDay;
	}

	public List<Option> getMethodOptions() {
		return _methodOptions;
	}

	public List<Option> getOrganizationOptions() {
		return _organizationOptions;
	}

	/**
	 * @return the period shown, such as "2025-01-01 – 2025-12-31", or null when the input was refused
	 */
	public String getPeriodText() {
		return _periodText;
	}

	public List<Option> getYearOptions() {
		return _yearOptions;
	}

	public boolean isRolledUp() {
		return _rolledUp;
	}

	private final String _errorKey;
	private final List<FigureTable> _figureTables;
	private final String _firstDay;
	private final GetFormTarget _formTarget;
	private final String _lastDay;
	private final List<Option> _methodOptions;
	private final List<Option> _organizationOptions;
	private final String _periodText;
	private final boolean _rolledUp;
	private final List<Option> _yearOptions;

}
