package se.livsviktig.survey.model;

import java.io.Serializable;

import java.util.Objects;

/**
 * The follow-up's key outcome for one administration (the respondent's organisation, copied onto the response) and
 * training method: how many answered the follow-up's key question (a follow-up survey's first yes/no question, in
 * the seeded MHFA follow-up "Har du använt MHFA-kunskaperna sedan utbildningen?") and how many of them answered
 * yes. As on the results page, a count below the company's minimum number of respondents never leaves the
 * service: too few respondents suppress both numbers, and too few yes or too few no answers suppress the yes count
 * (the no count is the one subtracted from the other). One row of
 * {@code SurveyFiguresLocalService.getFollowUpOutcomeFigures}.
 *
 * @author Livsviktig
 */
public final class FollowUpOutcomeFigures implements Serializable {

	public FollowUpOutcomeFigures(
		long organizationId, long methodId, long respondentCount,
		boolean respondentCountSuppressed, long yesCount,
		boolean yesCountSuppressed) {

		_organizationId = organizationId;
		_methodId = methodId;
		_respondentCount = respondentCountSuppressed ? 0 : respondentCount;
		_respondentCountSuppressed = respondentCountSuppressed;
		_yesCount = yesCountSuppressed ? 0 : yesCount;
		_yesCountSuppressed = yesCountSuppressed;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof FollowUpOutcomeFigures)) {
			return false;
		}

		FollowUpOutcomeFigures followUpOutcomeFigures =
			(FollowUpOutcomeFigures)object;

		return (_organizationId == followUpOutcomeFigures._organizationId) &&
			(_methodId == followUpOutcomeFigures._methodId) &&
			(_respondentCount == followUpOutcomeFigures._respondentCount) &&
			(_respondentCountSuppressed ==
				followUpOutcomeFigures._respondentCountSuppressed) &&
			(_yesCount == followUpOutcomeFigures._yesCount) &&
			(_yesCountSuppressed == followUpOutcomeFigures._yesCountSuppressed);
	}

	public long getMethodId() {
		return _methodId;
	}

	public long getOrganizationId() {
		return _organizationId;
	}

	/**
	 * @return the follow-up responses of the period that answered the key question; 0 when suppressed
	 */
	public long getRespondentCount() {
		return _respondentCount;
	}

	/**
	 * @return those that answered yes; 0 when suppressed
	 */
	public long getYesCount() {
		return _yesCount;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_organizationId, _methodId, _respondentCount,
			_respondentCountSuppressed, _yesCount, _yesCountSuppressed);
	}

	public boolean isRespondentCountSuppressed() {
		return _respondentCountSuppressed;
	}

	public boolean isYesCountSuppressed() {
		return _yesCountSuppressed;
	}

	@Override
	public String toString() {
		return "{organizationId=" + _organizationId + ", methodId=" +
			_methodId + ", respondents=" +
				(_respondentCountSuppressed ? "suppressed" : _respondentCount) +
					", yes=" +
						(_yesCountSuppressed ? "suppressed" : _yesCount) + "}";
	}

	private static final long serialVersionUID = 1L;

	private final long _methodId;
	private final long _organizationId;
	private final long _respondentCount;
	private final boolean _respondentCountSuppressed;
	private final long _yesCount;
	private final boolean _yesCountSuppressed;

}
