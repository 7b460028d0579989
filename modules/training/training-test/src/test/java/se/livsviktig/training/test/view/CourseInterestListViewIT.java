package se.livsviktig.training.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.ZonedDateTime;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.training.constants.CourseInterestConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.web.internal.portlet.action.AdminViewCourseInterestsMVCRenderCommand;

/**
 * training_admin/course_interests.jsp, a course's interest list as its coordinator sees it, from the real render
 * command with the remote services as doubles: with people (names typed with markup stay text), empty, and
 * refused to someone who may not edit the course. Each in Swedish and English, DOM asserted, axe-clean,
 * screenshot kept.
 *
 * @author Livsviktig
 */
public class CourseInterestListViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = TrainingViews.harness();
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void anEmptyListSaysNobodyWaits(Locale locale) throws Exception {
		CourseInterestService courseInterestService = mock(
			CourseInterestService.class);

		RenderedView view = _render(
			"empty", locale, courseInterestService);

		view.assertHeading(
			2, view.message("interest-list-of-x", "<Våga> fråga")
		).assertText(
			view.message("nobody-is-on-the-interest-list")
		).assertNone(
			"table", "no table without people"
		).assertLink(
			view.message("back-to-the-courses"), "view_courses"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void aReaderWhoMayNotEditTheCourseIsRefused(Locale locale)
		throws Exception {

		CourseInterestService courseInterestService = mock(
			CourseInterestService.class);

		when(
			courseInterestService.getCourseInterestsCount(anyLong())
		).thenThrow(
			new PrincipalException.MustHavePermission(
				ViewHarness.USER_ID, Course.class.getName(), _COURSE_ID,
				"UPDATE")
		);

		RenderedView view = _render("refused", locale, courseInterestService);

		view.assertAlert(
			"danger", view.message("you-do-not-have-permission-to-do-this")
		).assertNone(
			"table", "nobody's name is shown"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.training.test.view.TrainingViews#locales")
	@ParameterizedTest
	public void theListShowsWhoWaitsSinceWhenAndWhatBecameOfThem(Locale locale)
		throws Exception {

		CourseInterest waiting = _courseInterest(
			30101, "Anna <Berg>", _date(2026, 3, 2),
			CourseInterestConstants.STATUS_ACTIVE, null);
		CourseInterest told = _courseInterest(
			30102, "Olle Nilsson", _date(2026, 1, 15),
			CourseInterestConstants.STATUS_NOTIFIED, _date(2026, 4, 1));
		CourseInterest booked = _courseInterest(
			30103, "Bo Ek", _date(2025, 11, 20),
			CourseInterestConstants.STATUS_BOOKED, _date(2026, 4, 1));

		CourseInterestService courseInterestService = mock(
			CourseInterestService.class);

		when(
			courseInterestService.getCourseInterests(
				anyLong(), anyInt(), anyInt())
		).thenReturn(
			List.of(booked, told, waiting)
		);
		when(
			courseInterestService.getCourseInterestsCount(anyLong())
		).thenReturn(
			3
		);

		RenderedView view = _render("list", locale, courseInterestService);

		view.assertHeading(
			2, view.message("interest-list-of-x", "<Våga> fråga")
		).assertTableRows(
			3
		).assertText(
			"Anna <Berg>"
		).assertText(
			"Socialförvaltningen"
		).assertText(
			view.message("interest-waiting")
		).assertText(
			view.message(
				"interest-notified",
				locale.equals(TrainingViews.SWEDISH) ? "1 apr. 2026" :
					"Apr 1, 2026")
		).assertText(
			view.message(
				"interest-booked",
				locale.equals(TrainingViews.SWEDISH) ? "1 apr. 2026" :
					"Apr 1, 2026")
		).assertText(
			locale.equals(TrainingViews.SWEDISH) ? "2 mars 2026" :
				"Mar 2, 2026"
		).assertText(
			view.message("x-results", 3)
		);

		Assertions.assertEquals(
			List.of("Bo Ek", "Olle Nilsson", "Anna <Berg>"),
			view.select(
				"tbody th[scope=row]"
			).eachText(),
			view.getName() + ": longest waiting first, as the service orders them");
		Assertions.assertTrue(
			view.select(
				"berg"
			).isEmpty(),
			view.getName() + ": a name typed with markup stays text");

		_viewHarness.assertAccessible(view);
	}

	private static Date _date(int year, int month, int day) {
		return Date.from(
			ZonedDateTime.of(
				year, month, day, 12, 0, 0, 0,
				TimeZone.getTimeZone(
					"Europe/Stockholm"
				).toZoneId()
			).toInstant());
	}

	private CourseInterest _courseInterest(
		long userId, String userName, Date createDate, int status,
		Date notifiedDate) {

		CourseInterest courseInterest = mock(CourseInterest.class);

		when(
			courseInterest.getUserId()
		).thenReturn(
			userId
		);
		when(
			courseInterest.getUserName()
		).thenReturn(
			userName
		);
		when(
			courseInterest.getCreateDate()
		).thenReturn(
			createDate
		);
		when(
			courseInterest.getStatus()
		).thenReturn(
			status
		);
		when(
			courseInterest.getNotifiedDate()
		).thenReturn(
			notifiedDate
		);

		return courseInterest;
	}

	private RenderedView _render(
			String state, Locale locale,
			CourseInterestService courseInterestService)
		throws Exception {

		Course course = mock(Course.class);

		when(
			course.getCourseId()
		).thenReturn(
			_COURSE_ID
		);
		when(
			course.getTitle(TrainingViews.SWEDISH)
		).thenReturn(
			"<Våga> fråga"
		);
		when(
			course.getTitle(TrainingViews.ENGLISH)
		).thenReturn(
			"<Våga> fråga"
		);

		CourseService courseService = mock(CourseService.class);

		when(
			courseService.getCourse(_COURSE_ID)
		).thenReturn(
			course
		);

		// Accounts that are gone: the name kept on the row is shown

		UserLocalService userLocalService = mock(UserLocalService.class);

		when(
			userLocalService.fetchUser(anyLong())
		).thenReturn(
			(User)null
		);

		Organization organization = mock(Organization.class);

		when(
			organization.getName()
		).thenReturn(
			"Socialförvaltningen"
		);

		OrganizationLocalService organizationLocalService = mock(
			OrganizationLocalService.class);

		when(
			organizationLocalService.getUserOrganizations(anyLong())
		).thenReturn(
			List.of(organization)
		);

		AdminViewCourseInterestsMVCRenderCommand renderCommand =
			new AdminViewCourseInterestsMVCRenderCommand();

		TrainingViews.inject(renderCommand, "_courseService", courseService);
		TrainingViews.inject(
			renderCommand, "_courseInterestService", courseInterestService);
		TrainingViews.inject(
			renderCommand, "_organizationLocalService",
			organizationLocalService);
		TrainingViews.inject(
			renderCommand, "_userLocalService", userLocalService);

		return _viewHarness.render(
			"training_admin-course_interests", state,
			ViewRequest.in(
				locale
			).parameter(
				"courseId", String.valueOf(_COURSE_ID)
			),
			renderCommand::render);
	}

	private static final long _COURSE_ID = 501;

	private static ViewHarness _viewHarness;

}
