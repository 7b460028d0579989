package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.constants.CourseInterestConstants;
import se.livsviktig.training.exception.DuplicateCourseInterestException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.service.CourseService;

/**
 * The catalogue's "courses without a date": which courses, whether the user already waits for each, and the
 * message after registering an interest.
 *
 * @author Livsviktig
 */
public class UnscheduledCoursesDisplayContextTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
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
			_themeDisplay.getScopeGroupId()
		).thenReturn(
			_GROUP_ID
		);
	}

	@Test
	public void aSecondInterestInTheSameCourseSaysTheUserIsAlreadyOnTheList() {
		SessionErrors.add(
			_renderRequest, DuplicateCourseInterestException.class);

		assertEquals(
			"you-are-already-on-the-interest-list",
			_displayContext().getErrorMessageKey());
	}

	@Test
	public void aRefusedPermissionSaysSo() {
		SessionErrors.add(
			_renderRequest, PrincipalException.MustHavePermission.class);

		assertEquals(
			"you-do-not-have-permission-to-do-this",
			_displayContext().getErrorMessageKey());
	}

	@Test
	public void anyOtherFailureAsksToTryAgain() {
		SessionErrors.add(_renderRequest, RuntimeException.class);

		assertEquals(
			"something-went-wrong-try-again",
			_displayContext().getErrorMessageKey());
	}

	@Test
	public void nothingHappenedMeansNoMessage() {
		UnscheduledCoursesDisplayContext displayContext = _displayContext();

		assertNull(displayContext.getErrorMessageKey());
		assertNull(displayContext.getSuccessMessageKey());
	}

	@Test
	public void aSuccessIsTold() {
		SessionMessages.add(
			_renderRequest, CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY,
			"you-are-on-the-interest-list");

		assertEquals(
			"you-are-on-the-interest-list",
			_displayContext().getSuccessMessageKey());
	}

	@Test
	public void theCoursesComeFromThePermissionFilteredQueryOnce() {
		Course yam = _course(41001, "YAM för unga");

		when(
			_courseService.getUnscheduledCourses(_GROUP_ID, 0, 200)
		).thenReturn(
			Collections.singletonList(yam)
		);

		UnscheduledCoursesDisplayContext displayContext = _displayContext();

		assertEquals(
			Collections.singletonList(yam), displayContext.getCourses());
		assertEquals(
			Collections.singletonList(yam), displayContext.getCourses());
		assertEquals("YAM för unga", displayContext.getTitle(yam));

		verify(
			_courseService, times(1)
		).getUnscheduledCourses(
			_GROUP_ID, 0, 200
		);
	}

	@Test
	public void onlyAnActiveInterestCountsAsWaiting() throws PortalException {
		Course waiting = _course(41001, "YAM");
		Course toldAlready = _course(41002, "SIP");
		Course never = _course(41003, "MI");

		List<CourseInterest> courseInterests = Arrays.asList(
			_courseInterest(41001, CourseInterestConstants.STATUS_ACTIVE),
			_courseInterest(41002, CourseInterestConstants.STATUS_NOTIFIED));

		when(
			_courseInterestService.getMyCourseInterests()
		).thenReturn(
			courseInterests
		);

		UnscheduledCoursesDisplayContext displayContext = _displayContext();

		assertTrue(displayContext.isInterested(waiting));
		assertFalse(
			displayContext.isInterested(toldAlready),
			"once told of a session, the user may register an interest again");
		assertFalse(displayContext.isInterested(never));

		verify(
			_courseInterestService, times(1)
		).getMyCourseInterests();
	}

	private Course _course(long courseId, String title) {
		Course course = mock(Course.class);

		when(
			course.getCourseId()
		).thenReturn(
			courseId
		);
		when(
			course.getTitle(_SWEDISH)
		).thenReturn(
			title
		);

		return course;
	}

	private CourseInterest _courseInterest(long courseId, int status) {
		CourseInterest courseInterest = mock(CourseInterest.class);

		when(
			courseInterest.getCourseId()
		).thenReturn(
			courseId
		);
		when(
			courseInterest.getStatus()
		).thenReturn(
			status
		);

		return courseInterest;
	}

	private UnscheduledCoursesDisplayContext _displayContext() {
		return new UnscheduledCoursesDisplayContext(
			_renderRequest, _renderResponse, _courseService,
			_courseInterestService);
	}

	private static final long _GROUP_ID = 20121;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final CourseInterestService _courseInterestService = mock(
		CourseInterestService.class);
	private final CourseService _courseService = mock(CourseService.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);

}
