package se.livsviktig.instructor.internal.notice;

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

import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Sends a certification notice to its holder as an HTML e-mail, in their language and time zone, through the
 * portal's mail service (which queues it), from the company's administrator address.
 *
 * @author Livsviktig
 */
@Component(service = CertificationNoticeDelivery.class)
public class EmailCertificationNoticeDelivery
	implements CertificationNoticeDelivery {

	@Override
	public void deliver(CertificationNotice certificationNotice)
		throws Exception {

		User holder = _userLocalService.getUser(
			certificationNotice.getHolderUserId());

		Locale locale = holder.getLocale();

		TrainingMethod trainingMethod =
			_trainingMethodLocalService.getTrainingMethod(
				certificationNotice.getTrainingMethodId());

		CertificationNoticeEmail email = _certificationNoticeEmails.compose(
			certificationNotice, holder, trainingMethod.getName(locale));

		long companyId = certificationNotice.getCompanyId();

		InternetAddress from = new InternetAddress(
			_prefsProps.getString(
				companyId, PropsKeys.ADMIN_EMAIL_FROM_ADDRESS),
			_oneLine(
				_prefsProps.getString(
					companyId, PropsKeys.ADMIN_EMAIL_FROM_NAME)),
			StandardCharsets.UTF_8.name());
		InternetAddress to = new InternetAddress(
			holder.getEmailAddress(), _oneLine(holder.getFullName()),
			StandardCharsets.UTF_8.name());

		_mailService.sendEmail(
			new MailMessage(
				from, to, _oneLine(email.getSubject()),
				_renderer.render(email), true));
	}

	/**
	 * A header value on one line: a line break in a name or method would let it add headers of its own.
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
	private MailService _mailService;

	@Reference
	private PrefsProps _prefsProps;

	private final CertificationNoticeEmailRenderer _renderer =
		new CertificationNoticeEmailRenderer();

	CertificationNoticeEmails _certificationNoticeEmails =
		new CertificationNoticeEmails(new CertificationNoticeTexts());

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
