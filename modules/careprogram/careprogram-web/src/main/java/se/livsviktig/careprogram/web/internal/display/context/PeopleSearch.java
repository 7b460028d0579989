package se.livsviktig.careprogram.web.internal.display.context;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.StringJoiner;

/**
 * Finds the people a coordinator can pick as an owner or a contact: the company's active users whose name,
 * screen name or e-mail address matches the words typed, at most {@link #MAX_RESULTS}, each with name, e-mail
 * address and organisations so that two Anna Anderssons can be told apart. Through the portal's own user search
 * (the database, so a person is found the moment they have an account), never the index.
 *
 * @author Livsviktig
 */
public class PeopleSearch {

	/**
	 * More than a screen of names means the words were too few: the coordinator types more instead of paging.
	 */
	public static final int MAX_RESULTS = 20;

	public PeopleSearch(
		UserLocalService userLocalService,
		OrganizationLocalService organizationLocalService) {

		_userLocalService = userLocalService;
		_organizationLocalService = organizationLocalService;
	}

	/**
	 * @return the matching active people, none for no words
	 */
	public List<PersonOption> search(long companyId, String keywords) {
		List<PersonOption> personOptions = new ArrayList<>();

		if ((keywords == null) || keywords.isBlank()) {
			return personOptions;
		}

		for (User user :
				_userLocalService.search(
					companyId, keywords.trim(),
					WorkflowConstants.STATUS_APPROVED,
					new LinkedHashMap<String, Object>(), 0, MAX_RESULTS,
					(OrderByComparator<User>)null)) {

			if (user.isDefaultUser() || !user.isActive()) {
				continue;
			}

			personOptions.add(
				new PersonOption(
					user.getUserId(), user.getFullName(),
					user.getEmailAddress(),
					_organizationNames(user.getUserId())));
		}

		return personOptions;
	}

	private String _organizationNames(long userId) {
		StringJoiner stringJoiner = new StringJoiner(", ");

		for (Organization organization :
				_organizationLocalService.getUserOrganizations(userId)) {

			stringJoiner.add(organization.getName());
		}

		return stringJoiner.toString();
	}

	private final OrganizationLocalService _organizationLocalService;
	private final UserLocalService _userLocalService;

}
