package se.livsviktig.training.spi;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whether a person may teach a training method on given dates. The instructor app implements it from its
 * certifications; the training app uses it when one is deployed and staffs freely when none is, so training
 * never depends on the instructor app.
 *
 * @author Livsviktig
 */
@ConsumerType
public interface InstructorQualificationChecker {

	/**
	 * The first of the dates on which the user may not teach the method, so a refusal can say which date
	 * fails. An implementation that knows its certifications should answer directly; this default asks
	 * {@link #isQualified} date by date, earliest first, so existing implementations keep working.
	 *
	 * @param  dates at least one date (with none there is no date to name: ask {@link #isQualified})
	 * @return the earliest date the user is not qualified on, or <code>null</code> when qualified on every one
	 */
	public default Date getFirstUnqualifiedDate(
		long companyId, long userId, long trainingMethodId, List<Date> dates) {

		if (isQualified(companyId, userId, trainingMethodId, dates)) {
			return null;
		}

		List<Date> earliestFirst = new ArrayList<>(dates);

		earliestFirst.sort(null);

		for (Date date : earliestFirst) {
			if (!isQualified(
					companyId, userId, trainingMethodId, List.of(date))) {

				return date;
			}
		}

		// Refused as a whole though every date passes alone: name the first, so the refusal still has a date

		return earliestFirst.get(0);
	}

	/**
	 * @return <code>true</code> if the user holds a certification for the method that is valid on every one
	 *         of the dates
	 */
	public boolean isQualified(
		long companyId, long userId, long trainingMethodId, List<Date> dates);

}
