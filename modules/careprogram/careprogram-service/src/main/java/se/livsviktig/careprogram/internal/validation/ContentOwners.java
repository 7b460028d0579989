package se.livsviktig.careprogram.internal.validation;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import se.livsviktig.careprogram.exception.ContentOwnerException;

/**
 * The owner of a programme or routine is a person who can act on the reminders: an active user of the same
 * portal instance (not a deactivated one, and not the default user behind guests).
 *
 * @author Livsviktig
 */
public class ContentOwners {

	public ContentOwners(UserLocalService userLocalService) {
		_userLocalService = userLocalService;
	}

	public User validate(long companyId, long ownerUserId)
		throws ContentOwnerException {

		User user = _userLocalService.fetchUser(ownerUserId);

		if ((user == null) || (user.getCompanyId() != companyId) ||
			!user.isActive() || user.isGuestUser()) {

			throw new ContentOwnerException(
				"Not an active user of company " + companyId + ": " +
					ownerUserId);
		}

		return user;
	}

	private final UserLocalService _userLocalService;

}
