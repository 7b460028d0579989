package se.livsviktig.instructor.internal.staffing;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserTable;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.internal.qualification.CertificationValidity;
import se.livsviktig.instructor.internal.standing.ActiveCertificationsQuery;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.instructor.standing.LicenceStandingLocalService;
import se.livsviktig.training.service.SessionInstructorLocalService;
import se.livsviktig.training.spi.InstructorCandidate;
import se.livsviktig.training.spi.InstructorCandidateProvider;
import se.livsviktig.training.spi.InstructorStanding;
import se.livsviktig.training.staffing.DeliveredSessionCount;

/**
 * Training's staffing list, from certifications: the active users certified for the session's method on every
 * one of its dates (as the qualification check decides), leaving out whoever training says cannot be asked
 * (already asked for the session, or invited to or teaching another session at an overlapping time), each with
 * their licence standing and the sessions of the method they delivered this calendar year (UTC). A constant
 * number of statements whatever the number of instructors.
 *
 * <p>
 * Recommended first: those at risk (a session now keeps their licence), then those in good standing, then those
 * whose upkeep lapsed; within each, those who delivered fewer sessions this year, then by name.
 * </p>
 *
 * @author Livsviktig
 */
@Component(service = InstructorCandidateProvider.class)
public class CertifiedInstructorCandidateProvider
	implements InstructorCandidateProvider {

	@Override
	public List<InstructorCandidate> getCandidates(
		long companyId, long courseSessionId, long trainingMethodId,
		List<Date> dates) {

		Map<Long, List<Certification>> certificationsByHolder =
			_certificationsByHolder(companyId, trainingMethodId);

		Set<Long> unavailableUserIds = new HashSet<>(
			_sessionInstructorLocalService.getUnavailableInstructorUserIds(
				companyId, courseSessionId, dates));

		List<Long> qualifiedUserIds = new ArrayList<>();

		for (Map.Entry<Long, List<Certification>> entry :
				certificationsByHolder.entrySet()) {

			if (unavailableUserIds.contains(entry.getKey())) {
				continue;
			}

			CertificationValidity certificationValidity =
				new CertificationValidity(entry.getValue());

			if (certificationValidity.getFirstUncoveredDate(dates) == null) {
				qualifiedUserIds.add(entry.getKey());
			}
		}

		if (qualifiedUserIds.isEmpty()) {
			return new ArrayList<>();
		}

		Map<Long, User> activeUsers = _activeUsers(companyId, qualifiedUserIds);
		Map<Long, InstructorStanding> standings = _standings(
			companyId, trainingMethodId);
		Map<Long, Integer> deliveredThisYear = _deliveredThisYear(
			companyId, trainingMethodId);

		List<InstructorCandidate> instructorCandidates = new ArrayList<>();

		for (long userId : qualifiedUserIds) {
			User user = activeUsers.get(userId);

			if (user == null) {
				continue;
			}

			instructorCandidates.add(
				new InstructorCandidate(
					userId, user.getFullName(),
					standings.getOrDefault(userId, InstructorStanding.LAPSED),
					deliveredThisYear.getOrDefault(userId, 0)));
		}

		instructorCandidates.sort(_RECOMMENDED_FIRST);

		return instructorCandidates;
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	/**
	 * @return the users among these that belong to the company and are active, from one statement
	 */
	private Map<Long, User> _activeUsers(long companyId, List<Long> userIds) {
		UserTable userTable = UserTable.INSTANCE;

		List<User> users = _userLocalService.dslQuery(
			DSLQueryFactoryUtil.select(
				userTable
			).from(
				userTable
			).where(
				userTable.companyId.eq(
					companyId
				).and(
					userTable.status.eq(WorkflowConstants.STATUS_APPROVED)
				).and(
					userTable.userId.in(userIds.toArray(new Long[0]))
				)
			));

		Map<Long, User> activeUsers = new HashMap<>();

		for (User user : users) {
			activeUsers.put(user.getUserId(), user);
		}

		return activeUsers;
	}

	private Map<Long, List<Certification>> _certificationsByHolder(
		long companyId, long trainingMethodId) {

		List<Certification> certifications =
			_certificationLocalService.dslQuery(
				new ActiveCertificationsQuery(
					companyId, trainingMethodId
				).select());

		Map<Long, List<Certification>> certificationsByHolder =
			new HashMap<>();

		for (Certification certification : certifications) {
			certificationsByHolder.computeIfAbsent(
				certification.getHolderUserId(), userId -> new ArrayList<>()
			).add(
				certification
			);
		}

		return certificationsByHolder;
	}

	private Map<Long, Integer> _deliveredThisYear(
		long companyId, long trainingMethodId) {

		Instant now = _clock.instant();

		Instant startOfYear = now.atZone(
			ZoneOffset.UTC
		).withDayOfYear(
			1
		).toLocalDate(
		).atStartOfDay(
			ZoneOffset.UTC
		).toInstant();

		Map<Long, Integer> deliveredThisYear = new HashMap<>();

		for (DeliveredSessionCount deliveredSessionCount :
				_sessionInstructorLocalService.getDeliveredSessionCounts(
					companyId, Date.from(startOfYear), Date.from(now))) {

			if (deliveredSessionCount.getTrainingMethodId() ==
					trainingMethodId) {

				deliveredThisYear.put(
					deliveredSessionCount.getUserId(),
					deliveredSessionCount.getSessionCount());
			}
		}

		return deliveredThisYear;
	}

	private Map<Long, InstructorStanding> _standings(
		long companyId, long trainingMethodId) {

		Map<Long, InstructorStanding> standings = new HashMap<>();

		for (LicenceStanding licenceStanding :
				_licenceStandingLocalService.getLicenceStandings(
					companyId, trainingMethodId, null)) {

			standings.put(
				licenceStanding.getUserId(), licenceStanding.getStanding());
		}

		return standings;
	}

	private static final Comparator<InstructorCandidate> _RECOMMENDED_FIRST =
		Comparator.comparingInt(
			(InstructorCandidate instructorCandidate) -> _rank(
				instructorCandidate.getStanding())
		).thenComparingInt(
			InstructorCandidate::getSessionsDeliveredThisYear
		).thenComparing(
			InstructorCandidate::getFullName,
			Comparator.nullsLast(Comparator.naturalOrder())
		).thenComparingLong(
			InstructorCandidate::getUserId
		);

	private static int _rank(InstructorStanding instructorStanding) {
		switch (instructorStanding) {
			case AT_RISK:
				return 0;
			case OK:
				return 1;
			default:
				return 2;
		}
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CertificationLocalService _certificationLocalService;

	@Reference
	private LicenceStandingLocalService _licenceStandingLocalService;

	@Reference
	private SessionInstructorLocalService _sessionInstructorLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
