package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Locale;
import java.util.stream.Stream;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableActionParameters;
import javax.portlet.MutableRenderParameters;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.exception.DuplicateCourseInterestException;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.UnscheduledCoursesDisplayContext;

/**
 * Registering an interest in a course with no date, and what the catalogue says after it: the action request and
 * the render request that follows share the portlet session, so the test reads the page's own messages.
 *
 * @author Livsviktig
 */
public class AddCourseInterestMVCActionCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	public static Stream<Arguments> refusals() {
		return Stream.of(
			Arguments.of(
				new DuplicateCourseInterestException(),
				"you-are-already-on-the-interest-list"),
			Arguments.of(
				new PrincipalException.MustHavePermission(
					20125, "se.livsviktig.training.model.Course", 41001,
					"VIEW"),
				"you-do-not-have-permission-to-do-this"),
			Arguments.of(
				new NoSuchCourseException(), "something-went-wrong-try-again"));
	}

	@BeforeEach
	public void setUp() {
		PortletSessions portletSessions = new PortletSessions(
			kernelStatics.portal());

		portletSessions.with(_actionRequest);
		portletSessions.with(_renderRequest);

		when(
			_actionRequest.getParameter("courseId")
		).thenReturn(
			"41001"
		);
		when(
			_actionResponse.getRenderParameters()
		).thenReturn(
			_renderParameters
		);
		when(
			_actionRequest.getActionParameters()
		).thenReturn(
			mock(MutableActionParameters.class)
		);

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(
			themeDisplay.getLocale()
		).thenReturn(
			new Locale("sv", "SE")
		);
		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			themeDisplay
		);

		Fields.set(_command, "_courseInterestService", _courseInterestService);
	}

	@Test
	public void anInterestPutsTheUserOnTheListAndPromisesToTellThem()
		throws Exception {

		_command.doProcessAction(_actionRequest, _actionResponse);

		verify(_courseInterestService).addCourseInterest(41001);
		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.VIEW_COURSE_CATALOG
		);

		UnscheduledCoursesDisplayContext displayContext = _displayContext();

		assertEquals(
			"we-will-tell-you-when-a-session-is-published",
			displayContext.getSuccessMessageKey());
		assertNull(displayContext.getErrorMessageKey());
	}

	@MethodSource("refusals")
	@ParameterizedTest
	public void eachRefusalBecomesItsMessageOnTheCatalogue(
			PortalException refusal, String messageKey)
		throws Exception {

		when(
			_courseInterestService.addCourseInterest(anyLong())
		).thenThrow(
			refusal
		);

		_command.doProcessAction(_actionRequest, _actionResponse);

		UnscheduledCoursesDisplayContext displayContext = _displayContext();

		assertEquals(messageKey, displayContext.getErrorMessageKey());
		assertNull(displayContext.getSuccessMessageKey());
	}

	@Test
	public void aSystemFailureIsNotDressedUpAsARefusal() throws Exception {
		when(
			_courseInterestService.addCourseInterest(anyLong())
		).thenThrow(
			new SystemException("database down")
		);

		assertThrows(
			SystemException.class,
			() -> _command.doProcessAction(_actionRequest, _actionResponse));
		assertNull(_displayContext().getErrorMessageKey());
	}

	private UnscheduledCoursesDisplayContext _displayContext() {
		return new UnscheduledCoursesDisplayContext(
			_renderRequest, mock(RenderResponse.class),
			mock(CourseService.class), mock(CourseInterestService.class));
	}

	private final ActionRequest _actionRequest = mock(ActionRequest.class);
	private final ActionResponse _actionResponse = mock(ActionResponse.class);
	private final AddCourseInterestMVCActionCommand _command =
		new AddCourseInterestMVCActionCommand();
	private final CourseInterestService _courseInterestService = mock(
		CourseInterestService.class);
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);

}
