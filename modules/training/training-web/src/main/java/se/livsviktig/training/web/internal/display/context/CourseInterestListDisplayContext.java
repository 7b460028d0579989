package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.dao.search.SearchContainer;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.text.Collator;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.CourseInterestConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * A course's interest list for its coordinators: who waits for a session and since when, longest waiting first,
 * with what became of each (still waiting, told of a session, booked on it). Read through the remote service, so
 * only those who may edit the course see it.
 *
 * @author Livsviktig
 */
public class CourseInterestListDisplayContext {

	public CourseInterestListDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Course course, CourseInterestService courseInterestService,
		UserLocalService userLocalService,
		OrganizationLocalService organizationLocalService, int pageSize) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_course = course;
		_courseInterestService = courseInterestService;
		_userLocalService = userLocalService;
		_organizationLocalService = organizationLocalService;
		_pageSize = pageSize;

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		_locale = themeDisplay.getLocale();
		_zoneId = themeDisplay.getTimeZone(
		).toZoneId();
	}

	public String getBackURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.ADMIN_VIEW_COURSES
		).buildString();
	}

	public String getCourseTitle() {
		return _course.getTitle(_locale);
	}

	public Pagination getPagination() throws PortalException {
		SearchContainer<CourseInterest> searchContainer = getSearchContainer();

		return new Pagination(
			searchContainer.getCur(), searchContainer.getDelta(),
			searchContainer.getTotal(), searchContainer.getIteratorURL(),
			searchContainer.getCurParam());
	}

	public List<InterestedPerson> getPeople() throws PortalException {
		List<InterestedPerson> people = new ArrayList<>();

		for (CourseInterest courseInterest :
				getSearchContainer().getResults()) {

			people.add(
				new InterestedPerson(
					_getName(courseInterest),
					_getOrganizationNames(courseInterest.getUserId()),
					_format(courseInterest.getCreateDate()),
					_getStatusKey(courseInterest.getStatus()),
					_format(courseInterest.getNotifiedDate())));
		}

		return people;
	}

	/**
	 * The page of the list; reading it checks the caller's permission, so the render command builds it before
	 * choosing the view.
	 */
	public SearchContainer<CourseInterest> getSearchContainer()
		throws PortalException {

		if (_searchContainer != null) {
			return _searchContainer;
		}

		SearchContainer<CourseInterest> searchContainer =
			new SearchContainer<>(
				_renderRequest, null, null, SearchContainer.DEFAULT_CUR_PARAM,
				_pageSize,
				PortletURLBuilder.createRenderURL(
					_renderResponse
				).setMVCRenderCommandName(
					TrainingMVCCommandNames.ADMIN_VIEW_COURSE_INTERESTS
				).setParameter(
					"courseId", _course.getCourseId()
				).buildPortletURL(),
				null, "nobody-is-on-the-interest-list");

		long courseId = _course.getCourseId();

		searchContainer.setResultsAndTotal(
			() -> _courseInterestService.getCourseInterests(
				courseId, searchContainer.getStart(),
				searchContainer.getEnd()),
			_courseInterestService.getCourseInterestsCount(courseId));

		_searchContainer = searchContainer;

		return _searchContainer;
	}

	public static class InterestedPerson {

		public InterestedPerson(
			String name, String organizationNames, String since,
			String statusKey, String notified) {

			_name = name;
			_organizationNames = organizationNames;
			_since = since;
			_statusKey = statusKey;
			_notified = notified;
		}

		public String getName() {
			return _name;
		}

		/**
		 * @return when the person was told a session was published, empty while still waiting
		 */
		public String getNotified() {
			return _notified;
		}

		public String getOrganizationNames() {
			return _organizationNames;
		}

		public String getSince() {
			return _since;
		}

		public String getStatusKey() {
			return _statusKey;
		}

		private final String _name;
		private final String _notified;
		private final String _organizationNames;
		private final String _since;
		private final String _statusKey;

	}

	private String _format(Date date) {
		if (date == null) {
			return "";
		}

		return DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			_locale
		).format(
			date.toInstant(
			).atZone(
				_zoneId
			)
		);
	}

	/**
	 * The person's current name; the name kept on the row when the account is gone.
	 */
	private String _getName(CourseInterest courseInterest) {
		User user = _userLocalService.fetchUser(courseInterest.getUserId());

		if (user == null) {
			return courseInterest.getUserName();
		}

		return user.getFullName();
	}

	private String _getOrganizationNames(long userId) {
		List<String> names = new ArrayList<>();

		for (Organization organization :
				_organizationLocalService.getUserOrganizations(userId)) {

			names.add(organization.getName());
		}

		names.sort(Collator.getInstance(_locale));

		return String.join(", ", names);
	}

	private String _getStatusKey(int status) {
		if (status == CourseInterestConstants.STATUS_BOOKED) {
			return "interest-booked";
		}

		if (status == CourseInterestConstants.STATUS_NOTIFIED) {
			return "interest-notified";
		}

		return "interest-waiting";
	}

	private final Course _course;
	private final CourseInterestService _courseInterestService;
	private final Locale _locale;
	private final OrganizationLocalService _organizationLocalService;
	private final int _pageSize;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private SearchContainer<CourseInterest> _searchContainer;
	private final UserLocalService _userLocalService;
	private final ZoneId _zoneId;

}
