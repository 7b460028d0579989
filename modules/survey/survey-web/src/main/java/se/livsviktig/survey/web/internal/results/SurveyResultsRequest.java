package se.livsviktig.survey.web.internal.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.livsviktig.survey.model.SurveyResultsQuery;

/**
 * Reads the results filter form (a GET form, so a filtered page can be
 * bookmarked and exported with the same parameters): one grouping, a
 * from–to month as the browser's month input sends it, yyyy-MM, and a
 * method, session and administration by id.
 */
public class SurveyResultsRequest {

	public static SurveyResultsQuery toQuery(
		String groupBy, String fromMonth, String toMonth) {

		List<SurveyResultsQuery.GroupBy> groupByList = new ArrayList<>();

		for (SurveyResultsQuery.GroupBy value :
				SurveyResultsQuery.GroupBy.values()) {

			if (value.name(
				).toLowerCase(
					Locale.ROOT
				).equals(
					groupBy
				)) {

				groupByList.add(value);
			}
		}

		int from = toMonth(fromMonth);
		int to = toMonth(toMonth);

		// A reversed range is read as the reader meant it rather than refused

		if ((from > 0) && (to > 0) && (from > to)) {
			int swap = from;

			from = to;
			to = swap;
		}

		return new SurveyResultsQuery(0, 0, 0, from, to, groupByList);
	}

	/**
	 * The whole filter form: the grouping and period as {@link
	 * #toQuery(String, String, String)} reads them, and a method, a session
	 * and an administration (organisation) by id, each empty for "all".
	 */
	public static SurveyResultsQuery toQuery(
		String groupBy, String fromMonth, String toMonth, String methodId,
		String courseSessionId, String organizationId) {

		SurveyResultsQuery periodQuery = toQuery(groupBy, fromMonth, toMonth);

		return new SurveyResultsQuery(
			toId(methodId), toId(courseSessionId), toId(organizationId),
			periodQuery.getFromMonth(), periodQuery.getToMonth(),
			periodQuery.getGroupBy());
	}

	/**
	 * @return the id, 0 ("all") for an empty value, or -1 for a value that is
	 *         no id, which the results service refuses as unknown rather than
	 *         widening the selection to everything
	 */
	public static long toId(String value) {
		if ((value == null) || value.isEmpty()) {
			return 0;
		}

		if (!value.matches("\\d{1,18}")) {
			return -1;
		}

		return Long.parseLong(value);
	}

	/**
	 * @return yyyyMM, or 0 ("no limit") for an empty or malformed value
	 */
	public static int toMonth(String value) {
		if ((value == null) || !value.matches("\\d{4}-\\d{2}")) {
			return 0;
		}

		int year = Integer.parseInt(value.substring(0, 4));
		int month = Integer.parseInt(value.substring(5));

		if ((year < 1900) || (month < 1) || (month > 12)) {
			return 0;
		}

		return (year * 100) + month;
	}

}
