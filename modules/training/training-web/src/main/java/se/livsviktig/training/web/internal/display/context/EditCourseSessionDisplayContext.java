package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ArrayUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * The add/edit form of a session: course, dates, place or link, seats, quotas per administration, audience,
 * deadlines, approval and waitlist settings, and for a saved session its publish, cancel, archive and delete
 * actions. After a refused save or action the form shows what the coordinator typed and, for each typed
 * exception of the service, a message next to its field and in the error summary. The refusals
 * ({@link CourseSessionFormErrors}), what a field shows ({@link CourseSessionFormValues}) and the rows of dates and
 * quotas ({@link CourseSessionFormRows}) are classes of their own.
 *
 * @author Livsviktig
 */
public class EditCourseSessionDisplayContext {

	public EditCourseSessionDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		CourseSession courseSession, List<SessionDate> sessionDates,
		List<SessionQuota> sessionQuotas, long[] audienceOrganizationIds,
		List<Course> courses, List<Organization> organizations,
		String redirect) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_courseSession = courseSession;
		_audienceOrganizationIds = audienceOrganizationIds;
		_courses = courses;
		_redirect = redirect;

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		_organizationTree = OrganizationTreeNode.inTreeOrder(
			organizations, themeDisplay.getLocale());

		_themeDisplay = themeDisplay;

		ZoneId zoneId = themeDisplay.getTimeZone(
		).toZoneId();

		_courseSessionFormValues = new CourseSessionFormValues(
			renderRequest, courseSession, zoneId);
		_courseSessionFormRows = new CourseSessionFormRows(
			renderRequest, _courseSessionFormValues, sessionDates,
			sessionQuotas, _organizationTree, zoneId);
	}

	/**
	 * @return the company's organisations in tree order, each unit under the organisation above it; choosing
	 *         an organisation includes the units under it (the service decides audience along the tree)
	 */
	public List<OrganizationOption> getAudienceOptions() {
		long[] selected = _audienceOrganizationIds;

		if (_courseSessionFormValues.isResubmission()) {
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
		return _courseSessionFormValues.getDateTime(
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

	public List<CourseSessionFormRows.DateRow> getDateRows() {
		return _courseSessionFormRows.getDateRows();
	}

	public int getDeliveryMode() {
		if (_courseSessionFormValues.isResubmission()) {
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

	/**
	 * @return why the last save or action was refused, each message linked to the field it is about
	 */
	public List<FormError> getErrors() {
		if (_errors == null) {
			_errors = new CourseSessionFormErrors(
				_renderRequest, _courseSession
			).get();
		}

		return _errors;
	}

	public String getLocality() {
		return _courseSessionFormValues.getString("locality", CourseSession::getLocality);
	}

	public String getNote() {
		return _courseSessionFormValues.getString("note", CourseSession::getNote);
	}

	public String getOfferHours() {
		return _courseSessionFormValues.getString(
			"offerHours",
			courseSession -> String.valueOf(courseSession.getOfferHours()));
	}

	public String getOnlineMeetingURL() {
		return _courseSessionFormValues.getString(
			"onlineMeetingURL", CourseSession::getOnlineMeetingURL);
	}

	public List<CourseSessionFormRows.QuotaRow> getQuotaRows() {
		return _courseSessionFormRows.getQuotaRows();
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
		return _courseSessionFormValues.getDateTime(
			"registrationCloseDate", CourseSession::getRegistrationCloseDate);
	}

	public String getRegistrationOpenDate() {
		return _courseSessionFormValues.getDateTime(
			"registrationOpenDate", CourseSession::getRegistrationOpenDate);
	}

	public String getSeats() {
		return _courseSessionFormValues.getString(
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
		return _courseSessionFormValues.getString("venueAddress", CourseSession::getVenueAddress);
	}

	public String getVenueName() {
		return _courseSessionFormValues.getString("venueName", CourseSession::getVenueName);
	}

	public int getWaitlistMode() {
		if (_courseSessionFormValues.isResubmission()) {
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
		return _courseSessionFormValues.getBoolean(
			"approvalRequired", CourseSession::isApprovalRequired);
	}

	public boolean isDietaryNeedsRequested() {
		return _courseSessionFormValues.getBoolean(
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

	private final long[] _audienceOrganizationIds;
	private final List<Course> _courses;
	private final CourseSession _courseSession;
	private final CourseSessionFormRows _courseSessionFormRows;
	private final CourseSessionFormValues _courseSessionFormValues;
	private List<FormError> _errors;
	private final List<OrganizationTreeNode> _organizationTree;
	private final String _redirect;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final ThemeDisplay _themeDisplay;

}
