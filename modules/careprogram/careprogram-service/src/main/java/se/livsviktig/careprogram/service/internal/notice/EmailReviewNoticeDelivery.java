package se.livsviktig.careprogram.service.internal.notice;

import com.liferay.mail.kernel.model.MailMessage;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.PrefsProps;
import com.liferay.portal.kernel.util.PropsKeys;

import java.nio.charset.StandardCharsets;

import java.time.LocalDate;

import java.util.Locale;

import javax.mail.internet.InternetAddress;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.configuration.CareProgramCompanyConfiguration;

/**
 * Sends a review notice to its recipient as an HTML e-mail, in their language and with the due day as the
 * company counts it (the badge's day, not the recipient's zone's), through the portal's mail service (which
 * queues it), from the company's administrator address,
 * with a link to the company's "Mina granskningar" page.
 *
 * @author Livsviktig
 */
@Component(service = ReviewNoticeDelivery.class)
public class EmailReviewNoticeDelivery implements ReviewNoticeDelivery {

	@Override
	public void deliver(OutgoingReviewNotice outgoingReviewNotice)
		throws Exception {

		User recipient = _userLocalService.getUser(
			outgoingReviewNotice.getRecipientUserId());

		ReviewNoticeEmail reviewNoticeEmail = compose(
			outgoingReviewNotice, recipient);

		long companyId = outgoingReviewNotice.getCompanyId();

		InternetAddress from = new InternetAddress(
			_prefsProps.getString(
				companyId, PropsKeys.ADMIN_EMAIL_FROM_ADDRESS),
			_oneLine(
				_prefsProps.getString(
					companyId, PropsKeys.ADMIN_EMAIL_FROM_NAME)),
			StandardCharsets.UTF_8.name());
		InternetAddress to = new InternetAddress(
			recipient.getEmailAddress(), _oneLine(recipient.getFullName()),
			StandardCharsets.UTF_8.name());

		_mailService.sendEmail(
			new MailMessage(
				from, to, _oneLine(reviewNoticeEmail.getSubject()),
				reviewNoticeEmail.toHTML(), true));
	}

	protected ReviewNoticeEmail compose(
			OutgoingReviewNotice outgoingReviewNotice, User recipient)
		throws Exception {

		Locale locale = recipient.getLocale();

		String name = _reviewedTextNames.getName(
			outgoingReviewNotice.getCareProgramId(),
			outgoingReviewNotice.getLocalRoutineId(), locale);

		Company company = _companyLocalService.getCompany(
			outgoingReviewNotice.getCompanyId());

		LocalDate dueDay = ReviewNoticeTexts.dueDay(
			outgoingReviewNotice.getNextReviewDate(), company.getTimeZone());

		CareProgramCompanyConfiguration careProgramCompanyConfiguration =
			_configurationProvider.getCompanyConfiguration(
				CareProgramCompanyConfiguration.class,
				outgoingReviewNotice.getCompanyId());

		ReviewNoticeKind reviewNoticeKind =
			outgoingReviewNotice.getReviewNoticeKind();

		return new ReviewNoticeEmail(
			locale,
			_reviewNoticeTexts.getSubject(
				reviewNoticeKind, locale, name, dueDay),
			_reviewNoticeTexts.getGreeting(locale, recipient.getFullName()),
			_reviewNoticeTexts.getBody(reviewNoticeKind, locale, name, dueDay),
			_reviewNoticeTexts.getLabel("review-notice-link", locale),
			careProgramCompanyConfiguration.myReviewsURL(),
			_reviewNoticeTexts.getLabel("review-notice-signature", locale));
	}

	/**
	 * A header value on one line: a line break in a name or title would let it add headers of its own.
	 */
	private static String _oneLine(String text) {
		if (text == null) {
			return null;
		}

		return text.replaceAll(
			"[\\r\\n\\t\\u0085\\u2028\\u2029]+", " "
		).trim();
	}

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private MailService _mailService;

	@Reference
	private PrefsProps _prefsProps;

	@Reference
	private ReviewedTextNames _reviewedTextNames;

	ReviewNoticeTexts _reviewNoticeTexts = new ReviewNoticeTexts();

	@Reference
	private UserLocalService _userLocalService;

}
