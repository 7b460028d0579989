package se.livsviktig.instructor.internal.standing;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.module.configuration.ConfigurationException;

import java.time.Clock;
import java.time.Instant;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.configuration.LicenceStandingConfiguration;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.instructor.standing.LicenceStandingLocalService;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.model.TrainingMethodTable;
import se.livsviktig.training.service.SessionInstructorLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.spi.InstructorStanding;
import se.livsviktig.training.staffing.DeliveredSessionEnd;

/**
 * Three statements whatever the number of instructors: the company's active certifications, the rules of the
 * methods they are for, and training's sessions delivered by end date since the longest period began; then
 * {@link LicenceStandingCalculator} per instructor and method, in memory. One holder's standings are the same
 * three statements, the certifications and the sessions filtered to them.
 *
 * @author Livsviktig
 */
@Component(
	service = {LicenceStandingLocalService.class, LicenceStandingsAsOf.class}
)
public class LicenceStandingLocalServiceImpl
	implements LicenceStandingLocalService, LicenceStandingsAsOf {

	@Override
	public List<LicenceStanding> getHolderLicenceStandings(
		long companyId, long holderUserId) {

		if (holderUserId <= 0) {
			return new ArrayList<>();
		}

		return _licenceStandings(companyId, holderUserId, 0, null);
	}

	@Override
	public List<LicenceStanding> getLicenceStandings(long companyId) {
		return getLicenceStandings(companyId, 0, null);
	}

	@Override
	public List<LicenceStanding> getLicenceStandings(
		long companyId, long trainingMethodId, InstructorStanding standing) {

		return _licenceStandings(companyId, 0, trainingMethodId, standing);
	}

	/**
	 * The standings as the app gave them at the moment: the certifications that were active then (active now, or
	 * lapsed or revoked after it) and the sessions delivered up to it, by the same rule as today's.
	 */
	@Override
	public List<LicenceStanding> getLicenceStandingsAsOf(
		long companyId, Instant asOf) {

		return _licenceStandings(
			companyId, 0, 0,
			_certificationLocalService.dslQuery(
				new CertificationsAsOfQuery(
					companyId, Date.from(asOf)
				).selectActive()),
			asOf, null);
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	/**
	 * @param holderUserId one holder's standings, or 0 for every holder's
	 */
	private List<LicenceStanding> _licenceStandings(
		long companyId, long holderUserId, long trainingMethodId,
		InstructorStanding standing) {

		return _licenceStandings(
			companyId, holderUserId, trainingMethodId,
			_certificationLocalService.dslQuery(
				new ActiveCertificationsQuery(
					companyId, trainingMethodId, holderUserId
				).select()),
			_clock.instant(), standing);
	}

	/**
	 * @param trainingMethodId the one method the certifications are for, or 0 for any
	 * @param certifications the active certifications whose holders and methods get a standing
	 * @param now the moment the standings are for
	 */
	private List<LicenceStanding> _licenceStandings(
		long companyId, long holderUserId, long trainingMethodId,
		List<Certification> certifications, Instant now,
		InstructorStanding standing) {

		Map<Key, List<CertificationPeriod>> certificationPeriods =
			_certificationPeriods(certifications);

		if (certificationPeriods.isEmpty()) {
			return new ArrayList<>();
		}

		Map<Long, TrainingMethod> trainingMethods = _trainingMethods(
			companyId, trainingMethodId);

		Map<Key, List<Instant>> sessionEnds = _sessionEnds(
			companyId, holderUserId, now, trainingMethods);

		LicenceStandingCalculator licenceStandingCalculator =
			new LicenceStandingCalculator(
				now, _configuration(companyId).atRiskWarningDays());

		List<LicenceStanding> licenceStandings = new ArrayList<>();

		for (Map.Entry<Key, List<CertificationPeriod>> entry :
				certificationPeriods.entrySet()) {

			Key key = entry.getKey();

			TrainingMethod trainingMethod = trainingMethods.get(
				key.trainingMethodId);

			int sessionsRequired = 0;
			int periodMonths = 0;

			// A certification for a method since deleted follows the certification only

			if (trainingMethod != null) {
				sessionsRequired = trainingMethod.getLicenceSessionsRequired();
				periodMonths = trainingMethod.getLicencePeriodMonths();
			}

			LicenceStanding licenceStanding =
				licenceStandingCalculator.calculate(
					key.userId, key.trainingMethodId, sessionsRequired,
					periodMonths, entry.getValue(),
					sessionEnds.getOrDefault(key, new ArrayList<>()));

			if ((standing == null) ||
				(licenceStanding.getStanding() == standing)) {

				licenceStandings.add(licenceStanding);
			}
		}

		return licenceStandings;
	}

	/**
	 * @return the periods of the active certifications per holder and method, ordered by holder and method
	 */
	private Map<Key, List<CertificationPeriod>> _certificationPeriods(
		List<Certification> certifications) {

		Map<Key, List<CertificationPeriod>> certificationPeriods =
			new TreeMap<>();

		for (Certification certification : certifications) {
			certificationPeriods.computeIfAbsent(
				new Key(
					certification.getHolderUserId(),
					certification.getTrainingMethodId()),
				key -> new ArrayList<>()
			).add(
				new CertificationPeriod(
					certification.getCertifiedDate().toInstant(),
					_instant(certification.getValidUntil()))
			);
		}

		return certificationPeriods;
	}

	private LicenceStandingConfiguration _configuration(long companyId) {
		try {
			return _configurationProvider.getCompanyConfiguration(
				LicenceStandingConfiguration.class, companyId);
		}
		catch (ConfigurationException configurationException) {
			throw new SystemException(configurationException);
		}
	}

	/**
	 * @return training's one GROUP BY, for the company or filtered to one holder
	 */
	private List<DeliveredSessionEnd> _deliveredSessionEnds(
		long companyId, long holderUserId, Date from, Date to) {

		if (holderUserId > 0) {
			return _sessionInstructorLocalService.getDeliveredSessionEnds(
				companyId, holderUserId, from, to);
		}

		return _sessionInstructorLocalService.getDeliveredSessionEnds(
			companyId, from, to);
	}

	private static Instant _instant(Date date) {
		if (date == null) {
			return null;
		}

		return date.toInstant();
	}

	/**
	 * @return each instructor's delivered sessions per method, one end per session, since the longest period of
	 *         the methods began (a shorter period's calculator ignores what lies before its own)
	 */
	private Map<Key, List<Instant>> _sessionEnds(
		long companyId, long holderUserId, Instant now,
		Map<Long, TrainingMethod> trainingMethods) {

		int longestPeriodMonths = 0;

		for (TrainingMethod trainingMethod : trainingMethods.values()) {
			if (trainingMethod.getLicenceSessionsRequired() > 0) {
				longestPeriodMonths = Math.max(
					longestPeriodMonths, trainingMethod.getLicencePeriodMonths());
			}
		}

		Map<Key, List<Instant>> sessionEnds = new HashMap<>();

		if (longestPeriodMonths == 0) {
			return sessionEnds;
		}

		Date from = Date.from(
			LicenceStandingCalculator.periodStart(now, longestPeriodMonths));

		for (DeliveredSessionEnd deliveredSessionEnd :
				_deliveredSessionEnds(
					companyId, holderUserId, from, Date.from(now))) {

			List<Instant> ends = sessionEnds.computeIfAbsent(
				new Key(
					deliveredSessionEnd.getUserId(),
					deliveredSessionEnd.getTrainingMethodId()),
				key -> new ArrayList<>());

			for (int i = 0; i < deliveredSessionEnd.getSessionCount(); i++) {
				ends.add(deliveredSessionEnd.getEndDate().toInstant());
			}
		}

		return sessionEnds;
	}

	private Map<Long, TrainingMethod> _trainingMethods(
		long companyId, long trainingMethodId) {

		TrainingMethodTable trainingMethodTable = TrainingMethodTable.INSTANCE;

		Predicate predicate = trainingMethodTable.companyId.eq(companyId);

		if (trainingMethodId > 0) {
			predicate = predicate.and(
				trainingMethodTable.trainingMethodId.eq(trainingMethodId));
		}

		List<TrainingMethod> trainingMethods =
			_trainingMethodLocalService.dslQuery(
				DSLQueryFactoryUtil.select(
					trainingMethodTable
				).from(
					trainingMethodTable
				).where(
					predicate
				));

		Map<Long, TrainingMethod> trainingMethodsById = new HashMap<>();

		for (TrainingMethod trainingMethod : trainingMethods) {
			trainingMethodsById.put(
				trainingMethod.getTrainingMethodId(), trainingMethod);
		}

		return trainingMethodsById;
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CertificationLocalService _certificationLocalService;

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private SessionInstructorLocalService _sessionInstructorLocalService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

	private static final class Key implements Comparable<Key> {

		@Override
		public int compareTo(Key key) {
			int compared = Long.compare(userId, key.userId);

			if (compared != 0) {
				return compared;
			}

			return Long.compare(trainingMethodId, key.trainingMethodId);
		}

		@Override
		public boolean equals(Object object) {
			if (!(object instanceof Key)) {
				return false;
			}

			Key key = (Key)object;

			if ((userId == key.userId) &&
				(trainingMethodId == key.trainingMethodId)) {

				return true;
			}

			return false;
		}

		@Override
		public int hashCode() {
			return Long.hashCode((userId * 31) + trainingMethodId);
		}

		private Key(long userId, long trainingMethodId) {
			this.userId = userId;
			this.trainingMethodId = trainingMethodId;
		}

		private final long trainingMethodId;
		private final long userId;

	}

}
