package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZonedDateTime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.exception.RegistrationCommentException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * @author Livsviktig
 */
public class ApprovalsDisplayContextTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics().maxLength(
		Registration.class, "reviewComment", 1000);

	@BeforeEach
	public void setUp() throws PortalException {
		new PortletSessions(
			kernelStatics.portal()
		).with(
			_renderRequest
		);

		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_themeDisplay.getLocale()
		).thenReturn(
			_SWEDISH
		);
		when(
			_themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_themeDisplay.getUserId()
		).thenReturn(
			_MANAGER_USER_ID
		);

		PortletURL portletURL = mock(PortletURL.class);

		when(
			portletURL.getRenderParameters()
		).thenReturn(
			mock(MutableRenderParameters.class)
		);
		when(
			_renderResponse.createRenderURL()
		).thenReturn(
			portletURL
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen, Solna"
		);
		when(
			_courseLocalService.fetchCourse(_COURSE_ID)
		).thenReturn(
			course
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(_TRAINING_METHOD_ID)
		).thenReturn(
			trainingMethod
		);

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getVenueName()
		).thenReturn(
			"Stadshuset, sal 3"
		);
		when(
			courseSession.getLocality()
		).thenReturn(
			"Solna"
		);
		when(
			courseSession.getDeliveryMode()
		).thenReturn(
			CourseSessionConstants.DELIVERY_MODE_HYBRID
		);
		when(
			_courseSessionLocalService.fetchCourseSession(_COURSE_SESSION_ID)
		).thenReturn(
			courseSession
		);

		List<SessionDate> sessionDates = Arrays.asList(
			_sessionDate("2026-12-02T08:00:00Z", "2026-12-02T15:00:00Z"),
			_sessionDate("2026-12-09T08:00:00Z", "2026-12-10T15:00:00Z"));

		when(
			_courseSessionLocalService.getSessionDates(_COURSE_SESSION_ID)
		).thenReturn(
			sessionDates
		);

		Organization organization = mock(Organization.class);

		when(
			organization.getName()
		).thenReturn(
			"Socialförvaltningen"
		);
		when(
			_organizationLocalService.fetchOrganization(_ORGANIZATION_ID)
		).thenReturn(
			organization
		);
	}

	@Test
	public void aCommentTooLongIsLinkedToItsFieldAndKeptThere()
		throws PortalException {

		Registration registration = _pending(30001, "Anna Andersson");

		_pendingApprovals(registration);
		_linkedRegistration(registration);
		_afterRefusal(new RegistrationCommentException(), "x".repeat(1001));

		ApprovalsDisplayContext displayContext = _displayContext();

		FormError formError = _onlyError(displayContext);

		assertEquals(
			"a-comment-may-have-at-most-x-characters",
			formError.getMessageKey());
		assertEquals("comment30001", formError.getFieldName());
		assertArrayEquals(new Object[] {1000}, formError.getArguments());

		ApprovalRequest approvalRequest =
			displayContext.getApprovalRequests().get(0);

		assertEquals("x".repeat(1001), approvalRequest.getComment());
		assertTrue(approvalRequest.isHighlighted());
		assertNull(displayContext.getLinkedRequestNotice());
		assertEquals("", displayContext.getUnsavedComment());
	}

	@Test
	public void aDecisionMadeIsToldWithThePersonsName() throws PortalException {
		_pendingApprovals();

		SessionMessages.add(
			_renderRequest, ApprovalsDisplayContext.DECLINED_MESSAGE_KEY,
			"Anna Andersson");

		ApprovalsDisplayContext displayContext = _displayContext();

		assertEquals(
			"the-request-from-x-was-declined",
			displayContext.getSuccessMessageKey());
		assertEquals(
			"Anna Andersson", displayContext.getSuccessMessagePersonName());
		assertTrue(displayContext.getErrors().isEmpty());
	}

	@Test
	public void aDecisionSomeoneElseMadeFirstSaysSoAndKeepsTheComment()
		throws PortalException {

		Registration registration = _registration(
			30001, "Anna <Andersson>", RegistrationConstants.STATUS_CONFIRMED);

		_pendingApprovals();
		_linkedRegistration(registration);
		_afterRefusal(
			new RegistrationStatusException(), "Vi tar det på APT.");

		ApprovalsDisplayContext displayContext = _displayContext();

		FormError formError = _onlyError(displayContext);

		assertEquals(
			"the-request-from-x-was-already-decided-status-x",
			formError.getMessageKey());
		assertNull(
			formError.getFieldName(), "the request is no longer in the list");
		assertArrayEquals(
			new Object[] {
				"Anna &lt;Andersson&gt;", "registration-status-confirmed"
			},
			formError.getArguments());
		assertEquals("Vi tar det på APT.", displayContext.getUnsavedComment());
		assertNull(
			displayContext.getLinkedRequestNotice(),
			"the error summary already says it");
	}

	@Test
	public void aLinkToARequestDecidedSinceSaysItIsNoLongerWaiting()
		throws PortalException {

		_pendingApprovals();
		_linkedRegistration(
			_registration(
				30001, "Anna Andersson",
				RegistrationConstants.STATUS_EXPIRED));

		FormError notice = _displayContext().getLinkedRequestNotice();

		assertEquals(
			"the-request-from-x-is-no-longer-waiting-for-approval-status-x",
			notice.getMessageKey());
		assertArrayEquals(
			new Object[] {"Anna Andersson", "registration-status-expired"},
			notice.getArguments());
	}

	@Test
	public void aLinkToARequestTheReaderMayNotSeeSaysItCannotBeFound()
		throws PortalException {

		_pendingApprovals();

		when(
			_renderRequest.getParameter("registrationId")
		).thenReturn(
			"30001"
		);
		when(
			_registrationService.getRegistration(30001)
		).thenThrow(
			new PrincipalException.MustHavePermission(
				_MANAGER_USER_ID, Registration.class.getName(), 30001, "VIEW")
		);

		assertEquals(
			"the-request-you-followed-a-link-to-could-not-be-found",
			_displayContext().getLinkedRequestNotice().getMessageKey());
	}

	@Test
	public void aLinkToAWaitingRequestOpensItsPageAndHighlightsIt()
		throws PortalException {

		List<Registration> registrations = new ArrayList<>();

		for (int i = 1; i <= 25; i++) {
			registrations.add(_pending(30000 + i, "Person " + i));
		}

		when(
			_registrationService.getPendingApprovals(
				QueryUtil.ALL_POS, QueryUtil.ALL_POS)
		).thenReturn(
			registrations
		);
		when(
			_registrationService.getPendingApprovals(20, 40)
		).thenReturn(
			registrations.subList(20, 25)
		);
		when(
			_registrationService.getPendingApprovalsCount()
		).thenReturn(
			25
		);

		_linkedRegistration(registrations.get(22));

		ApprovalsDisplayContext displayContext = _displayContext();

		assertEquals(2, displayContext.getPagination().getCur());

		List<ApprovalRequest> approvalRequests =
			displayContext.getApprovalRequests();

		assertEquals(5, approvalRequests.size());
		assertFalse(approvalRequests.get(0).isHighlighted());
		assertTrue(approvalRequests.get(2).isHighlighted());
		assertEquals(30023, approvalRequests.get(2).getRegistrationId());
		assertNull(displayContext.getLinkedRequestNotice());
	}

	@Test
	public void aRefusedPermissionNamesThePersonAndLinksToTheComment()
		throws PortalException {

		Registration registration = _pending(30001, "Anna Andersson");

		_pendingApprovals(registration);
		_linkedRegistration(registration);
		_afterRefusal(
			new PrincipalException.MustHavePermission(
				_MANAGER_USER_ID, Registration.class.getName(), 30001,
				"APPROVE_REGISTRATION"),
			"OK för mig");

		ApprovalsDisplayContext displayContext = _displayContext();

		FormError formError = _onlyError(displayContext);

		assertEquals(
			"you-may-not-decide-on-the-request-from-x",
			formError.getMessageKey());
		assertEquals("comment30001", formError.getFieldName());
		assertArrayEquals(
			new Object[] {"Anna Andersson"}, formError.getArguments());
		assertEquals(
			"OK för mig",
			displayContext.getApprovalRequests(
			).get(
				0
			).getComment());
	}

	@Test
	public void aRequestThatIsGoneSaysItCouldNotBeFound()
		throws PortalException {

		_pendingApprovals();

		when(
			_renderRequest.getParameter("registrationId")
		).thenReturn(
			"30404"
		);
		when(
			_registrationService.getRegistration(30404)
		).thenThrow(
			new NoSuchRegistrationException()
		);

		_afterRefusal(new NoSuchRegistrationException(), "");

		assertEquals(
			"the-request-could-not-be-found",
			_onlyError(
				_displayContext()
			).getMessageKey());
	}

	@Test
	public void eachRequestShowsWhatTheManagerNeedsToDecide()
		throws PortalException {

		Registration registration = _pending(30001, "Anna Andersson");

		when(
			registration.getMotivation()
		).thenReturn(
			"Jag möter unga i mitt arbete."
		);
		when(
			registration.getHoldExpirationDate()
		).thenReturn(
			Date.from(ZonedDateTime.parse("2026-11-28T15:00:00Z").toInstant())
		);

		Registration ownRegistration = _pending(30002, "Maria Chef");

		when(
			ownRegistration.getUserId()
		).thenReturn(
			_MANAGER_USER_ID
		);

		_pendingApprovals(registration, ownRegistration);

		List<ApprovalRequest> approvalRequests =
			_displayContext().getApprovalRequests();

		ApprovalRequest approvalRequest = approvalRequests.get(0);

		assertEquals(30001, approvalRequest.getRegistrationId());
		assertEquals("Anna Andersson", approvalRequest.getPersonName());
		assertEquals(
			"Socialförvaltningen", approvalRequest.getOrganizationName());
		assertEquals("MHFA Vuxen, Solna", approvalRequest.getCourseTitle());
		assertEquals("MHFA Vuxen", approvalRequest.getTrainingMethodName());
		assertEquals(
			Arrays.asList(
				"2 dec. 2026 09:00–16:00",
				"9 dec. 2026 09:00 – 10 dec. 2026 16:00"),
			approvalRequest.getDates(),
			"each date in the reader's language and time zone");
		assertEquals("Stadshuset, sal 3, Solna", approvalRequest.getPlace());
		assertEquals(
			"on-site-and-online", approvalRequest.getDeliveryModeKey());
		assertEquals(
			"Jag möter unga i mitt arbete.", approvalRequest.getMotivation());
		assertEquals("28 nov. 2026 16:00", approvalRequest.getHoldExpiration());
		assertEquals(
			"MHFA Vuxen, Solna, 2 dec. 2026 09:00–16:00",
			approvalRequest.getSubject());
		assertEquals("", approvalRequest.getComment());
		assertFalse(approvalRequest.isHighlighted());
		assertFalse(approvalRequest.isOwnRequest());

		assertTrue(
			approvalRequests.get(
				1
			).isOwnRequest(),
			"a manager's own request is shown, for someone else to decide");
	}

	@Test
	public void nothingToApproveMeansAnEmptyListAndNoMessages()
		throws PortalException {

		_pendingApprovals();

		ApprovalsDisplayContext displayContext = _displayContext();

		assertTrue(displayContext.getApprovalRequests().isEmpty());
		assertEquals(0, displayContext.getTotal());
		assertFalse(displayContext.getPagination().isShow());
		assertTrue(displayContext.getErrors().isEmpty());
		assertNull(displayContext.getLinkedRequestNotice());
		assertNull(displayContext.getSuccessMessageKey());
		assertEquals(1000, displayContext.getCommentMaxLength());
	}

	private void _afterRefusal(PortalException portalException, String comment) {
		SessionErrors.add(
			_renderRequest, portalException.getClass(), portalException);

		when(
			_renderRequest.getParameter("comment")
		).thenReturn(
			comment
		);
	}

	private ApprovalsDisplayContext _displayContext() {
		return new ApprovalsDisplayContext(
			_renderRequest, _renderResponse, _registrationService,
			_courseLocalService, _courseSessionLocalService,
			_trainingMethodLocalService, _organizationLocalService, 20);
	}

	private void _linkedRegistration(Registration registration)
		throws PortalException {

		long registrationId = registration.getRegistrationId();

		when(
			_renderRequest.getParameter("registrationId")
		).thenReturn(
			String.valueOf(registrationId)
		);
		when(
			_registrationService.getRegistration(registrationId)
		).thenReturn(
			registration
		);
	}

	private FormError _onlyError(ApprovalsDisplayContext displayContext)
		throws PortalException {

		List<FormError> formErrors = displayContext.getErrors();

		assertEquals(1, formErrors.size());

		return formErrors.get(0);
	}

	private Registration _pending(long registrationId, String userName) {
		return _registration(
			registrationId, userName,
			RegistrationConstants.STATUS_PENDING_APPROVAL);
	}

	private void _pendingApprovals(Registration... registrations)
		throws PortalException {

		List<Registration> list = Arrays.asList(registrations);

		when(
			_registrationService.getPendingApprovals(
				QueryUtil.ALL_POS, QueryUtil.ALL_POS)
		).thenReturn(
			list
		);
		when(
			_registrationService.getPendingApprovals(0, 20)
		).thenReturn(
			list
		);
		when(
			_registrationService.getPendingApprovalsCount()
		).thenReturn(
			list.size()
		);
	}

	private Registration _registration(
		long registrationId, String userName, int status) {

		Registration registration = mock(Registration.class);

		when(
			registration.getRegistrationId()
		).thenReturn(
			registrationId
		);
		when(
			registration.getUserId()
		).thenReturn(
			registrationId + 1000
		);
		when(
			registration.getUserName()
		).thenReturn(
			userName
		);
		when(
			registration.getStatus()
		).thenReturn(
			status
		);
		when(
			registration.getCourseId()
		).thenReturn(
			_COURSE_ID
		);
		when(
			registration.getCourseSessionId()
		).thenReturn(
			_COURSE_SESSION_ID
		);
		when(
			registration.getTrainingMethodId()
		).thenReturn(
			_TRAINING_METHOD_ID
		);
		when(
			registration.getOrganizationId()
		).thenReturn(
			_ORGANIZATION_ID
		);

		return registration;
	}

	private SessionDate _sessionDate(String start, String end) {
		SessionDate sessionDate = mock(SessionDate.class);

		when(
			sessionDate.getStartDate()
		).thenReturn(
			Date.from(ZonedDateTime.parse(start).toInstant())
		);
		when(
			sessionDate.getEndDate()
		).thenReturn(
			Date.from(ZonedDateTime.parse(end).toInstant())
		);

		return sessionDate;
	}

	private static final long _COURSE_ID = 40101;

	private static final long _COURSE_SESSION_ID = 40201;

	private static final long _MANAGER_USER_ID = 20125;

	private static final long _ORGANIZATION_ID = 40301;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private static final long _TRAINING_METHOD_ID = 40001;

	private final CourseLocalService _courseLocalService = mock(
		CourseLocalService.class);
	private final CourseSessionLocalService _courseSessionLocalService = mock(
		CourseSessionLocalService.class);
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final RegistrationService _registrationService = mock(
		RegistrationService.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);

}
