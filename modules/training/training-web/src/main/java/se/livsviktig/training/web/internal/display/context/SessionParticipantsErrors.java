package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.exception.NoSuchUserException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.portlet.RenderRequest;

import se.livsviktig.training.exception.CancellationDeadlinePassedException;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.DuplicateRegistrationException;
import se.livsviktig.training.exception.DuplicateSessionInstructorException;
import se.livsviktig.training.exception.InstructorNotQualifiedException;
import se.livsviktig.training.exception.MoveRegistrationTargetException;
import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.exception.NoSuchSessionInstructorException;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.exception.ParticipantMessageBodyException;
import se.livsviktig.training.exception.ParticipantMessageRecipientsException;
import se.livsviktig.training.exception.ParticipantMessageSubjectException;
import se.livsviktig.training.exception.RegistrationClosedException;
import se.livsviktig.training.exception.RegistrationCommentException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.SessionCancelledException;
import se.livsviktig.training.exception.SessionNotPublishedException;
import se.livsviktig.training.exception.WaitlistPositionException;
import se.livsviktig.training.exception.WaitlistReorderReasonException;
import se.livsviktig.training.web.internal.portlet.action.ParticipantListMissingException;

/**
 * Why the last action of the participants page was refused: each refusal of the services as a localised message,
 * linked to the field of the form it is about (which field depends on the form that was sent), and a general
 * message for a refusal without one of its own.
 *
 * @author Livsviktig
 */
public class SessionParticipantsErrors {

	public SessionParticipantsErrors(
		RenderRequest renderRequest, Locale locale, int reasonMaxLength,
		int commentMaxLength) {

		_renderRequest = renderRequest;
		_locale = locale;
		_reasonMaxLength = reasonMaxLength;
		_commentMaxLength = commentMaxLength;
	}

