package se.livsviktig.instructor.test.view;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.exception.DuplicateNetworkMemberException;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.InstructorNetworkService;
import se.livsviktig.instructor.service.NetworkMemberService;
import se.livsviktig.instructor.web.internal.display.context.NetworkMembersDisplayContext;
import se.livsviktig.instructor.web.internal.portlet.action.ViewNetworkMembersMVCRenderCommand;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * A network's members page: members with organisation and role, coordinators first; for those who may update
 * the network, a POST form per role change and removal, and a search for people to add (each found person with
 * "add as member" and "add as coordinator", those already in the network marked instead); nobody found; a
 * refusal explained above the list; and a reader who may only view sees no forms.
 *
 * @author Livsviktig
 */
public class NetworkMembersViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = InstructorViews.harness();
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void membersWithOrganisationAndRoleAndTheirActions(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"members",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest,
					NetworkMembersDisplayContext.ROLE_CHANGED_MESSAGE_KEY)
			),
			true);

		view.assertHeading(
			1, view.message("members-of-x", "MHFA-nätverket <Norr>")
		).assertAlert(
			"success", view.message("the-members-role-was-changed")
		).assertLink(
			view.message("back-to-the-networks"), "view_networks"
		).assertTableRows(
			3
		).assertField(
			"keywords", view.message("name-or-e-mail-address")
		);

		Elements rows = view.select("tbody tr");
		Element anna = rows.get(0);

		Assertions.assertEquals("Anna Svensson", anna.selectFirst("th").text());
		Assertions.assertEquals(
			"Socialförvaltningen", anna.select("td").get(0).text());
		Assertions.assertEquals(
			view.message("coordinator"), anna.select("td").get(1).text());

		Element annaRoleForm = anna.selectFirst(
			"form[action*=update_network_member_role]");

		Assertions.assertEquals("post", annaRoleForm.attr("method"));
		Assertions.assertEquals(
			String.valueOf(NetworkConstants.ROLE_MEMBER),
			annaRoleForm.selectFirst(
				"input[name=" + view.getNamespace() + "role]"
			).attr(
				"value"
			),
			"a coordinator can be made member");
		Assertions.assertEquals(
			"9101",
			anna.selectFirst(
				"form[action*=remove_network_member] input[name=" +
					view.getNamespace() + "networkMemberId]"
			).attr(
				"value"
			));
		Assertions.assertEquals(
			view.message("member"), rows.get(1).select("td").get(1).text());
		Assertions.assertTrue(
			rows.get(
				1
			).selectFirst(
				"form[action*=update_network_member_role] button"
			).text(
			).startsWith(
				view.message("make-coordinator")
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void searchOffersPeopleToAddAndMarksMembers(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"search-results",
			ViewRequest.in(
				locale
			).parameter(
				"keywords", "sven"
			),
			true);

		view.assertFieldValue("keywords", "sven");

		Elements found = view.select("table.livsviktig-member-candidates tbody tr");

		Assertions.assertEquals(2, found.size());

		Element anna = found.get(0);

		Assertions.assertTrue(
			anna.text().contains(view.message("already-a-member")));
		Assertions.assertTrue(
			anna.select("form").isEmpty(), "a member is not offered again");

		Element sven = found.get(1);

		Assertions.assertEquals("Sven Berg", sven.selectFirst("th").text());

		Elements addForms = sven.select(
			"form[method=post][action*=add_network_member]");

		Assertions.assertEquals(2, addForms.size());
		Assertions.assertEquals(
			"304",
			addForms.get(
				0
			).selectFirst(
				"input[name=" + view.getNamespace() + "memberUserId]"
			).attr(
				"value"
			));
		Assertions.assertTrue(
			addForms.get(
				0
			).text(
			).startsWith(
				view.message("add-as-member")
			));
		Assertions.assertTrue(
			addForms.get(
				1
			).text(
			).startsWith(
				view.message("add-as-coordinator")
			));
		Assertions.assertEquals(
			String.valueOf(NetworkConstants.ROLE_COORDINATOR),
			addForms.get(
				1
			).selectFirst(
				"input[name=" + view.getNamespace() + "role]"
			).attr(
				"value"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void aSearchWithoutMatchesSaysSo(Locale locale) throws Exception {
		RenderedView view = _render(
			"no-results",
			ViewRequest.in(
				locale
			).parameter(
				"keywords", "xyz"
			),
			true);

		view.assertText(
			view.message("nobody-matches-the-search")
		).assertNone(
			"table.livsviktig-member-candidates", "nobody found, no table"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void aRefusedAddIsExplainedAboveTheList(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"error",
			ViewRequest.in(
				locale
			).parameter(
				"keywords", "sven"
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, DuplicateNetworkMemberException.class)
			),
			true);

		view.assertAlert(
			"danger", view.message("please-correct-the-following")
		).assertText(
			view.message("the-person-is-already-a-member-of-the-network")
		).assertFieldValue(
			"keywords", "sven"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void aMemberWhoMayOnlyViewSeesNoForms(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"view-only",
			ViewRequest.in(
				locale
			).parameter(
				"keywords", "sven"
			),
			false);

		view.assertTableRows(
			3
		).assertNone(
			"form", "no changes without UPDATE on the network"
		);

		_viewHarness.assertAccessible(view);
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest, boolean update)
		throws Exception {

		InstructorNetwork mhfa = AdminNetworkViews.mhfaNetwork();

		InstructorNetworkService instructorNetworkService = mock(
			InstructorNetworkService.class);

		when(
			instructorNetworkService.getInstructorNetwork(
				AdminNetworkViews.MHFA_NETWORK_ID)
		).thenReturn(
			mhfa
		);

		List<NetworkMember> members = AdminNetworkViews.mhfaMembers();

		NetworkMemberService networkMemberService = mock(
			NetworkMemberService.class);

		when(
			networkMemberService.getNetworkMembers(AdminNetworkViews.MHFA_NETWORK_ID)
		).thenReturn(
			members
		);

		ViewNetworkMembersMVCRenderCommand renderCommand =
			AdminNetworkViews.inject(
				new ViewNetworkMembersMVCRenderCommand(),
				instructorNetworkService, networkMemberService,
				AdminNetworkViews.permission(update, false));

		return _viewHarness.render(
			"instructor_admin-network_members", state,
			viewRequest.parameter(
				"instructorNetworkId",
				String.valueOf(AdminNetworkViews.MHFA_NETWORK_ID)),
			renderCommand::render);
	}

	private static ViewHarness _viewHarness;

}
