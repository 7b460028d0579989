package se.livsviktig.instructor.internal.notice;

import com.liferay.portal.kernel.model.User;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * A certification notice as its holder reads it by e-mail: in their language, dates as they know them in their
 * time zone, the details that matter for the kind (for a licence's standing: how many sessions, by when). Plain
 * text; the renderer escapes it into HTML.
 *
 * @author Livsviktig
 */
public class CertificationNoticeEmails {

	public CertificationNoticeEmails(
		CertificationNoticeTexts certificationNoticeTexts) {

		_texts = certificationNoticeTexts;
	}

	/**
	 * @param methodName the method's name in the holder's language
	 */
	public CertificationNoticeEmail compose(
		CertificationNotice certificationNotice, User holder,
		String methodName) {

		Locale locale = holder.getLocale();

		LocalDate validUntil = _day(certificationNotice.getValidUntil(), holder);
		LocalDate deadline = _day(certificationNotice.getDeadline(), holder);
		int sessionsStillNeeded = certificationNotice.getSessionsStillNeeded();

		String noticeKind = certificationNotice.getNoticeKind();

		List<String[]> details = new ArrayList<>();

		details.add(
			new String[] {
				_texts.getLabel("certification-notice-details-method", locale),
				methodName
			});

		if (LicenceStandingNoticeKinds.isLicenceStanding(noticeKind)) {
			details.add(
				new String[] {
					_texts.getLabel(
						"certification-notice-details-sessions-still-needed",
						locale),
					_texts.formatSessions(sessionsStillNeeded, locale)
				});

			if (deadline != null) {
				details.add(
					new String[] {
						_texts.getLabel(
							"certification-notice-details-deadline", locale),
						_texts.formatDate(deadline, locale)
					});
			}
		}

		details.add(
			new String[] {
				_texts.getLabel(
					"certification-notice-details-valid-until", locale),
				_texts.formatDate(validUntil, locale)
			});
		details.add(
			new String[] {
				_texts.getLabel("certification-notice-details-issuer", locale),
				certificationNotice.getIssuer()
			});
		details.add(
			new String[] {
				_texts.getLabel("certification-notice-details-number", locale),
				certificationNotice.getNumber()
			});

		return new CertificationNoticeEmail(
			locale,
			_texts.getSubject(
				noticeKind, locale, methodName, validUntil, deadline,
				sessionsStillNeeded),
			Arrays.asList(
				_texts.getGreeting(locale, holder.getFullName()),
				_texts.getBody(
					noticeKind, locale, methodName, validUntil, deadline,
					sessionsStillNeeded)),
			details, _texts.getLabel("certification-notice-signature", locale));
	}

	/**
	 * @return the day as the holder knows it in their time zone, or <code>null</code> for none
	 */
	private static LocalDate _day(Date date, User holder) {
		if (date == null) {
			return null;
		}

		return ValidUntilDates.forHolder(date, holder);
	}

	private final CertificationNoticeTexts _texts;

}
