package se.livsviktig.survey.service.internal.results;

import java.util.Comparator;
import java.util.Objects;

/**
 * The key of one results group: the dimensions the query groups by, each
 * other dimension 0. The period is a month (yyyyMM) or a quarter's first
 * month.
 */
public class ResultsGroupKey implements Comparable<ResultsGroupKey> {

	public ResultsGroupKey(
		long methodId, long courseSessionId, long organizationId, int period) {

		_methodId = methodId;
		_courseSessionId = courseSessionId;
		_organizationId = organizationId;
		_period = period;
	}

	@Override
	public int compareTo(ResultsGroupKey key) {
		return _COMPARATOR.compare(this, key);
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof ResultsGroupKey)) {
			return false;
		}

		ResultsGroupKey key = (ResultsGroupKey)object;

		return (_methodId == key._methodId) &&
			   (_courseSessionId == key._courseSessionId) &&
			   (_organizationId == key._organizationId) &&
			   (_period == key._period);
	}

	public long getCourseSessionId() {
		return _courseSessionId;
	}

	public long getMethodId() {
		return _methodId;
	}

	public long getOrganizationId() {
		return _organizationId;
	}

	public int getPeriod() {
		return _period;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_methodId, _courseSessionId, _organizationId, _period);
	}

	@Override
	public String toString() {
		return _methodId + "/" + _courseSessionId + "/" + _organizationId +
			"/" + _period;
	}

	private static final Comparator<ResultsGroupKey> _COMPARATOR =
		Comparator.comparingLong(
			ResultsGroupKey::getMethodId
		).thenComparingLong(
			ResultsGroupKey::getOrganizationId
		).thenComparingLong(
			ResultsGroupKey::getCourseSessionId
		).thenComparingInt(
			ResultsGroupKey::getPeriod
		);

	private final long _courseSessionId;
	private final long _methodId;
	private final long _organizationId;
	private final int _period;

}
