package se.livsviktig.instructor.internal.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.Collection;
import java.util.Date;

import se.livsviktig.instructor.internal.standing.CertificationRun;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * Which notice, if any, a holder gets about their licence's standing for one method today. Only the method's
 * session rule speaks here: a licence at risk or lapsed because the certification ends or has ended is what the
 * certification's expiry and lapse notices say, so this rule stays quiet then rather than tell it twice.
 *
 * <ul>
 * <li>
 * <b>at risk</b>: the rule's deadline lies within the warning window, sessions are still needed, and the
 * certification run lasts to the deadline (if it ends first, the certificate is what is at risk). The episode is
 * the deadline: still at risk with the same deadline is the same notice; a session led moves the deadline, so at
 * risk again later is a new one.
 * </li>
 * <li>
 * <b>lapsed</b>: the rule has failed while a certification covers today. The episode is the at-risk episode
 * the holder was last told of in this run of certifications (its deadline is the day the rule last held), or the
 * run's start when they were told none (notices turned on late, a certification entered after the fact). A lapse
 * after recovering without an at-risk notice in between (a warning window of 0 days) is not told again.
 * </li>
 * </ul>
 *
 * @author Livsviktig
 */
public class LicenceStandingNoticeRule {

	public LicenceStandingNoticeRule(Instant now, int warningDays) {
		_now = now;
		_warningEnd = now.plus(Duration.ofDays(Math.max(0, warningDays)));
	}

	/**
	 * @param certificationRun the holder's run of certifications for the method that covers today, or
	 *        <code>null</code>
	 * @param sentKinds the kinds of the standing notices the holder was sent, under any of their certifications
	 * @return the kind of notice to send, or <code>null</code> for none
	 */
	public String noticeKindFor(
		LicenceStanding licenceStanding, CertificationRun certificationRun,
		Collection<String> sentKinds) {

		if ((certificationRun == null) ||
			(licenceStanding.getSessionsRequired() <= 0)) {

			return null;
		}

		String noticeKind = null;

		if (licenceStanding.getStanding() == InstructorStanding.AT_RISK) {
			noticeKind = _atRiskKind(licenceStanding, certificationRun);
		}
		else if (licenceStanding.getStanding() == InstructorStanding.LAPSED) {
			noticeKind = _lapsedKind(
				licenceStanding, certificationRun, sentKinds);
		}

		if ((noticeKind == null) || sentKinds.contains(noticeKind)) {
			return null;
		}

		return noticeKind;
	}

	private String _atRiskKind(
		LicenceStanding licenceStanding, CertificationRun certificationRun) {

		Date deadline = licenceStanding.getDeadline();

		if ((deadline == null) ||
			(licenceStanding.getSessionsStillNeeded() <= 0) ||
			deadline.toInstant(
			).isAfter(
				_warningEnd
			)) {

			return null;
		}

		Instant runEnd = certificationRun.getEnd();

		if ((runEnd != null) && deadline.toInstant().isAfter(runEnd)) {
			return null;
		}

		return LicenceStandingNoticeKinds.atRisk(
			licenceStanding.getTrainingMethodId(), _day(deadline.toInstant()));
	}

	private static LocalDate _day(Instant instant) {
		return instant.atZone(
			ZoneOffset.UTC
		).toLocalDate();
	}

	private String _lapsedKind(
		LicenceStanding licenceStanding, CertificationRun certificationRun,
		Collection<String> sentKinds) {

		long trainingMethodId = licenceStanding.getTrainingMethodId();

		LocalDate runStart = _day(certificationRun.getStart());
		LocalDate today = _day(_now);

		LocalDate episode = runStart;

		for (String sentKind : sentKinds) {
			if (!LicenceStandingNoticeKinds.AT_RISK.equals(
					LicenceStandingNoticeKinds.baseOf(sentKind)) ||
				!LicenceStandingNoticeKinds.isOfMethod(
					sentKind, trainingMethodId)) {

				continue;
			}

			LocalDate deadline = LicenceStandingNoticeKinds.episodeOf(
				sentKind);

			if (!deadline.isBefore(runStart) && deadline.isBefore(today) &&
				deadline.isAfter(episode)) {

				episode = deadline;
			}
		}

		return LicenceStandingNoticeKinds.lapsed(trainingMethodId, episode);
	}

	private final Instant _now;
	private final Instant _warningEnd;

}
