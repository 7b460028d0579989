package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * The Sessions tab of Livsviktig – Utbildning: the site's sessions the coordinator may view, searched by course
 * title, venue or place, filtered by status, method and course, ordered by start, venue or last change. The
 * method and course filters list what the reader may view, and name each row's course and method.
 *
 * @author Livsviktig
 */
public class AdminCourseSessionsDisplayContext
	extends BaseAdminListDisplayContext<CourseSession> {

	public static final String ARCHIVED_MESSAGE_KEY = "courseSessionArchived";

	public static final String CANCELLED_MESSAGE_KEY = "courseSessionCancelled";

	public static final String DELETED_MESSAGE_KEY = "courseSessionDeleted";

	public static final String PUBLISHED_MESSAGE_KEY = "courseSessionPublished";

	public static final String SAVED_MESSAGE_KEY = "courseSessionSaved";

	public AdminCourseSessionsDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		CourseSessionService courseSessionService, CourseService courseService,
		TrainingMethodService trainingMethodService,
		SessionInstructorService sessionInstructorService,
		ModelResourcePermission<Course> courseModelResourcePermission,
		int pageSize) {

		super(renderRequest, renderResponse, pageSize);

		_courseSessionService = courseSessionService;
		_courseService = courseService;
		_trainingMethodService = trainingMethodService;
		_sessionInstructorService = sessionInstructorService;
		_courseModelResourcePermission = courseModelResourcePermission;
	}

	public String getAddURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.ADMIN_EDIT_COURSE_SESSION
		).setRedirect(
			String.valueOf(getSearchContainer().getIteratorURL())
		).buildString();
	}

	public long getCourseId() {
		return ParamUtil.getLong(renderRequest, "courseId");
	}

	public List<SelectOption> getCourseOptions() {
		List<SelectOption> options = new ArrayList<>();

		long courseId = getCourseId();

		for (Course course : _getCourses().values()) {
			options.add(
				SelectOption.ofName(
					String.valueOf(course.getCourseId()),
					course.getTitle(getLocale()),
					course.getCourseId() == courseId));
		}

		return options;
	}

	public String getCourseTitle(CourseSession courseSession) {
		Course course = _getCourses().get(courseSession.getCourseId());

		if (course == null) {
			return "";
		}

		return course.getTitle(getLocale());
	}

	public String getDates(CourseSession courseSession) {
		if (courseSession.getStartDate() == null) {
			return "";
		}

		DateTimeFormatter dateFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			getLocale()
		);

		String start = dateFormatter.format(
			_toZoned(courseSession.getStartDate()));

		if (courseSession.getEndDate() == null) {
			return start;
		}

		String end = dateFormatter.format(_toZoned(courseSession.getEndDate()));

		if (start.equals(end)) {
			return start;
		}

		return start + " – " + end;
	}

	public String getEditURL(CourseSession courseSession) {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.ADMIN_EDIT_COURSE_SESSION
		).setRedirect(
			String.valueOf(getSearchContainer().getIteratorURL())
		).setParameter(
			"courseSessionId", courseSession.getCourseSessionId()
		).buildString();
	}

	@Override
	public String getMVCRenderCommandName() {
		return TrainingMVCCommandNames.ADMIN_VIEW_COURSE_SESSIONS;
	}

	public String getParticipantsURL(CourseSession courseSession) {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.VIEW_SESSION_PARTICIPANTS
		).setParameter(
			"courseSessionId", courseSession.getCourseSessionId()
		).buildString();
	}

	/**
	 * @return the venue and place, or null for an online session (the JSP says "Online")
	 */
	public String getPlace(CourseSession courseSession) {
		if (courseSession.getDeliveryMode() ==
				CourseSessionConstants.DELIVERY_MODE_ONLINE) {

			return null;
		}

		if (Validator.isNull(courseSession.getLocality())) {
			return courseSession.getVenueName();
		}

		if (Validator.isNull(courseSession.getVenueName())) {
			return courseSession.getLocality();
		}

		return courseSession.getVenueName() + ", " +
			courseSession.getLocality();
	}

	public InstructorStaffing getInstructorStaffing(CourseSession courseSession)
		throws PortalException {

		InstructorStaffing instructorStaffing = _instructorStaffings.get(
			courseSession.getCourseSessionId());

		if (instructorStaffing == null) {
			instructorStaffing = InstructorStaffing.read(
				_sessionInstructorService, courseSession,
				_getTrainingMethods().get(courseSession.getTrainingMethodId()));

			_instructorStaffings.put(
				courseSession.getCourseSessionId(), instructorStaffing);
		}

		return instructorStaffing;
	}

	/**
	 * @return how many sessions of this page still to be held (draft or published) have fewer accepted
	 *         instructors than their method asks for
	 */
	public int getSessionsShortOfInstructorsCount() throws PortalException {
		int count = 0;

		for (CourseSession courseSession : getResults()) {
			if (getInstructorStaffing(
					courseSession
				).isShort()) {
				count++;
			}
		}

		return count;
	}

	public String getTrainingMethodName(CourseSession courseSession) {
		TrainingMethod trainingMethod = _getTrainingMethods().get(
			courseSession.getTrainingMethodId());

		if (trainingMethod == null) {
			return "";
		}

		return trainingMethod.getName(getLocale());
	}

	public long getTrainingMethodId() {
		return ParamUtil.getLong(renderRequest, "trainingMethodId");
	}

	public List<SelectOption> getTrainingMethodOptions() {
		List<SelectOption> options = new ArrayList<>();

		long trainingMethodId = getTrainingMethodId();

		for (TrainingMethod trainingMethod : _getTrainingMethods().values()) {
			options.add(
				SelectOption.ofName(
					String.valueOf(trainingMethod.getTrainingMethodId()),
					trainingMethod.getName(getLocale()),
					trainingMethod.getTrainingMethodId() == trainingMethodId));
		}

		return options;
	}

	@Override
	public boolean isFiltered() {
		if (super.isFiltered() || (getTrainingMethodId() > 0) ||
			(getCourseId() > 0)) {

			return true;
		}

		return false;
	}

	/**
	 * Whether to offer "Add session": only to those the service would let add one to at least one of the
	 * site's courses they may view (a session is added to a course).
	 */
	public boolean isShowAddButton() throws PortalException {
		for (Course course : _getCourses().values()) {
			if (_courseModelResourcePermission.contains(
					themeDisplay.getPermissionChecker(), course,
					TrainingActionKeys.ADD_SESSION)) {

				return true;
			}
		}

		return false;
	}

	@Override
	protected int count() {
		return _courseSessionService.searchCourseSessionsCount(
			themeDisplay.getScopeGroupId(), getKeywords(), getStatus(),
			getTrainingMethodId(), getCourseId());
	}

	@Override
	protected String getDefaultOrderByCol() {
		return "startDate";
	}

	@Override
	protected Map<String, String> getExtraParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();

		if (getTrainingMethodId() > 0) {
			parameters.put(
				"trainingMethodId", String.valueOf(getTrainingMethodId()));
		}

		if (getCourseId() > 0) {
			parameters.put("courseId", String.valueOf(getCourseId()));
		}

		return parameters;
	}

	@Override
	protected Map<String, String> getOrderByColumns() {
		Map<String, String> columns = new LinkedHashMap<>();

		columns.put("startDate", "start-date");
		columns.put("venueName", "venue");
		columns.put("modifiedDate", "last-changed");

		return columns;
	}

	@Override
	protected String getPrimaryKeyColumn() {
		return "courseSessionId";
	}

	@Override
	protected Map<String, String> getSuccessMessages() {
		Map<String, String> successMessages = new LinkedHashMap<>();

		successMessages.put(ARCHIVED_MESSAGE_KEY, "the-session-was-archived");
		successMessages.put(
			CANCELLED_MESSAGE_KEY,
			"the-session-was-cancelled-and-its-participants-told");
		successMessages.put(DELETED_MESSAGE_KEY, "the-session-was-deleted");
		successMessages.put(
			PUBLISHED_MESSAGE_KEY, "the-session-was-published");
		successMessages.put(SAVED_MESSAGE_KEY, "the-session-was-saved");

		return successMessages;
	}

	@Override
	protected Map<Integer, String> getStatusLabelKeys() {
		Map<Integer, String> statusLabelKeys = new LinkedHashMap<>();

		statusLabelKeys.put(CourseSessionConstants.STATUS_DRAFT, "draft");
		statusLabelKeys.put(
			CourseSessionConstants.STATUS_PUBLISHED, "published");
		statusLabelKeys.put(
			CourseSessionConstants.STATUS_CANCELLED, "cancelled");
		statusLabelKeys.put(CourseSessionConstants.STATUS_ARCHIVED, "archived");

		return statusLabelKeys;
	}

	@Override
	protected List<CourseSession> search(
		int start, int end,
		ColumnOrderByComparator<CourseSession> orderByComparator) {

		return _courseSessionService.searchCourseSessions(
			themeDisplay.getScopeGroupId(), getKeywords(), getStatus(),
			getTrainingMethodId(), getCourseId(), start, end,
			orderByComparator);
	}

	private Map<Long, Course> _getCourses() {
		if (_courses != null) {
			return _courses;
		}

		_courses = new LinkedHashMap<>();

		for (Course course :
				_courseService.searchCourses(
					themeDisplay.getScopeGroupId(), null,
					WorkflowConstants.STATUS_ANY, 0, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			_courses.put(course.getCourseId(), course);
		}

		return _courses;
	}

	private Map<Long, TrainingMethod> _getTrainingMethods() {
		if (_trainingMethods != null) {
			return _trainingMethods;
		}

		_trainingMethods = new LinkedHashMap<>();

		for (TrainingMethod trainingMethod :
				_trainingMethodService.searchTrainingMethods(
					themeDisplay.getCompanyGroupId(), null,
					WorkflowConstants.STATUS_ANY, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			_trainingMethods.put(
				trainingMethod.getTrainingMethodId(), trainingMethod);
		}

		return _trainingMethods;
	}

	private ZonedDateTime _toZoned(Date date) {
		ZoneId zoneId = themeDisplay.getTimeZone(
		).toZoneId();

		return date.toInstant(
		).atZone(
			zoneId
		);
	}

	private Map<Long, Course> _courses;
	private final Map<Long, InstructorStaffing> _instructorStaffings =
		new HashMap<>();
	private final CourseSessionService _courseSessionService;
	private final ModelResourcePermission<Course>
		_courseModelResourcePermission;
	private final CourseService _courseService;
	private final SessionInstructorService _sessionInstructorService;
	private Map<Long, TrainingMethod> _trainingMethods;
	private final TrainingMethodService _trainingMethodService;

}
