package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.Race;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.DuplicateRegistrationException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * A double click: the same person's two requests to register arrive together. The check "already registered"
 * runs before the session's row lock (so the lock covers only the seat), so both requests can pass it before
 * either commits; the unique (courseSessionId, activeKey) index then refuses the second row. The person must
 * still be told "already registered" (DuplicateRegistrationException, which the page translates), not get a
 * database error, and only one registration may exist.
 *
 * <p>
 * The test makes the race certain instead of likely: it holds the session's row lock itself until both requests
 * wait for it, that is, until both have passed the check.
 * </p>
 *
 * @author Livsviktig
 */
class DoubleClickRegistrationIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		_userId = _rows.newId();

		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.getFullName()).thenReturn("Dubbel Klick");
		when(user.getUserId()).thenReturn(_userId);

		UserLocalService userLocalService = harness.portalService(
			UserLocalService.class);

		when(userLocalService.getUser(anyLong())).thenReturn(user);

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
				courseSession.setSeats(10);
			});
	}

	@Test
	void theSecondOfTwoSimultaneousRequestsIsToldAlreadyRegistered()
		throws Exception {

		RegistrationLocalService registrationLocalService = harness.get(
			RegistrationLocalService.class);

		long courseSessionId = _courseSession.getCourseSessionId();

		List<Race.Outcome<Registration>> outcomes;

		try (Connection connection = harness.pooledDataSource(
			).getConnection()) {

			connection.setAutoCommit(false);

			try (PreparedStatement preparedStatement =
					connection.prepareStatement(
						"select courseSessionId from " +
							"LVTraining_CourseSession where " +
								"courseSessionId = ? for update")) {

				preparedStatement.setLong(1, courseSessionId);
				preparedStatement.executeQuery(
				).close();
			}

			CompletableFuture<List<Race.Outcome<Registration>>> race =
				CompletableFuture.supplyAsync(
					() -> Race.run(
						2,
						click -> () -> registrationLocalService.addRegistration(
							_userId, courseSessionId, 0, null, null,
							new ServiceContext())));

			_awaitWaitersOnTheLock(connection, 1, race);

			// The first waiter shows in pg_stat_activity; give the second, started at the same barrier, time to
			// pass its checks too and queue behind it (PostgreSQL shows it as a tuple lock, not always at once).

			Thread.sleep(1000);

			connection.commit();

			outcomes = race.get();
		}

		List<Throwable> failures = outcomes.stream(
		).filter(
			outcome -> !outcome.succeeded()
		).map(
			Race.Outcome::failure
		).collect(
			Collectors.toList()
		);

		assertEquals(1, failures.size(), outcomes.toString());
		assertInstanceOf(
			DuplicateRegistrationException.class, failures.get(0),
			"the second click is told it is already registered");

		int rows = _rows.read(
			() -> harness.get(
				RegistrationPersistence.class
			).countByCS_U(
				courseSessionId, _userId
			));

		assertEquals(1, rows, "one registration");
	}

	/**
	 * Waits until the given number of other connections wait for a lock (PostgreSQL's pg_stat_activity), that
	 * is, have passed every check before the lock; fails if the requests end first.
	 */
	private static void _awaitWaitersOnTheLock(
			Connection connection, int waiters, CompletableFuture<?> race)
		throws Exception {

		long deadline = System.currentTimeMillis() + 10_000;

		while (System.currentTimeMillis() < deadline) {
			if (race.isDone()) {
				throw new AssertionError(
					"The requests ended before they waited for the session's " +
						"row lock: " + race.get());
			}

			try (PreparedStatement preparedStatement =
					connection.prepareStatement(
						"select count(*) from pg_stat_activity where " +
							"wait_event_type = 'Lock' and pid <> " +
								"pg_backend_pid()");
				ResultSet resultSet = preparedStatement.executeQuery()) {

				resultSet.next();

				if (resultSet.getInt(1) >= waiters) {
					return;
				}
			}

			Thread.sleep(20);
		}

		throw new AssertionError(
			"The requests never waited for the session's row lock");
	}

	private static final long _COMPANY_ID = 20098L;

	private CourseSession _courseSession;
	private final TrainingRows _rows = new TrainingRows(harness);
	private long _userId;

}
