package se.livsviktig.benchmarks.registration;

import aQute.bnd.annotation.metatype.Configurable;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.json.JSONObjectImpl;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.lang.reflect.Proxy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.mail.Session;

import se.livsviktig.platform.db.harness.DatabaseServers;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.persistence.CoursePersistence;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionDatePersistence;
import se.livsviktig.training.service.persistence.TrainingMethodPersistence;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The registration rush of LastSeatsRaceIT at the size of a popular course opening: 1,000 people press "Anmäl" at
 * the same moment for one session with 100 seats, through RegistrationLocalService as the portal wraps it
 * (transaction, the session's row locked, the portal's RetryAdvice) on real PostgreSQL. The requests are queued
 * together and served by {@link #_IN_FLIGHT} request threads, as requests wait for the portal's request threads
 * (why: see there).
 * Measures the wall time from the moment the threads are released to the last registration's return, and checks
 * the outcome as the test does: exits with 1 if any count is wrong or any registration failed.
 *
 * <p>
 * Beside the product, in the same JVM, on the same pool and PostgreSQL, with the same threads and in-flight limit,
 * a raw-JDBC transaction doing the same writes under the same row lock ({@link RawJdbcRegistration}): the ratio of
 * the two is the figure to read, since the machine's load moves both. {@link #_WARM_UP_ROUNDS} full rounds of each
 * first, then {@link #_MEASURED_ROUNDS} of each, alternating, each on a fresh session; the medians and their ratio.
 * </p>
 *
 * @author Livsviktig
 */
public final class RegistrationRushBenchmark {

	public static void main(String[] args) throws Exception {

		// The harness's SystemBundleProvider asks which tier this JVM is; without -D it is this one.

		if (System.getProperty("livsviktig.tier") == null) {
			System.setProperty("livsviktig.tier", "persistence");
		}

		// The portal serves entities and finder results from its caches (on by default), transactionally: so does
		// the harness here (InMemoryPortalCaches). -Dlivsviktig.harness.caches=false measures with caches that
		// always miss, as before 2026-12-07.

		if (System.getProperty("livsviktig.harness.caches") == null) {
			System.setProperty("livsviktig.harness.caches", "true");
		}

		boolean allCorrect = true;

		try {
			RegistrationRushBenchmark benchmark = new RegistrationRushBenchmark();

			benchmark._setUp();

			Contender product = benchmark._product();
			Contender baseline = benchmark._baseline();

			// Warm-up: full-size rounds of both, alternating, so class loading, the JIT of both paths, the pool's
			// growth to its in-flight size and PostgreSQL's caches are behind us before anything is measured. One
			// small round (the old warm-up) left the product at 0.35 of the baseline instead of 0.46.

			for (int i = 0; i < _WARM_UP_ROUNDS; i++) {
				allCorrect &= _print("warm-up " + (i + 1) + " " + product.name, benchmark._round(product, _PEOPLE, _SEATS));
				allCorrect &= _print(
					"warm-up " + (i + 1) + " " + baseline.name, benchmark._round(baseline, _PEOPLE, _SEATS));
			}

			long[] productNanos = new long[_MEASURED_ROUNDS];
			long[] baselineNanos = new long[_MEASURED_ROUNDS];

			// Measured rounds alternate too, so a change in the machine's load touches both alike.

			for (int i = 0; i < _MEASURED_ROUNDS; i++) {
				Round productRound = benchmark._round(product, _PEOPLE, _SEATS);

				allCorrect &= _print("round " + (i + 1) + " " + product.name, productRound);

				productNanos[i] = productRound.wallNanos;

				Round baselineRound = benchmark._round(baseline, _PEOPLE, _SEATS);

				allCorrect &= _print("round " + (i + 1) + " " + baseline.name, baselineRound);

				baselineNanos[i] = baselineRound.wallNanos;
			}

			double productPerSecond = _perSecond(_PEOPLE, _median(productNanos));
			double baselinePerSecond = _perSecond(_PEOPLE, _median(baselineNanos));

			System.out.println(
				String.format(
					Locale.ROOT,
					"median of %d rounds after %d warm-up rounds each: %d people (on %d request threads), %d " +
						"seats",
					_MEASURED_ROUNDS, _WARM_UP_ROUNDS, _PEOPLE, _IN_FLIGHT, _SEATS));
			System.out.println(
				String.format(
					Locale.ROOT, "  %-9s %.1f registrations/s (wall %d ms)", product.name, productPerSecond,
					_median(productNanos) / 1_000_000));
			System.out.println(
				String.format(
					Locale.ROOT, "  %-9s %.1f registrations/s (wall %d ms)", baseline.name, baselinePerSecond,
					_median(baselineNanos) / 1_000_000));
			System.out.println(
				String.format(
					Locale.ROOT, "  ratio product/baseline %.2f", productPerSecond / baselinePerSecond));
			System.out.println(
				"machine: " + Runtime.getRuntime().availableProcessors() + " processors, Java " +
					System.getProperty("java.version"));
			System.out.println(allCorrect ? "all counts correct" : "COUNTS WRONG: see the rounds above");
		}
		catch (Throwable throwable) {
			throwable.printStackTrace();

			allCorrect = false;
		}
		finally {
			DatabaseServers.stopAll();
		}

		System.exit(allCorrect ? 0 : 1);
	}

	private static double _perSecond(int registrations, long nanos) {
		return registrations * 1_000_000_000.0 / nanos;
	}

	private static long _median(long[] nanos) {
		long[] sorted = nanos.clone();

		Arrays.sort(sorted);

		return sorted[sorted.length / 2];
	}

	/**
	 * @return whether the round's counts were right
	 */
	private static boolean _print(String name, Round round) {
		System.out.println(
			String.format(
				Locale.ROOT,
				"%-18s people=%d inFlight=%d seats=%d wall=%d ms throughput=%.1f registrations/s rows=%d confirmed=%d " +
					"waitlisted=%d failures=%d seatsTaken=%d waitlistedCount=%d queueNumbers=%s%s",
				name, round.people, Math.min(_IN_FLIGHT, round.people), round.seats, round.wallNanos / 1_000_000,
				_perSecond(round.people, round.wallNanos), round.rows, round.confirmed, round.waitlisted,
				round.failures.size(), round.seatsTaken, round.waitlistedCount,
				round.queueNumbersInOrder ? "1.." + round.people : "WRONG",
				round.problems.isEmpty() ? "" : " PROBLEMS: " + round.problems));

		if (!round.failures.isEmpty()) {
			System.out.println("  first failure in full:");

			round.failures.get(0).printStackTrace(System.out);
		}

		int shown = 0;

		for (Throwable failure : round.failures) {
			if (shown++ == 3) {
				System.out.println("  ... and " + (round.failures.size() - 3) + " more failures");

				break;
			}

			System.out.println("  failure: " + failure);
		}

		return round.correct();
	}

	private RegistrationRushBenchmark() {
	}

	/**
	 * The raw-JDBC transaction (see RawJdbcRegistration) on the harness's own pool, with three ids a person from
	 * one counter call per round.
	 */
	private Contender _baseline() {
		RawJdbcRegistration rawJdbcRegistration = new RawJdbcRegistration(_harness.pooledDataSource());

		return new Contender("baseline") {

			@Override
			void prepare(int people) {
				int size = 3 * people;

				_firstId = _harness.counterLocalService().increment(_COUNTER_NAME, size) - size + 1;
			}

			@Override
			void register(long courseSessionId, long userId, int index) throws Exception {
				rawJdbcRegistration.register(
					_COMPANY_ID, courseSessionId, userId, "Medarbetare " + index, _firstId + (3L * index));
			}

			private long _firstId;

		};
	}

	private Contender _product() {
		RegistrationLocalService registrationLocalService = _harness.get(RegistrationLocalService.class);

		return new Contender("product") {

			@Override
			void register(long courseSessionId, long userId, int index) throws Exception {
				registrationLocalService.addRegistration(userId, courseSessionId, 0, null, null, new ServiceContext());
			}

		};
	}

	private long _newId() {
		return _harness.counterLocalService().increment();
	}

	/**
	 * One rush: a fresh published session, the given number of people released together, then the outcome read
	 * back in transactions of their own.
	 */
	private Round _round(Contender contender, int people, int seats) throws Exception {
		CourseSessionPersistence courseSessionPersistence = _harness.get(CourseSessionPersistence.class);

		long courseSessionId = _newId();

		_harness.inTransaction(
			() -> {
				CourseSession courseSession = courseSessionPersistence.create(courseSessionId);

				courseSession.setCompanyId(_COMPANY_ID);
				courseSession.setGroupId(_GROUP_ID);
				courseSession.setCourseId(_courseId);
				courseSession.setTrainingMethodId(_trainingMethodId);
				courseSession.setStatus(CourseSessionConstants.STATUS_PUBLISHED);
				courseSession.setSeats(seats);

				return courseSessionPersistence.update(courseSession);
			});

		// A date, so each notice is written in full after the commit (course, method, dates), as in the portal.

		_harness.inTransaction(
			() -> {
				SessionDate sessionDate = _harness.get(SessionDatePersistence.class).create(_newId());

				sessionDate.setCompanyId(_COMPANY_ID);
				sessionDate.setGroupId(_GROUP_ID);
				sessionDate.setCourseSessionId(courseSessionId);
				sessionDate.setStartDate(new Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(30)));
				sessionDate.setEndDate(
					new Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(30) + TimeUnit.HOURS.toMillis(7)));

				return _harness.get(SessionDatePersistence.class).update(sessionDate);
			});

		contender.prepare(people);

		List<Long> userIds = _userIds.subList(0, people);

		AtomicLong lastDoneAt = new AtomicLong();

		ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

		CountDownLatch done = new CountDownLatch(people);

		List<Runnable> requests = new ArrayList<>();

		for (int i = 0; i < people; i++) {
			long userId = userIds.get(i);
			int index = i;

			requests.add(
				() -> {
					try {
						contender.register(courseSessionId, userId, index);
					}
					catch (Throwable throwable) {
						failures.add(throwable);
					}
					finally {
						lastDoneAt.accumulateAndGet(System.nanoTime(), Math::max);

						done.countDown();
					}
				});
		}

		// Everyone presses "Anmäl" at once: all requests are queued together, in order, and the request threads
		// take them first come, first served (the pool's queue is FIFO, as the fair semaphore was).

		long releasedAt = System.nanoTime();

		for (Runnable request : requests) {
			_requestThreads.execute(request);
		}

		done.await();

		Round round = new Round(people, seats);

		round.wallNanos = lastDoneAt.get() - releasedAt;
		round.failures.addAll(failures);

		// The baseline wrote past the persistence, as raw SQL in the portal would, so the caches are cleared before
		// the outcome is read (as the portal's Server Administration does with "Clear the database cache").

		_harness.get(RegistrationPersistence.class).clearCache();
		courseSessionPersistence.clearCache();

		List<Registration> registrations = _harness.inTransaction(
			() -> _harness.get(RegistrationPersistence.class).findByCourseSessionId(courseSessionId));
		CourseSession courseSession = _harness.inTransaction(
			() -> courseSessionPersistence.findByPrimaryKey(courseSessionId));

		round.rows = registrations.size();
		round.confirmed = _count(registrations, RegistrationConstants.STATUS_CONFIRMED);
		round.waitlisted = _count(registrations, RegistrationConstants.STATUS_WAITLISTED);
		round.seatsTaken = courseSession.getSeatsTaken();
		round.waitlistedCount = courseSession.getWaitlistedCount();

		List<Long> queueNumbers = registrations.stream(
		).map(
			Registration::getQueueNumber
		).sorted(
		).collect(
			Collectors.toList()
		);

		List<Long> expectedQueueNumbers = new ArrayList<>();

		for (long queueNumber = 1; queueNumber <= people; queueNumber++) {
			expectedQueueNumbers.add(queueNumber);
		}

		round.queueNumbersInOrder = queueNumbers.equals(expectedQueueNumbers);

		// The seats go to the first in the queue, the rest wait in queue order.

		List<Long> confirmedQueueNumbers = _queueNumbers(registrations, RegistrationConstants.STATUS_CONFIRMED);

		Set<Long> registeredUserIds = registrations.stream(
		).map(
			Registration::getUserId
		).collect(
			Collectors.toSet()
		);

		_check(round, "rows", people, round.rows);
		_check(round, "confirmed", seats, round.confirmed);
		_check(round, "waitlisted", people - seats, round.waitlisted);
		_check(round, "seatsTaken", seats, round.seatsTaken);
		_check(round, "waitlistedCount", people - seats, round.waitlistedCount);
		_check(round, "queueSequence", people, courseSession.getQueueSequence());
		_check(round, "failures", 0, round.failures.size());

		if (!round.queueNumbersInOrder) {
			round.problems.add("queue numbers are not 1.." + people + " without duplicates");
		}

		if (!confirmedQueueNumbers.equals(expectedQueueNumbers.subList(0, Math.min(seats, people)))) {
			round.problems.add("the confirmed are not the first " + seats + " in the queue");
		}

		if (!registeredUserIds.equals(new HashSet<>(userIds))) {
			round.problems.add("not each person exactly once");
		}

		return round;
	}

	private void _setUp() throws Exception {
		_harness.truncateTables();

		// The course and method every round's session belongs to: the notices' content names them.

		_courseId = _newId();
		_trainingMethodId = _newId();

		_harness.inTransaction(
			() -> {
				Course course = _harness.get(CoursePersistence.class).create(_courseId);

				course.setCompanyId(_COMPANY_ID);
				course.setGroupId(_GROUP_ID);
				course.setTitle(
					"<?xml version='1.0' encoding='UTF-8'?><root available-locales=\"sv_SE\" " +
						"default-locale=\"sv_SE\"><Title language-id=\"sv_SE\">MHFA Vuxen</Title></root>");

				_harness.get(CoursePersistence.class).update(course);

				TrainingMethod trainingMethod = _harness.get(TrainingMethodPersistence.class).create(_trainingMethodId);

				trainingMethod.setCompanyId(_COMPANY_ID);
				trainingMethod.setName(
					"<?xml version='1.0' encoding='UTF-8'?><root available-locales=\"sv_SE\" " +
						"default-locale=\"sv_SE\"><Name language-id=\"sv_SE\">MHFA</Name></root>");

				return _harness.get(TrainingMethodPersistence.class).update(trainingMethod);
			});

		Map<Long, User> users = new HashMap<>();

		for (int i = 0; i < _PEOPLE; i++) {
			long userId = _newId();

			Map<String, Object> values = new HashMap<>();

			values.put("getCompanyId", _COMPANY_ID);
			values.put("getEmailAddress", "medarbetare" + i + "@kommun.se");
			values.put("getFirstName", "Medarbetare");
			values.put("getFullName", "Medarbetare " + i);
			values.put("getLocale", _SWEDISH);
			values.put("getTimeZone", _STOCKHOLM);
			values.put("getUserId", userId);

			User user = _user(values);

			users.put(userId, user);
			_userIds.add(userId);
		}

		// The portal services the registration calls answer from plain code, not from the harness's Mockito
		// doubles: Mockito walks the stack on every call to record where it came from (8 % of the product's samples
		// in a JFR profile of 2026-12-07), a cost the portal's services do not have. Every other method answers
		// what a Mockito double would (0, false, null, an empty collection).

		Object companyConfiguration = Configurable.createConfigurable(
			TrainingCompanyConfiguration.class, new HashMap<>());

		_harness.answerPortalService(
			UserLocalService.class,
			_portalService(
				UserLocalService.class,
				Map.of(
					"getUser", arguments -> users.get((Long)arguments[0]),
					"fetchUser", arguments -> users.get((Long)arguments[0]))));

		// The company's settings as without a .config file (the metatype's defaults), so notices are written.

		_harness.answerPortalService(
			ConfigurationProvider.class,
			_portalService(
				ConfigurationProvider.class,
				Map.of(
					"getCompanyConfiguration",
					arguments -> (arguments[0] == TrainingCompanyConfiguration.class) ? companyConfiguration : null)));

		// The bell notice's payload is a JSON object, the portal's JSONObjectImpl as its JSON factory makes it: a
		// double's null failed every bell delivery.

		_harness.answerPortalService(
			JSONFactory.class,
			_portalService(JSONFactory.class, Map.of("createJSONObject", arguments -> new JSONObjectImpl())));

		// A confirmation carries the session's calendar and goes out through the portal's mail session, here one
		// whose transport writes the message and discards it.

		Session mailSession = DiscardingTransport.session();

		_harness.answerPortalService(
			MailService.class, _portalService(MailService.class, Map.of("getSession", arguments -> mailSession)));

		_harness.answerPortalService(
			OrganizationLocalService.class,
			_portalService(
				OrganizationLocalService.class, Map.of("getUserOrganizationIds", arguments -> new long[0])));
	}

	/**
	 * A portal service that answers the given methods (by name) and every other one as a Mockito double would.
	 */
	private static <T> T _portalService(Class<T> type, Map<String, Function<Object[], Object>> answers) {
		return type.cast(
			Proxy.newProxyInstance(
				type.getClassLoader(), new Class<?>[] {type},
				(proxy, method, arguments) -> {
					Function<Object[], Object> answer = answers.get(method.getName());

					if (answer != null) {
						return answer.apply(arguments);
					}

					if (method.getName().equals("equals")) {
						return proxy == arguments[0];
					}

					if (method.getName().equals("hashCode")) {
						return System.identityHashCode(proxy);
					}

					if (method.getName().equals("toString")) {
						return type.getSimpleName();
					}

					return _emptyValue(method.getReturnType());
				}));
	}

	/**
	 * A person as the portal's user service would return them, with the values given and, for every other getter,
	 * what a Mockito mock answers (0, false, null, an empty collection): the same answers the Mockito mocks of
	 * User gave until 2026-12-06, without Mockito's work on each call (matching the stubbing, recording the call),
	 * which the JFR profile showed among the product's top frames and which the portal's User does not do.
	 */
	private static User _user(Map<String, Object> values) {
		return (User)Proxy.newProxyInstance(
			User.class.getClassLoader(), new Class<?>[] {User.class},
			(proxy, method, arguments) -> {
				String name = method.getName();

				if (values.containsKey(name) && (method.getParameterCount() == 0)) {
					return values.get(name);
				}

				if (name.equals("equals")) {
					return proxy == arguments[0];
				}

				if (name.equals("hashCode")) {
					return System.identityHashCode(proxy);
				}

				if (name.equals("toString")) {
					return "User " + values.get("getUserId");
				}

				return _emptyValue(method.getReturnType());
			});
	}

	private static Object _emptyValue(Class<?> type) {
		if (type == boolean.class) {
			return false;
		}

		if (type == char.class) {
			return '\0';
		}

		if (type.isPrimitive() && (type != void.class)) {
			return _ZERO.get(type);
		}

		if (type == List.class || type == Collection.class) {
			return Collections.emptyList();
		}

		if (type == Set.class) {
			return Collections.emptySet();
		}

		if (type == Map.class) {
			return Collections.emptyMap();
		}

		if (type == Optional.class) {
			return Optional.empty();
		}

		return null;
	}

	private static void _check(Round round, String what, long expected, long actual) {
		if (expected != actual) {
			round.problems.add(what + " " + actual + ", expected " + expected);
		}
	}

	private static int _count(List<Registration> registrations, int status) {
		return (int)registrations.stream(
		).filter(
			registration -> registration.getStatus() == status
		).count();
	}

	private static List<Long> _queueNumbers(List<Registration> registrations, int status) {
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

	private static final long _COMPANY_ID = 20_097;

	private static final long _GROUP_ID = 20_121;

	private static final Map<Class<?>, Object> _ZERO = Map.of(
		byte.class, (byte)0, short.class, (short)0, int.class, 0, long.class, 0L, float.class, 0F, double.class, 0D);

	private static final TimeZone _STOCKHOLM = TimeZone.getTimeZone("Europe/Stockholm");

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	/**
	 * The counter increment() uses, so the baseline's ids never meet the product's.
	 */
	private static final String _COUNTER_NAME = "com.liferay.counter.kernel.model.Counter";

	/**
	 * At most this many registrations inside the service at once, on as many request threads; the other requests
	 * wait their turn in the queue, as requests wait for one of Tomcat's 200 request threads (server.xml's default
	 * maxThreads) in the portal. It
	 * must stay below the harness's 250 connections: with more callers than connections the pool deadlocks until
	 * Hikari's 30 s connectionTimeout. A caller holding a connection waits on the counter's lock (the ids
	 * addRegistration takes first) or on the session's row, while the one caller that needs a new id range, or
	 * that claims a notice in a transaction of its own (TrainingNoticeLocalService.claimTrainingNotice,
	 * REQUIRES_NEW), waits for a second connection that none of them will give back. Measured unthrottled
	 * (-Dbenchmark.inFlight=1000): each round stalls for 30 s, then 738 to 755 of the 1,000 registrations fail
	 * with "Connection is not available, request timed out after 30000ms". See README.md.
	 */
	private static final int _IN_FLIGHT = Integer.getInteger("benchmark.inFlight", 200);


	private static final int _MEASURED_ROUNDS = Integer.getInteger("benchmark.measuredRounds", 5);

	private static final int _PEOPLE = 1_000;

	private static final int _SEATS = 100;

	/**
	 * Full rounds of each contender before the measured ones (-Dbenchmark.warmUpRounds). On 2026-12-06 the product's
	 * throughput levelled off from the fourth round. On 2026-12-07, with its notices delivered (course, method,
	 * dates, the mail with its calendar, the bell), it still rose from the fifth round to the tenth (170.7, 163.0,
	 * 148.4, 161.3, 174.9, 202.3 registrations/s) while the baseline's stayed level (273.5 to 304.0): the product
	 * runs far more code for the JIT to compile. Fifteen put the measured rounds where the portal, warm for days,
	 * would be.
	 */
	private static final int _WARM_UP_ROUNDS = Integer.getInteger("benchmark.warmUpRounds", 15);

	private long _courseId;
	private final PersistenceHarness _harness = PersistenceHarness.forServiceBundle(
		LVTrainingPersistenceConstants.class);
	private long _trainingMethodId;
	private final List<Long> _userIds = new ArrayList<>();

	/**
	 * The portal's request threads (Tomcat's pool, maxThreads 200): {@link #_IN_FLIGHT} threads that live for the
	 * whole run and serve every round of both contenders, each registration on whichever is free. Until 2026-12-06
	 * each registration had a new thread of its own (1,000 a round, a semaphore letting 200 in), so each paid what
	 * a thread pays once: the JFR profile of a run showed Mockito's per-thread set-up (the harness's doubles;
	 * ThreadSafeMockingProgress loading its configuration from the class path) among the product's top frames,
	 * and every thread-local of the portal, Hibernate and the driver built anew, which a request thread of the
	 * portal builds once.
	 */
	private final ExecutorService _requestThreads = Executors.newFixedThreadPool(
		_IN_FLIGHT,
		new ThreadFactory() {

			@Override
			public Thread newThread(Runnable runnable) {
				Thread thread = new Thread(runnable, "request-" + _threadNumber.incrementAndGet());

				thread.setDaemon(true);

				return thread;
			}

			private final AtomicInteger _threadNumber = new AtomicInteger();

		});

	/**
	 * What registers one person in a round: the product's service, or the baseline.
	 */
	private abstract static class Contender {

		Contender(String name) {
			this.name = name;
		}

		/**
		 * Before a round's threads are released.
		 */
		void prepare(int people) {
		}

		abstract void register(long courseSessionId, long userId, int index) throws Exception;

		final String name;

	}

	private static final class Round {

		Round(int people, int seats) {
			this.people = people;
			this.seats = seats;
		}

		boolean correct() {
			return problems.isEmpty();
		}

		int confirmed;
		final List<Throwable> failures = new ArrayList<>();
		final int people;
		final List<String> problems = new ArrayList<>();
		boolean queueNumbersInOrder;
		int rows;
		final int seats;
		int seatsTaken;
		long wallNanos;
		int waitlisted;
		int waitlistedCount;

	}

}
