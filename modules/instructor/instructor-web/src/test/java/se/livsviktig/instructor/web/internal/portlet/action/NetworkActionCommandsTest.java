package se.livsviktig.instructor.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.mockito.MockedStatic;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.exception.DuplicateNetworkMemberException;
import se.livsviktig.instructor.exception.NetworkCoordinatorException;
import se.livsviktig.instructor.exception.NetworkMemberUserException;
import se.livsviktig.instructor.exception.NetworkNameException;
import se.livsviktig.instructor.exception.NoSuchInstructorNetworkException;
import se.livsviktig.instructor.service.InstructorNetworkService;
import se.livsviktig.instructor.service.NetworkMemberService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.NetworkMembersDisplayContext;
import se.livsviktig.instructor.web.internal.display.context.NetworksDisplayContext;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;

/**
 * The network actions of the coordinators' pages: what was posted reaches the remote service (which checks the
 * permission), success lands on the view that shows it with a message, each refusal the page explains brings it
 * back with what was typed and nothing written, a refused permission or a network gone shows the error page, and
 * anything else is not swallowed.
 *
 * @author Livsviktig
 */
public class NetworkActionCommandsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		for (Object command : new Object[] {_edit, _delete}) {
			Fields.set(
				command, "_instructorNetworkService", _instructorNetworkService);
		}

		for (Object command : new Object[] {_addMember, _updateRole, _remove}) {
			Fields.set(command, "_networkMemberService", _networkMemberService);
		}

		for (Object command :
				new Object[] {_edit, _delete, _addMember, _updateRole, _remove}) {

			Fields.set(command, "portal", _portal);
		}

		new PortletSessions(
			kernelStatics.portal()
		).with(
			_actionRequest
		);

		when(
			_actionRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);
		when(
			_themeDisplay.getScopeGroupId()
		).thenReturn(
			_GROUP_ID
		);

		_serviceContextFactory.when(
			() -> ServiceContextFactory.getInstance(
				any(String.class), eq(_actionRequest))
		).thenReturn(
			new ServiceContext()
		);

		_param("name", "MHFA-nätverket");
		_param("description", "Samverkansträffar ca 4 gånger per år");
		when(
			_actionRequest.getParameterValues("trainingMethodIds")
		).thenReturn(
			new String[] {"1", "2"}
		);
	}

	@AfterEach
	public void tearDown() {
		_serviceContextFactory.close();
	}

	@Test
	public void addStartsTheNetworkInTheCurrentSiteAndLandsOnTheList()
		throws Exception {

		_edit.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_instructorNetworkService
		).addInstructorNetwork(
			eq(_GROUP_ID), eq("MHFA-nätverket"),
			eq("Samverkansträffar ca 4 gånger per år"),
			eq(new long[] {1, 2}), any(ServiceContext.class)
		);
		verify(
			_instructorNetworkService, never()
		).updateInstructorNetwork(
			anyLong(), any(), any(), any()
		);
		_assertLandsOn(
			InstructorMVCCommandNames.VIEW_NETWORKS,
			NetworksDisplayContext.SAVED_MESSAGE_KEY);
	}

	@Test
	public void editSavesTheExistingNetwork() throws Exception {
		_param("instructorNetworkId", "7001");

		_edit.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_instructorNetworkService
		).updateInstructorNetwork(
			7001, "MHFA-nätverket", "Samverkansträffar ca 4 gånger per år",
			new long[] {1, 2}
		);
		_assertLandsOn(
			InstructorMVCCommandNames.VIEW_NETWORKS,
			NetworksDisplayContext.SAVED_MESSAGE_KEY);
	}

	@Test
	public void aRefusedNameBringsTheFormBackWithWhatWasTyped()
		throws Exception {

		when(
			_instructorNetworkService.addInstructorNetwork(
				anyLong(), any(), any(), any(), any())
		).thenThrow(
			new NetworkNameException()
		);

		_edit.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(_actionRequest, NetworkNameException.class));
		verify(
			_portal
		).copyRequestParameters(
			_actionRequest, _actionResponse
		);
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", InstructorMVCCommandNames.EDIT_NETWORK
		);
		assertFalse(
			SessionMessages.contains(
				_actionRequest, NetworksDisplayContext.SAVED_MESSAGE_KEY));
	}

	@Test
	public void aRefusedPermissionOrAGoneNetworkShowsTheErrorPage()
		throws Exception {

		_param("instructorNetworkId", "7001");

		when(
			_instructorNetworkService.updateInstructorNetwork(
				anyLong(), any(), any(), any())
		).thenThrow(
			new PrincipalException.MustHavePermission(0, "UPDATE")
		);

		_edit.doProcessAction(_actionRequest, _actionResponse);

		when(
			_instructorNetworkService.deleteInstructorNetwork(7001)
		).thenThrow(
			new NoSuchInstructorNetworkException()
		);

		_delete.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, PrincipalException.MustHavePermission.class));
		assertTrue(
			SessionErrors.contains(
				_actionRequest, NoSuchInstructorNetworkException.class));
		verify(
			_renderParameters, times(2)
		).setValue(
			"mvcPath", "/error.jsp"
		);
	}

	@Test
	public void deleteDeletesThePostedNetworkAndLandsOnTheList()
		throws Exception {

		_param("instructorNetworkId", "7001");

		_delete.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_instructorNetworkService
		).deleteInstructorNetwork(
			7001
		);
		_assertLandsOn(
			InstructorMVCCommandNames.VIEW_NETWORKS,
			NetworksDisplayContext.DELETED_MESSAGE_KEY);
	}

	@Test
	public void addMemberAddsThePickedPersonWithTheRoleAndKeepsTheSearch()
		throws Exception {

		_param("instructorNetworkId", "7001");
		_param("memberUserId", "301");
		_param("role", String.valueOf(NetworkConstants.ROLE_COORDINATOR));
		_param("keywords", "sven");

		_addMember.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_networkMemberService
		).addNetworkMember(
			eq(7001L), eq(301L), eq(NetworkConstants.ROLE_COORDINATOR),
			any(ServiceContext.class)
		);
		_assertLandsOn(
			InstructorMVCCommandNames.VIEW_NETWORK_MEMBERS,
			NetworkMembersDisplayContext.ADDED_MESSAGE_KEY);
		verify(
			_renderParameters
		).setValue(
			"instructorNetworkId", "7001"
		);
		verify(
			_renderParameters
		).setValue(
			"keywords", "sven"
		);
	}

	@Test
	public void aDuplicateOrUnknownMemberIsExplainedOnTheMembersPage()
		throws Exception {

		_param("instructorNetworkId", "7001");
		_param("memberUserId", "301");
		_param("role", "0");

		when(
			_networkMemberService.addNetworkMember(
				anyLong(), anyLong(), anyInt(),
				any())
		).thenThrow(
			new DuplicateNetworkMemberException()
		).thenThrow(
			new NetworkMemberUserException()
		);

		_addMember.doProcessAction(_actionRequest, _actionResponse);
		_addMember.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, DuplicateNetworkMemberException.class));
		assertTrue(
			SessionErrors.contains(
				_actionRequest, NetworkMemberUserException.class));
		verify(
			_renderParameters, times(2)
		).setValue(
			"mvcRenderCommandName",
			InstructorMVCCommandNames.VIEW_NETWORK_MEMBERS
		);
		assertFalse(
			SessionMessages.contains(
				_actionRequest, NetworkMembersDisplayContext.ADDED_MESSAGE_KEY));
	}

	@Test
	public void roleChangeAndRemovalReachTheServiceAndTheLastCoordinatorIsKept()
		throws Exception {

		_param("instructorNetworkId", "7001");
		_param("networkMemberId", "9101");
		_param("role", String.valueOf(NetworkConstants.ROLE_MEMBER));

		_updateRole.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_networkMemberService
		).updateNetworkMemberRole(
			9101, NetworkConstants.ROLE_MEMBER
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				NetworkMembersDisplayContext.ROLE_CHANGED_MESSAGE_KEY));

		when(
			_networkMemberService.removeNetworkMember(9101)
		).thenThrow(
			new NetworkCoordinatorException()
		);

		_remove.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, NetworkCoordinatorException.class));
	}

	@Test
	public void anUnexpectedFailureIsNotSwallowed() throws Exception {
		_param("networkMemberId", "9101");

		PortalException portalException = new PortalException("database");

		when(
			_networkMemberService.removeNetworkMember(9101)
		).thenThrow(
			portalException
		);

		assertSame(
			portalException,
			assertThrows(
				PortalException.class,
				() -> _remove.doProcessAction(
					_actionRequest, _actionResponse)));
	}

	private void _assertLandsOn(
		String mvcRenderCommandName, String messageKey) {

		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", mvcRenderCommandName
		);
		assertTrue(SessionMessages.contains(_actionRequest, messageKey));
	}

	private void _param(String name, String value) {
		when(
			_actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private static final long _GROUP_ID = 20119;

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final AddNetworkMemberMVCActionCommand _addMember =
		new AddNetworkMemberMVCActionCommand();
	private final DeleteNetworkMVCActionCommand _delete =
		new DeleteNetworkMVCActionCommand();
	private final EditNetworkMVCActionCommand _edit =
		new EditNetworkMVCActionCommand();
	private final InstructorNetworkService _instructorNetworkService = mock(
		InstructorNetworkService.class);
	private final NetworkMemberService _networkMemberService = mock(
		NetworkMemberService.class);
	private final Portal _portal = mock(Portal.class);
	private final RemoveNetworkMemberMVCActionCommand _remove =
		new RemoveNetworkMemberMVCActionCommand();
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final MockedStatic<ServiceContextFactory> _serviceContextFactory =
		mockStatic(ServiceContextFactory.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);
	private final UpdateNetworkMemberRoleMVCActionCommand _updateRole =
		new UpdateNetworkMemberRoleMVCActionCommand();

}
