package se.livsviktig.careprogram.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;

/**
 * The picker finds the company's active people by the words typed, at most a screen of them, each told apart by
 * e-mail address and organisations; no words, no search.
 *
 * @author Livsviktig
 */
public class PeopleSearchTest {

	@Test
	public void noWordsSearchNobody() {
		assertEquals(List.of(), _peopleSearch.search(_COMPANY_ID, " "));

		verifyNoInteractions(_userLocalService);
	}

	@Test
	public void theActivePeopleFoundWithEmailAndOrganisations() {
		User anna = _user(301, "Anna Andersson", "anna@kommun.se", true);
		User gone = _user(302, "Anna Berg", "anna.berg@kommun.se", false);

		when(
			_userLocalService.search(
				eq(_COMPANY_ID), eq("anna"),
				eq(WorkflowConstants.STATUS_APPROVED), any(), eq(0),
				eq(PeopleSearch.MAX_RESULTS),
				ArgumentMatchers.<OrderByComparator<User>>isNull())
		).thenReturn(
			List.of(anna, gone)
		);

		Organization social = mock(Organization.class);

		when(
			social.getName()
		).thenReturn(
			"Socialförvaltningen"
		);

		Organization vard = mock(Organization.class);

		when(
			vard.getName()
		).thenReturn(
			"Vård- och omsorgsförvaltningen"
		);

		when(
			_organizationLocalService.getUserOrganizations(301)
		).thenReturn(
			List.of(social, vard)
		);

		List<PersonOption> personOptions = _peopleSearch.search(
			_COMPANY_ID, " anna ");

		assertEquals(
			List.of(
				"301 Anna Andersson anna@kommun.se Socialförvaltningen, " +
					"Vård- och omsorgsförvaltningen"),
			personOptions.stream(
			).map(
				personOption ->
					personOption.getUserId() + " " +
						personOption.getFullName() + " " +
							personOption.getEmailAddress() + " " +
								personOption.getOrganizationNames()
			).collect(
				Collectors.toList()
			));
	}

	@Test
	public void nobodyFoundIsAnEmptyList() {
		when(
			_userLocalService.search(
				anyLong(), anyString(), anyInt(), any(), anyInt(), anyInt(),
				ArgumentMatchers.<OrderByComparator<User>>isNull())
		).thenReturn(
			List.of()
		);

		assertEquals(List.of(), _peopleSearch.search(_COMPANY_ID, "zzz"));
	}

	private User _user(
		long userId, String fullName, String emailAddress, boolean active) {

		User user = mock(User.class);

		when(
			user.getUserId()
		).thenReturn(
			userId
		);
		when(
			user.getFullName()
		).thenReturn(
			fullName
		);
		when(
			user.getEmailAddress()
		).thenReturn(
			emailAddress
		);
		when(
			user.isActive()
		).thenReturn(
			active
		);

		return user;
	}

	private static final long _COMPANY_ID = 20097;

	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);
	private final PeopleSearch _peopleSearch = new PeopleSearch(
		_userLocalService, _organizationLocalService);

}
