package se.livsviktig.careprogram.service.internal.review;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.util.Date;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.review.ReviewSchedule;

/**
 * When a company's text is next due for review, counted on the company's calendar: the badge, the reminders and the
 * article listener all say which DAY a review falls due in the company's time zone, so the due date must be
 * counted there too. Counted in UTC, a review confirmed at 23:30 in Stockholm in winter and due in summer lands at
 * 00:30 the next day, and the badge says a day later than the interval.
 *
 * @author Livsviktig
 */
@Component(service = CompanyReviewSchedule.class)
public class CompanyReviewSchedule {

	/**
	 * @param  companyId the company whose time zone counts
	 * @param  reviewedOrCreated the last review, or the creation date of a text never reviewed
	 * @param  intervalMonths the review interval, 1 to 60 months
	 */
	public Date nextDue(
			long companyId, Date reviewedOrCreated, int intervalMonths)
		throws PortalException {

		Company company = _companyLocalService.getCompany(companyId);

		return ReviewSchedule.nextDue(
			reviewedOrCreated, intervalMonths, company.getTimeZone());
	}

	@Reference
	private CompanyLocalService _companyLocalService;

}