	/**
	 * @return why the last action was refused, each message linked to the field it is about
	 */
	public List<FormError> get() {
		List<FormError> errors = new ArrayList<>();

		String form = ParamUtil.getString(_renderRequest, "form");

		String personField = "participant";

		if (form.equals(SessionParticipantsDisplayContext.FORM_INVITE)) {
			personField = "instructor";
		}
		else if (form.equals(SessionParticipantsDisplayContext.FORM_MOVE)) {
			personField = "targetCourseSessionId";
		}

		String reasonField = "waitlistReason";

		if (form.equals(SessionParticipantsDisplayContext.FORM_CANCEL)) {
			reasonField = "cancelReason";
		}
		else if (form.equals(SessionParticipantsDisplayContext.FORM_MOVE)) {
			reasonField = "moveReason";
		}

		if (SessionErrors.contains(
				_renderRequest, PrincipalException.getNestedClasses())) {

			errors.add(
				new FormError(null, "you-do-not-have-permission-to-do-this"));
		}

		if (_contains(NoSuchUserException.class)) {
			errors.add(
				new FormError(
					personField, "no-user-has-the-email-address-or-screen-name-x",
					HtmlUtil.escape(
						ParamUtil.getString(_renderRequest, personField))));
		}

		if (_contains(DuplicateRegistrationException.class)) {
			errors.add(
				new FormError(
					personField,
					form.equals(SessionParticipantsDisplayContext.FORM_MOVE) ?
						"the-person-is-already-registered-on-the-other-session" :
							"the-person-is-already-registered-on-this-session"));
		}

		if (_contains(NotInSessionAudienceException.class)) {
			errors.add(
				new FormError(
					personField, "the-person-is-not-in-the-sessions-audience"));
		}

		if (_contains(
				SessionNotPublishedException.class,
				SessionCancelledException.class,
				RegistrationClosedException.class)) {

			errors.add(
				new FormError(
					form.equals(SessionParticipantsDisplayContext.FORM_MOVE) ? personField : null,
					"the-session-is-not-open-for-registration"));
		}

		if (_contains(MoveRegistrationTargetException.class)) {
			errors.add(
				new FormError(
					"targetCourseSessionId",
					"choose-another-session-of-the-same-course"));
		}

		if (_contains(RegistrationStatusException.class)) {
			errors.add(
				new FormError(
					null, "the-registration-has-changed-meanwhile-see-its-state"));
		}

		if (_contains(NoSuchRegistrationException.class)) {
			errors.add(
				new FormError(null, "the-registration-could-not-be-found"));
		}

		if (_contains(WaitlistReorderReasonException.class)) {
			errors.add(
				new FormError(
					"waitlistReason", "give-a-reason-for-moving-someone-in-line"));
		}

		if (_contains(CancellationReasonException.class)) {

			// On the cancel form the service also asks for a reason once the cancellation deadline has passed.

			errors.add(
				new FormError(
					reasonField,
					form.equals(SessionParticipantsDisplayContext.FORM_CANCEL) ?
						"give-a-reason-of-at-most-x-characters-after-the-cancellation-deadline-it-is-required" :
							"a-reason-may-have-at-most-x-characters",
					_reasonMaxLength));
		}

		if (_contains(CancellationDeadlinePassedException.class)) {
			errors.add(
				new FormError(
					null,
					"the-cancellation-deadline-has-passed-only-someone-who-manages-the-participants-may-cancel"));
		}

		if (_contains(WaitlistPositionException.class)) {
			errors.add(
				new FormError(
					"waitlistPosition", "a-place-in-line-is-1-or-more"));
		}

		if (_contains(ParticipantMessageSubjectException.class)) {
			errors.add(
				new FormError(
					"messageSubject", "write-a-subject-of-at-most-x-characters",
					SessionParticipantsDisplayContext.SUBJECT_MAX_LENGTH));
		}

		if (_contains(ParticipantMessageBodyException.class)) {
			errors.add(
				new FormError(
					"messageBody", "write-a-message-of-at-most-x-characters",
					SessionParticipantsDisplayContext.BODY_MAX_LENGTH));
		}

		if (_contains(ParticipantMessageRecipientsException.class)) {
			errors.add(
				new FormError(
					"messageRecipients", "choose-at-least-one-recipient"));
		}

		if (_contains(InstructorNotQualifiedException.class)) {
			ThemeDisplay themeDisplay =
				(ThemeDisplay)_renderRequest.getAttribute(WebKeys.THEME_DISPLAY);

			errors.add(
				_INSTRUCTOR_NOT_QUALIFIED_MESSAGE.toFormError(
					"instructor",
					SessionErrors.get(
						_renderRequest,
						InstructorNotQualifiedException.class.getName()),
					_locale,
					themeDisplay.getTimeZone(
					).toZoneId()));
		}

		if (_contains(DuplicateSessionInstructorException.class)) {
			errors.add(
				new FormError(
					"instructor", "the-instructor-is-already-invited-to-this-session"));
		}

		if (_contains(NoSuchSessionInstructorException.class)) {
			errors.add(
				new FormError(null, "the-invitation-could-not-be-found"));
		}

		if (_contains(RegistrationCommentException.class)) {
			errors.add(
				new FormError(
					null, "a-comment-may-have-at-most-x-characters",
					_commentMaxLength));
		}

		if (_contains(ParticipantListMissingException.class)) {
			errors.add(
				new FormError("csvFile", "choose-a-csv-file-or-paste-a-list"));
		}

		if (errors.isEmpty() && !SessionErrors.isEmpty(_renderRequest)) {
			errors.add(new FormError(null, "something-went-wrong-try-again"));
		}

		return errors;
	}

	private boolean _contains(Class<?>... classes) {
		for (Class<?> clazz : classes) {
			if (SessionErrors.contains(_renderRequest, clazz.getName())) {
				return true;
			}
		}

		return false;
	}

	private static final InstructorNotQualifiedMessage
		_INSTRUCTOR_NOT_QUALIFIED_MESSAGE = new InstructorNotQualifiedMessage(
			"the-instructor-is-not-certified-for-x-on-x",
			"the-instructor-is-not-qualified-for-this-method-on-every-date");

	private final int _commentMaxLength;
	private final Locale _locale;
	private final int _reasonMaxLength;
	private final RenderRequest _renderRequest;

}
