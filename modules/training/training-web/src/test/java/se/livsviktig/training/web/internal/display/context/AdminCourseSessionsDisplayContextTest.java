package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The Sessions tab: what the coordinator chose (keywords, status, method, course, order, page) goes to the
 * remote service's one query, unknown orders fall back to the start, and the search form repeats the list's
 * own address as hidden inputs.
 *
 * @author Livsviktig
 */
public class AdminCourseSessionsDisplayContextTest {

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
			_themeDisplay.getScopeGroupId()
		).thenReturn(
			_SITE_GROUP_ID
		);
		when(
			_themeDisplay.getLocale()
		).thenReturn(
			new Locale("sv", "SE")
		);
		when(
			_themeDisplay.getPermissionChecker()
		).thenReturn(
			_permissionChecker
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
			portletURL.toString()
		).thenReturn(
			"http://localhost/group/guest/~/control_panel/manage?p_p_id=" +
				"admin&p_p_lifecycle=0&p_p_auth=Xy1&_admin_" +
					"mvcRenderCommandName=%2Ftraining%2Fadmin%2F" +
						"view_course_sessions#top"
		);
		when(
			_renderResponse.createRenderURL()
		).thenReturn(
			portletURL
		);
	}

	@Test
	public void addSessionIsOfferedWhenTheReaderMayAddOneToSomeCourse()
		throws PortalException {

		Course mayNot = _course(501);
		Course may = _course(502);

		_courses(mayNot, may);

		when(
			_courseModelResourcePermission.contains(
				_permissionChecker, may, TrainingActionKeys.ADD_SESSION)
		).thenReturn(
			true
		);

		assertTrue(_displayContext().isShowAddButton());
	}

	@Test
	public void addSessionIsNotOfferedToAReaderWhoMayAddToNoCourse()
		throws PortalException {

		_courses(_course(501), _course(502));

		assertFalse(
			_displayContext().isShowAddButton(),
			"the service would refuse every save");
	}

	@Test
	public void anUnknownOrderFallsBackToTheStartAscending() {
		_param("orderByCol", "userName; drop table");
		_param("orderByType", "sideways");

		AdminCourseSessionsDisplayContext displayContext = _displayContext();

		displayContext.getResults();

		OrderByComparator<CourseSession> orderByComparator =
			_searchedOrder();

		assertArrayEquals(
			new String[] {"startDate", "courseSessionId"},
			orderByComparator.getOrderByFields());
		assertTrue(orderByComparator.isAscending());
		assertFalse(displayContext.isFiltered());
	}

	@Test
	public void everyFilterAndTheOrderGoToTheServicesQuery() {
		_param("keywords", "Kiruna");
		_param("status", String.valueOf(CourseSessionConstants.STATUS_CANCELLED));
		_param("trainingMethodId", "3");
		_param("courseId", "4");
		_param("orderByCol", "venueName");
		_param("orderByType", "desc");
		_param("cur", "2");

		List<CourseSession> courseSessions = List.of(mock(CourseSession.class));

		when(
			_courseSessionService.searchCourseSessions(
				eq(_SITE_GROUP_ID), eq("Kiruna"),
				eq(CourseSessionConstants.STATUS_CANCELLED), eq(3L), eq(4L),
				eq(20), eq(40), any())
		).thenReturn(
			courseSessions
		);
		when(
			_courseSessionService.searchCourseSessionsCount(
				_SITE_GROUP_ID, "Kiruna",
				CourseSessionConstants.STATUS_CANCELLED, 3, 4)
		).thenReturn(
			21
		);

		AdminCourseSessionsDisplayContext displayContext = _displayContext();

		assertEquals(courseSessions, displayContext.getResults());

		OrderByComparator<CourseSession> orderByComparator =
			_searchedOrder();

		assertArrayEquals(
			new String[] {"venueName", "courseSessionId"},
			orderByComparator.getOrderByFields());
		assertFalse(orderByComparator.isAscending());

		assertTrue(displayContext.isFiltered());
		assertEquals(2, displayContext.getPagination().getPageCount());
		assertEquals(
			"Kiruna", displayContext.getKeywords(), "the form shows them again");
	}

	@Test
	public void onlineSessionsHaveNoPlaceAndOthersJoinVenueAndLocality() {
		CourseSession onSite = mock(CourseSession.class);

		when(
			onSite.getVenueName()
		).thenReturn(
			"Stadshuset"
		);
		when(
			onSite.getLocality()
		).thenReturn(
			"Kiruna"
		);

		CourseSession online = mock(CourseSession.class);

		when(
			online.getDeliveryMode()
		).thenReturn(
			CourseSessionConstants.DELIVERY_MODE_ONLINE
		);

		AdminCourseSessionsDisplayContext displayContext = _displayContext();

		assertEquals("Stadshuset, Kiruna", displayContext.getPlace(onSite));
		assertNull(displayContext.getPlace(online));
	}

	@Test
	public void theSearchFormRepeatsTheListsAddressAsHiddenInputs() {
		AdminCourseSessionsDisplayContext displayContext = _displayContext();

		assertEquals(
			"http://localhost/group/guest/~/control_panel/manage",
			displayContext.getSearchActionURL());
		assertEquals(
			Map.of(
				"p_p_id", "admin", "p_p_lifecycle", "0", "p_p_auth", "Xy1",
				"_admin_mvcRenderCommandName",
				"/training/admin/view_course_sessions"),
			displayContext.getSearchHiddenParameters());
	}

	@Test
	public void theStatusFilterOffersAnyAndEachSessionStatus() {
		_param("status", String.valueOf(WorkflowConstants.STATUS_APPROVED));

		List<SelectOption> options = _displayContext().getStatusOptions();

		assertEquals(5, options.size());
		assertEquals("any-status", options.get(0).getLabelKey());
		assertTrue(
			options.stream(
			).filter(
				SelectOption::isSelected
			).allMatch(
				option -> option.getLabelKey(
				).equals(
					"published"
				)
			));
	}

	@Test
	public void whatTheLastActionDidIsSaid() {
		AdminCourseSessionsDisplayContext displayContext = _displayContext();

		assertNull(displayContext.getSuccessMessageKey());

		SessionMessages.add(
			_renderRequest,
			AdminCourseSessionsDisplayContext.PUBLISHED_MESSAGE_KEY);

		assertEquals(
			"the-session-was-published", displayContext.getSuccessMessageKey());
	}

	@Test
	public void sessionsStillToBeHeldWithFewerAcceptedInstructorsThanTheMethodNeedsAreShort()
		throws PortalException {

		TrainingMethod mhfa = mock(TrainingMethod.class);

		when(
			mhfa.getTrainingMethodId()
		).thenReturn(
			_MHFA_ID
		);
		when(
			mhfa.getInstructorsPerSession()
		).thenReturn(
			2
		);
		when(
			_trainingMethodService.searchTrainingMethods(
				anyLong(), any(), anyInt(), anyInt(), anyInt(), any())
		).thenReturn(
			List.of(mhfa)
		);

		CourseSession oneAccepted = _session(
			601, CourseSessionConstants.STATUS_PUBLISHED, 1);
		CourseSession twoAccepted = _session(
			602, CourseSessionConstants.STATUS_PUBLISHED, 2);
		CourseSession draftWithNone = _session(
			603, CourseSessionConstants.STATUS_DRAFT, 0);
		CourseSession cancelledWithNone = _session(
			604, CourseSessionConstants.STATUS_CANCELLED, 0);

		when(
			_courseSessionService.searchCourseSessions(
				anyLong(), any(), anyInt(), anyLong(), anyLong(), anyInt(),
				anyInt(), any())
		).thenReturn(
			List.of(oneAccepted, twoAccepted, draftWithNone, cancelledWithNone)
		);
		when(
			_courseSessionService.searchCourseSessionsCount(
				anyLong(), any(), anyInt(), anyLong(), anyLong())
		).thenReturn(
			4
		);

		AdminCourseSessionsDisplayContext displayContext = _displayContext();

		InstructorStaffing instructorStaffing =
			displayContext.getInstructorStaffing(oneAccepted);

		assertEquals(1, instructorStaffing.getAccepted());
		assertEquals(2, instructorStaffing.getRequired());
		assertTrue(instructorStaffing.isShort());
		assertFalse(
			displayContext.getInstructorStaffing(
				twoAccepted
			).isShort());
		assertTrue(
			displayContext.getInstructorStaffing(
				draftWithNone
			).isShort());
		assertFalse(
			displayContext.getInstructorStaffing(
				cancelledWithNone
			).isShort(),
			"a cancelled session needs no instructors");
		assertEquals(2, displayContext.getSessionsShortOfInstructorsCount());
	}

	private CourseSession _session(
			long courseSessionId, int status, int acceptedInstructors)
		throws PortalException {

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getCourseSessionId()
		).thenReturn(
			courseSessionId
		);
		when(
			courseSession.getStatus()
		).thenReturn(
			status
		);
		when(
			courseSession.getTrainingMethodId()
		).thenReturn(
			_MHFA_ID
		);

		List<SessionInstructor> accepted = new ArrayList<>();

		for (int i = 0; i < acceptedInstructors; i++) {
			accepted.add(mock(SessionInstructor.class));
		}

		when(
			_sessionInstructorService.getCourseSessionInstructors(
				courseSessionId,
				new int[] {SessionInstructorConstants.STATUS_ACCEPTED})
		).thenReturn(
			accepted
		);

		return courseSession;
	}

	private AdminCourseSessionsDisplayContext _displayContext() {
		return new AdminCourseSessionsDisplayContext(
			_renderRequest, _renderResponse, _courseSessionService,
			_courseService, _trainingMethodService, _sessionInstructorService,
			_courseModelResourcePermission, 20);
	}

	private Course _course(long courseId) {
		Course course = mock(Course.class);

		when(
			course.getCourseId()
		).thenReturn(
			courseId
		);

		return course;
	}

	private void _courses(Course... courses) {
		when(
			_courseService.searchCourses(
				eq(_SITE_GROUP_ID), any(), eq(WorkflowConstants.STATUS_ANY),
				eq(0L), anyInt(), anyInt(), any())
		).thenReturn(
			List.of(courses)
		);
	}

	private void _param(String name, String value) {
		when(
			_renderRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	@SuppressWarnings("unchecked")
	private OrderByComparator<CourseSession> _searchedOrder() {
		ArgumentCaptor<OrderByComparator<CourseSession>> captor =
			ArgumentCaptor.forClass(OrderByComparator.class);

		verify(
			_courseSessionService
		).searchCourseSessions(
			anyLong(), any(), anyInt(), anyLong(), anyLong(), anyInt(),
			anyInt(), captor.capture()
		);

		return captor.getValue();
	}

	private static final long _MHFA_ID = 7;

	private static final long _SITE_GROUP_ID = 20119;

	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<Course>
		_courseModelResourcePermission = mock(ModelResourcePermission.class);
	private final CourseService _courseService = mock(CourseService.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final CourseSessionService _courseSessionService = mock(
		CourseSessionService.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final SessionInstructorService _sessionInstructorService = mock(
		SessionInstructorService.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);
	private final TrainingMethodService _trainingMethodService = mock(
		TrainingMethodService.class);

}
