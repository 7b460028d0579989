package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ArrayUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.RequiredCourseSessionException;
import se.livsviktig.training.exception.SessionDatesException;
import se.livsviktig.training.exception.SessionDeadlineException;
import se.livsviktig.training.exception.SessionQuotaException;
import se.livsviktig.training.exception.SessionSeatsException;
import se.livsviktig.training.exception.SessionVenueException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * The add/edit form of a session: course, dates, place or link, seats, quotas per administration, audience,
 * deadlines, approval and waitlist settings, and for a saved session its publish, cancel, archive and delete
 * actions. After a refused save or action the form shows what the coordinator typed and, for each typed
 * exception of the service, a message next to its field and in the error summary.
 *
 * @author Livsviktig
 */
public class EditCourseSessionDisplayContext {

	/**
	 * The service's typed exceptions, each stored in SessionErrors under its base class's name.
	 */
	public static final List<Class<? extends Exception>> ERRORS = List.of(
		CancellationReasonException.class, NoSuchCourseException.class,
		RegistrationStatusException.class,
		RequiredCourseSessionException.class, SessionDatesException.class,
		SessionDeadlineException.class, SessionQuotaException.class,
		SessionSeatsException.class, SessionVenueException.class);

	public static final int EMPTY_ROWS = 2;

