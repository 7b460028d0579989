package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * People typed into the admin forms by e-mail address, as the user ids the services take. An address nobody has
 * becomes {@link #UNKNOWN_USER_ID}, so the service refuses it with its typed exception and the form says which
 * field is wrong, rather than the address being dropped without a word.
 *
 * @author Livsviktig
 */
public class PersonInput {

	/**
	 * The id no user has: what an unknown address turns into.
	 */
	public static final long UNKNOWN_USER_ID = -1;

	public PersonInput(UserLocalService userLocalService, long companyId) {
		_userLocalService = userLocalService;
		_companyId = companyId;
	}

	/**
	 * @return the user's id, 0 for an empty field (nobody), or {@link #UNKNOWN_USER_ID}
	 */
	public long userId(String emailAddress) {
		if ((emailAddress == null) || emailAddress.isBlank()) {
			return 0;
		}

		User user = _userLocalService.fetchUserByEmailAddress(
			_companyId, emailAddress.trim());

		if (user == null) {
			return UNKNOWN_USER_ID;
		}

		return user.getUserId();
	}

	/**
	 * @param  emailAddresses addresses one a line, or separated by commas or semicolons
	 * @return each person once, in the order typed (the contacts' order on the programme page)
	 */
	public long[] userIds(String emailAddresses) {
		Set<Long> userIds = new LinkedHashSet<>();

		for (String emailAddress : emailAddresses(emailAddresses)) {
			userIds.add(userId(emailAddress));
		}

		return userIds.stream(
		).mapToLong(
			Long::longValue
		).toArray();
	}

	public static List<String> emailAddresses(String text) {
		List<String> emailAddresses = new ArrayList<>();

		if (text == null) {
			return emailAddresses;
		}

		for (String part : text.split("[\\s,;]+")) {
			if (!part.isEmpty()) {
				emailAddresses.add(part);
			}
		}

		return emailAddresses;
	}

	private final long _companyId;
	private final UserLocalService _userLocalService;

}
