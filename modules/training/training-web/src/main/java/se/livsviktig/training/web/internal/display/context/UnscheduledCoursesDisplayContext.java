package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.CourseInterestConstants;
import se.livsviktig.training.exception.DuplicateCourseInterestException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * The site's courses that have no upcoming session, where staff register their interest and are told (or
 * booked) when one is published.
 *
 * @author Livsviktig
 */
public class UnscheduledCoursesDisplayContext {

	public UnscheduledCoursesDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		CourseService courseService,
		CourseInterestService courseInterestService) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_courseService = courseService;
		_courseInterestService = courseInterestService;

		_themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);
	}

	public String getAddInterestURL(Course course) {
		return PortletURLBuilder.createActionURL(
			_renderResponse
		).setActionName(
			TrainingMVCCommandNames.ADD_COURSE_INTEREST
		).setParameter(
			"courseId", course.getCourseId()
		).buildString();
	}

	/**
	 * The site's published courses the user may view that have no upcoming published session.
	 */
	public List<Course> getCourses() {
		if (_courses == null) {
			_courses = _courseService.getUnscheduledCourses(
				_themeDisplay.getScopeGroupId(), 0, _MAX_COURSES);
		}

		return _courses;
	}

	/**
	 * The key of the message explaining why registering an interest failed, or null.
	 */
	public String getErrorMessageKey() {
		if (SessionErrors.contains(
				_renderRequest, DuplicateCourseInterestException.class)) {

			return "you-are-already-on-the-interest-list";
		}

		if (SessionErrors.contains(
				_renderRequest, PrincipalException.getNestedClasses())) {

			return "you-do-not-have-permission-to-do-this";
		}

		if (!SessionErrors.isEmpty(_renderRequest)) {
			return "something-went-wrong-try-again";
		}

		return null;
	}

	public String getSuccessMessageKey() {
		return (String)SessionMessages.get(
			_renderRequest, CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY);
	}

	public String getTitle(Course course) {
		return course.getTitle(_themeDisplay.getLocale());
	}

	public boolean isInterested(Course course) throws PortalException {
		if (_interestedCourseIds == null) {
			Set<Long> interestedCourseIds = new HashSet<>();

			for (CourseInterest courseInterest :
					_courseInterestService.getMyCourseInterests()) {

				if (courseInterest.getStatus() ==
						CourseInterestConstants.STATUS_ACTIVE) {

					interestedCourseIds.add(courseInterest.getCourseId());
				}
			}

			_interestedCourseIds = interestedCourseIds;
		}

		return _interestedCourseIds.contains(course.getCourseId());
	}

	private static final int _MAX_COURSES = 200;

	private final CourseInterestService _courseInterestService;
	private List<Course> _courses;
	private final CourseService _courseService;
	private Set<Long> _interestedCourseIds;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final ThemeDisplay _themeDisplay;

}
