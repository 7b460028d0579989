package se.livsviktig.instructor.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.Instant;

import java.util.Date;
import java.util.TimeZone;
import java.util.stream.Stream;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.mockito.MockedStatic;

import se.livsviktig.instructor.exception.CertificationDatesException;
import se.livsviktig.instructor.exception.CertificationHolderException;
import se.livsviktig.instructor.exception.CertificationIssuerException;
import se.livsviktig.instructor.exception.CertificationNumberException;
import se.livsviktig.instructor.exception.CertificationStateException;
import se.livsviktig.instructor.exception.CertificationStateReasonException;
import se.livsviktig.instructor.exception.CertificationTrainingMethodException;
import se.livsviktig.instructor.exception.DuplicateCertificationNumberException;
import se.livsviktig.instructor.exception.NoSuchCertificationException;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.CertificationsDisplayContext;
import se.livsviktig.instructor.web.internal.display.context.HolderCertificationsDisplayContext;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;

/**
 * Adding, renewing and revoking certifications from the coordinators' pages: what was typed reaches the remote
 * service (dates as the coordinator's days, the holder found by e-mail address or screen name), success lands on
 * the view that shows it with a message, each refusal of the input brings the form back with what was typed, a
 * refused permission or a certification gone shows the error page, and anything else is not swallowed.
 *
 * @author Livsviktig
 */
