package se.livsviktig.survey.model;

import java.io.Serializable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Which responses a results page counts and how it groups them. A zero id or
 * month means "all"; months are yyyyMM, both ends included.
 */
public class SurveyResultsQuery implements Serializable {

	public enum GroupBy {

		ADMINISTRATION, METHOD, MONTH, QUARTER, SESSION

	}

	public static SurveyResultsQuery all() {
		return new SurveyResultsQuery(0, 0, 0, 0, 0, new ArrayList<>());
	}

	public SurveyResultsQuery(
		long methodId, long courseSessionId, long organizationId, int fromMonth,
		int toMonth, List<GroupBy> groupBy) {

		_checkMonth(fromMonth);
		_checkMonth(toMonth);

		if ((fromMonth > 0) && (toMonth > 0) && (fromMonth > toMonth)) {
			throw new IllegalArgumentException(
				"From month " + fromMonth + " after to month " + toMonth);
		}

		if ((groupBy.contains(GroupBy.MONTH) &&
			 groupBy.contains(GroupBy.QUARTER)) ||
			(groupBy.size() != groupBy.stream(
			).distinct(
			).count())) {

			throw new IllegalArgumentException(
				"One period and no dimension twice: " + groupBy);
		}

		_methodId = methodId;
		_courseSessionId = courseSessionId;
		_organizationId = organizationId;
		_fromMonth = fromMonth;
		_toMonth = toMonth;
		_groupBy = Collections.unmodifiableList(new ArrayList<>(groupBy));
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof SurveyResultsQuery)) {
			return false;
		}

		SurveyResultsQuery query = (SurveyResultsQuery)object;

		return (_methodId == query._methodId) &&
			   (_courseSessionId == query._courseSessionId) &&
			   (_organizationId == query._organizationId) &&
			   (_fromMonth == query._fromMonth) &&
			   (_toMonth == query._toMonth) && _groupBy.equals(query._groupBy);
	}

	public long getCourseSessionId() {
		return _courseSessionId;
	}

	public int getFromMonth() {
		return _fromMonth;
	}

	public List<GroupBy> getGroupBy() {
		return _groupBy;
	}

	public long getMethodId() {
		return _methodId;
	}

	public long getOrganizationId() {
		return _organizationId;
	}

	public int getToMonth() {
		return _toMonth;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_methodId, _courseSessionId, _organizationId, _fromMonth, _toMonth,
			_groupBy);
	}

	private static void _checkMonth(int month) {
		if ((month != 0) &&
			((month < 190001) || (month > 999912) || ((month % 100) < 1) ||
			 ((month % 100) > 12))) {

			throw new IllegalArgumentException("Not a yyyyMM month: " + month);
		}
	}

	private static final long serialVersionUID = 1L;

	private final long _courseSessionId;
	private final int _fromMonth;
	private final List<GroupBy> _groupBy;
	private final long _methodId;
	private final long _organizationId;
	private final int _toMonth;

}