	public EditCourseSessionDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		CourseSession courseSession, List<SessionDate> sessionDates,
		List<SessionQuota> sessionQuotas, long[] audienceOrganizationIds,
		List<Course> courses, List<Organization> organizations,
		String redirect) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_courseSession = courseSession;
		_sessionDates = sessionDates;
		_sessionQuotas = sessionQuotas;
		_audienceOrganizationIds = audienceOrganizationIds;
		_courses = courses;
		_redirect = redirect;

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		_organizationTree = OrganizationTreeNode.inTreeOrder(
			organizations, themeDisplay.getLocale());

		_themeDisplay = themeDisplay;
		_zoneId = themeDisplay.getTimeZone(
		).toZoneId();
	}

	/**
	 * @return the company's organisations in tree order, each unit under the organisation above it; choosing
	 *         an organisation includes the units under it (the service decides audience along the tree)
	 */
	public List<OrganizationOption> getAudienceOptions() {
		long[] selected = _audienceOrganizationIds;

		if (_isResubmission()) {
			selected = ParamUtil.getLongValues(
				_renderRequest, "audienceOrganizationIds");
		}

		List<OrganizationOption> options = new ArrayList<>();

		for (OrganizationTreeNode organizationTreeNode : _organizationTree) {
			options.add(
				new OrganizationOption(
					organizationTreeNode,
					ArrayUtil.contains(
						selected, organizationTreeNode.getOrganizationId())));
		}

		return options;
	}

	public String getCancellationDeadline() {
		return _getDateTime(
			"cancellationDeadline", CourseSession::getCancellationDeadline);
	}

	public String getCancellationReason() {
		return ParamUtil.getString(_renderRequest, "cancellationReason");
	}

	public List<SelectOption> getCourseOptions() {
		long courseId = getCourseId();

		List<SelectOption> options = new ArrayList<>();

		for (Course course : _courses) {
			options.add(
				SelectOption.ofName(
					String.valueOf(course.getCourseId()),
					course.getTitle(_themeDisplay.getLocale()),
					course.getCourseId() == courseId));
		}

		return options;
	}

	public long getCourseId() {
		if (_courseSession != null) {
			return _courseSession.getCourseId();
		}

		return ParamUtil.getLong(_renderRequest, "courseId");
	}

	public long getCourseSessionId() {
		if (_courseSession == null) {
			return 0;
		}

		return _courseSession.getCourseSessionId();
	}

	public String getCourseTitle() {
		for (Course course : _courses) {
			if (course.getCourseId() == getCourseId()) {
				return course.getTitle(_themeDisplay.getLocale());
			}
		}

		return "";
	}

	public List<DateRow> getDateRows() {
		List<DateRow> dateRows = new ArrayList<>();

		if (_isResubmission()) {
			int count = ParamUtil.getInteger(_renderRequest, "dateCount");

			for (int i = 0; i < count; i++) {
				dateRows.add(
					new DateRow(
						i, ParamUtil.getString(_renderRequest, "startDate" + i),
						ParamUtil.getString(_renderRequest, "endDate" + i)));
			}

			return dateRows;
		}

		for (SessionDate sessionDate : _sessionDates) {
			dateRows.add(
				new DateRow(
					dateRows.size(),
					DateTimeInputs.formatDateTime(
						sessionDate.getStartDate(), _zoneId),
					DateTimeInputs.formatDateTime(
						sessionDate.getEndDate(), _zoneId)));
		}

		for (int i = 0; i < EMPTY_ROWS; i++) {
			dateRows.add(new DateRow(dateRows.size(), "", ""));
		}

		return dateRows;
	}

	public int getDeliveryMode() {
		if (_isResubmission()) {
			return ParamUtil.getInteger(_renderRequest, "deliveryMode");
		}

		if (_courseSession == null) {
			return CourseSessionConstants.DELIVERY_MODE_ON_SITE;
		}

		return _courseSession.getDeliveryMode();
	}

	public List<SelectOption> getDeliveryModeOptions() {
		int deliveryMode = getDeliveryMode();

		return List.of(
			SelectOption.ofKey(
				String.valueOf(CourseSessionConstants.DELIVERY_MODE_ON_SITE),
				"on-site",
				deliveryMode == CourseSessionConstants.DELIVERY_MODE_ON_SITE),
			SelectOption.ofKey(
				String.valueOf(CourseSessionConstants.DELIVERY_MODE_ONLINE),
				"online",
				deliveryMode == CourseSessionConstants.DELIVERY_MODE_ONLINE),
			SelectOption.ofKey(
				String.valueOf(CourseSessionConstants.DELIVERY_MODE_HYBRID),
				"hybrid",
				deliveryMode == CourseSessionConstants.DELIVERY_MODE_HYBRID));
	}

	/**
	 * @return the message of a field, or null when it has none
	 */
	public FormError getError(String fieldName) {
		for (FormError formError : getErrors()) {
			if (fieldName.equals(formError.getFieldName())) {
				return formError;
			}
		}

		return null;
	}

	public List<FormError> getErrors() {
		if (_errors != null) {
			return _errors;
		}

		List<FormError> errors = new ArrayList<>();

		for (Class<? extends Exception> errorClass : ERRORS) {
			Object exception = SessionErrors.get(
				_renderRequest, errorClass.getName());

			if (exception != null) {
				errors.add(_toFormError(exception));
			}
		}

		_errors = errors;

		return _errors;
	}

	public String getLocality() {
		return _getString("locality", CourseSession::getLocality);
	}

	public String getNote() {
		return _getString("note", CourseSession::getNote);
	}

	public String getOfferHours() {
		return _getString(
			"offerHours",
			courseSession -> String.valueOf(courseSession.getOfferHours()));
	}

	public String getOnlineMeetingURL() {
		return _getString(
			"onlineMeetingURL", CourseSession::getOnlineMeetingURL);
	}

	public List<QuotaRow> getQuotaRows() {
		List<QuotaRow> quotaRows = new ArrayList<>();

		if (_isResubmission()) {
			int count = ParamUtil.getInteger(_renderRequest, "quotaCount");

			for (int i = 0; i < count; i++) {
				quotaRows.add(
					new QuotaRow(
						i,
						_getOrganizationOptions(
							ParamUtil.getLong(
								_renderRequest, "quotaOrganizationId" + i)),
						ParamUtil.getString(_renderRequest, "quotaSeats" + i),
						ParamUtil.getString(
							_renderRequest, "quotaReleaseDate" + i)));
			}

			return quotaRows;
		}

		for (SessionQuota sessionQuota : _sessionQuotas) {
			quotaRows.add(
				new QuotaRow(
					quotaRows.size(),
					_getOrganizationOptions(sessionQuota.getOrganizationId()),
					String.valueOf(sessionQuota.getSeats()),
					DateTimeInputs.formatDate(
						sessionQuota.getReleaseDate(), _zoneId)));
		}

		for (int i = 0; i < EMPTY_ROWS; i++) {
			quotaRows.add(
				new QuotaRow(
					quotaRows.size(), _getOrganizationOptions(0), "", ""));
		}

		return quotaRows;
	}

	/**
	 * @return where Save, Cancel and the actions lead: the list the form was opened from, or the sessions
	 */
	public String getRedirect() {
		if (Validator.isNotNull(_redirect)) {
			return _redirect;
		}

		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.ADMIN_VIEW_COURSE_SESSIONS
		).buildString();
	}

	public String getRegistrationCloseDate() {
		return _getDateTime(
			"registrationCloseDate", CourseSession::getRegistrationCloseDate);
	}

	public String getRegistrationOpenDate() {
		return _getDateTime(
			"registrationOpenDate", CourseSession::getRegistrationOpenDate);
	}

	public String getSeats() {
		return _getString(
			"seats", courseSession -> String.valueOf(courseSession.getSeats()));
	}

	public int getStatus() {
		if (_courseSession == null) {
			return CourseSessionConstants.STATUS_DRAFT;
		}

		return _courseSession.getStatus();
	}

	public String getStatusLabelKey() {
		int status = getStatus();

		if (status == CourseSessionConstants.STATUS_PUBLISHED) {
			return "published";
		}
		else if (status == CourseSessionConstants.STATUS_CANCELLED) {
			return "cancelled";
		}
		else if (status == CourseSessionConstants.STATUS_ARCHIVED) {
			return "archived";
		}

		return "draft";
	}

	public String getTitleKey() {
		if (_courseSession == null) {
			return "add-session";
		}

		return "edit-session";
	}

	public String getVenueAddress() {
		return _getString("venueAddress", CourseSession::getVenueAddress);
	}

	public String getVenueName() {
		return _getString("venueName", CourseSession::getVenueName);
	}

	public int getWaitlistMode() {
		if (_isResubmission()) {
			return ParamUtil.getInteger(_renderRequest, "waitlistMode");
		}

		if (_courseSession == null) {
			return CourseSessionConstants.WAITLIST_MODE_AUTOMATIC;
		}

		return _courseSession.getWaitlistMode();
	}

	public List<SelectOption> getWaitlistModeOptions() {
		int waitlistMode = getWaitlistMode();

		return List.of(
			SelectOption.ofKey(
				String.valueOf(CourseSessionConstants.WAITLIST_MODE_AUTOMATIC),
				"move-the-first-in-line-up-at-once",
				waitlistMode == CourseSessionConstants.WAITLIST_MODE_AUTOMATIC),
			SelectOption.ofKey(
				String.valueOf(CourseSessionConstants.WAITLIST_MODE_OFFER),
				"offer-the-seat-for-a-number-of-hours",
				waitlistMode == CourseSessionConstants.WAITLIST_MODE_OFFER));
	}

	public boolean hasErrors() {
		return !getErrors().isEmpty();
	}

	public boolean isApprovalRequired() {
		return _getBoolean(
			"approvalRequired", CourseSession::isApprovalRequired);
	}

	public boolean isDietaryNeedsRequested() {
		return _getBoolean(
			"dietaryNeedsRequested", CourseSession::isDietaryNeedsRequested);
	}

	public boolean isNew() {
		if (_courseSession == null) {
			return true;
		}

		return false;
	}

	public boolean isShowArchive() {
		if (!isNew() &&
			(getStatus() != CourseSessionConstants.STATUS_ARCHIVED)) {

			return true;
		}

		return false;
	}

	public boolean isShowCancel() {
		if ((getStatus() == CourseSessionConstants.STATUS_DRAFT) ||
			(getStatus() == CourseSessionConstants.STATUS_PUBLISHED)) {

			return !isNew();
		}

		return false;
	}

	public boolean isShowPublish() {
		if (!isNew() && (getStatus() == CourseSessionConstants.STATUS_DRAFT)) {
			return true;
		}

		return false;
	}

	public static class DateRow {

		public DateRow(int index, String startDate, String endDate) {
			_index = index;
			_startDate = startDate;
			_endDate = endDate;
		}

		public String getEndDate() {
			return _endDate;
		}

		public int getIndex() {
			return _index;
		}

		/**
		 * @return the row's number as people count, from 1
		 */
		public int getNumber() {
			return _index + 1;
		}

		public String getStartDate() {
			return _startDate;
		}

		private final String _endDate;
		private final int _index;
		private final String _startDate;

	}

	public static class QuotaRow {

		public QuotaRow(
			int index, List<SelectOption> organizationOptions, String seats,
			String releaseDate) {

			_index = index;
			_organizationOptions = organizationOptions;
			_seats = seats;
			_releaseDate = releaseDate;
		}

		public int getIndex() {
			return _index;
		}

		public int getNumber() {
			return _index + 1;
		}

		public List<SelectOption> getOrganizationOptions() {
			return _organizationOptions;
		}

		public String getReleaseDate() {
			return _releaseDate;
		}

		public String getSeats() {
			return _seats;
		}

		private final int _index;
		private final List<SelectOption> _organizationOptions;
		private final String _releaseDate;
		private final String _seats;

	}

	private boolean _getBoolean(
		String param, Function<CourseSession, Boolean> getter) {

		if (_isResubmission()) {
			return ParamUtil.getBoolean(_renderRequest, param);
		}

		if (_courseSession == null) {
			return false;
		}

		return getter.apply(_courseSession);
	}

	private String _getDateTime(
		String param, Function<CourseSession, Date> getter) {

		if (_isResubmission()) {
			return ParamUtil.getString(_renderRequest, param);
		}

		if (_courseSession == null) {
			return "";
		}

		return DateTimeInputs.formatDateTime(
			getter.apply(_courseSession), _zoneId);
	}

	/**
	 * A select cannot indent its options, so each is named by its path from the top of the tree.
	 */
	private List<SelectOption> _getOrganizationOptions(long organizationId) {
		List<SelectOption> options = new ArrayList<>();

		for (OrganizationTreeNode organizationTreeNode : _organizationTree) {
			options.add(
				SelectOption.ofName(
					String.valueOf(organizationTreeNode.getOrganizationId()),
					organizationTreeNode.getPath(),
					organizationTreeNode.getOrganizationId() ==
						organizationId));
		}

		return Collections.unmodifiableList(options);
	}

	private String _getString(
		String param, Function<CourseSession, String> getter) {

		if (_isResubmission()) {
			return ParamUtil.getString(_renderRequest, param);
		}

		if (_courseSession == null) {
			return "";
		}

		String value = getter.apply(_courseSession);

		if (value == null) {
			return "";
		}

		return value;
	}

	private boolean _isResubmission() {
		return !SessionErrors.isEmpty(_renderRequest);
	}

	private FormError _toFormError(Object exception) {
		if (exception instanceof CancellationReasonException) {
			return new FormError(
				"cancellationReason", "give-a-reason-for-the-participants");
		}

		if (exception instanceof NoSuchCourseException) {
			return new FormError("courseId", "choose-a-course");
		}

		if (exception instanceof RequiredCourseSessionException) {
			return new FormError(
				"", "the-session-has-registrations-cancel-or-archive-it");
		}

		if (exception instanceof SessionDatesException) {
			return new FormError(
				"startDate0", "each-date-must-end-after-it-starts");
		}

		if (exception instanceof SessionDeadlineException.CancellationDeadline) {
			return new FormError(
				"cancellationDeadline",
				"the-cancellation-deadline-may-not-be-after-the-start");
		}

		if (exception instanceof SessionDeadlineException) {
			return new FormError(
				"registrationOpenDate",
				"registration-must-open-before-it-closes-and-close-before-the-start");
		}

		if (exception instanceof SessionQuotaException) {
			return new FormError(
				"quotaOrganizationId0", "each-quota-needs-an-organisation");
		}

		if (exception instanceof SessionSeatsException.MustNotBeBelowSeatsTaken) {
			return new FormError(
				"seats", "the-seats-may-not-be-fewer-than-those-taken-x",
				_courseSession.getSeatsTaken());
		}

		if (exception instanceof SessionSeatsException) {
			return new FormError(
				"seats", "enter-1-to-x-seats-and-0-to-x-offer-hours",
				CourseSessionConstants.MAX_SEATS, _MAX_OFFER_HOURS);
		}

		if (exception instanceof SessionVenueException.MustHaveVenue) {
			return new FormError("venueName", "a-session-on-site-needs-a-venue");
		}

		if (exception instanceof SessionVenueException.MustHaveMeetingURL) {
			return new FormError(
				"onlineMeetingURL", "an-online-session-needs-an-https-link");
		}

		if (exception instanceof SessionVenueException.MustHaveCoordinator) {
			return new FormError(
				"", "the-coordinator-must-be-a-user-of-the-company");
		}

		if (exception instanceof SessionVenueException) {
			return new FormError(
				"venueName", "the-place-link-or-note-is-too-long");
		}

		return new FormError(
			"", "the-session-cannot-do-that-in-its-current-state");
	}

	/**
	 * CourseSessionValidator.MAX_OFFER_HOURS, which the API does not export.
	 */
	private static final int _MAX_OFFER_HOURS = 168;

	private final long[] _audienceOrganizationIds;
	private final List<Course> _courses;
	private final CourseSession _courseSession;
	private List<FormError> _errors;
	private final List<OrganizationTreeNode> _organizationTree;
	private final String _redirect;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final List<SessionDate> _sessionDates;
	private final List<SessionQuota> _sessionQuotas;
	private final ThemeDisplay _themeDisplay;
	private final ZoneId _zoneId;

}
