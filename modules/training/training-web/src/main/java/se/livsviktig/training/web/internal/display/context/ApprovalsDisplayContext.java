package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.dao.search.SearchContainer;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.exception.RegistrationCommentException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * What a manager sees in Godkänn anmälningar: the requests waiting for their approval, a page at a time, each
 * with what they need to decide; the outcome of their last decision (success, or why it was refused, keeping
 * the comment they typed); and the request an e-mail's link led to ({@code registrationId}), on its page and
 * highlighted, or why it is no longer waiting.
 *
 * The remote service decides which requests the reader may see. The course, session, method and organisation of
 * those requests are read from the local services: they describe a request the reader was allowed to get.
 *
 * @author Livsviktig
 */
public class ApprovalsDisplayContext {

	public static final String APPROVED_MESSAGE_KEY = "registrationApproved";

	public static final String DECLINED_MESSAGE_KEY = "registrationDeclined";

	public ApprovalsDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		RegistrationService registrationService,
		CourseLocalService courseLocalService,
		CourseSessionLocalService courseSessionLocalService,
		TrainingMethodLocalService trainingMethodLocalService,
		OrganizationLocalService organizationLocalService, int pageSize) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_registrationService = registrationService;
		_courseLocalService = courseLocalService;
		_courseSessionLocalService = courseSessionLocalService;
		_trainingMethodLocalService = trainingMethodLocalService;
		_organizationLocalService = organizationLocalService;
		_pageSize = pageSize;

		_themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		_locale = _themeDisplay.getLocale();
		_zoneId = _themeDisplay.getTimeZone(
		).toZoneId();

		_linkedRegistrationId = ParamUtil.getLong(
			renderRequest, "registrationId");
	}

	public List<ApprovalRequest> getApprovalRequests() throws PortalException {
		if (_approvalRequests != null) {
			return _approvalRequests;
		}

		List<ApprovalRequest> approvalRequests = new ArrayList<>();

		for (Registration registration : getSearchContainer().getResults()) {
			approvalRequests.add(_toApprovalRequest(registration));
		}

		_approvalRequests = approvalRequests;

		return _approvalRequests;
	}

	public int getCommentMaxLength() {
		return ModelHintsUtil.getMaxLength(
			Registration.class.getName(), "reviewComment");
	}

	/**
	 * @return why the last decision was refused, each message linked to the comment field of its request when
	 *         that request is still on the page. Names in the arguments are HTML-escaped already: the portal's
	 *         message tag inserts arguments as they are
	 */
	public List<FormError> getErrors() throws PortalException {
		List<FormError> errors = new ArrayList<>();

		Registration registration = _getLinkedRegistration();

		String personName = null;

		if (registration != null) {
			personName = HtmlUtil.escape(registration.getUserName());
		}

		String commentFieldName = _getCommentFieldNameOnPage();

		if (SessionErrors.contains(
				_renderRequest, RegistrationStatusException.class.getName())) {

			if (registration == null) {
				errors.add(
					new FormError(
						null,
						"this-request-has-already-been-decided-or-has-expired"));
			}
			else {
				errors.add(
					new FormError(
						null,
						"the-request-from-x-was-already-decided-status-x",
						personName, _getStatusKey(registration)));
			}
		}

		if (SessionErrors.contains(
				_renderRequest, RegistrationCommentException.class.getName())) {

			errors.add(
				new FormError(
					commentFieldName, "a-comment-may-have-at-most-x-characters",
					getCommentMaxLength()));
		}

		if (SessionErrors.contains(
				_renderRequest, PrincipalException.getNestedClasses())) {

			if (personName == null) {
				errors.add(
					new FormError(
						commentFieldName, "you-may-not-decide-on-this-request"));
			}
			else {
				errors.add(
					new FormError(
						commentFieldName,
						"you-may-not-decide-on-the-request-from-x",
						personName));
			}
		}

		if (SessionErrors.contains(
				_renderRequest, NoSuchRegistrationException.class.getName())) {

			errors.add(new FormError(null, "the-request-could-not-be-found"));
		}

		return errors;
	}

	/**
	 * @return what the reader should know about the request the link led to when it cannot be shown in the
	 *         list, or null: after a decision, its outcome says what there is to say. Arguments are HTML-escaped
	 */
	public FormError getLinkedRequestNotice() throws PortalException {
		if ((_linkedRegistrationId <= 0) || !SessionErrors.isEmpty(_renderRequest) ||
			(getSuccessMessageKey() != null)) {

			return null;
		}

		Registration registration = _getLinkedRegistration();

		if (registration == null) {
			return new FormError(
				null, "the-request-you-followed-a-link-to-could-not-be-found");
		}

		if (registration.getStatus() !=
				RegistrationConstants.STATUS_PENDING_APPROVAL) {

			return new FormError(
				null,
				"the-request-from-x-is-no-longer-waiting-for-approval-status-x",
				HtmlUtil.escape(registration.getUserName()),
				_getStatusKey(registration));
		}

		for (ApprovalRequest approvalRequest : getApprovalRequests()) {
			if (approvalRequest.isHighlighted()) {
				return null;
			}
		}

		return new FormError(
			null, "the-request-from-x-is-not-among-those-you-may-decide",
			HtmlUtil.escape(registration.getUserName()));
	}

	public Pagination getPagination() throws PortalException {
		SearchContainer<Registration> searchContainer = getSearchContainer();

		return new Pagination(
			searchContainer.getCur(), searchContainer.getDelta(),
			searchContainer.getTotal(), searchContainer.getIteratorURL(),
			searchContainer.getCurParam());
	}

	public SearchContainer<Registration> getSearchContainer()
		throws PortalException {

		if (_searchContainer != null) {
			return _searchContainer;
		}

		SearchContainer<Registration> searchContainer = new SearchContainer<>(
			_renderRequest, null, null, SearchContainer.DEFAULT_CUR_PARAM,
			_getLinkedRegistrationPage(), _pageSize,
			PortletURLBuilder.createRenderURL(
				_renderResponse
			).setMVCRenderCommandName(
				TrainingMVCCommandNames.VIEW_APPROVALS
			).buildPortletURL(),
			null, "there-are-no-requests-waiting-for-your-approval");

		searchContainer.setResultsAndTotal(
			() -> _registrationService.getPendingApprovals(
				searchContainer.getStart(), searchContainer.getEnd()),
			_registrationService.getPendingApprovalsCount());

		_searchContainer = searchContainer;

		return _searchContainer;
	}

	/**
	 * @return the comment typed for a request whose decision was refused because it is no longer waiting, so it
	 *         is not lost with the request's row; empty otherwise
	 */
	public String getUnsavedComment() {
		if (!SessionErrors.contains(
				_renderRequest, RegistrationStatusException.class.getName())) {

			return "";
		}

		return ParamUtil.getString(_renderRequest, "comment");
	}

	/**
	 * @return the Language key that tells what the last decision did, or null when there was none
	 */
	public String getSuccessMessageKey() {
		if (SessionMessages.contains(_renderRequest, APPROVED_MESSAGE_KEY)) {
			return "the-request-from-x-was-approved";
		}

		if (SessionMessages.contains(_renderRequest, DECLINED_MESSAGE_KEY)) {
			return "the-request-from-x-was-declined";
		}

		return null;
	}

	/**
	 * @return whose request the last decision was on, as the action command left it
	 */
	public String getSuccessMessagePersonName() {
		Object personName = SessionMessages.get(
			_renderRequest, APPROVED_MESSAGE_KEY);

		if (personName == null) {
			personName = SessionMessages.get(
				_renderRequest, DECLINED_MESSAGE_KEY);
		}

		if (personName == null) {
			return "";
		}

		return String.valueOf(personName);
	}

	public int getTotal() throws PortalException {
		return getSearchContainer().getTotal();
	}

	private String _formatDates(SessionDate sessionDate) {
		DateTimeFormatter dayFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			_locale
		);
		DateTimeFormatter timeFormatter = DateTimeFormatter.ofPattern(
			"HH:mm", _locale);

		ZonedDateTime start = _toZonedDateTime(sessionDate.getStartDate());
		ZonedDateTime end = _toZonedDateTime(sessionDate.getEndDate());

		if (start.toLocalDate(
			).equals(
				end.toLocalDate()
			)) {

			return dayFormatter.format(start) + " " +
				timeFormatter.format(start) + "–" + timeFormatter.format(end);
		}

		return dayFormatter.format(start) + " " + timeFormatter.format(start) +
			" – " + dayFormatter.format(end) + " " + timeFormatter.format(end);
	}

	private String _formatHoldExpiration(Date holdExpirationDate) {
		if (holdExpirationDate == null) {
			return "";
		}

		return DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			_locale
		).format(
			_toZonedDateTime(holdExpirationDate)
		) + " " +
			DateTimeFormatter.ofPattern(
				"HH:mm", _locale
			).format(
				_toZonedDateTime(holdExpirationDate)
			);
	}

	private String _getCommentFieldNameOnPage() throws PortalException {
		for (ApprovalRequest approvalRequest : getApprovalRequests()) {
			if (approvalRequest.getRegistrationId() == _linkedRegistrationId) {
				return "comment" + _linkedRegistrationId;
			}
		}

		return null;
	}

	private Course _getCourse(long courseId) {
		return _courses.computeIfAbsent(
			courseId, _courseLocalService::fetchCourse);
	}

	private CourseSession _getCourseSession(long courseSessionId) {
		return _courseSessions.computeIfAbsent(
			courseSessionId, _courseSessionLocalService::fetchCourseSession);
	}

	private List<String> _getDates(long courseSessionId) {
		List<String> dates = new ArrayList<>();

		for (SessionDate sessionDate :
				_courseSessionLocalService.getSessionDates(courseSessionId)) {

			dates.add(_formatDates(sessionDate));
		}

		return dates;
	}

	private String _getDeliveryModeKey(CourseSession courseSession) {
		if (courseSession == null) {
			return null;
		}

		if (courseSession.getDeliveryMode() ==
				CourseSessionConstants.DELIVERY_MODE_ONLINE) {

			return "online-session";
		}

		if (courseSession.getDeliveryMode() ==
				CourseSessionConstants.DELIVERY_MODE_HYBRID) {

			return "on-site-and-online";
		}

		return null;
	}

	/**
	 * @return the registration the link or the refused decision is about, as the reader may see it, or null when
	 *         there is none, it does not exist or the reader may not see it
	 */
	private Registration _getLinkedRegistration() {
		if ((_linkedRegistrationId <= 0) || _linkedRegistrationLoaded) {
			return _linkedRegistration;
		}

		_linkedRegistrationLoaded = true;

		try {
			_linkedRegistration = _registrationService.getRegistration(
				_linkedRegistrationId);
		}
		catch (PortalException portalException) {
			_linkedRegistration = null;
		}

		return _linkedRegistration;
	}

	/**
	 * @return the page the linked request is on, so an e-mail's link opens the list where the request is; the
	 *         first page when there is no link or the request is not waiting for the reader
	 */
	private int _getLinkedRegistrationPage() {
		Registration registration = _getLinkedRegistration();

		if ((registration == null) ||
			(registration.getStatus() !=
				RegistrationConstants.STATUS_PENDING_APPROVAL)) {

			return SearchContainer.DEFAULT_CUR;
		}

		try {
			List<Registration> registrations =
				_registrationService.getPendingApprovals(
					QueryUtil.ALL_POS, QueryUtil.ALL_POS);

			for (int i = 0; i < registrations.size(); i++) {
				Registration pendingRegistration = registrations.get(i);

				if (pendingRegistration.getRegistrationId() ==
						_linkedRegistrationId) {

					return (i / _pageSize) + 1;
				}
			}
		}
		catch (PortalException portalException) {
			return SearchContainer.DEFAULT_CUR;
		}

		return SearchContainer.DEFAULT_CUR;
	}

	private String _getOrganizationName(long organizationId) {
		Organization organization = _organizations.computeIfAbsent(
			organizationId, _organizationLocalService::fetchOrganization);

		if (organization == null) {
			return "";
		}

		return organization.getName();
	}

	private String _getPlace(CourseSession courseSession) {
		if (courseSession == null) {
			return "";
		}

		List<String> parts = new ArrayList<>();

		for (String part :
				new String[] {
					courseSession.getVenueName(),
					courseSession.getVenueAddress(), courseSession.getLocality()
				}) {

			if (Validator.isNotNull(part)) {
				parts.add(part);
			}
		}

		return String.join(", ", parts);
	}

	private String _getStatusKey(Registration registration) {
		return _STATUS_KEY_PREFIX +
			RegistrationConstants.getStatusLabel(registration.getStatus());
	}

	private TrainingMethod _getTrainingMethod(long trainingMethodId) {
		return _trainingMethods.computeIfAbsent(
			trainingMethodId, _trainingMethodLocalService::fetchTrainingMethod);
	}

	private ApprovalRequest _toApprovalRequest(Registration registration) {
		long registrationId = registration.getRegistrationId();

		boolean linked = registrationId == _linkedRegistrationId;

		String comment = "";

		if (linked && !SessionErrors.isEmpty(_renderRequest)) {
			comment = ParamUtil.getString(_renderRequest, "comment");
		}

		Course course = _getCourse(registration.getCourseId());
		CourseSession courseSession = _getCourseSession(
			registration.getCourseSessionId());
		TrainingMethod trainingMethod = _getTrainingMethod(
			registration.getTrainingMethodId());

		return new ApprovalRequest(
			registrationId, registration.getUserName(),
			_getOrganizationName(registration.getOrganizationId()),
			(course == null) ? "" : course.getTitle(_locale),
			(trainingMethod == null) ? "" : trainingMethod.getName(_locale),
			_getDates(registration.getCourseSessionId()),
			_getPlace(courseSession), _getDeliveryModeKey(courseSession),
			registration.getMotivation(),
			_formatHoldExpiration(registration.getHoldExpirationDate()),
			comment, linked,
			registration.getUserId() == _themeDisplay.getUserId());
	}

	private ZonedDateTime _toZonedDateTime(Date date) {
		return ZonedDateTime.ofInstant(date.toInstant(), _zoneId);
	}

	private static final String _STATUS_KEY_PREFIX = "registration-status-";

	private List<ApprovalRequest> _approvalRequests;
	private final CourseLocalService _courseLocalService;
	private final Map<Long, Course> _courses = new HashMap<>();
	private final Map<Long, CourseSession> _courseSessions = new HashMap<>();
	private final CourseSessionLocalService _courseSessionLocalService;
	private Registration _linkedRegistration;
	private final long _linkedRegistrationId;
	private boolean _linkedRegistrationLoaded;
	private final Locale _locale;
	private final OrganizationLocalService _organizationLocalService;
	private final Map<Long, Organization> _organizations = new HashMap<>();
	private final int _pageSize;
	private final RegistrationService _registrationService;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private SearchContainer<Registration> _searchContainer;
	private final ThemeDisplay _themeDisplay;
	private final TrainingMethodLocalService _trainingMethodLocalService;
	private final Map<Long, TrainingMethod> _trainingMethods = new HashMap<>();
	private final ZoneId _zoneId;

}
