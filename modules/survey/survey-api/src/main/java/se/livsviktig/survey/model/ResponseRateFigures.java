package se.livsviktig.survey.model;

import java.io.Serializable;

import java.util.Objects;

/**
 * The report's response rate of one administration (the invitee's organisation on the invitation) and training
 * method: the invitations mailed in a period and how many of them were answered. The number of responses is left
 * out (0, and {@link #isResponseCountSuppressed()}) when it is below the company's minimum number of respondents,
 * as on the results page. One row of {@code SurveyFiguresLocalService.getResponseRateFigures}.
 *
 * @author Livsviktig
 */
public final class ResponseRateFigures implements Serializable {

	public ResponseRateFigures(
		long organizationId, long methodId, long invitationCount,
		long responseCount, boolean responseCountSuppressed) {

		_organizationId = organizationId;
		_methodId = methodId;
		_invitationCount = invitationCount;
		_responseCount = responseCountSuppressed ? 0 : responseCount;
		_responseCountSuppressed = responseCountSuppressed;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof ResponseRateFigures)) {
			return false;
		}

		ResponseRateFigures responseRateFigures = (ResponseRateFigures)object;

		return (_organizationId == responseRateFigures._organizationId) &&
			(_methodId == responseRateFigures._methodId) &&
			(_invitationCount == responseRateFigures._invitationCount) &&
			(_responseCount == responseRateFigures._responseCount) &&
			(_responseCountSuppressed ==
				responseRateFigures._responseCountSuppressed);
	}

	/**
	 * @return the invitations whose first mail went out in the period
	 */
	public long getInvitationCount() {
		return _invitationCount;
	}

	public long getMethodId() {
		return _methodId;
	}

	public long getOrganizationId() {
		return _organizationId;
	}

	/**
	 * @return those invitations answered so far; 0 when suppressed
	 */
	public long getResponseCount() {
		return _responseCount;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_organizationId, _methodId, _invitationCount, _responseCount,
			_responseCountSuppressed);
	}

	/**
	 * @return whether the responses were fewer than the company's minimum number of respondents (but not none)
	 */
	public boolean isResponseCountSuppressed() {
		return _responseCountSuppressed;
	}

	@Override
	public String toString() {
		return "{organizationId=" + _organizationId + ", methodId=" +
			_methodId + ", invitations=" + _invitationCount + ", responses=" +
				(_responseCountSuppressed ? "suppressed" : _responseCount) +
					"}";
	}

	private static final long serialVersionUID = 1L;

	private final long _invitationCount;
	private final long _methodId;
	private final long _organizationId;
	private final long _responseCount;
	private final boolean _responseCountSuppressed;

}
