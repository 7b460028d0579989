package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.ParamUtil;

import java.time.ZoneId;

import java.util.Date;
import java.util.function.Function;

import javax.portlet.RenderRequest;

import se.livsviktig.training.model.CourseSession;

/**
 * What a field of the session form shows: after a refused save what the coordinator typed (so nothing typed is
 * lost), otherwise the saved session's value, in the coordinator's time zone, and empty for a new session.
 *
 * @author Livsviktig
 */
public class CourseSessionFormValues {

	/**
	 * @param courseSession the saved session, null for a new one
	 */
	public CourseSessionFormValues(
		RenderRequest renderRequest, CourseSession courseSession,
		ZoneId zoneId) {

		_renderRequest = renderRequest;
		_courseSession = courseSession;
		_zoneId = zoneId;
	}

	public boolean getBoolean(
		String param, Function<CourseSession, Boolean> getter) {

		if (isResubmission()) {
			return ParamUtil.getBoolean(_renderRequest, param);
		}

		if (_courseSession == null) {
			return false;
		}

		return getter.apply(_courseSession);
	}

	/**
	 * @return the date and time as a datetime-local input takes it
	 */
	public String getDateTime(
		String param, Function<CourseSession, Date> getter) {

		if (isResubmission()) {
			return ParamUtil.getString(_renderRequest, param);
		}

		if (_courseSession == null) {
			return "";
		}

		return DateTimeInputs.formatDateTime(
			getter.apply(_courseSession), _zoneId);
	}

	public String getString(
		String param, Function<CourseSession, String> getter) {

		if (isResubmission()) {
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

	/**
	 * @return whether the form comes back after a refusal, so it shows what was typed rather than what is saved
	 */
	public boolean isResubmission() {
		return !SessionErrors.isEmpty(_renderRequest);
	}

	private final CourseSession _courseSession;
	private final RenderRequest _renderRequest;
	private final ZoneId _zoneId;

}