public class CertificationActionCommandsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		for (Object command : new Object[] {_add, _renew, _revoke}) {
			Fields.set(command, "_certificationService", _certificationService);
			Fields.set(command, "portal", _portal);
		}

		Fields.set(_add, "_userLocalService", _userLocalService);

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
			_themeDisplay.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_certification.getHolderUserId()
		).thenReturn(
			_HOLDER_USER_ID
		);

		_serviceContextFactory.when(
			() -> ServiceContextFactory.getInstance(
				Certification.class.getName(), _actionRequest)
		).thenReturn(
			new ServiceContext()
		);

		_param("trainingMethodId", "7");
		_param("certifiedDate", "2030-03-17");
		_param("validUntil", "2032-03-17");
		_param("issuer", "MHFA Sverige");
		_param("number", "MHFA-1234");
	}

	@AfterEach
	public void tearDown() {
		_serviceContextFactory.close();
	}

	@Test
	public void addFindsTheHolderByEMailAddressAndReadsTheDatesAsStockholmDays()
		throws Exception {

		_param("holder", " anna@example.se ");

		User anna = mock(User.class);

		when(
			anna.getUserId()
		).thenReturn(
			_HOLDER_USER_ID
		);
		when(
			_userLocalService.fetchUserByEmailAddress(
				_COMPANY_ID, "anna@example.se")
		).thenReturn(
			anna
		);

		_add.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_certificationService
		).addCertification(
			eq(_HOLDER_USER_ID), eq(7L),
			eq(Date.from(Instant.parse("2030-03-16T23:00:00Z"))),
			eq(Date.from(Instant.parse("2032-03-16T23:00:00Z"))),
			eq("MHFA Sverige"), eq("MHFA-1234"), any(ServiceContext.class)
		);
		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				CertificationsDisplayContext.SUCCESS_MESSAGE_KEY));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName",
			InstructorMVCCommandNames.VIEW_CERTIFICATIONS
		);
	}

	@Test
	public void addFindsTheHolderByScreenNameAndPassesAnEmptyValidUntilAsOpenEnded()
		throws Exception {

		_param("holder", "anna.s");
		_param("validUntil", "");

		User anna = mock(User.class);

		when(
			anna.getUserId()
		).thenReturn(
			_HOLDER_USER_ID
		);
		when(
			_userLocalService.fetchUserByScreenName(_COMPANY_ID, "anna.s")
		).thenReturn(
			anna
		);

		_add.doProcessAction(_actionRequest, _actionResponse);

		verify(
			_certificationService
		).addCertification(
			eq(_HOLDER_USER_ID), eq(7L), any(Date.class), isNull(),
			anyString(), anyString(), any(ServiceContext.class)
		);
	}

	@Test
	public void addPassesAnUnknownHolderOnAsNoUserForTheServiceToRefuse()
		throws Exception {

		_param("holder", "nobody@example.se");

		when(
			_certificationService.addCertification(
				eq(0L), anyLong(), any(), any(), anyString(), anyString(),
				any())
		).thenThrow(
			new CertificationHolderException()
		);

		_add.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, CertificationHolderException.class.getName()));
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", InstructorMVCCommandNames.ADD_CERTIFICATION
		);
	}

	@MethodSource("certificationFormRefusals")
	@ParameterizedTest
	public void eachRefusalOfTheAddFormBringsItBackWithWhatWasTyped(
			PortalException exception)
		throws Exception {

		when(
			_certificationService.addCertification(
				anyLong(), anyLong(), any(), any(), anyString(), anyString(),
				any())
		).thenThrow(
			exception
		);

		_add.doProcessAction(_actionRequest, _actionResponse);

		_assertFormBack(
			exception, InstructorMVCCommandNames.ADD_CERTIFICATION);
		assertFalse(
			SessionMessages.contains(
				_actionRequest,
				CertificationsDisplayContext.SUCCESS_MESSAGE_KEY));
	}

	@MethodSource("certificationFormRefusals")
	@ParameterizedTest
	public void eachRefusalOfTheRenewFormBringsItBackWithWhatWasTyped(
			PortalException exception)
		throws Exception {

		_param("certificationId", "9001");

		when(
			_certificationService.renewCertification(
				eq(9001L), any(), any(), anyString(), anyString(), any())
		).thenThrow(
			exception
		);

		_renew.doProcessAction(_actionRequest, _actionResponse);

		_assertFormBack(
			exception, InstructorMVCCommandNames.RENEW_CERTIFICATION);
	}

	@Test
	public void renewLandsOnTheHoldersHistory() throws Exception {
		_param("certificationId", "9001");

		when(
			_certificationService.renewCertification(
				eq(9001L), eq(Date.from(Instant.parse("2030-03-16T23:00:00Z"))),
				eq(Date.from(Instant.parse("2032-03-16T23:00:00Z"))),
				eq("MHFA Sverige"), eq("MHFA-1234"), any(ServiceContext.class))
		).thenReturn(
			_certification
		);

		_renew.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				HolderCertificationsDisplayContext.RENEWED_MESSAGE_KEY));
		_assertLandsOnTheHoldersHistory();
	}

	@Test
	public void revokeLandsOnTheHoldersHistory() throws Exception {
		_param("certificationId", "9001");
		_param("reason", "Slutat i kommunen");

		when(
			_certificationService.revokeCertification(
				9001L, "Slutat i kommunen")
		).thenReturn(
			_certification
		);

		_revoke.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionMessages.contains(
				_actionRequest,
				HolderCertificationsDisplayContext.REVOKED_MESSAGE_KEY));
		_assertLandsOnTheHoldersHistory();
	}

	@MethodSource("revokeFormRefusals")
	@ParameterizedTest
	public void eachRefusalOfTheRevokeFormBringsItBack(
			PortalException exception)
		throws Exception {

		_param("certificationId", "9001");

		when(
			_certificationService.revokeCertification(eq(9001L), any())
		).thenThrow(
			exception
		);

		_revoke.doProcessAction(_actionRequest, _actionResponse);

		_assertFormBack(
			exception, InstructorMVCCommandNames.REVOKE_CERTIFICATION);
	}

	@MethodSource("errorPageRefusals")
	@ParameterizedTest
	public void aRefusedPermissionOrACertificationGoneShowsTheErrorPage(
			PortalException exception)
		throws Exception {

		_param("certificationId", "9001");

		when(
			_certificationService.revokeCertification(eq(9001L), any())
		).thenThrow(
			exception
		);

		_revoke.doProcessAction(_actionRequest, _actionResponse);

		assertTrue(
			SessionErrors.contains(
				_actionRequest, exception.getClass().getName()));
		verify(_renderParameters).setValue("mvcPath", "/error.jsp");
		verify(
			_portal, never()
		).copyRequestParameters(
			_actionRequest, _actionResponse
		);
	}

	@Test
	public void aRefusalTheFormCannotExplainIsNotSwallowed() throws Exception {
		when(
			_certificationService.addCertification(
				anyLong(), anyLong(), any(), any(), any(), any(), any())
		).thenThrow(
			new SystemException("database gone")
		);

		assertThrows(
			SystemException.class,
			() -> _add.doProcessAction(_actionRequest, _actionResponse));
	}

	@Test
	public void aRevokeRefusalIsNotExplainedOnTheRenewForm() throws Exception {
		_param("certificationId", "9001");

		when(
			_certificationService.renewCertification(
				anyLong(), any(), any(), anyString(), anyString(), any())
		).thenThrow(
			new CertificationStateReasonException()
		);

		assertThrows(
			CertificationStateReasonException.class,
			() -> _renew.doProcessAction(_actionRequest, _actionResponse));
	}

	protected static Stream<PortalException> certificationFormRefusals() {
		return Stream.of(
			new CertificationDatesException(),
			new CertificationHolderException(),
			new CertificationIssuerException(),
			new CertificationNumberException(),
			new CertificationTrainingMethodException(),
			new DuplicateCertificationNumberException());
	}

	protected static Stream<PortalException> errorPageRefusals() {
		return Stream.of(
			new NoSuchCertificationException(),
			new PrincipalException.MustHavePermission(
				1, "se.livsviktig.instructor", 20121, "MANAGE_CERTIFICATIONS"));
	}

	protected static Stream<PortalException> revokeFormRefusals() {
		return Stream.of(
			new CertificationStateException(),
			new CertificationStateReasonException());
	}

	private void _assertFormBack(
		PortalException exception, String mvcRenderCommandName) {

		assertSame(
			exception,
			SessionErrors.get(_actionRequest, exception.getClass().getName()));
		verify(_portal).copyRequestParameters(_actionRequest, _actionResponse);
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", mvcRenderCommandName
		);
	}

	private void _assertLandsOnTheHoldersHistory() {
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName",
			InstructorMVCCommandNames.VIEW_HOLDER_CERTIFICATIONS
		);
		verify(
			_renderParameters
		).setValue(
			"holderUserId", String.valueOf(_HOLDER_USER_ID)
		);
	}

	private void _param(String name, String value) {
		when(
			_actionRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _HOLDER_USER_ID = 301;

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final AddCertificationMVCActionCommand _add =
		new AddCertificationMVCActionCommand();
	private final Certification _certification = mock(Certification.class);
	private final CertificationService _certificationService = mock(
		CertificationService.class);
	private final Portal _portal = mock(Portal.class);
	private final RenewCertificationMVCActionCommand _renew =
		new RenewCertificationMVCActionCommand();
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final RevokeCertificationMVCActionCommand _revoke =
		new RevokeCertificationMVCActionCommand();
	private final MockedStatic<ServiceContextFactory> _serviceContextFactory =
		mockStatic(ServiceContextFactory.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
