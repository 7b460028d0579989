package se.livsviktig.instructor.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.nullable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The members page's user picker: active users of the company only, at most twenty, those already in the network
 * marked, and no list at all before someone types what to look for.
 *
 * @author Livsviktig
 */
public class MemberCandidatesTest {

	@Test
	public void blankKeywordsSearchNobody() {
		assertTrue(
			_memberCandidates.search(_COMPANY_ID, "  ", Set.of()).isEmpty());

		verify(
			_userLocalService, never()
		).search(
			anyLong(), anyString(), anyInt(), any(LinkedHashMap.class),
			anyInt(), anyInt(), nullable(OrderByComparator.class)
		);
	}

	@Test
	public void activeUsersOfTheCompanyUpToTwentyWithMembersMarked() {
		User anna = _user(301, "Anna Svensson", "anna@example.se");
		User bo = _user(302, "Bo Ek", "bo@example.se");

		when(
			_userLocalService.search(
				eq(_COMPANY_ID), eq("sven"),
				eq(WorkflowConstants.STATUS_APPROVED), any(LinkedHashMap.class),
				eq(0), eq(20), nullable(OrderByComparator.class))
		).thenReturn(
			List.of(anna, bo)
		);

		List<MemberCandidate> memberCandidates = _memberCandidates.search(
			_COMPANY_ID, " sven ", Set.of(302L));

		assertEquals(2, memberCandidates.size());
		assertEquals("Anna Svensson", memberCandidates.get(0).getName());
		assertEquals(
			"anna@example.se", memberCandidates.get(0).getEmailAddress());
		assertFalse(memberCandidates.get(0).isMember());
		assertEquals(302, memberCandidates.get(1).getUserId());
		assertTrue(memberCandidates.get(1).isMember());
	}

	private User _user(long userId, String fullName, String emailAddress) {
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

		return user;
	}

	private static final long _COMPANY_ID = 20097;

	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);
	private final MemberCandidates _memberCandidates = new MemberCandidates(
		_userLocalService);

}
