package se.livsviktig.report.internal.figures.source;

import java.time.Duration;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.service.InstructorFiguresLocalService;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.figures.ReportFigureSource;

/**
 * The instructor app's figures in the report: certified, active, at risk and lapsed instructors per administration,
 * training method and sex, from its local figure service (three families, each a constant number of statements),
 * plain or rolled up through the organisation tree as the other sources. Its reference to that service is
 * mandatory, so without the instructor app this component is simply unsatisfied and the report shows training's
 * figures alone; report-service imports the instructor packages with resolution:=optional.
 *
 * @author Livsviktig
 */
@Component(service = ReportFigureSource.class)
public class InstructorReportFigureSource implements ReportFigureSource {

	/**
	 * The moment the certified and standing figures are counted at: the first moment of the period's last day
	 * (certification dates are days, stored at their first moment, so a certification valid until that day or
	 * certified on it counts), or now while that day has not begun.
	 *
	 * @param to the first moment after the period's last day
	 */
	public static Date lastDayOf(Date to, Date now) {
		Date lastDay = Date.from(to.toInstant().minus(_ONE_DAY));

		if (now.before(lastDay)) {
			return now;
		}

		return lastDay;
	}

	@Override
	public List<String> getFigureKeys() {
		return Arrays.asList(
			ReportFigureKeys.INSTRUCTOR_CERTIFIED,
			ReportFigureKeys.INSTRUCTOR_ACTIVE,
			ReportFigureKeys.INSTRUCTOR_AT_RISK,
			ReportFigureKeys.INSTRUCTOR_LAPSED);
	}

	/**
	 * Per administration as each certification recorded it (organisation 0), or per child of the organisation with
	 * its whole subtree.
	 */
	@Override
	public List<ReportFigure> getFigures(
		long companyId, Date from, Date to, long organizationId, Date now) {

		Date asOf = lastDayOf(to, now);

		if (organizationId == 0) {
			return InstructorFigureFlattening.flatten(
				_instructorFiguresLocalService.getCertifiedInstructorCounts(
					companyId, asOf),
				_instructorFiguresLocalService.getActiveInstructorCounts(
					companyId, from, to),
				_instructorFiguresLocalService.getInstructorStandingCounts(
					companyId, asOf));
		}

		return InstructorFigureFlattening.flatten(
			_instructorFiguresLocalService.
				getRolledUpCertifiedInstructorCounts(
					companyId, organizationId, asOf),
			_instructorFiguresLocalService.getRolledUpActiveInstructorCounts(
				companyId, organizationId, from, to),
			_instructorFiguresLocalService.
				getRolledUpInstructorStandingCounts(
					companyId, organizationId, asOf));
	}

	/**
	 * Whole days of 24 hours: the last day of a period that ends on a change to or from summer time starts an hour
	 * earlier or later than this says, which moves a certification dated that day by one day.
	 */
	private static final Duration _ONE_DAY = Duration.ofDays(1);

	@Reference
	private InstructorFiguresLocalService _instructorFiguresLocalService;

}
