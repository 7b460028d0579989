package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * The user picker of the members page, as a plain search the view tier can render: up to {@link #MAX_RESULTS}
 * active users of the company whose name, screen name or e-mail address match the keywords (the portal's own
 * database user search), those already in the network marked.
 *
 * @author Livsviktig
 */
public class MemberCandidates {

	public static final int MAX_RESULTS = 20;

	public MemberCandidates(UserLocalService userLocalService) {
		_userLocalService = userLocalService;
	}

	/**
	 * @return no candidates for blank keywords: listing every user of a municipality helps nobody pick one
	 */
	public List<MemberCandidate> search(
		long companyId, String keywords, Set<Long> memberUserIds) {

		List<MemberCandidate> memberCandidates = new ArrayList<>();

		if ((keywords == null) || keywords.isBlank()) {
			return memberCandidates;
		}

		for (User user :
				_userLocalService.search(
					companyId, keywords.trim(),
					WorkflowConstants.STATUS_APPROVED, new LinkedHashMap<>(),
					0, MAX_RESULTS, (OrderByComparator<User>)null)) {

			memberCandidates.add(
				new MemberCandidate(
					user.getUserId(), user.getFullName(),
					user.getEmailAddress(),
					memberUserIds.contains(user.getUserId())));
		}

		return memberCandidates;
	}

	private final UserLocalService _userLocalService;

}
