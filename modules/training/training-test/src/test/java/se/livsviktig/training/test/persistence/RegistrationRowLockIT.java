package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import aQute.bnd.annotation.metatype.Configurable;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.LocaleUtil;

import java.time.Instant;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.StaleStateException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.CauseChain;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.RoundTripLog;
import se.livsviktig.platform.persistence.harness.RoundTripLog.RoundTrip;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.internal.registration.RegistrationIdReservation;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;

/**
 * What a person's registration sends to the database while it holds its session's row lock: in a rush every
 * other registration of the session waits for exactly that, so it must stay the seat change and the inserts.
 *
 * @author Livsviktig
 */
class RegistrationRowLockIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		_userId = _rows.newId();

		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.getEmailAddress()).thenReturn("rusning.forst@kommun.se");
		when(user.getFirstName()).thenReturn("Rusning");
		when(user.getFullName()).thenReturn("Rusning Först");
		when(user.getLocale()).thenReturn(LocaleUtil.fromLanguageId("sv_SE"));
		when(
			user.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(user.getUserId()).thenReturn(_userId);

		when(
			harness.portalService(
				UserLocalService.class
			).getUser(
				anyLong()
			)
		).thenReturn(
			user
		);

		when(
			harness.portalService(
				UserLocalService.class
			).fetchUser(
				anyLong()
			)
		).thenReturn(
			user
		);

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

		when(
			harness.portalService(
				OrganizationLocalService.class
			).getUserOrganizationIds(
				anyLong(), anyBoolean()
			)
		).thenReturn(
			new long[0]
		);

		// A course, method and date that exist, so the notice's deliveries write it in full after the commit.

		long groupId = _rows.newId();

		Course course = _rows.course(
			values -> {
				values.setCompanyId(_COMPANY_ID);
				values.setGroupId(groupId);
				values.setTitle(
					"<?xml version='1.0' encoding='UTF-8'?><root " +
						"available-locales=\"sv_SE\" default-locale=\"sv_SE\">" +
							"<Title language-id=\"sv_SE\">MHFA Vuxen</Title></root>");
			});
		TrainingMethod trainingMethod = _rows.trainingMethod(
			values -> {
				values.setCompanyId(_COMPANY_ID);
				values.setName(
					"<?xml version='1.0' encoding='UTF-8'?><root " +
						"available-locales=\"sv_SE\" default-locale=\"sv_SE\">" +
							"<Name language-id=\"sv_SE\">MHFA</Name></root>");
			});

		_courseSession = _rows.courseSession(
			courseSession -> {
				courseSession.setCompanyId(_COMPANY_ID);
				courseSession.setGroupId(groupId);
				courseSession.setCourseId(course.getCourseId());
				courseSession.setTrainingMethodId(
					trainingMethod.getTrainingMethodId());
				courseSession.setStatus(
					CourseSessionConstants.STATUS_PUBLISHED);
				courseSession.setSeats(10);
			});

		_rows.sessionDate(
			sessionDate -> {
				sessionDate.setCompanyId(_COMPANY_ID);
				sessionDate.setGroupId(groupId);
				sessionDate.setCourseSessionId(
					_courseSession.getCourseSessionId());
				sessionDate.setStartDate(
					Date.from(Instant.parse("2027-03-10T08:00:00Z")));
				sessionDate.setEndDate(
					Date.from(Instant.parse("2027-03-10T15:00:00Z")));
			});
	}

	@Test
	void underTheLockOnlyTheSeatChangesAndTheRowsAreInserted()
		throws Exception {

		List<RoundTrip> roundTrips = _register();

		int lockedAt = _lockedAt(roundTrips);
		int committedAt = _committedAt(roundTrips, lockedAt);

		// Same as the benchmark's raw-JDBC baseline (RawJdbcRegistration): the row, the session's counters, the
		// registration, its event, its notice's claim, the commit; nothing on a second connection in between (the
		// counter's own transaction, a claim of its own), no isolation check. The claim is the entity's own insert
		// (its key names the new registration, so nothing can have taken it). Hibernate sends the inserts and
		// the session's update in one flush at the commit, inserts first, as its action queue orders them.

		assertEquals(
			List.of(
				"#1 select LVTraining_CourseSession for update",
				"#1 insert LVTraining_Registration",
				"#1 insert LVTraining_RegistrationEvent",
				"#1 insert LVTraining_TrainingNotice",
				"#1 update LVTraining_CourseSession", "#1 COMMIT"),
			_describe(
				roundTrips.subList(lockedAt, committedAt + 1),
				roundTrips.get(lockedAt).connection()),
			roundTrips.toString());
	}

	@Test
	void aCoordinatorsEditReadBeforeARegistrationFailsOnTheRowsVersionAndTakesNoSeatBack()
		throws Exception {

		CourseSessionPersistence courseSessionPersistence = harness.get(
			CourseSessionPersistence.class);

		long courseSessionId = _courseSession.getCourseSessionId();

		CourseSession coordinatorsCopy = harness.inTransaction(
			() -> courseSessionPersistence.findByPrimaryKey(courseSessionId));

		harness.get(
			RegistrationLocalService.class
		).addRegistration(
			_userId, courseSessionId, 0, null, null, new ServiceContext()
		);

		// A coordinator's edit does not take the row's lock: what keeps it from writing the seat count it read
		// back over the registration's is the row's version, which the registration raised. It fails instead,
		// and the portal's retry reads the session again.

		coordinatorsCopy.setVenueName("Stadshuset, sal 3");

		Exception exception = assertThrows(
			Exception.class,
			() -> harness.runInTransaction(
				() -> courseSessionPersistence.update(coordinatorsCopy)));

		assertTrue(CauseChain.contains(exception, StaleStateException.class), exception.toString());

		CourseSession courseSession = harness.inTransaction(
			() -> courseSessionPersistence.findByPrimaryKey(courseSessionId));

		assertEquals(1, courseSession.getSeatsTaken());
		assertEquals(1, courseSession.getQueueSequence());
		assertEquals(coordinatorsCopy.getMvccVersion() + 1, courseSession.getMvccVersion());
		assertNotEquals("Stadshuset, sal 3", courseSession.getVenueName());
	}

	@Test
	void afterTheCommitTheNoticeGoesOutWithoutReadingTheRowsAgain()
		throws Exception {

		List<RoundTrip> roundTrips = _register();

		List<String> afterCommit = _describe(
			roundTrips.subList(
				_committedAt(roundTrips, _lockedAt(roundTrips)) + 1,
				roundTrips.size()),
			0);

		// The claim committed with the registration, so no transaction of its own follows, and the deliveries
		// write the notice from the registration and session as the transaction wrote them. (That they share one
		// content is NoticeContentIsWrittenOnceTest's: here, with the harness's portal doubles, writing the
		// content stops after reading the course and method, and each delivery tries again.)

		List<String> rereadOrClaimedAgain = new ArrayList<>();

		for (String roundTrip : afterCommit) {
			if (roundTrip.contains("LVTraining_Registration ") ||
				roundTrip.endsWith("LVTraining_Registration") ||
				roundTrip.contains("LVTraining_CourseSession") ||
				roundTrip.contains("LVTraining_TrainingNotice") ||
				roundTrip.contains("COMMIT") ||
				roundTrip.contains("SHOW TRANSACTION")) {

				rereadOrClaimedAgain.add(roundTrip);
			}
		}

		assertEquals(List.of(), rereadOrClaimedAgain, afterCommit.toString());
	}

	@Test
	void registrationsTakeOneCounterCallPerBlockOfIdsAndOneIsolationCheckEach()
		throws Exception {

		RegistrationLocalService registrationLocalService = harness.get(
			RegistrationLocalService.class);

		int registrations = RegistrationIdReservation.REGISTRATIONS_PER_BLOCK;

		long[] userIds = new long[registrations];

		for (int i = 0; i < registrations; i++) {
			userIds[i] = _rows.newId();
		}

		// As many registrations as one block of ids serves: whichever of them the block ends at, exactly one takes
		// the counter's own transaction for the next block.

		List<RoundTrip> roundTrips = RoundTripLog.record(
			() -> {
				for (long userId : userIds) {
					registrationLocalService.addRegistration(
						userId, _courseSession.getCourseSessionId(), 0,
						null, null, new ServiceContext());
				}

				return null;
			}
		).roundTrips();

		// Each transaction asks the driver for the isolation level, since the portal's transaction.isolation.portal
		// and .counter are 2 (read committed), not -1 (the database's default): the registrations' own and the one
		// counter call's.

		assertEquals(
			registrations + 1,
			roundTrips.stream(
			).filter(
				roundTrip -> roundTrip.sql(
				).startsWith(
					"SHOW TRANSACTION ISOLATION LEVEL"
				)
			).count(),
			roundTrips.toString());
		assertEquals(
			registrations + 1,
			roundTrips.stream(
			).filter(
				roundTrip -> roundTrip.sql(
				).equals(
					"COMMIT"
				)
			).count(),
			"the registrations' and one counter call's: " + roundTrips);
	}

	private static int _committedAt(List<RoundTrip> roundTrips, int lockedAt) {
		int connection = roundTrips.get(
			lockedAt
		).connection();

		for (int i = lockedAt; i < roundTrips.size(); i++) {
			RoundTrip roundTrip = roundTrips.get(i);

			if ((roundTrip.connection() == connection) &&
				roundTrip.sql(
				).equals(
					"COMMIT"
				)) {

				return i;
			}
		}

		throw new AssertionError("No commit after the lock: " + roundTrips);
	}

	/**
	 * Each round trip as "#n verb table", n = 1 for the given connection (the lock's) and 2 for any other; 0 to
	 * leave the connection out.
	 */
	private static List<String> _describe(
		List<RoundTrip> roundTrips, int lockConnection) {

		List<String> descriptions = new ArrayList<>();

		for (RoundTrip roundTrip : roundTrips) {
			String description = _describe(roundTrip.sql());

			if (lockConnection > 0) {
				description =
					((roundTrip.connection() == lockConnection) ? "#1 " :
						"#2 ") + description;
			}

			descriptions.add(description);
		}

		return descriptions;
	}

	private static String _describe(String sql) {
		Matcher matcher = _STATEMENT.matcher(sql);

		if (!matcher.find()) {
			return sql;
		}

		String verb = matcher.group(1).toLowerCase(Locale.ROOT);

		if (verb.equals("select")) {
			Matcher fromMatcher = _FROM.matcher(sql);

			String table = fromMatcher.find() ? fromMatcher.group(1) : "?";

			return "select " + table +
				(sql.toLowerCase(
					Locale.ROOT
				).contains(
					" for update"
				) ? " for update" : "");
		}

		return verb.replace(" into", "").replace(" from", "") + " " +
			matcher.group(2);
	}

	/**
	 * Where the session's row is locked. The counter's own transaction for a new block of ids (one registration in
	 * 32, before the lock, on another connection) locks the Counter row, which is not counted.
	 */
	private static int _lockedAt(List<RoundTrip> roundTrips) {
		int lockedAt = -1;

		for (int i = 0; i < roundTrips.size(); i++) {
			String sql = roundTrips.get(
				i
			).sql(
			).toLowerCase(
				Locale.ROOT
			);

			if (sql.contains(" for update") &&
				sql.contains("lvtraining_coursesession")) {

				assertEquals(-1, lockedAt, "one lock: " + roundTrips);

				lockedAt = i;
			}
		}

		if (lockedAt < 0) {
			throw new AssertionError("No row lock: " + roundTrips);
		}

		return lockedAt;
	}

	/**
	 * One person's registration on a session where another registered before (so the counter's range and
	 * Hibernate's first use are not in it), recorded.
	 */
	private List<RoundTrip> _register() throws Exception {
		RegistrationLocalService registrationLocalService = harness.get(
			RegistrationLocalService.class);

		registrationLocalService.addRegistration(
			_rows.newId(), _courseSession.getCourseSessionId(), 0, null, null,
			new ServiceContext());

		RoundTripLog.Recorded<Registration> recorded = RoundTripLog.record(
			() -> registrationLocalService.addRegistration(
				_userId, _courseSession.getCourseSessionId(), 0, null, null,
				new ServiceContext()));

		assertEquals(_userId, recorded.result().getUserId());

		return recorded.roundTrips();
	}

	private static final Pattern _FROM = Pattern.compile(
		"\\sfrom\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern _STATEMENT = Pattern.compile(
		"^\\s*(select|insert into|update|delete from)\\s+(\\w+)",
		Pattern.CASE_INSENSITIVE);

	private static final long _COMPANY_ID = 20099L;

	private CourseSession _courseSession;
	private final TrainingRows _rows = new TrainingRows(harness);
	private long _userId;

}
