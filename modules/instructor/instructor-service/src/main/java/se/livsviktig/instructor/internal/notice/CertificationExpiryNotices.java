package se.livsviktig.instructor.internal.notice;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.configuration.CertificationNoticeConfiguration;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationLocalService;

/**
 * The expiry job's step: for each company, the active certifications within reach of the furthest reminder (or
 * past their date) get the notice due today and, once their date has passed, are marked lapsed. Safe to run
 * again, at the same time on another node, or after a crash halfway: each notice is claimed in the database
 * before it goes out, and a certification is marked lapsed only after its lapse notice was claimed, so a run that
 * stopped between the two finds it active again and only marks it.
 *
 * @author Livsviktig
 */
@Component(service = CertificationExpiryNotices.class)
public class CertificationExpiryNotices {

	/**
	 * @return how many notices this run sent and certifications it marked lapsed
	 */
	public int sendDue() throws Exception {
		Instant now = _clock.instant();

		int[] handled = {0};

		_companyLocalService.forEachCompanyId(
			companyId -> handled[0] += _sendDue(companyId, now));

		return handled[0];
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private boolean _lapse(Certification certification) {
		try {
			_certificationLocalService.lapseCertification(
				certification.getCertificationId());

			return true;
		}
		catch (Exception exception) {

			// Another node marked it first, or a coordinator revoked it meanwhile: the next run sees its state

			if (_log.isWarnEnabled()) {
				_log.warn(
					"Unable to mark certification " +
						certification.getCertificationId() + " lapsed",
					exception);
			}

			return false;
		}
	}

	private int _sendDue(long companyId, Instant now) throws Exception {
		CertificationNoticeConfiguration certificationNoticeConfiguration =
			_configurationProvider.getCompanyConfiguration(
				CertificationNoticeConfiguration.class, companyId);

		CertificationExpiryRule certificationExpiryRule =
			new CertificationExpiryRule(
				certificationNoticeConfiguration.expiryReminderDays(),
				certificationNoticeConfiguration.lapsedNoticeWithinDays());

		int handled = 0;

		for (Certification certification :
				_certificationLocalService.getActiveCertificationsValidUntilBy(
					companyId,
					Date.from(now.plus(certificationExpiryRule.getHorizon())))) {

			// One read per certification near its date: a handful a day, and the renewal rule reads like this

			boolean renewed = CertificationRenewals.isRenewed(
				certification,
				_certificationLocalService.getActiveCertifications(
					companyId, certification.getHolderUserId(),
					certification.getTrainingMethodId()));

			ExpiryStep expiryStep = certificationExpiryRule.stepFor(
				certification, renewed, now);

			if ((expiryStep.getNoticeKind() != null) &&
				_certificationNoticeDispatcher.dispatch(
					new CertificationNotice(
						certification, expiryStep.getNoticeKind()))) {

				handled++;
			}

			if (expiryStep.isLapse() && _lapse(certification)) {
				handled++;
			}
		}

		return handled;
	}

	private static final Log _log = LogFactoryUtil.getLog(
		CertificationExpiryNotices.class);

	@Reference
	private CertificationLocalService _certificationLocalService;

	@Reference
	private CertificationNoticeDispatcher _certificationNoticeDispatcher;

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private ConfigurationProvider _configurationProvider;

}
