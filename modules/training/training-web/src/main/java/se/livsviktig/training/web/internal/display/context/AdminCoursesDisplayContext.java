package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * The Courses tab of Livsviktig – Utbildning: the site's courses the coordinator may view, searched by title in
 * any language, filtered by status and method, ordered by creation or last change.
 *
 * @author Livsviktig
 */
public class AdminCoursesDisplayContext
	extends BaseAdminListDisplayContext<Course> {

	public static final String ARCHIVED_MESSAGE_KEY = "courseArchived";

	public static final String DELETED_MESSAGE_KEY = "courseDeleted";

	public static final String RESTORED_MESSAGE_KEY = "courseRestored";

	public static final String SAVED_MESSAGE_KEY = "courseSaved";

	public AdminCoursesDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		CourseService courseService,
		TrainingMethodService trainingMethodService,
		PortletResourcePermission portletResourcePermission, int pageSize) {

		super(renderRequest, renderResponse, pageSize);

		_courseService = courseService;
		_trainingMethodService = trainingMethodService;
		_portletResourcePermission = portletResourcePermission;
	}

	public String getAddURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.ADMIN_EDIT_COURSE
		).setRedirect(
			String.valueOf(getSearchContainer().getIteratorURL())
		).buildString();
	}

	public String getEditURL(Course course) {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.ADMIN_EDIT_COURSE
		).setRedirect(
			String.valueOf(getSearchContainer().getIteratorURL())
		).setParameter(
			"courseId", course.getCourseId()
		).buildString();
	}

	public String getInterestListURL(Course course) {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.ADMIN_VIEW_COURSE_INTERESTS
		).setParameter(
			"courseId", course.getCourseId()
		).buildString();
	}

	@Override
	public String getMVCRenderCommandName() {
		return TrainingMVCCommandNames.ADMIN_VIEW_COURSES;
	}

	public String getSessionsURL(Course course) {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.ADMIN_VIEW_COURSE_SESSIONS
		).setParameter(
			"courseId", course.getCourseId()
		).buildString();
	}

	public String getTitle(Course course) {
		return course.getTitle(getLocale());
	}

	public long getTrainingMethodId() {
		return ParamUtil.getLong(renderRequest, "trainingMethodId");
	}

	public String getTrainingMethodName(Course course) {
		TrainingMethod trainingMethod = _getTrainingMethods().get(
			course.getTrainingMethodId());

		if (trainingMethod == null) {
			return "";
		}

		return trainingMethod.getName(getLocale());
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
		if (super.isFiltered() || (getTrainingMethodId() > 0)) {
			return true;
		}

		return false;
	}

	/**
	 * Whether to offer "Add course": only to those the service would let add one on this site.
	 */
	public boolean isShowAddButton() {
		return _portletResourcePermission.contains(
			themeDisplay.getPermissionChecker(), themeDisplay.getScopeGroupId(),
			TrainingActionKeys.ADD_COURSE);
	}

	@Override
	protected int count() {
		return _courseService.searchCoursesCount(
			themeDisplay.getScopeGroupId(), getKeywords(), getStatus(),
			getTrainingMethodId());
	}

	@Override
	protected String getDefaultOrderByCol() {
		return "createDate";
	}

	@Override
	protected Map<String, String> getExtraParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();

		if (getTrainingMethodId() > 0) {
			parameters.put(
				"trainingMethodId", String.valueOf(getTrainingMethodId()));
		}

		return parameters;
	}

	@Override
	protected Map<String, String> getOrderByColumns() {
		Map<String, String> columns = new LinkedHashMap<>();

		columns.put("createDate", "created");
		columns.put("modifiedDate", "last-changed");
		columns.put("durationHours", "duration-hours");

		return columns;
	}

	@Override
	protected String getPrimaryKeyColumn() {
		return "courseId";
	}

	@Override
	protected Map<String, String> getSuccessMessages() {
		Map<String, String> successMessages = new LinkedHashMap<>();

		successMessages.put(ARCHIVED_MESSAGE_KEY, "the-course-was-archived");
		successMessages.put(DELETED_MESSAGE_KEY, "the-course-was-deleted");
		successMessages.put(RESTORED_MESSAGE_KEY, "the-course-is-active-again");
		successMessages.put(SAVED_MESSAGE_KEY, "the-course-was-saved");

		return successMessages;
	}

	@Override
	protected Map<Integer, String> getStatusLabelKeys() {
		Map<Integer, String> statusLabelKeys = new LinkedHashMap<>();

		statusLabelKeys.put(WorkflowConstants.STATUS_APPROVED, "published");
		statusLabelKeys.put(WorkflowConstants.STATUS_INACTIVE, "archived");

		return statusLabelKeys;
	}

	@Override
	protected List<Course> search(
		int start, int end, ColumnOrderByComparator<Course> orderByComparator) {

		return _courseService.searchCourses(
			themeDisplay.getScopeGroupId(), getKeywords(), getStatus(),
			getTrainingMethodId(), start, end, orderByComparator);
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

	private final CourseService _courseService;
	private Map<Long, TrainingMethod> _trainingMethods;
	private final PortletResourcePermission _portletResourcePermission;
	private final TrainingMethodService _trainingMethodService;

}
