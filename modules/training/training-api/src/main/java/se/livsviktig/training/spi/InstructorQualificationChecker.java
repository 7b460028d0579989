package se.livsviktig.training.spi;

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
	 * @return <code>true</code> if the user holds a certification for the method that is valid on every one
	 *         of the dates
	 */
	public boolean isQualified(
		long companyId, long userId, long trainingMethodId, List<Date> dates);

}
