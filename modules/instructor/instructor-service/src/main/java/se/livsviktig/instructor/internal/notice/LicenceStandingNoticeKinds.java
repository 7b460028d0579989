package se.livsviktig.instructor.internal.notice;

import java.time.LocalDate;

/**
 * The kinds of notice about a licence's standing. Each names the method and the day that identifies its episode,
 * so the claim (certificationId, noticeKind) sends an episode once, and a new episode (at risk again with a new
 * deadline after recovering) is a new notice: "standing-at-risk-40001-2027-03-12". At most 47 characters, well
 * within the noticeKind column's 75.
 *
 * @author Livsviktig
 */
public final class LicenceStandingNoticeKinds {

	/**
	 * The licence rule fails within the warning window unless the holder leads more sessions.
	 */
	public static final String AT_RISK = "standing-at-risk";

	/**
	 * The licence rule has failed: too few sessions were led in the method's period.
	 */
	public static final String LAPSED = "standing-lapsed";

	/**
	 * @param deadline the last day (UTC) the rule holds without another session
	 */
	public static String atRisk(long trainingMethodId, LocalDate deadline) {
		return _kind(AT_RISK, trainingMethodId, deadline);
	}

	/**
	 * @return {@link #AT_RISK}, {@link #LAPSED}, or <code>null</code> for a kind that is not about a standing
	 */
	public static String baseOf(String noticeKind) {
		if (noticeKind.startsWith(AT_RISK + "-")) {
			return AT_RISK;
		}

		if (noticeKind.startsWith(LAPSED + "-")) {
			return LAPSED;
		}

		return null;
	}

	/**
	 * @return the day that names the episode of a standing notice's kind
	 */
	public static LocalDate episodeOf(String noticeKind) {
		return LocalDate.parse(
			noticeKind.substring(noticeKind.length() - _DAY_LENGTH));
	}

	public static boolean isLicenceStanding(String noticeKind) {
		if (baseOf(noticeKind) != null) {
			return true;
		}

		return false;
	}

	/**
	 * @param episode the deadline of the at-risk episode the lapse ends, or the start of the certification run
	 *        when none was told
	 */
	public static String lapsed(long trainingMethodId, LocalDate episode) {
		return _kind(LAPSED, trainingMethodId, episode);
	}

	/**
	 * @return whether the standing notice's kind is about the method
	 */
	public static boolean isOfMethod(
		String noticeKind, long trainingMethodId) {

		String base = baseOf(noticeKind);

		if (base == null) {
			return false;
		}

		return noticeKind.startsWith(base + "-" + trainingMethodId + "-") &&
			(noticeKind.length() ==
				(base.length() + String.valueOf(
					trainingMethodId
				).length() + _DAY_LENGTH + 2));
	}

	private static String _kind(
		String base, long trainingMethodId, LocalDate day) {

		return base + "-" + trainingMethodId + "-" + day;
	}

	private LicenceStandingNoticeKinds() {
	}

	private static final int _DAY_LENGTH = "2027-03-12".length();

}
