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
import se.livsviktig.training.exception.NoSuchCourseInterestException;
import se.livsviktig.training.service.CourseInterestService;

/**
 * @author Livsviktig
 */
public class DeleteCourseInterestMVCActionCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	public static Stream<Arguments> refusals() {
		return Stream.of(
			Arguments.of(
				new NoSuchCourseInterestException(),
				"you-are-no-longer-on-the-interest-list"),
			Arguments.of(
				new PrincipalException.MustHavePermission(
					20125, "se.livsviktig.training.model.Course", 41001,
					"VIEW"),
				"you-do-not-have-permission-to-do-this"));
	}

	@BeforeEach
	public void setUp() {
		_actions = new MyTrainingActions(kernelStatics);

		Fields.set(_command, "_courseInterestService", _courseInterestService);

		_actions.param("courseId", "41001");
	}

	@Test
	public void removingAnInterestTakesTheUserOffTheListAndSaysSo()
		throws Exception {

		_command.doProcessAction(
			_actions.actionRequest, _actions.actionResponse);

		verify(_courseInterestService).deleteCourseInterest(41001);
		assertEquals(
			List.of("you-were-removed-from-the-interest-list"),
			_actions.successMessageKeys());
		assertTrue(_actions.errorMessageKeys().isEmpty());
	}

	@MethodSource("refusals")
	@ParameterizedTest
	public void eachRefusalBecomesItsMessageInTheErrorSummary(
			PortalException refusal, String messageKey)
		throws Exception {

		when(
			_courseInterestService.deleteCourseInterest(anyLong())
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
			_courseInterestService.deleteCourseInterest(anyLong())
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
	private final DeleteCourseInterestMVCActionCommand _command =
		new DeleteCourseInterestMVCActionCommand();
	private final CourseInterestService _courseInterestService = mock(
		CourseInterestService.class);

}
