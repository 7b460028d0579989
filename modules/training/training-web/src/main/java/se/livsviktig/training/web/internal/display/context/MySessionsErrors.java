package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.ParamUtil;

import java.time.ZoneId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.RenderRequest;

import se.livsviktig.training.exception.InstructorNotQualifiedException;

/**
 * Why the last action of Mina kurstillfällen was refused: an answer to an invitation (the request names the
 * invitation) or marked attendance, each refusal once, and a missing certification with the method and dates it
 * is missing for.
 *
 * @author Livsviktig
 */
public class MySessionsErrors {

	public MySessionsErrors(
		RenderRequest renderRequest, Locale locale, ZoneId zoneId) {

		_renderRequest = renderRequest;
		_locale = locale;
		_zoneId = zoneId;
	}

	/**
	 * @return why the last action was refused, as Language keys, for the error summary
	 */
	public List<FormError> get() {
		List<FormError> errors = new ArrayList<>();

		Map<Class<? extends PortalException>, String> errorKeys =
			MySessionsMessages.getAttendanceErrorKeys();

		if (ParamUtil.getLong(_renderRequest, "sessionInstructorId") > 0) {
			errorKeys = MySessionsMessages.getInvitationErrorKeys();
		}

		for (Map.Entry<Class<? extends PortalException>, String> entry :
				errorKeys.entrySet()) {

			if (SessionErrors.contains(
					_renderRequest, entry.getKey().getName())) {

				FormError formError = new FormError(null, entry.getValue());

				if (entry.getKey() == InstructorNotQualifiedException.class) {
					formError = _INSTRUCTOR_NOT_QUALIFIED_MESSAGE.toFormError(
						null,
						SessionErrors.get(
							_renderRequest, entry.getKey().getName()),
						_locale, _zoneId);
				}

				boolean duplicate = false;

				for (FormError error : errors) {
					if (error.getMessageKey().equals(entry.getValue())) {
						duplicate = true;
					}
				}

				if (!duplicate) {
					errors.add(formError);
				}
			}
		}

		return errors;
	}

	private static final InstructorNotQualifiedMessage
		_INSTRUCTOR_NOT_QUALIFIED_MESSAGE = new InstructorNotQualifiedMessage(
			"you-are-not-certified-for-x-on-x-contact-the-coordinator",
			"you-are-not-certified-for-this-method-on-every-date-of-the-session");

	private final Locale _locale;
	private final RenderRequest _renderRequest;
	private final ZoneId _zoneId;

}
