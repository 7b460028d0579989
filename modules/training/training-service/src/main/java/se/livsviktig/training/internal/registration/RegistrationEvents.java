package se.livsviktig.training.internal.registration;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.Date;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.RegistrationEvent;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;

/**
 * The history of a registration: every change of state, who made it and why. A late cancellation's reason or
 * a waitlist reordering is kept here for the coordinator and for follow-up.
 *
 * @author Livsviktig
 */
@Component(service = RegistrationEvents.class)
public class RegistrationEvents {

	public static final String TYPE_APPROVED = "approved";

	public static final String TYPE_CANCELLED = "cancelled";

	public static final String TYPE_COMPLETED = "completed";

	public static final String TYPE_DECLINED = "declined";

	public static final String TYPE_EXPIRED = "expired";

	/**
	 * The retention job deleted the free text of the registration and of its history; the event itself has
	 * none, so the history still shows when and that it happened.
	 */
	public static final String TYPE_FREE_TEXT_PURGED = "free-text-purged";

	/**
	 * A coordinator e-mailed the participant; the event's comment is the subject, so the history shows what
	 * was sent and by whom.
	 */
	public static final String TYPE_MESSAGED = "messaged";

	public static final String TYPE_MOVED_FROM = "moved-from";

	public static final String TYPE_MOVED_TO = "moved-to";

	public static final String TYPE_OFFER_ACCEPTED = "offer-accepted";

	public static final String TYPE_OFFERED = "offered";

	public static final String TYPE_PROMOTED = "promoted";

	public static final String TYPE_REGISTERED = "registered";

	public static final String TYPE_WAITLIST_MOVED = "waitlist-moved";

	public void add(
		Registration registration, String type, int fromStatus, long userId,
		String comment, Date date) {

		add(
			_counterLocalService.increment(), registration, type, fromStatus,
			userId, comment, date);
	}

	/**
	 * Adds the event under an id taken earlier, before the session's row was locked, so that the counter never
	 * needs a connection of its own while the lock is held (see SeatLock).
	 */
	public void add(
		long registrationEventId, Registration registration, String type,
		int fromStatus, long userId, String comment, Date date) {

		User user = _userLocalService.fetchUser(userId);

		add(
			registrationEventId, registration, type, fromStatus, userId,
			(user == null) ? null : user.getFullName(), comment, date);
	}

	/**
	 * Adds the event with the acting user's name read before, so that nothing but the insert happens while the
	 * session's row is locked.
	 *
	 * @param userName the acting user's full name, or <code>null</code> if there is no such user
	 */
	public void add(
		long registrationEventId, Registration registration, String type,
		int fromStatus, long userId, String userName, String comment,
		Date date) {

		RegistrationEvent registrationEvent =
			_registrationEventPersistence.create(registrationEventId);

		registrationEvent.setGroupId(registration.getGroupId());
		registrationEvent.setCompanyId(registration.getCompanyId());
		registrationEvent.setUserId(userId);
		registrationEvent.setUserName(userName);

		registrationEvent.setCreateDate(date);
		registrationEvent.setRegistrationId(registration.getRegistrationId());
		registrationEvent.setCourseSessionId(
			registration.getCourseSessionId());
		registrationEvent.setType(type);
		registrationEvent.setFromStatus(fromStatus);
		registrationEvent.setToStatus(registration.getStatus());
		registrationEvent.setComment(comment);

		_registrationEventPersistence.update(registrationEvent);
	}

	@Reference
	private CounterLocalService _counterLocalService;

	@Reference
	private RegistrationEventPersistence _registrationEventPersistence;

	@Reference
	private UserLocalService _userLocalService;

}
