package se.livsviktig.instructor.internal.standing;

import java.time.Duration;
import java.time.Instant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The unbroken run of certifications that covers a moment: certifications that overlap or follow one another
 * within a day (a renewal certified the day after the old one's valid-until date) make one run, so a renewed
 * instructor keeps their first period and their licence runs to the last renewal's end.
 *
 * @author Livsviktig
 */
public final class CertificationRun {

	/**
	 * @return the run that covers the moment, or <code>null</code> when no certification covers it
	 */
	public static CertificationRun covering(
		Instant moment, List<CertificationPeriod> certificationPeriods) {

		List<CertificationPeriod> earliestFirst = new ArrayList<>(
			certificationPeriods);

		earliestFirst.sort(
			Comparator.comparing(CertificationPeriod::getCertifiedDate));

		Instant start = null;
		Instant end = null;
		boolean openEnded = false;

		for (CertificationPeriod certificationPeriod : earliestFirst) {
			Instant certifiedDate = certificationPeriod.getCertifiedDate();

			boolean followsOn =
				(start != null) &&
				(openEnded || !certifiedDate.isAfter(end.plus(_GAP_ALLOWED)));

			if (!followsOn) {
				if ((start != null) && _covers(start, end, openEnded, moment)) {
					break;
				}

				start = certifiedDate;
				end = certificationPeriod.getValidUntil();
				openEnded = (end == null);

				continue;
			}

			if (certificationPeriod.getValidUntil() == null) {
				openEnded = true;
			}
			else if (!openEnded &&
					 certificationPeriod.getValidUntil().isAfter(end)) {

				end = certificationPeriod.getValidUntil();
			}
		}

		if ((start == null) || !_covers(start, end, openEnded, moment)) {
			return null;
		}

		if (openEnded) {
			return new CertificationRun(start, null);
		}

		return new CertificationRun(start, end);
	}

	/**
	 * @return the last moment of the run; <code>null</code> when it is open-ended
	 */
	public Instant getEnd() {
		return _end;
	}

	public Instant getStart() {
		return _start;
	}

	private static boolean _covers(
		Instant start, Instant end, boolean openEnded, Instant moment) {

		if (moment.isBefore(start)) {
			return false;
		}

		return openEnded || !moment.isAfter(end);
	}

	private CertificationRun(Instant start, Instant end) {
		_start = start;
		_end = end;
	}

	/**
	 * Valid-until dates are days: a renewal certified on the next day follows on without a gap.
	 */
	private static final Duration _GAP_ALLOWED = Duration.ofDays(1);

	private final Instant _end;
	private final Instant _start;

}
