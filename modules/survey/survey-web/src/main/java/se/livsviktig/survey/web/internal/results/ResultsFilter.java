package se.livsviktig.survey.web.internal.results;

import java.text.Collator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.livsviktig.survey.model.SurveyResultsQuery;

/**
 * The choices of the results page's method, session and administration
 * filters, the current ones selected. Methods and administrations are few
 * and listed by name; sessions can be hundreds, so they are offered only
 * once a method is chosen, and then only that method's.
 */
public class ResultsFilter {

	/**
	 * @param methods the company's methods' names by id
	 * @param sessions the chosen method's sessions' labels by id, in the
	 *        order to offer them (none when no method is chosen)
	 * @param organizations the company's organisations' names by id
	 */
	public ResultsFilter(
		SurveyResultsQuery query, Locale locale, Map<Long, String> methods,
		Map<Long, String> sessions, Map<Long, String> organizations) {

		Collator collator = Collator.getInstance(locale);

		_methodOptions = _byName(methods, query.getMethodId(), collator);
		_organizationOptions = _byName(
			organizations, query.getOrganizationId(), collator);

		for (Map.Entry<Long, String> entry : sessions.entrySet()) {
			_sessionOptions.add(
				new FilterOption(
					entry.getKey(), entry.getValue(),
					entry.getKey() == query.getCourseSessionId()));
		}

		_methodChosen = query.getMethodId() > 0;
	}

	public List<FilterOption> getMethodOptions() {
		return _methodOptions;
	}

	public List<FilterOption> getOrganizationOptions() {
		return _organizationOptions;
	}

	public List<FilterOption> getSessionOptions() {
		return _sessionOptions;
	}

	/**
	 * @return whether the session filter is offered: only once a method is
	 *         chosen
	 */
	public boolean isSessionFilterOffered() {
		return _methodChosen;
	}

	private static List<FilterOption> _byName(
		Map<Long, String> names, long selectedId, Collator collator) {

		List<FilterOption> options = new ArrayList<>();

		for (Map.Entry<Long, String> entry : names.entrySet()) {
			options.add(
				new FilterOption(
					entry.getKey(), entry.getValue(),
					entry.getKey() == selectedId));
		}

		options.sort(Comparator.comparing(FilterOption::getLabel, collator));

		return options;
	}

	private final boolean _methodChosen;
	private final List<FilterOption> _methodOptions;
	private final List<FilterOption> _organizationOptions;
	private final List<FilterOption> _sessionOptions = new ArrayList<>();

}
