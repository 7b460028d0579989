package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
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
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.ByteArrayInputStream;

import java.nio.charset.StandardCharsets;

import java.util.Arrays;
import java.util.Collections;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.MockedStatic;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.CancellationDeadlinePassedException;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.DuplicateRegistrationException;
import se.livsviktig.training.exception.DuplicateSessionInstructorException;
import se.livsviktig.training.exception.InstructorNotQualifiedException;
import se.livsviktig.training.exception.MoveRegistrationTargetException;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.exception.ParticipantMessageBodyException;
import se.livsviktig.training.exception.ParticipantMessageRecipientsException;
import se.livsviktig.training.exception.ParticipantMessageSubjectException;
import se.livsviktig.training.exception.RegistrationCommentException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.SessionNotPublishedException;
import se.livsviktig.training.exception.WaitlistPositionException;
import se.livsviktig.training.exception.WaitlistReorderReasonException;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.registration.RegistrationImportReport;
import se.livsviktig.training.registration.RegistrationImportRow;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext;

/**
 * Every action of a session's participants page: it calls the remote service with what the coordinator chose
 * and typed, and returns to the page with what it did; each refusal the service gives (permission included)
 * comes back as its exception, with the form it came from and what was typed.
 *
 * @author Livsviktig
 */
public class SessionParticipantsActionCommandsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@Test
	public void addingAParticipantByEmailSaysWhatTheyGot() throws Exception {
		User user = _user(501, "Åsa Öberg");

		when(
			_userLocalService.fetchUserByEmailAddress(
				_COMPANY_ID, "asa.oberg@kommun.se")
		).thenReturn(
			user
		);

		_param("participant", " asa.oberg@kommun.se ");

		Registration registration = _registration(
			RegistrationConstants.STATUS_WAITLISTED);

		when(
			_registrationService.addRegistrationForUser(
				501, _SESSION_ID, 0, null, null, _serviceContext)
		).thenReturn(
			registration
		);

		_process(new AddSessionParticipantMVCActionCommand());

		_assertSuccess(
			"x-was-registered-on-the-session-status-x", "Åsa Öberg",
			"registration-status-waitlisted");
	}

	@Test
	public void addingAParticipantTheServiceRefusesKeepsWhatWasTyped()
		throws Exception {

		User user = _user(501, "Åsa Öberg");

		when(
			_userLocalService.fetchUserByScreenName(_COMPANY_ID, "asa")
		).thenReturn(
			user
		);

		_param("participant", "asa");

		for (PortalException portalException :
				new PortalException[] {
					new DuplicateRegistrationException(),
					new NotInSessionAudienceException(),
					new SessionNotPublishedException(), _refusedPermission()
				}) {

			doThrow(
				portalException
			).when(
				_registrationService
			).addRegistrationForUser(
				anyLong(), anyLong(), anyLong(), any(), any(), any()
			);

			_assertRefused(
				new AddSessionParticipantMVCActionCommand(), portalException,
				SessionParticipantsDisplayContext.FORM_ADD, "participant",
				"asa");
		}
	}

	@Test
	public void addingSomeoneUnknownIsRefusedBeforeTheService()
		throws Exception {

		_param("participant", "nobody@kommun.se");

		_process(new AddSessionParticipantMVCActionCommand());

		assertTrue(
			SessionErrors.contains(
				_actionRequest, NoSuchUserException.class.getName()));
		verify(
			_registrationService, never()
		).addRegistrationForUser(
			anyLong(), anyLong(), anyLong(), any(), any(), any()
		);
		verify(
			_renderParameters
		).setValue(
			"participant", "nobody@kommun.se"
		);
	}

	@Test
	public void anImportCheckedReportsLineByLineAndRegistersNobody()
		throws Exception {

		_param("csv", "asa.oberg@kommun.se\nokand@kommun.se");
		_param("dryRun", "true");

		RegistrationImportReport report = new RegistrationImportReport(
			Arrays.asList(
				new RegistrationImportRow(
					1, "asa.oberg@kommun.se", 501, "Åsa Öberg",
					RegistrationImportRow.OK),
				new RegistrationImportRow(
					2, "okand@kommun.se", 0, null,
					RegistrationImportRow.UNKNOWN_USER)),
			false);

		when(
			_registrationService.importRegistrations(
				_SESSION_ID, "asa.oberg@kommun.se\nokand@kommun.se", true,
				_serviceContext)
		).thenReturn(
			report
		);

		_process(new ImportSessionParticipantsMVCActionCommand());

		assertSame(
			report,
			SessionMessages.get(
				_actionRequest,
				SessionParticipantsDisplayContext.IMPORT_REPORT_KEY));
		_assertSuccess("nobody-was-registered-x-lines-need-correcting", "1");
	}

	@Test
	public void anImportOfAnUploadedFileRegistersEveryone() throws Exception {
		UploadPortletRequest uploadPortletRequest = mock(
			UploadPortletRequest.class);

		when(
			kernelStatics.portal(
			).getUploadPortletRequest(
				_actionRequest
			)
		).thenReturn(
			uploadPortletRequest
		);

		byte[] bytes = "\uFEFFåsa.öberg@kommun.se;Åsa\r\n".getBytes(
			StandardCharsets.UTF_8);

		when(
			uploadPortletRequest.getSize("csvFile")
		).thenReturn(
			(long)bytes.length
		);
		when(
			uploadPortletRequest.getFileAsStream("csvFile")
		).thenReturn(
			new ByteArrayInputStream(bytes)
		);

		_param("dryRun", "false");

		RegistrationImportReport report = new RegistrationImportReport(
			Collections.singletonList(
				new RegistrationImportRow(
					1, "åsa.öberg@kommun.se", 501, "Åsa Öberg",
					RegistrationImportRow.OK)),
			true);

		when(
			_registrationService.importRegistrations(
				_SESSION_ID, "åsa.öberg@kommun.se;Åsa\r\n", false,
				_serviceContext)
		).thenReturn(
			report
		);

		_process(new ImportSessionParticipantsMVCActionCommand());

		_assertSuccess("x-people-were-registered-from-the-list", "1");
		_assertView("add");
	}

	@Test
	public void anImportTheCoordinatorMayNotDoIsRefused() throws Exception {
		_param("csv", "asa");

		PrincipalException principalException = _refusedPermission();

		doThrow(
			principalException
		).when(
			_registrationService
		).importRegistrations(
			anyLong(), any(), anyBoolean(), any()
		);

		_assertRefused(
			new ImportSessionParticipantsMVCActionCommand(),
			principalException, SessionParticipantsDisplayContext.FORM_IMPORT,
			"csv", "asa");
	}

	@Test
	public void anImportWithoutAListAsksForOne() throws Exception {
		_process(new ImportSessionParticipantsMVCActionCommand());

		assertTrue(
			SessionErrors.contains(
				_actionRequest,
				ParticipantListMissingException.class.getName()));
		assertFalse(
			SessionMessages.contains(
				_actionRequest,
				SessionParticipantsDisplayContext.SUCCESS_MESSAGE_KEY));
		verify(
			_renderParameters
		).setValue(
			"form", SessionParticipantsDisplayContext.FORM_IMPORT
		);
		verify(
			_registrationService, never()
		).importRegistrations(
			anyLong(), any(), anyBoolean(), any()
		);
	}

	@Test
	public void approvingAndDecliningGoThroughTheRegistrationService()
		throws Exception {

		_param("registrationId", "901");
		_param("comment", "Ok från chef");

		Registration registration = _registration(
			RegistrationConstants.STATUS_CONFIRMED);

		when(
			_registrationService.approveRegistration(901, "Ok från chef")
		).thenReturn(
			registration
		);

		_process(new ApproveSessionParticipantMVCActionCommand());

		_assertSuccess("the-request-from-x-was-approved", "Åsa Öberg");
		_assertView("approvals");

		when(
			_registrationService.declineRegistration(901, "Ok från chef")
		).thenReturn(
			registration
		);

		_process(new DeclineSessionParticipantMVCActionCommand());

		_assertSuccess("the-request-from-x-was-declined", "Åsa Öberg");

		for (PortalException portalException :
				new PortalException[] {
					new RegistrationStatusException(),
					new RegistrationCommentException(), _refusedPermission()
				}) {

			doThrow(
				portalException
			).when(
				_registrationService
			).declineRegistration(
				anyLong(), any()
			);

			_assertRefused(
				new DeclineSessionParticipantMVCActionCommand(),
				portalException,
				SessionParticipantsDisplayContext.FORM_APPROVAL, "comment",
				"Ok från chef");
			_assertView("approvals");
		}
	}

	@Test
	public void invitingACandidateWithOneClickNamesThemByUserId()
		throws Exception {

		User user = _user(602, "Cilla Candidat");

		when(
			user.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_userLocalService.fetchUser(602)
		).thenReturn(
			user
		);

		_param("instructorUserId", "602");

		_process(new InviteSessionInstructorMVCActionCommand());

		verify(
			_sessionInstructorService
		).inviteInstructor(
			_SESSION_ID, 602, "", _serviceContext
		);
		_assertSuccess("x-was-invited-to-teach", "Cilla Candidat");
		_assertView("staffing");

		// Someone of another company is nobody here, and never reaches the service

		User stranger = _user(603, "Sven Annanstans");

		when(
			stranger.getCompanyId()
		).thenReturn(
			_COMPANY_ID + 1
		);
		when(
			_userLocalService.fetchUser(603)
		).thenReturn(
			stranger
		);

		_param("instructorUserId", "603");

		SessionErrors.clear(_actionRequest);
		clearInvocations(_renderParameters, _sessionInstructorService);

		_process(new InviteSessionInstructorMVCActionCommand());

		assertTrue(
			SessionErrors.contains(
				_actionRequest, NoSuchUserException.class.getName()));
		verify(
			_sessionInstructorService, never()
		).inviteInstructor(
			anyLong(), anyLong(), any(), any()
		);
		_assertView("staffing");
	}

	@Test
	public void invitingAnInstructorAndEachRefusal() throws Exception {
		User user = _user(601, "Bo Ek");

		when(
			_userLocalService.fetchUserByScreenName(_COMPANY_ID, "bo.ek")
		).thenReturn(
			user
		);

		_param("instructor", "bo.ek");
		_param("instructorMessage", "Kan du ta den här?");

		_process(new InviteSessionInstructorMVCActionCommand());

		verify(
			_sessionInstructorService
		).inviteInstructor(
			_SESSION_ID, 601, "Kan du ta den här?", _serviceContext
		);
		_assertSuccess("x-was-invited-to-teach", "Bo Ek");
		_assertView("staffing");

		for (PortalException portalException :
				new PortalException[] {
					new InstructorNotQualifiedException(),
					new DuplicateSessionInstructorException(),
					_refusedPermission()
				}) {

			doThrow(
				portalException
			).when(
				_sessionInstructorService
			).inviteInstructor(
				anyLong(), anyLong(), any(), any()
			);

			_assertRefused(
				new InviteSessionInstructorMVCActionCommand(), portalException,
				SessionParticipantsDisplayContext.FORM_INVITE, "instructor",
				"bo.ek");
			_assertView("staffing");
		}
	}

	@Test
	public void messagingEveryoneRegisteredTakesTheActiveRegistrations()
		throws Exception {

		_param("allRecipients", "true");
		_param("messageSubject", "Lokalbyte");
		_param("messageBody", "Vi ses i sal Ö.");

		Registration first = _registration(
			RegistrationConstants.STATUS_CONFIRMED);

		when(
			first.getRegistrationId()
		).thenReturn(
			901L
		);

		Registration second = _registration(
			RegistrationConstants.STATUS_WAITLISTED);

		when(
			second.getRegistrationId()
		).thenReturn(
			902L
		);

		when(
			_registrationService.getCourseSessionRegistrations(
				_SESSION_ID, RegistrationConstants.ACTIVE_STATUSES, -1, -1)
		).thenReturn(
			Arrays.asList(first, second)
		);
		when(
			_registrationService.messageParticipants(
				_SESSION_ID, new long[] {901, 902}, "Lokalbyte",
				"Vi ses i sal Ö.")
		).thenReturn(
			2
		);

		_process(new MessageSessionParticipantsMVCActionCommand());

		_assertSuccess("the-message-was-sent-to-x-participants", "2");
		_assertView("message");
	}

	@Test
	public void messagingSomeAndEachRefusalKeepsTheChoiceAndText()
		throws Exception {

		when(
			_actionRequest.getParameterValues("registrationIds")
		).thenReturn(
			new String[] {"901", "903"}
		);

		_param("messageSubject", "Lokalbyte");
		_param("messageBody", "Vi ses i sal Ö.");

		when(
			_registrationService.messageParticipants(
				_SESSION_ID, new long[] {901, 903}, "Lokalbyte",
				"Vi ses i sal Ö.")
		).thenReturn(
			2
		);

		_process(new MessageSessionParticipantsMVCActionCommand());

		_assertSuccess("the-message-was-sent-to-x-participants", "2");

		for (PortalException portalException :
				new PortalException[] {
					new ParticipantMessageSubjectException(),
					new ParticipantMessageBodyException(),
					new ParticipantMessageRecipientsException(),
					_refusedPermission()
				}) {

			doThrow(
				portalException
			).when(
				_registrationService
			).messageParticipants(
				anyLong(), any(), any(), any()
			);

			_assertRefused(
				new MessageSessionParticipantsMVCActionCommand(),
				portalException, SessionParticipantsDisplayContext.FORM_MESSAGE,
				"messageBody", "Vi ses i sal Ö.");

			verify(
				_renderParameters
			).setValues(
				"registrationIds", new String[] {"901", "903"}
			);
		}
	}

	@Test
	public void movingInLineToAPlaceAndEachRefusal() throws Exception {
		_param("waitlistRegistrationId", "901");
		_param("direction", "position");
		_param("waitlistPosition", "1");
		_param("waitlistReason", "Prioriterad verksamhet");

		when(
			_registrationService.getWaitlistPosition(901)
		).thenReturn(
			1
		);

		Registration registration = _registration(
			RegistrationConstants.STATUS_WAITLISTED);

		when(
			_registrationService.moveWaitlistPosition(
				901, 1, "Prioriterad verksamhet")
		).thenReturn(
			registration
		);

		_process(new MoveWaitlistPositionMVCActionCommand());

		_assertSuccess("x-is-now-number-x-in-line", "Åsa Öberg", "1");
		_assertView("waitlist");

		for (PortalException portalException :
				new PortalException[] {
					new WaitlistReorderReasonException(),
					new WaitlistPositionException(),
					new RegistrationStatusException(), _refusedPermission()
				}) {

			doThrow(
				portalException
			).when(
				_registrationService
			).moveWaitlistPosition(
				anyLong(), anyInt(), any()
			);

			_assertRefused(
				new MoveWaitlistPositionMVCActionCommand(), portalException,
				SessionParticipantsDisplayContext.FORM_WAITLIST,
				"waitlistReason", "Prioriterad verksamhet");
		}
	}

	@Test
	public void cancellingARegistrationAndEachRefusal() throws Exception {
		_param("cancelRegistrationId", "901");
		_param("cancelReason", "Sjukskriven");

		Registration registration = _registration(
			RegistrationConstants.STATUS_CANCELLED);

		when(
			_registrationService.cancelRegistration(901, "Sjukskriven")
		).thenReturn(
			registration
		);

		_process(new CancelSessionParticipantMVCActionCommand());

		_assertSuccess("the-registration-of-x-was-cancelled", "Åsa Öberg");

		// Cancelled, the person has no row actions left: back to the list

		_assertView("participants");

		for (PortalException portalException :
				new PortalException[] {
					new CancellationReasonException(),
					new CancellationDeadlinePassedException(),
					new RegistrationStatusException(), _refusedPermission()
				}) {

			doThrow(
				portalException
			).when(
				_registrationService
			).cancelRegistration(
				anyLong(), any()
			);

			_assertRefused(
				new CancelSessionParticipantMVCActionCommand(), portalException,
				SessionParticipantsDisplayContext.FORM_CANCEL, "cancelReason",
				"Sjukskriven");

			// The person's own cancel view again, for them

			_assertView("cancel");
			verify(
				_renderParameters
			).setValue(
				"cancelRegistrationId", "901"
			);
		}
	}

	@Test
	public void movingToAnotherSessionAndEachRefusal() throws Exception {
		_param("moveRegistrationId", "901");
		_param("targetCourseSessionId", "4712");
		_param("moveReason", "Krock med APT");

		Registration registration = _registration(
			RegistrationConstants.STATUS_CONFIRMED);

		when(
			_registrationService.moveRegistration(901, 4712, "Krock med APT")
		).thenReturn(
			registration
		);

		_process(new MoveSessionParticipantMVCActionCommand());

		_assertSuccess(
			"x-was-moved-to-the-other-session-status-x", "Åsa Öberg",
			"registration-status-confirmed");
		_assertView("participants");

		for (PortalException portalException :
				new PortalException[] {
					new MoveRegistrationTargetException(),
					new DuplicateRegistrationException(),
					new NotInSessionAudienceException(),
					new RegistrationStatusException(), _refusedPermission()
				}) {

			doThrow(
				portalException
			).when(
				_registrationService
			).moveRegistration(
				anyLong(), anyLong(), any()
			);

			_assertRefused(
				new MoveSessionParticipantMVCActionCommand(), portalException,
				SessionParticipantsDisplayContext.FORM_MOVE, "moveReason",
				"Krock med APT");
		}
	}

	@Test
	public void movingUpInLineTakesThePlaceBefore() throws Exception {
		_param("waitlistRegistrationId", "901");
		_param("direction", "up");
		_param("waitlistReason", "Behöver kursen före sommaren");

		when(
			_registrationService.getWaitlistPosition(901)
		).thenReturn(
			3, 2
		);

		Registration registration = _registration(
			RegistrationConstants.STATUS_WAITLISTED);

		when(
			_registrationService.moveWaitlistPosition(
				901, 2, "Behöver kursen före sommaren")
		).thenReturn(
			registration
		);

		_process(new MoveWaitlistPositionMVCActionCommand());

		_assertSuccess("x-is-now-number-x-in-line", "Åsa Öberg", "2");
	}

	@BeforeEach
	public void setUp() {
		new PortletSessions(kernelStatics.portal()).with(_actionRequest);

		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(
			themeDisplay.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_actionRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			themeDisplay
		);

		_param("courseSessionId", String.valueOf(_SESSION_ID));

		for (String className :
				new String[] {
					Registration.class.getName(),
					SessionInstructor.class.getName()
				}) {

			_serviceContextFactory.when(
				() -> ServiceContextFactory.getInstance(
					className, _actionRequest)
			).thenReturn(
				_serviceContext
			);
		}
	}

	@AfterEach
	public void tearDown() {
		_serviceContextFactory.close();
	}

	@Test
	public void withdrawingAnInvitation() throws Exception {
		_param("sessionInstructorId", "701");

		SessionInstructor sessionInstructor = mock(SessionInstructor.class);

		when(
			sessionInstructor.getUserName()
		).thenReturn(
			"Bo Ek"
		);
		when(
			_sessionInstructorService.withdrawInstructor(701)
		).thenReturn(
			sessionInstructor
		);

		_process(new WithdrawSessionInstructorMVCActionCommand());

		_assertSuccess("the-invitation-of-x-was-withdrawn", "Bo Ek");
		_assertView("staffing");

		PrincipalException principalException = _refusedPermission();

		doThrow(
			principalException
		).when(
			_sessionInstructorService
		).withdrawInstructor(
			anyLong()
		);

		_assertRefused(
			new WithdrawSessionInstructorMVCActionCommand(), principalException,
			SessionParticipantsDisplayContext.FORM_INVITE, null, null);
	}

	/**
	 * The view of the participants page the coordinator returns to.
	 */
	private void _assertView(String view) {
		verify(
			_renderParameters, atLeastOnce()
		).setValue(
			"view", view
		);
	}

	private void _assertBackOnTheParticipantsPage() {
		verify(
			_renderParameters, atLeastOnce()
		).setValue(
			"mvcRenderCommandName",
			TrainingMVCCommandNames.VIEW_SESSION_PARTICIPANTS
		);
		verify(
			_renderParameters, atLeastOnce()
		).setValue(
			"courseSessionId", String.valueOf(_SESSION_ID)
		);
	}

	private void _assertRefused(
			BaseSessionParticipantsMVCActionCommand command,
			PortalException portalException, String form,
			String typedParameter, String typedValue)
		throws Exception {

		SessionErrors.clear(_actionRequest);
		SessionMessages.clear(_actionRequest);
		clearInvocations(_renderParameters);

		_process(command);

		assertSame(
			portalException,
			SessionErrors.get(
				_actionRequest, portalException.getClass().getName()),
			portalException.getClass().getName());
		assertNull(
			SessionMessages.get(
				_actionRequest,
				SessionParticipantsDisplayContext.SUCCESS_MESSAGE_KEY));
		verify(
			_renderParameters
		).setValue(
			"form", form
		);

		if (typedParameter != null) {
			verify(
				_renderParameters
			).setValue(
				typedParameter, typedValue
			);
		}

		_assertBackOnTheParticipantsPage();
	}

	private void _assertSuccess(String messageKey, String... arguments) {
		String[] expected = new String[arguments.length + 1];

		expected[0] = messageKey;

		System.arraycopy(arguments, 0, expected, 1, arguments.length);

		assertArrayEquals(
			expected,
			(String[])SessionMessages.get(
				_actionRequest,
				SessionParticipantsDisplayContext.SUCCESS_MESSAGE_KEY));
		assertTrue(SessionErrors.isEmpty(_actionRequest));
		_assertBackOnTheParticipantsPage();

		SessionMessages.clear(_actionRequest);
	}

	private void _param(String name, String value) {
		when(
			_actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	/**
	 * Hands the command the doubles for the @Reference fields it has, as the OSGi runtime would.
	 */
	private void _process(BaseSessionParticipantsMVCActionCommand command)
		throws Exception {

		Object[][] references = {
			{"_portal", kernelStatics.portal()},
			{"_registrationService", _registrationService},
			{"_sessionInstructorService", _sessionInstructorService},
			{"_userLocalService", _userLocalService}
		};

		for (Object[] reference : references) {
			try {
				command.getClass(
				).getDeclaredField(
					(String)reference[0]
				);
			}
			catch (NoSuchFieldException noSuchFieldException) {
				continue;
			}

			Fields.set(command, (String)reference[0], reference[1]);
		}

		command.doProcessAction(_actionRequest, _actionResponse);
	}

	private PrincipalException _refusedPermission() {
		return new PrincipalException.MustHavePermission(
			20125, "se.livsviktig.training.model.CourseSession", _SESSION_ID,
			"MANAGE_PARTICIPANTS");
	}

	private Registration _registration(int status) {
		Registration registration = mock(Registration.class);

		when(
			registration.getStatus()
		).thenReturn(
			status
		);
		when(
			registration.getUserName()
		).thenReturn(
			"Åsa Öberg"
		);

		return registration;
	}

	private User _user(long userId, String fullName) {
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
			user.isActive()
		).thenReturn(
			true
		);

		return user;
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _SESSION_ID = 4711;

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final RegistrationService _registrationService = mock(
		RegistrationService.class);
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final ServiceContext _serviceContext = new ServiceContext();
	private final MockedStatic<ServiceContextFactory> _serviceContextFactory =
		mockStatic(ServiceContextFactory.class);
	private final SessionInstructorService _sessionInstructorService = mock(
		SessionInstructorService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
