package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.util.HtmlUtil;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.Date;
import java.util.Locale;

import se.livsviktig.training.exception.InstructorNotQualifiedException;

/**
 * The refusal of an uncertified instructor as the page says it: which method and the first date that fails, in
 * the reader's language and time zone (a date near midnight UTC is another day in Stockholm). A refusal that names
 * no date (a session without dates, or a checker that gave none) keeps the general message.
 *
 * @author Livsviktig
 */
public class InstructorNotQualifiedMessage {

	/**
	 * @param messageKey the Language key with two arguments, the method's name and the date
	 * @param generalMessageKey the Language key without arguments, for a refusal that names no date
	 */
	public InstructorNotQualifiedMessage(
		String messageKey, String generalMessageKey) {

		_messageKey = messageKey;
		_generalMessageKey = generalMessageKey;
	}

	public FormError toFormError(
		String fieldName, Object exception, Locale locale, ZoneId zoneId) {

		if (!(exception instanceof InstructorNotQualifiedException)) {
			return new FormError(fieldName, _generalMessageKey);
		}

		InstructorNotQualifiedException instructorNotQualifiedException =
			(InstructorNotQualifiedException)exception;

		Date unqualifiedDate =
			instructorNotQualifiedException.getUnqualifiedDate();
		String trainingMethodName =
			instructorNotQualifiedException.getTrainingMethodName(locale);

		if ((unqualifiedDate == null) || (trainingMethodName == null)) {
			return new FormError(fieldName, _generalMessageKey);
		}

		DateTimeFormatter dateTimeFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.LONG
		).withLocale(
			locale
		).withZone(
			zoneId
		);

		return new FormError(
			fieldName, _messageKey, HtmlUtil.escape(trainingMethodName),
			dateTimeFormatter.format(unqualifiedDate.toInstant()));
	}

	private final String _generalMessageKey;
	private final String _messageKey;

}
