package se.livsviktig.survey.model;

import java.io.Serializable;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One group of a results page (a method, session, administration or period,
 * or a combination): its key, and its respondents and response rate unless
 * they are suppressed. A key part the query does not group by is 0.
 */
public class SurveyResultsGroup implements Serializable {

	public SurveyResultsGroup(
		long methodId, long courseSessionId, long organizationId, int period,
		OptionalLong respondents, long invited) {

		_methodId = methodId;
		_courseSessionId = courseSessionId;
		_organizationId = organizationId;
		_period = period;
		_respondents = respondents.isPresent() ? respondents.getAsLong() : -1;
		_invited = invited;
	}

	public long getCourseSessionId() {
		return _courseSessionId;
	}

	/**
	 * Invitations sent for the group's sessions; invitations say nothing
	 * about answers, so they are not suppressed.
	 */
	public long getInvited() {
		return _invited;
	}

	public long getMethodId() {
		return _methodId;
	}

	public long getOrganizationId() {
		return _organizationId;
	}

	/**
	 * yyyyMM when grouped by month, yyyyQ (e.g. 20263) by quarter, else 0.
	 */
	public int getPeriod() {
		return _period;
	}

	public OptionalLong getRespondents() {
		if (_respondents < 0) {
			return OptionalLong.empty();
		}

		return OptionalLong.of(_respondents);
	}

	/**
	 * Respondents per invited, empty when the respondents are suppressed
	 * (the rate times the invited would give them back) or none were
	 * invited.
	 */
	public OptionalDouble getResponseRate() {
		if ((_respondents < 0) || (_invited == 0)) {
			return OptionalDouble.empty();
		}

		return OptionalDouble.of((double)_respondents / _invited);
	}

	private static final long serialVersionUID = 1L;

	private final long _courseSessionId;
	private final long _invited;
	private final long _methodId;
	private final long _organizationId;
	private final int _period;
	private final long _respondents;

}
