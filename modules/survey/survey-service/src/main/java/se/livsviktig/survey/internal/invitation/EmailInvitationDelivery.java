package se.livsviktig.survey.internal.invitation;

import com.liferay.mail.kernel.model.MailMessage;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.PrefsProps;
import com.liferay.portal.kernel.util.PropsKeys;

import java.nio.charset.StandardCharsets;

import java.util.Locale;

import javax.mail.internet.InternetAddress;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Sends a survey invitation or reminder as an HTML e-mail, in the invitee's language and time zone, through the
 * portal's mail service (which queues it), from the company's administrator address. A person whose account is
 * gone or deactivated gets nothing.
 *
 * @author Livsviktig
 */
@Component(service = InvitationDelivery.class)
public class EmailInvitationDelivery implements InvitationDelivery {

	@Override
	public void deliver(InvitationMailing invitationMailing) throws Exception {
		User user = _userLocalService.fetchUser(invitationMailing.getUserId());

		if ((user == null) || !user.isActive()) {
			return;
		}

		Locale locale = user.getLocale();

		InvitationMail invitationMail = _invitationMails.compose(
			locale, user.getTimeZone(), user.getFullName(),
			invitationMailing.getSurvey(
			).getTitle(
				locale
			),
			invitationMailing.getSurvey(
			).isAnonymous(),
			invitationMailing.getCloseDate(),
			invitationMailing.getAnswerPageURL(), invitationMailing.getToken(),
			invitationMailing.isReminder());

		long companyId = invitationMailing.getCompanyId();

		InternetAddress from = new InternetAddress(
			_prefsProps.getString(
				companyId, PropsKeys.ADMIN_EMAIL_FROM_ADDRESS),
			_oneLine(
				_prefsProps.getString(
					companyId, PropsKeys.ADMIN_EMAIL_FROM_NAME)),
			StandardCharsets.UTF_8.name());
		InternetAddress to = new InternetAddress(
			user.getEmailAddress(), _oneLine(user.getFullName()),
			StandardCharsets.UTF_8.name());

		_mailService.sendEmail(
			new MailMessage(
				from, to, _oneLine(invitationMail.getSubject()),
				_renderer.render(invitationMail), true));
	}

	/**
	 * A header value on one line: a line break in a name or survey title would let it add headers of its own.
	 */
	private static String _oneLine(String text) {
		if (text == null) {
			return null;
		}

		return text.replaceAll(
			"[\\r\\n\\t\\u0085\\u2028\\u2029]+", " "
		).trim();
	}

	InvitationMails _invitationMails = new InvitationMails();

	@Reference
	private MailService _mailService;

	@Reference
	private PrefsProps _prefsProps;

	private final InvitationMailRenderer _renderer =
		new InvitationMailRenderer();

	@Reference
	private UserLocalService _userLocalService;

}
