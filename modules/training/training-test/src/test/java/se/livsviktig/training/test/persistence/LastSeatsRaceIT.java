package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import aQute.bnd.annotation.metatype.Configurable;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.Race;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * The rule "seats are never exceeded" on the real stack: 200 people press "Anmäl" on a session with 20 seats at
 * the same moment, through RegistrationLocalService as the portal wraps it (transaction, MVCC on the session row,
 * the portal's RetryAdvice). Exactly 20 get a seat, 180 wait in the order their registrations committed, nobody
 * is lost or registered twice.
 *
 * @author Livsviktig
 */
class LastSeatsRaceIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		UserLocalService userLocalService = harness.portalService(
			UserLocalService.class);

		for (int i = 0; i < _PEOPLE; i++) {
			long userId = _rows.newId();

			User user = mock(User.class);

			when(user.getCompanyId()).thenReturn(_COMPANY_ID);
			when(user.getFullName()).thenReturn("Medarbetare " + i);
			when(user.getUserId()).thenReturn(userId);

			_users.put(userId, user);
		}

		when(
			userLocalService.getUser(anyLong())
		).thenAnswer(
			invocation -> _users.get(invocation.getArgument(0, Long.class))
		);

		// The registrant's sex is read from the company's settings before the lock, as the portal's provider
		// gives them (never null)

		when(
			harness.portalService(
				ConfigurationProvider.class
			).getCompanyConfiguration(
				TrainingCompanyConfiguration.class, _COMPANY_ID
			)
		).thenReturn(
			Configurable.createConfigurable(
				TrainingCompanyConfiguration.class, new HashMap<>())
		);

		OrganizationLocalService organizationLocalService =
			harness.portalService(OrganizationLocalService.class);

		when(
			organizationLocalService.getUserOrganizationIds(
				anyLong(), anyBoolean())
		).thenReturn(
			new long[0]
		);

		_courseSession = _rows.courseSession(
			courseSession -> {
				courseSession.setCompanyId(_COMPANY_ID);
				courseSession.setGroupId(_rows.newId());
				courseSession.setCourseId(_rows.newId());
				courseSession.setTrainingMethodId(_rows.newId());
				courseSession.setStatus(
					CourseSessionConstants.STATUS_PUBLISHED);
				courseSession.setSeats(_SEATS);
			});
	}

	@Test
	void twoHundredPeopleForTwentySeatsGiveTwentyConfirmedAndOneHundredEightyWaitingInOrder()
		throws Exception {

		RegistrationLocalService registrationLocalService = harness.get(
			RegistrationLocalService.class);

		List<Long> userIds = new ArrayList<>(_users.keySet());

		List<Race.Outcome<Registration>> outcomes = Race.run(
			_PEOPLE,
			person -> () -> registrationLocalService.addRegistration(
				userIds.get(person), _courseSession.getCourseSessionId(), 0,
				null, null, new ServiceContext()));

		List<Throwable> failures = outcomes.stream(
		).filter(
			outcome -> !outcome.succeeded()
		).map(
			Race.Outcome::failure
		).collect(
			Collectors.toList()
		);

		assertTrue(failures.isEmpty(), "Lost registrations: " + failures);

		List<Registration> registrations = _rows.read(
			() -> harness.get(
				RegistrationPersistence.class
			).findByCourseSessionId(
				_courseSession.getCourseSessionId()
			));
		CourseSession courseSession = _rows.read(
			() -> harness.get(
				CourseSessionPersistence.class
			).findByPrimaryKey(
				_courseSession.getCourseSessionId()
			));

		List<Long> confirmedQueueNumbers = _queueNumbers(
			registrations, RegistrationConstants.STATUS_CONFIRMED);
		List<Long> waitlistedQueueNumbers = _queueNumbers(
			registrations, RegistrationConstants.STATUS_WAITLISTED);

		Set<Long> registeredUserIds = new HashSet<>();

		for (Registration registration : registrations) {
			registeredUserIds.add(registration.getUserId());
		}

		assertAll(
			() -> assertEquals(_PEOPLE, registrations.size(), "rows"),
			() -> assertEquals(
				_users.keySet(), registeredUserIds,
				"each person exactly once"),
			() -> assertEquals(
				_range(1, _SEATS), confirmedQueueNumbers,
				"the first twenty in the queue have the seats"),
			() -> assertEquals(
				_range(_SEATS + 1, _PEOPLE), waitlistedQueueNumbers,
				"the rest wait in queue order"),
			() -> assertEquals(_SEATS, courseSession.getSeatsTaken()),
			() -> assertEquals(
				_PEOPLE - _SEATS, courseSession.getWaitlistedCount()),
			() -> assertEquals(_PEOPLE, courseSession.getQueueSequence()));
	}

	private static List<Long> _queueNumbers(
		List<Registration> registrations, int status) {

		return registrations.stream(
		).filter(
			registration -> registration.getStatus() == status
		).map(
			Registration::getQueueNumber
		).sorted(
		).collect(
			Collectors.toList()
		);
	}

	private static List<Long> _range(long first, long last) {
		List<Long> numbers = new ArrayList<>();

		for (long number = first; number <= last; number++) {
			numbers.add(number);
		}

		return numbers;
	}

	private static final long _COMPANY_ID = 20_097;

	private static final int _PEOPLE = 200;

	private static final int _SEATS = 20;

	private CourseSession _courseSession;
	private final TrainingRows _rows = new TrainingRows(harness);
	private final Map<Long, User> _users = new HashMap<>();

}
