package se.livsviktig.careprogram.web.internal.badge;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.Date;
import java.util.TimeZone;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.review.ReviewStatus;
import se.livsviktig.careprogram.review.ReviewStatuses;

/**
 * The review status of programmes and routines at one moment, as every page shows it: an owner who was
 * deactivated counts as no owner, even before the owner-leaves listener has cleared the column, so a reader never
 * sees a routine as looked after by someone who can no longer look after it.
 *
 * @author Livsviktig
 */
public class ReviewStatusReader {

	/**
	 * @param reminderDaysBeforeDue the company's CareProgramCompanyConfiguration.reminderDaysBeforeDue: from
	 *        then on a text is "due soon"
	 * @param companyTimeZone whose calendar days count: a text is due on its due day there, as the reminders say
	 */
	public ReviewStatusReader(
		UserLocalService userLocalService, Date now, int reminderDaysBeforeDue,
		TimeZone companyTimeZone) {

		_userLocalService = userLocalService;
		_now = now;
		_reminderDaysBeforeDue = reminderDaysBeforeDue;
		_companyTimeZone = companyTimeZone;
	}

	public ReviewStatus of(CareProgram careProgram) {
		return _of(
			careProgram.getOwnerUserId(), careProgram.getLastReviewDate(),
			careProgram.getNextReviewDate());
	}

	public ReviewStatus of(LocalRoutine localRoutine) {
		return _of(
			localRoutine.getOwnerUserId(), localRoutine.getLastReviewDate(),
			localRoutine.getNextReviewDate());
	}

	private boolean _isActive(long userId) {
		if (userId <= 0) {
			return false;
		}

		User user = _userLocalService.fetchUser(userId);

		if ((user == null) || !user.isActive()) {
			return false;
		}

		return true;
	}

	private ReviewStatus _of(
		long ownerUserId, Date lastReviewDate, Date nextReviewDate) {

		return ReviewStatuses.of(
			ownerUserId, _isActive(ownerUserId), lastReviewDate, nextReviewDate,
			_now, _reminderDaysBeforeDue, _companyTimeZone);
	}

	private final TimeZone _companyTimeZone;
	private final Date _now;
	private final int _reminderDaysBeforeDue;
	private final UserLocalService _userLocalService;

}
