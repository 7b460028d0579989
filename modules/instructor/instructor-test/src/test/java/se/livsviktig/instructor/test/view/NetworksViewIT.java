package se.livsviktig.instructor.test.view;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.InstructorNetworkService;
import se.livsviktig.instructor.service.NetworkMemberService;
import se.livsviktig.instructor.web.internal.display.context.NetworksDisplayContext;
import se.livsviktig.instructor.web.internal.portlet.action.ViewNetworksMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * The networks section of the app: the app's two sections as navigation with the current one marked, the site's
 * networks with methods, members and coordinators, "Add network" only with ADD_NETWORK, edit and delete per row
 * only with the network's UPDATE and DELETE, the way to each network's members and meetings, and the empty list.
 *
 * @author Livsviktig
 */
public class NetworksViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = InstructorViews.harness();
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void listShowsEachNetworkWithMethodsMembersAndCoordinators(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"networks", ViewRequest.in(locale), true, true, false);

		view.assertHeading(
			2, view.message("networks")
		).assertLink(
			view.message("add-network"), "edit_network"
		).assertTableRows(
			2
		);

		_assertNavigation(view, "networks");

		Element mhfa = view.select(
			"tbody tr"
		).get(
			0
		);

		Assertions.assertEquals(
			"MHFA-nätverket <Norr>", mhfa.selectFirst("th").text(),
			"the name is escaped, not markup");
		Assertions.assertTrue(
			mhfa.text().contains(
				locale.equals(InstructorViews.SWEDISH) ? "MHFA Vuxen" :
					"MHFA Adult"),
			"methods in the reader's language");
		Assertions.assertEquals("3", mhfa.select("td").get(1).text());
		Assertions.assertEquals("Anna Svensson", mhfa.select("td").get(2).text());

		Elements links = mhfa.select("a");

		Assertions.assertEquals(
			1, links.select("a[href*=view_network_members]").size());
		Assertions.assertEquals(
			1,
			links.select(
				"a[href*=%2Finstructor%2Fview_network_meetings]"
			).size());
		Assertions.assertTrue(
			links.select(
				"a[href*=view_network_meetings]"
			).attr(
				"href"
			).contains(
				"instructorNetworkId=" + AdminNetworkViews.MHFA_NETWORK_ID
			));
		Assertions.assertEquals(
			1, links.select("a[href*=edit_network]").size(),
			"UPDATE: edit offered");
		Assertions.assertEquals(
			0, links.select("a[href*=delete_network]").size(),
			"no DELETE: no delete");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void deleteIsOfferedWithTheNetworksDeletePermission(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"deletable",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest, NetworksDisplayContext.SAVED_MESSAGE_KEY)
			),
			true, false, true);

		view.assertAlert("success", view.message("the-network-was-saved"));

		Assertions.assertEquals(
			2, view.select("tbody a[href*=delete_network]").size());
		Assertions.assertEquals(
			0, view.select("tbody a[href*=edit_network]").size());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void withoutAddNetworkThereIsNoAddButton(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"no-add-network", ViewRequest.in(locale), false, false, false);

		view.assertTableRows(
			2
		).assertNone(
			"a[href*=edit_network]", "no add, no edit without the permissions"
		).assertNone(
			"a[href*=delete_network]", "no delete without DELETE"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void emptyListSaysThereAreNoNetworksYet(Locale locale)
		throws Exception {

		InstructorNetworkService instructorNetworkService = mock(
			InstructorNetworkService.class);

		RenderedView view = _viewHarness.render(
			"instructor_admin-networks", "empty", ViewRequest.in(locale),
			_renderCommand(
				instructorNetworkService, mock(NetworkMemberService.class),
				true, false, false)::render);

		view.assertText(
			view.message("no-networks-yet")
		).assertLink(
			view.message("add-network"), "edit_network"
		).assertNone(
			"table", "no networks, no table"
		);

		_assertNavigation(view, "networks");

		_viewHarness.assertAccessible(view);
	}

	static void _assertNavigation(RenderedView view, String currentSection) {
		Elements links = view.select("nav .nav-link");

		Assertions.assertEquals(2, links.size(), "two sections");
		Assertions.assertEquals(
			view.message("certifications"), links.get(0).text());
		Assertions.assertTrue(
			links.get(0).attr("href").contains("view_certifications"));
		Assertions.assertEquals(view.message("networks"), links.get(1).text());
		Assertions.assertTrue(
			links.get(1).attr("href").contains("view_networks"));

		Element current = view.select(
			"nav .nav-link[aria-current=page]"
		).first();

		Assertions.assertNotNull(current, "the current section is marked");
		Assertions.assertEquals(
			view.message(currentSection), current.text());
		Assertions.assertTrue(current.hasClass("active"));
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest, boolean addNetwork,
			boolean update, boolean delete)
		throws Exception {

		InstructorNetwork mhfa = AdminNetworkViews.mhfaNetwork();
		InstructorNetwork yam = AdminNetworkViews.network(
			AdminNetworkViews.YAM_NETWORK_ID, "YAM-nätverket",
			InstructorViews.YAM_ID);

		InstructorNetworkService instructorNetworkService = mock(
			InstructorNetworkService.class);

		when(
			instructorNetworkService.getGroupInstructorNetworks(
				ViewHarness.SITE_GROUP_ID)
		).thenReturn(
			List.of(mhfa, yam)
		);

		List<NetworkMember> mhfaMembers =
			AdminNetworkViews.mhfaMembers();
		List<NetworkMember> yamMembers =
			List.of(AdminNetworkViews.member(9201, 302, true));

		NetworkMemberService networkMemberService = mock(
			NetworkMemberService.class);

		when(
			networkMemberService.getNetworkMembers(AdminNetworkViews.MHFA_NETWORK_ID)
		).thenReturn(
			mhfaMembers
		);
		when(
			networkMemberService.getNetworkMembers(AdminNetworkViews.YAM_NETWORK_ID)
		).thenReturn(
			yamMembers
		);

		return _viewHarness.render(
			"instructor_admin-networks", state, viewRequest,
			_renderCommand(
				instructorNetworkService, networkMemberService, addNetwork,
				update, delete)::render);
	}

	private ViewNetworksMVCRenderCommand _renderCommand(
			InstructorNetworkService instructorNetworkService,
			NetworkMemberService networkMemberService, boolean addNetwork,
			boolean update, boolean delete)
		throws Exception {

		ViewNetworksMVCRenderCommand renderCommand =
			new ViewNetworksMVCRenderCommand();

		AdminNetworkViews.inject(
			renderCommand, instructorNetworkService, networkMemberService,
			AdminNetworkViews.permission(update, delete));

		Fields.set(
			renderCommand, "_portletResourcePermission",
			AdminNetworkViews.portletResourcePermission(addNetwork));

		return renderCommand;
	}

	private static ViewHarness _viewHarness;

}
