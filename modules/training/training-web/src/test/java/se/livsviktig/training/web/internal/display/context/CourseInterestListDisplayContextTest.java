package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZonedDateTime;

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
import se.livsviktig.training.constants.CourseInterestConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.service.CourseInterestService;

/**
 * A course's interest list for its coordinators: the page the remote service returns, each person with name,
 * organisations, since when and what became of them; a refusal of the service is not turned into an empty list.
 *
 * @author Livsviktig
 */
public class CourseInterestListDisplayContextTest {

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
			_themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
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

		when(
			_course.getCourseId()
		).thenReturn(
			_COURSE_ID
		);
		when(
			_course.getTitle(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen"
		);
	}

	@Test
	public void eachPersonHasNameOrganisationsSinceWhenAndWhatBecameOfThem()
		throws PortalException {

		CourseInterest waiting = _courseInterest(
			_ANNA_ID, "Anna Berg",
			_date(2026, 3, 2), CourseInterestConstants.STATUS_ACTIVE, null);
		CourseInterest told = _courseInterest(
			_GONE_ID, "Olle Nilsson (kept)", _date(2026, 1, 15),
			CourseInterestConstants.STATUS_NOTIFIED, _date(2026, 4, 1));

		User anna = mock(User.class);

		when(
			anna.getFullName()
		).thenReturn(
			"Anna Berg-Lind"
		);
		when(
			_userLocalService.fetchUser(_ANNA_ID)
		).thenReturn(
			anna
		);
		List<Organization> organizations = List.of(
			_organization("Älvsjö hemtjänst"), _organization("Socialförvaltningen"),
			_organization("Åkersberga skola"));

		when(
			_organizationLocalService.getUserOrganizations(_ANNA_ID)
		).thenReturn(
			organizations
		);

		when(
			_courseInterestService.getCourseInterests(_COURSE_ID, 0, 20)
		).thenReturn(
			List.of(told, waiting)
		);
		when(
			_courseInterestService.getCourseInterestsCount(_COURSE_ID)
		).thenReturn(
			2
		);

		CourseInterestListDisplayContext displayContext = _displayContext();

		List<CourseInterestListDisplayContext.InterestedPerson> people =
			displayContext.getPeople();

		assertEquals(2, people.size());

		CourseInterestListDisplayContext.InterestedPerson olle = people.get(0);

		assertEquals(
			"Olle Nilsson (kept)", olle.getName(),
			"an account that is gone keeps the name on the row");
		assertEquals("", olle.getOrganizationNames());
		assertEquals("15 jan. 2026", olle.getSince());
		assertEquals("interest-notified", olle.getStatusKey());
		assertEquals("1 apr. 2026", olle.getNotified());

		CourseInterestListDisplayContext.InterestedPerson annaRow = people.get(
			1);

		assertEquals("Anna Berg-Lind", annaRow.getName());
		assertEquals(
			"Socialförvaltningen, Åkersberga skola, Älvsjö hemtjänst",
			annaRow.getOrganizationNames(),
			"in the reader's alphabetical order: Å, Ä, Ö after Z, Å first");
		assertEquals("2 mars 2026", annaRow.getSince());
		assertEquals("interest-waiting", annaRow.getStatusKey());
		assertEquals("", annaRow.getNotified());

		assertEquals(2, displayContext.getPagination().getTotal());
		assertEquals("MHFA Vuxen", displayContext.getCourseTitle());
	}

	@Test
	public void theSecondPageAsksTheServiceForTheSecondTwenty()
		throws PortalException {

		when(
			_renderRequest.getParameter("cur")
		).thenReturn(
			"2"
		);
		when(
			_courseInterestService.getCourseInterestsCount(_COURSE_ID)
		).thenReturn(
			21
		);
		CourseInterest booked = _courseInterest(
			_ANNA_ID, "Anna Berg", _date(2026, 3, 2),
			CourseInterestConstants.STATUS_BOOKED, _date(2026, 4, 1));

		when(
			_courseInterestService.getCourseInterests(_COURSE_ID, 20, 40)
		).thenReturn(
			List.of(booked)
		);

		List<CourseInterestListDisplayContext.InterestedPerson> people =
			_displayContext().getPeople();

		assertEquals(1, people.size());
		assertEquals(
			"interest-booked",
			people.get(
				0
			).getStatusKey());
	}

	@Test
	public void aReaderWhoMayNotEditTheCourseIsRefusedNotShownAnEmptyList()
		throws PortalException {

		when(
			_courseInterestService.getCourseInterestsCount(anyLong())
		).thenThrow(
			new PrincipalException.MustHavePermission(
				1, Course.class.getName(), _COURSE_ID, "UPDATE")
		);
		when(
			_courseInterestService.getCourseInterests(
				anyLong(), anyInt(), anyInt())
		).thenThrow(
			new PrincipalException.MustHavePermission(
				1, Course.class.getName(), _COURSE_ID, "UPDATE")
		);

		CourseInterestListDisplayContext displayContext = _displayContext();

		assertThrows(
			PrincipalException.class, displayContext::getSearchContainer);
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

	private Date _date(int year, int month, int day) {

		// Noon in Stockholm, so the day is the same in UTC

		return Date.from(
			ZonedDateTime.of(
				year, month, day, 12, 0, 0, 0,
				TimeZone.getTimeZone(
					"Europe/Stockholm"
				).toZoneId()
			).toInstant());
	}

	private CourseInterestListDisplayContext _displayContext() {
		return new CourseInterestListDisplayContext(
			_renderRequest, _renderResponse, _course, _courseInterestService,
			_userLocalService, _organizationLocalService, 20);
	}

	private Organization _organization(String name) {
		Organization organization = mock(Organization.class);

		when(
			organization.getName()
		).thenReturn(
			name
		);

		return organization;
	}

	private static final long _ANNA_ID = 30101;

	private static final long _COURSE_ID = 70001;

	private static final long _GONE_ID = 30102;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final Course _course = mock(Course.class);
	private final CourseInterestService _courseInterestService = mock(
		CourseInterestService.class);
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
