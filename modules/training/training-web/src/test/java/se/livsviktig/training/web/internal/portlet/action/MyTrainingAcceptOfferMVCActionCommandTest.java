package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.auth.PrincipalException;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.exception.OfferExpiredException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.service.RegistrationService;

/**
 * @author Livsviktig
 */
public class MyTrainingAcceptOfferMVCActionCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	public static Stream<Arguments> refusals() {
		return Stream.of(
			Arguments.of(
				new OfferExpiredException(), "the-offer-has-expired"),
			Arguments.of(
				new RegistrationStatusException(),
				"the-registration-has-changed-and-cannot-be-changed-like-this"),
			Arguments.of(
				new NoSuchRegistrationException(),
				"the-registration-could-not-be-found"),
			Arguments.of(
				new PrincipalException.MustHavePermission(
					20125, "se.livsviktig.training.model.Registration", 11,
					"UPDATE"),
				"you-do-not-have-permission-to-do-this"));
	}

	@BeforeEach
	public void setUp() {
		_actions = new MyTrainingActions(kernelStatics);

		Fields.set(_command, "_registrationService", _registrationService);

		_actions.param("registrationId", "11");
	}

	@Test
	public void acceptingTheOfferTakesTheSeatAndSaysSo() throws Exception {
		_command.doProcessAction(
			_actions.actionRequest, _actions.actionResponse);

		verify(_registrationService).acceptOffer(11);
		assertEquals(
			List.of("you-accepted-the-offered-seat"),
			_actions.successMessageKeys());
		assertTrue(_actions.errorMessageKeys().isEmpty());
	}

	@MethodSource("refusals")
	@ParameterizedTest
	public void eachRefusalBecomesItsMessageInTheErrorSummary(
			PortalException refusal, String messageKey)
		throws Exception {

		when(
			_registrationService.acceptOffer(anyLong())
		).thenThrow(
			refusal
		);

		_command.doProcessAction(
			_actions.actionRequest, _actions.actionResponse);

		assertEquals(List.of(messageKey), _actions.errorMessageKeys());
		assertTrue(_actions.successMessageKeys().isEmpty());
	}

	@Test
	public void anUnexpectedFailureIsNotSwallowed() throws Exception {
		when(
			_registrationService.acceptOffer(anyLong())
		).thenThrow(
			new SystemException("database down")
		).thenThrow(
			new PortalException("a refusal nobody can explain to the user")
		);

		assertThrows(
			SystemException.class,
			() -> _command.doProcessAction(
				_actions.actionRequest, _actions.actionResponse));
		assertThrows(
			PortalException.class,
			() -> _command.doProcessAction(
				_actions.actionRequest, _actions.actionResponse));
		assertTrue(_actions.errorMessageKeys().isEmpty());
	}

	private MyTrainingActions _actions;
	private final MyTrainingAcceptOfferMVCActionCommand _command =
		new MyTrainingAcceptOfferMVCActionCommand();
	private final RegistrationService _registrationService = mock(
		RegistrationService.class);

}
