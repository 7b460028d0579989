package se.livsviktig.instructor.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.instructor.exception.NetworkNameException;
import se.livsviktig.instructor.exception.NetworkTrainingMethodException;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.InstructorNetworkService;
import se.livsviktig.instructor.service.NetworkMemberService;
import se.livsviktig.instructor.web.internal.portlet.action.DeleteNetworkMVCRenderCommand;
import se.livsviktig.instructor.web.internal.portlet.action.EditNetworkMVCRenderCommand;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;

/**
 * The network form (new, filled for an edit, and again after a refusal with each message at its field and what
 * was typed kept), shown only to those who may send it, and the confirmation before a network is deleted.
 *
 * @author Livsviktig
 */
public class NetworkFormViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = InstructorViews.harness();
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void newFormAsksForNameDescriptionAndTheActiveMethods(Locale locale)
		throws Exception {

		RenderedView view = _renderForm(
			"new", ViewRequest.in(locale),
			AdminNetworkViews.portletResourcePermission(true));

		view.assertHeading(
			1, view.message("add-network")
		).assertButton(
			view.message("save")
		).assertLink(
			view.message("cancel"), "view_networks"
		).assertNone(
			"#" + view.getNamespace() + "errorSummary",
			"a fresh form has no errors"
		).assertFieldValue(
			"name", ""
		);

		view.assertField("name", view.message("name"));
		view.assertField("description", view.message("description"));

		Elements methods = view.select("input[type=checkbox]");

		Assertions.assertEquals(2, methods.size(), "the two active methods");
		Assertions.assertTrue(methods.select("[checked]").isEmpty());
		Assertions.assertTrue(
			view.select(
				"fieldset legend"
			).text(
			).contains(
				view.message("training-methods")
			));
		Assertions.assertTrue(
			view.select(
				"form[method=post]"
			).attr(
				"action"
			).contains(
				"javax.portlet.action=%2Finstructor%2Fadmin%2Fedit_network"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void editFormShowsTheNetworkAsStored(Locale locale)
		throws Exception {

		RenderedView view = _renderEdit(
			"edit", ViewRequest.in(locale), true);

		view.assertHeading(
			1, view.message("edit-network")
		).assertFieldValue(
			"name", "MHFA-nätverket <Norr>"
		).assertFieldValue(
			"description", "Samverkansträffar ca 4 gånger per år"
		);

		Elements checked = view.select("input[type=checkbox][checked]");

		Assertions.assertEquals(1, checked.size());
		Assertions.assertEquals(
			String.valueOf(InstructorViews.MHFA_ID), checked.attr("value"));
		Assertions.assertTrue(
			view.select(
				"form[method=post]"
			).attr(
				"action"
			).contains(
				"instructorNetworkId=" + AdminNetworkViews.MHFA_NETWORK_ID
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void refusedFormExplainsEachFieldAndKeepsWhatWasTyped(Locale locale)
		throws Exception {

		String tooLong = "N".repeat(151);

		RenderedView view = _renderForm(
			"refused",
			ViewRequest.in(
				locale
			).parameter(
				"name", tooLong
			).parameter(
				"description", "Träffar <b>fyra</b> gånger"
			).afterAction(
				renderRequest -> {
					SessionErrors.add(renderRequest, NetworkNameException.class);
					SessionErrors.add(
						renderRequest, NetworkTrainingMethodException.class);
				}
			),
			AdminNetworkViews.portletResourcePermission(true));

		view.assertAlert(
			"danger", view.message("please-correct-the-following")
		).assertFieldValue(
			"name", tooLong
		).assertFieldValue(
			"description", "Träffar <b>fyra</b> gånger"
		);

		CertificationFormViewIT._assertFieldError(
			view, "name",
			view.message("enter-a-network-name-of-at-most-x-characters", 150));

		Element methodsError = view.getDocument(
		).getElementById(
			view.getNamespace() + "trainingMethodIdsError"
		);

		Assertions.assertNotNull(methodsError);
		Assertions.assertTrue(
			methodsError.text(
			).contains(
				view.message("choose-at-least-one-active-training-method")
			));
		Assertions.assertEquals(
			2,
			view.select(
				"#" + view.getNamespace() + "errorSummary a"
			).size(),
			"the summary links to both fields");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void theFormIsNotOfferedWithoutAddNetwork(Locale locale)
		throws Exception {

		PortletResourcePermission portletResourcePermission = mock(
			PortletResourcePermission.class);

		doThrow(
			new PrincipalException.MustHavePermission(
				ViewHarness.USER_ID, "se.livsviktig.instructor",
				ViewHarness.SITE_GROUP_ID, "ADD_NETWORK")
		).when(
			portletResourcePermission
		).check(
			any(), anyLong(), anyString()
		);

		RenderedView view = _renderForm(
			"no-permission", ViewRequest.in(locale), portletResourcePermission);

		view.assertAlert(
			"danger", view.message("you-do-not-have-permission-to-do-this")
		).assertNone(
			"form", "no form to fill in that could only be refused"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void deleteAsksForConfirmationWithAPost(Locale locale)
		throws Exception {

		DeleteNetworkMVCRenderCommand renderCommand =
			new DeleteNetworkMVCRenderCommand();

		_inject(renderCommand, AdminNetworkViews.permission(true, true));

		RenderedView view = _viewHarness.render(
			"instructor_admin-delete_network", "confirm",
			ViewRequest.in(
				locale
			).parameter(
				"instructorNetworkId",
				String.valueOf(AdminNetworkViews.MHFA_NETWORK_ID)
			),
			renderCommand::render);

		view.assertHeading(
			1, view.message("delete-network")
		).assertButton(
			view.message("delete-network")
		).assertLink(
			view.message("cancel"), "view_networks"
		).assertText(
			view.message(
				"deleting-x-also-deletes-its-x-memberships-and-its-meetings-" +
					"with-their-answers-and-attendance",
				"MHFA-nätverket <Norr>", 3)
		);

		Assertions.assertTrue(
			view.select(
				"form[method=post]"
			).attr(
				"action"
			).contains(
				"javax.portlet.action=%2Finstructor%2Fadmin%2Fdelete_network"
			));
		Assertions.assertTrue(
			view.getHtml(
			).contains(
				"MHFA-nätverket &lt;Norr&gt;"
			),
			"the name is escaped");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.instructor.test.view.InstructorViews#locales")
	@ParameterizedTest
	public void deleteIsNotOfferedWithoutDelete(Locale locale)
		throws Exception {

		ModelResourcePermission<InstructorNetwork> permission =
			AdminNetworkViews.permission(true, false);

		doThrow(
			new PrincipalException.MustHavePermission(
				ViewHarness.USER_ID, InstructorNetwork.class.getName(),
				AdminNetworkViews.MHFA_NETWORK_ID, "DELETE")
		).when(
			permission
		).check(
			any(), any(InstructorNetwork.class), eq("DELETE")
		);

		DeleteNetworkMVCRenderCommand renderCommand =
			new DeleteNetworkMVCRenderCommand();

		_inject(renderCommand, permission);

		RenderedView view = _viewHarness.render(
			"error", "no-delete-permission",
			ViewRequest.in(
				locale
			).parameter(
				"instructorNetworkId",
				String.valueOf(AdminNetworkViews.MHFA_NETWORK_ID)
			),
			renderCommand::render);

		view.assertAlert(
			"danger", view.message("you-do-not-have-permission-to-do-this")
		).assertNone(
			"form", "nothing to confirm"
		);

		_viewHarness.assertAccessible(view);
	}

	private <T> T _inject(
			T renderCommand,
			ModelResourcePermission<InstructorNetwork> permission)
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

		List<NetworkMember> members =
			AdminNetworkViews.mhfaMembers();

		NetworkMemberService networkMemberService = mock(
			NetworkMemberService.class);

		when(
			networkMemberService.getNetworkMembers(AdminNetworkViews.MHFA_NETWORK_ID)
		).thenReturn(
			members
		);

		return AdminNetworkViews.inject(
			renderCommand, instructorNetworkService, networkMemberService,
			permission);
	}

	private RenderedView _renderEdit(
			String state, ViewRequest viewRequest, boolean update)
		throws Exception {

		EditNetworkMVCRenderCommand renderCommand = _inject(
			new EditNetworkMVCRenderCommand(),
			AdminNetworkViews.permission(update, false));

		Fields.set(
			renderCommand, "_portletResourcePermission",
			AdminNetworkViews.portletResourcePermission(false));
		Fields.set(
			renderCommand, "_trainingMethodService",
			InstructorViews.trainingMethodService());

		return _viewHarness.render(
			"instructor_admin-edit_network", state,
			viewRequest.parameter(
				"instructorNetworkId",
				String.valueOf(AdminNetworkViews.MHFA_NETWORK_ID)),
			renderCommand::render);
	}

	private RenderedView _renderForm(
			String state, ViewRequest viewRequest,
			PortletResourcePermission portletResourcePermission)
		throws Exception {

		EditNetworkMVCRenderCommand renderCommand = _inject(
			new EditNetworkMVCRenderCommand(),
			AdminNetworkViews.permission(false, false));

		Fields.set(
			renderCommand, "_portletResourcePermission",
			portletResourcePermission);
		Fields.set(
			renderCommand, "_trainingMethodService",
			InstructorViews.trainingMethodService());

		return _viewHarness.render(
			"instructor_admin-edit_network", state, viewRequest,
			renderCommand::render);
	}

	private static ViewHarness _viewHarness;

}
