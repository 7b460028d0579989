package se.livsviktig.instructor.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.List;
import java.util.stream.Collectors;

import javax.portlet.RenderRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.exception.CertificationDatesException;
import se.livsviktig.instructor.exception.CertificationHolderException;
import se.livsviktig.instructor.exception.CertificationIssuerException;
import se.livsviktig.instructor.exception.CertificationNumberException;
import se.livsviktig.instructor.exception.CertificationStateException;
import se.livsviktig.instructor.exception.CertificationStateReasonException;
import se.livsviktig.instructor.exception.CertificationTrainingMethodException;
import se.livsviktig.instructor.exception.DuplicateCertificationNumberException;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;

/**
 * Each refusal of the certification service is explained at the field it is about, with the limit it broke.
 *
 * @author Livsviktig
 */
public class CertificationFieldErrorsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		new PortletSessions(
			kernelStatics.portal()
		).with(
			_renderRequest
		);
	}

	@Test
	public void eachRefusalIsExplainedAtItsFieldInTheFormsOrder() {
		for (Class<?> exceptionClass :
				List.of(
					CertificationNumberException.class,
					CertificationIssuerException.class,
					CertificationTrainingMethodException.class,
					CertificationHolderException.class,
					DuplicateCertificationNumberException.class)) {

			SessionErrors.add(_renderRequest, exceptionClass);
		}

		List<FieldError> fieldErrors = CertificationFieldErrors.of(
			_renderRequest);

		assertEquals(
			List.of("holder", "trainingMethodId", "issuer", "number", "number"),
			fieldErrors.stream(
			).map(
				FieldError::getFieldName
			).collect(
				Collectors.toList()
			));
		assertEquals(
			List.of(
				"enter-the-e-mail-address-or-screen-name-of-a-user",
				"choose-an-active-training-method",
				"enter-an-issuer-of-at-most-x-characters",
				"enter-a-number-of-at-most-x-characters",
				"the-issuer-has-already-given-this-number-for-the-method"),
			fieldErrors.stream(
			).map(
				FieldError::getMessageKey
			).collect(
				Collectors.toList()
			));
		assertArrayEquals(new Object[] {75}, fieldErrors.get(2).getArguments());
	}

	@Test
	public void aMissingCertifiedDateIsExplainedAtTheCertifiedDate() {
		when(
			_renderRequest.getParameter("certifiedDate")
		).thenReturn(
			""
		);

		SessionErrors.add(_renderRequest, CertificationDatesException.class);

		FieldError fieldError = CertificationFieldErrors.of(
			_renderRequest
		).get(
			0
		);

		assertEquals("certifiedDate", fieldError.getFieldName());
		assertEquals("enter-the-certified-date", fieldError.getMessageKey());
	}

	@Test
	public void datesOutOfOrderAreExplainedAtValidUntil() {
		when(
			_renderRequest.getParameter("certifiedDate")
		).thenReturn(
			"2030-03-17"
		);

		SessionErrors.add(_renderRequest, CertificationDatesException.class);

		FieldError fieldError = CertificationFieldErrors.of(
			_renderRequest
		).get(
			0
		);

		assertEquals("validUntil", fieldError.getFieldName());
		assertEquals(
			"valid-until-must-be-after-the-certified-date",
			fieldError.getMessageKey());
	}

	@Test
	public void revokingExplainsTheReasonAtItsFieldAndTheStateAboveTheForm() {
		SessionErrors.add(_renderRequest, CertificationStateException.class);
		SessionErrors.add(
			_renderRequest, CertificationStateReasonException.class);

		List<FieldError> fieldErrors = CertificationFieldErrors.of(
			_renderRequest);

		assertEquals(null, fieldErrors.get(0).getFieldName());
		assertEquals(
			"only-an-active-certification-can-be-revoked",
			fieldErrors.get(0).getMessageKey());
		assertEquals("reason", fieldErrors.get(1).getFieldName());
		assertArrayEquals(
			new Object[] {500}, fieldErrors.get(1).getArguments());
	}

	private final RenderRequest _renderRequest = mock(RenderRequest.class);

}
