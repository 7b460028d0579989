package se.livsviktig.instructor.internal.notice;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.time.Clock;
import java.time.Instant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.configuration.CertificationNoticeConfiguration;
import se.livsviktig.instructor.configuration.LicenceStandingConfiguration;
import se.livsviktig.instructor.internal.standing.ActiveCertificationsQuery;
import se.livsviktig.instructor.internal.standing.CertificationPeriod;
import se.livsviktig.instructor.internal.standing.CertificationRun;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.service.InstructorNoticeLocalService;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.instructor.standing.LicenceStandingLocalService;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * The job's step that tells instructors when their licence for a method becomes at risk or lapses
 * ({@link LicenceStandingNoticeRule}). Per company a constant number of statements, whatever the number of
 * instructors: the standings (LicenceStandingLocalService's own three), the active certifications and the
 * standing notices sent. Each notice is claimed under the certification that starts the holder's current run of
 * certifications, which every node picks alike, so the claim's unique index lets one node send it once.
 *
 * @author Livsviktig
 */
@Component(service = LicenceStandingNotices.class)
public class LicenceStandingNotices {

	/**
	 * @return how many notices this run sent
	 */
	public int sendDue() throws Exception {
		Instant now = _clock.instant();

		int[] sent = {0};

		_companyLocalService.forEachCompanyId(
			companyId -> sent[0] += _sendDue(companyId, now));

		return sent[0];
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	private static String _key(long userId, long trainingMethodId) {
		return userId + "/" + trainingMethodId;
	}

	private Map<String, List<Certification>> _activeCertifications(
		long companyId) {

		Map<String, List<Certification>> activeCertifications = new HashMap<>();

		List<Certification> certifications =
			_certificationLocalService.dslQuery(
				new ActiveCertificationsQuery(
					companyId, 0
				).select());

		for (Certification certification : certifications) {
			activeCertifications.computeIfAbsent(
				_key(
					certification.getHolderUserId(),
					certification.getTrainingMethodId()),
				key -> new ArrayList<>()
			).add(
				certification
			);
		}

		return activeCertifications;
	}

	/**
	 * @return the certification that starts the run, the earliest certified (then the lowest id) when several do
	 */
	private static Certification _firstOfRun(
		List<Certification> certifications, CertificationRun certificationRun) {

		return certifications.stream(
		).filter(
			certification -> certification.getCertifiedDate(
			).toInstant(
			).equals(
				certificationRun.getStart()
			)
		).min(
			Comparator.comparingLong(Certification::getCertificationId)
		).orElse(
			null
		);
	}

	private int _sendDue(long companyId, Instant now) throws Exception {
		CertificationNoticeConfiguration certificationNoticeConfiguration =
			_configurationProvider.getCompanyConfiguration(
				CertificationNoticeConfiguration.class, companyId);

		if (!certificationNoticeConfiguration.licenceStandingNotices()) {
			return 0;
		}

		List<LicenceStanding> notOk = new ArrayList<>();

		for (LicenceStanding licenceStanding :
				_licenceStandingLocalService.getLicenceStandings(companyId)) {

			if (licenceStanding.getStanding() != InstructorStanding.OK) {
				notOk.add(licenceStanding);
			}
		}

		if (notOk.isEmpty()) {
			return 0;
		}

		LicenceStandingConfiguration licenceStandingConfiguration =
			_configurationProvider.getCompanyConfiguration(
				LicenceStandingConfiguration.class, companyId);

		LicenceStandingNoticeRule licenceStandingNoticeRule =
			new LicenceStandingNoticeRule(
				now, licenceStandingConfiguration.atRiskWarningDays());

		Map<String, List<Certification>> activeCertifications =
			_activeCertifications(companyId);
		Map<Long, Set<String>> sentKinds = _sentKinds(companyId);

		int sent = 0;

		for (LicenceStanding licenceStanding : notOk) {
			List<Certification> certifications = activeCertifications.get(
				_key(
					licenceStanding.getUserId(),
					licenceStanding.getTrainingMethodId()));

			if (certifications == null) {
				continue;
			}

			CertificationRun certificationRun = CertificationRun.covering(
				now, _periods(certifications));

			String noticeKind = licenceStandingNoticeRule.noticeKindFor(
				licenceStanding, certificationRun,
				sentKinds.getOrDefault(
					licenceStanding.getUserId(), new HashSet<>()));

			if (noticeKind == null) {
				continue;
			}

			Certification certification = _firstOfRun(
				certifications, certificationRun);

			if ((certification != null) &&
				_certificationNoticeDispatcher.dispatch(
					new CertificationNotice(
						certification, noticeKind,
						licenceStanding.getDeadline(),
						licenceStanding.getSessionsStillNeeded()))) {

				sent++;
			}
		}

		return sent;
	}

	private static List<CertificationPeriod> _periods(
		List<Certification> certifications) {

		List<CertificationPeriod> certificationPeriods = new ArrayList<>();

		for (Certification certification : certifications) {
			Instant validUntil = null;

			if (certification.getValidUntil() != null) {
				validUntil = certification.getValidUntil(
				).toInstant();
			}

			certificationPeriods.add(
				new CertificationPeriod(
					certification.getCertifiedDate(
					).toInstant(),
					validUntil));
		}

		return certificationPeriods;
	}

	private Map<Long, Set<String>> _sentKinds(long companyId) {
		Map<Long, Set<String>> sentKinds = new HashMap<>();

		List<InstructorNotice> instructorNotices =
			_instructorNoticeLocalService.dslQuery(
				new SentLicenceStandingNotices(
					companyId
				).select());

		for (InstructorNotice instructorNotice : instructorNotices) {
			sentKinds.computeIfAbsent(
				instructorNotice.getUserId(), userId -> new HashSet<>()
			).add(
				instructorNotice.getNoticeKind()
			);
		}

		return sentKinds;
	}

	@Reference
	private CertificationLocalService _certificationLocalService;

	@Reference
	private CertificationNoticeDispatcher _certificationNoticeDispatcher;

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private InstructorNoticeLocalService _instructorNoticeLocalService;

	@Reference
	private LicenceStandingLocalService _licenceStandingLocalService;

}
