package se.livsviktig.training.spi;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Who could teach a session, so a coordinator staffs it from a list instead of a spreadsheet. The instructor app
 * implements it from its certifications and its record of who teaches when; the provider decides who is a
 * candidate, training only shows them and invites through its own service (which still checks permission and
 * qualification). With none deployed, training's staffing works as without it.
 *
 * @author Livsviktig
 */
@ConsumerType
public interface InstructorCandidateProvider {

	/**
	 * @param  dates the start and end of every date of the session, as {@link InstructorQualificationChecker}
	 *         is given them
	 * @return the people certified for the method and valid on every date, with no other session on any of the
	 *         dates and not yet invited to this one, in the order the provider recommends them; never null
	 */
	public List<InstructorCandidate> getCandidates(
		long companyId, long courseSessionId, long trainingMethodId,
		List<Date> dates);

}
