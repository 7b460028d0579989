package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

import java.nio.charset.StandardCharsets;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.service.RegistrationService;

/**
 * @author Livsviktig
 */
public class DownloadRegistrationCalendarMVCResourceCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_command, "_registrationService", _registrationService);

		when(
			_resourceRequest.getParameter("registrationId")
		).thenReturn(
			"11"
		);
		when(
			_resourceResponse.getPortletOutputStream()
		).thenReturn(
			new OutputStream() {

				@Override
				public void write(int b) {
					_body.write(b);
				}

			}
		);
	}

	@Test
	public void theCalendarFileIsSentAsUtf8ICalendarWithAFileName()
		throws Exception {

		String calendar =
			"BEGIN:VCALENDAR\r\nSUMMARY:Första hjälpen\r\nEND:VCALENDAR\r\n";

		when(
			_registrationService.getRegistrationCalendar(11)
		).thenReturn(
			calendar
		);

		_command.doServeResource(_resourceRequest, _resourceResponse);

		byte[] bytes = calendar.getBytes(StandardCharsets.UTF_8);

		verify(
			_resourceResponse
		).setContentType(
			"text/calendar; method=PUBLISH; charset=UTF-8"
		);
		verify(_resourceResponse).setContentLength(bytes.length);
		verify(
			_resourceResponse
		).setProperty(
			"Content-Disposition",
			"attachment; filename=\"livsviktig-registration-11.ics\""
		);
		assertEquals(calendar, _body.toString(StandardCharsets.UTF_8));
	}

	@Test
	public void aRegistrationWithNoPlaceInACalendarIsNotFound()
		throws Exception {

		_command.doServeResource(_resourceRequest, _resourceResponse);

		verify(
			_resourceResponse
		).setProperty(
			ResourceResponse.HTTP_STATUS_CODE, "404"
		);
		verify(
			_resourceResponse, never()
		).getPortletOutputStream();
	}

	@Test
	public void someoneElsesRegistrationIsRefused() throws Exception {
		when(
			_registrationService.getRegistrationCalendar(11)
		).thenThrow(
			new PrincipalException.MustHavePermission(
				20125, "se.livsviktig.training.model.Registration", 11, "VIEW")
		);

		assertThrows(
			PrincipalException.class,
			() -> _command.doServeResource(
				_resourceRequest, _resourceResponse));
		verify(
			_resourceResponse, never()
		).getPortletOutputStream();
	}

	private final ByteArrayOutputStream _body = new ByteArrayOutputStream();
	private final DownloadRegistrationCalendarMVCResourceCommand _command =
		new DownloadRegistrationCalendarMVCResourceCommand();
	private final RegistrationService _registrationService = mock(
		RegistrationService.class);
	private final ResourceRequest _resourceRequest = mock(
		ResourceRequest.class);
	private final ResourceResponse _resourceResponse = mock(
		ResourceResponse.class);

}
