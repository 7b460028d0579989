package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.NoSuchUserException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mockito.MockedStatic;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.exception.CancellationDeadlinePassedException;
import se.livsviktig.training.exception.OfferExpiredException;
import se.livsviktig.training.exception.RegistrationClosedException;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.CourseSessionDisplayContext;

/**
 * The actions on a session's page: each calls the remote service and returns to the page with the message that
 * says what happened, or with the typed exception and what the user typed.
 *
 * @author Livsviktig
 */
public class RegistrationActionCommandsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		new PortletSessions(kernelStatics.portal()).with(_actionRequest);

		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);

		_param("courseSessionId", "4711");
		_param("registrationId", "901");
		_param("dietaryNeeds", "Glutenfri");
		_param("motivation", "Jag möter unga i mitt arbete.");

		_serviceContextFactory.when(
			() -> ServiceContextFactory.getInstance(
				Registration.class.getName(), _actionRequest)
		).thenReturn(
			_serviceContext
		);
	}

	@AfterEach
	public void tearDown() {
		_serviceContextFactory.close();
	}

	@CsvSource(
		{
			"2, you-are-registered", "3, you-are-on-the-waitlist",
			"1, your-request-was-sent-for-approval"
		}
	)
	@ParameterizedTest
	public void registeringSaysWhatTheUserGot(int status, String messageKey)
		throws Exception {

		Registration registration = mock(Registration.class);

		when(
			registration.getStatus()
		).thenReturn(
			status
		);

		when(
			_registrationService.addRegistration(
				4711, 0, "Jag möter unga i mitt arbete.", "Glutenfri",
				_serviceContext)
		).thenReturn(
			registration
		);

		_process(new RegisterMVCActionCommand());

		assertEquals(
			messageKey,
			SessionMessages.get(
				_actionRequest,
				CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY));
		assertTrue(SessionErrors.isEmpty(_actionRequest));
		_assertBackOnTheSessionPage();
	}

	@Test
	public void aRefusedRegistrationKeepsWhatWasTyped() throws Exception {
		when(
			_registrationService.addRegistration(
				anyLong(), anyLong(), any(), any(), any())
		).thenThrow(
			new RegistrationClosedException()
		);

		_process(new RegisterMVCActionCommand());

		assertTrue(
			SessionErrors.contains(
				_actionRequest, RegistrationClosedException.class));
		assertFalse(
			SessionMessages.contains(
				_actionRequest,
				CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY));
		verify(_renderParameters).setValue("dietaryNeeds", "Glutenfri");
		verify(
			_renderParameters
		).setValue(
			"motivation", "Jag möter unga i mitt arbete."
		);
		_assertBackOnTheSessionPage();
	}

	@Test
	public void cancellingCallsTheServiceWithTheRegistration()
		throws Exception {

		_process(new CancelRegistrationMVCActionCommand());

		verify(_registrationService).cancelRegistration(901, "");
		assertEquals(
			"your-registration-was-cancelled",
			SessionMessages.get(
				_actionRequest,
				CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY));
	}

	@Test
	public void cancellingAfterTheDeadlineIsExplained() throws Exception {
		_refuse(new CancellationDeadlinePassedException());

		_process(new CancelRegistrationMVCActionCommand());

		assertTrue(
			SessionErrors.contains(
				_actionRequest, CancellationDeadlinePassedException.class));
	}

	@Test
	public void cancellingSomeoneElsesRegistrationIsRefused()
		throws Exception {

		_refuse(
			new PrincipalException.MustHavePermission(
				1, "se.livsviktig.training.model.Registration", 901,
				"UPDATE"));

		_process(new CancelRegistrationMVCActionCommand());

		assertTrue(
			SessionErrors.contains(
				_actionRequest, PrincipalException.getNestedClasses()));
	}

	@Test
	public void acceptingAnOfferTakesTheSeat() throws Exception {
		_process(new AcceptOfferMVCActionCommand());

		verify(_registrationService).acceptOffer(901);
		assertEquals(
			"you-accepted-the-seat",
			SessionMessages.get(
				_actionRequest,
				CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY));
	}

	@Test
	public void decliningAnExpiredOfferIsExplained() throws Exception {
		when(
			_registrationService.declineOffer(901)
		).thenThrow(
			new OfferExpiredException()
		);

		_process(new DeclineOfferMVCActionCommand());

		assertTrue(
			SessionErrors.contains(
				_actionRequest, OfferExpiredException.class));
	}

	@Test
	public void aColleagueIsFoundByEmailAddressAndRegistered()
		throws Exception {

		User colleague = mock(User.class);

		when(colleague.getUserId()).thenReturn(333L);

		_colleague(colleague);

		Registration registration = mock(Registration.class);

		when(
			registration.getStatus()
		).thenReturn(
			2
		);
		when(
			_registrationService.addRegistrationForUser(
				333, 4711, 0, null, "Glutenfri", _serviceContext)
		).thenReturn(
			registration
		);

		_process(_registerColleague());

		assertEquals(
			"your-colleague-is-registered",
			SessionMessages.get(
				_actionRequest,
				CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY));
	}

	@Test
	public void anUnknownColleagueIsExplainedAndTheAddressKept()
		throws Exception {

		_colleague(null);

		_process(_registerColleague());

		assertTrue(
			SessionErrors.contains(_actionRequest, NoSuchUserException.class));
		verify(
			_renderParameters
		).setValue(
			"colleagueEmailAddress", "kollega@sundsvall.se"
		);
	}

	private void _colleague(User colleague) {
		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(themeDisplay.getCompanyId()).thenReturn(20097L);

		when(
			_actionRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			themeDisplay
		);

		_param("colleagueEmailAddress", "kollega@sundsvall.se");

		when(
			_userLocalService.fetchUserByEmailAddress(
				20097, "kollega@sundsvall.se")
		).thenReturn(
			colleague
		);
	}

	private RegisterColleagueMVCActionCommand _registerColleague() {
		RegisterColleagueMVCActionCommand command =
			new RegisterColleagueMVCActionCommand();

		Fields.set(command, "_userLocalService", _userLocalService);

		return command;
	}

	private void _assertBackOnTheSessionPage() {
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.VIEW_COURSE_SESSION
		);
		verify(_renderParameters).setValue("courseSessionId", "4711");
	}

	private void _param(String name, String value) {
		when(
			_actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private void _process(BaseRegistrationMVCActionCommand command)
		throws Exception {

		Fields.set(command, "_registrationService", _registrationService);

		command.doProcessAction(_actionRequest, _actionResponse);
	}

	private void _refuse(PortalException portalException)
		throws PortalException {

		when(
			_registrationService.cancelRegistration(anyLong(), any())
		).thenThrow(
			portalException
		);
	}

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final RegistrationService _registrationService = mock(
		RegistrationService.class);
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final ServiceContext _serviceContext = new ServiceContext();
	private final MockedStatic<ServiceContextFactory> _serviceContextFactory =
		mockStatic(ServiceContextFactory.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
