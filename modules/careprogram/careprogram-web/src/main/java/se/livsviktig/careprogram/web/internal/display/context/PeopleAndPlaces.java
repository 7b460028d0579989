package se.livsviktig.careprogram.web.internal.display.context;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

/**
 * The names the care programme pages show for the people and administrations they store by id: an owner who is
 * gone or deactivated has no name to show (the page says "Utan ägare"), an administration that was deleted shows
 * its id rather than nothing.
 *
 * @author Livsviktig
 */
public class PeopleAndPlaces {

	public PeopleAndPlaces(
		UserLocalService userLocalService,
		OrganizationLocalService organizationLocalService) {

		_userLocalService = userLocalService;
		_organizationLocalService = organizationLocalService;
	}

	public String administrationName(long organizationId) {
		Organization organization =
			_organizationLocalService.fetchOrganization(organizationId);

		if (organization == null) {
			return String.valueOf(organizationId);
		}

		return organization.getName();
	}

	/**
	 * @return the active user's full name, or null
	 */
	public String activeUserName(long userId) {
		if (userId <= 0) {
			return null;
		}

		User user = _userLocalService.fetchUser(userId);

		if ((user == null) || !user.isActive()) {
			return null;
		}

		return user.getFullName();
	}

	private final OrganizationLocalService _organizationLocalService;
	private final UserLocalService _userLocalService;

}
