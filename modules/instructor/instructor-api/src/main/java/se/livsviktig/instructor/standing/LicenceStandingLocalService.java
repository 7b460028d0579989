package se.livsviktig.instructor.standing;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.spi.InstructorStanding;

/**
 * The licence standing of every certified instructor of a company, per training method, from a constant number
 * of statements whatever the number of instructors: the company's active certifications (one query), the
 * methods' rules (one query) and the sessions delivered, from training's one GROUP BY
 * ({@code SessionInstructorLocalService.getDeliveredSessionEnds}). Never a query per person.
 *
 * <p>
 * The rule is the training method's: at least {@code licenceSessionsRequired} (N) sessions delivered in the last
 * {@code licencePeriodMonths} (M) months, a session counting when training counts it as delivered, by the end of
 * its last date. The first period runs from the start of the instructor's unbroken run of certifications, so a
 * new instructor is not lapsed before M months have passed. "At the current pace" means: if the instructor
 * delivers no further session, the sessions that leave the period as time passes would leave fewer than N
 * within the warning window (LicenceStandingConfiguration, default 90 days); sessions booked but not yet held do
 * not count until they are delivered.
 * </p>
 *
 * <ul>
 * <li>
 * <b>lapsed</b>: no active certification covers today, or the first period is over and fewer than N sessions were
 * delivered in the last M months;
 * </li>
 * <li>
 * <b>at risk</b>: otherwise, when the rule would fail within the warning window without another session, or the
 * run of certifications ends within it;
 * </li>
 * <li>
 * <b>ok</b>: otherwise. A method without a rule (N or M is 0) follows the certification only.
 * </li>
 * </ul>
 *
 * @author Livsviktig
 */
@ProviderType
public interface LicenceStandingLocalService {

	/**
	 * One person's standings, the same as {@link #getLicenceStandings(long)} gives for them, from the same constant
	 * number of statements each filtered to them: a person's own page need not compute the whole company.
	 *
	 * @return the holder's standing per method they hold an active certification for, ordered by method
	 */
	public List<LicenceStanding> getHolderLicenceStandings(
		long companyId, long holderUserId);

	/**
	 * @return the standing of every instructor with an active certification, per method they are certified for,
	 *         ordered by user and method
	 */
	public List<LicenceStanding> getLicenceStandings(long companyId);

	/**
	 * @param  trainingMethodId only this method's instructors, or 0 for every method
	 * @param  standing only instructors in this standing, or <code>null</code> for all
	 * @return as {@link #getLicenceStandings(long)}, filtered
	 */
	public List<LicenceStanding> getLicenceStandings(
		long companyId, long trainingMethodId, InstructorStanding standing);

}
