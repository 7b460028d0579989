package se.livsviktig.benchmarks.instructor;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import se.livsviktig.instructor.configuration.LicenceStandingConfiguration;
import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.internal.standing.LicenceStandingCalculator;
import se.livsviktig.instructor.internal.standing.LicenceStandingLocalServiceImpl;
import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.platform.db.harness.DatabaseServers;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.service.SessionInstructorLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * The coordinators' list of instructors at risk: {@code LicenceStandingLocalService.getLicenceStandings(companyId,
 * 0, AT_RISK)} for 200 and 2,000 instructors with five years of sessions behind them, on the persistence harness's
 * real PostgreSQL 15: training's service bundle (its delivered sessions and methods) and the instructor app's
 * (certifications), each in its own database as the harness assembles a bundle, the standing service made with
 * {@code new} and given the two bundles' real local services. For each size, after a warm-up, it renders the list
 * a number of times and reports the SQL statements one list runs (the harness's JDBC counter, both pools) and the
 * median and 95th percentile of its time; in turns with each list it runs the raw GROUP BY of the same sessions with
 * plain JDBC ({@link RawDeliveredCounts}) and reports the list's median against it. Exits with 1 when a list is
 * wrong: standings for other than every certified instructor and method, or an MHFA standing whose sessions
 * delivered differ from the raw GROUP BY's count.
 *
 * @author Livsviktig
 */
public final class StandingListBenchmark {

	public static void main(String[] args) throws Exception {
		if (System.getProperty("livsviktig.tier") == null) {
			System.setProperty("livsviktig.tier", "persistence");
		}

		if (System.getProperty("livsviktig.harness.countStatements") == null) {
			System.setProperty("livsviktig.harness.countStatements", "true");
		}

		boolean allCorrect = true;

		try {
			StandingListBenchmark benchmark = new StandingListBenchmark();

			List<Result> results = new ArrayList<>();

			for (int size : _SIZES) {
				Result result = benchmark._measure(size);

				allCorrect &= result.problems.isEmpty();

				results.add(result);
			}

			System.out.println();
			System.out.println(
				"| instructors | sessions | certifications | standings | at risk | list median ms | list p95 ms | " +
					"list statements | raw GROUP BY median ms | raw statements | ratio |");
			System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");

			for (Result result : results) {
				System.out.println(
					String.format(
						Locale.ROOT, "| %,d | %,d | %,d | %,d | %,d | %.2f | %.2f | %s | %.2f | %d | %.2f |",
						result.size, result.sessions, result.certifications, result.standings, result.atRisk,
						_millis(result.listNanos, 50), _millis(result.listNanos, 95), result.statements(),
						_millis(result.rawNanos, 50), RawDeliveredCounts.STATEMENTS,
						_millis(result.listNanos, 50) / _millis(result.rawNanos, 50)));
			}

			System.out.println();
			System.out.println(
				"machine: " + Runtime.getRuntime().availableProcessors() + " processors, Java " +
					System.getProperty("java.version") + "; " + _RENDERS + " measured lists per size after " +
						_WARM_UP_RENDERS + " warm-up lists");

			for (Result result : results) {
				if (!result.problems.isEmpty()) {
					System.out.println("WRONG: " + result.size + " instructors: " + result.problems);
				}
			}

			System.out.println(allCorrect ? "all lists correct" : "LISTS WRONG: see above");
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

	private StandingListBenchmark() throws Exception {
		_service = new LicenceStandingLocalServiceImpl();

		_set("_certificationLocalService", _instructorHarness.get(CertificationLocalService.class));
		_set("_configurationProvider", _configurationProvider());
		_set("_sessionInstructorLocalService", _trainingHarness.get(SessionInstructorLocalService.class));
		_set("_trainingMethodLocalService", _trainingHarness.get(TrainingMethodLocalService.class));

		Method setClock = LicenceStandingLocalServiceImpl.class.getDeclaredMethod("setClock", Clock.class);

		setClock.setAccessible(true);

		setClock.invoke(_service, Clock.fixed(_NOW, ZoneOffset.UTC));
	}

	private static void _bind(PreparedStatement preparedStatement, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];

			if (value instanceof Instant) {
				preparedStatement.setTimestamp(i + 1, Timestamp.from((Instant)value));
			}
			else if (value instanceof Date) {
				preparedStatement.setTimestamp(i + 1, new Timestamp(((Date)value).getTime()));
			}
			else {
				preparedStatement.setObject(i + 1, value);
			}
		}
	}

	/**
	 * A company that set nothing: the standing's warning window at its default.
	 */
	private static ConfigurationProvider _configurationProvider() {
		LicenceStandingConfiguration licenceStandingConfiguration = (LicenceStandingConfiguration)Proxy.newProxyInstance(
			LicenceStandingConfiguration.class.getClassLoader(), new Class<?>[] {LicenceStandingConfiguration.class},
			(proxy, method, arguments) -> {
				if (method.getName().equals("atRiskWarningDays")) {
					return 90;
				}

				throw new UnsupportedOperationException(method.toString());
			});

		return (ConfigurationProvider)Proxy.newProxyInstance(
			ConfigurationProvider.class.getClassLoader(), new Class<?>[] {ConfigurationProvider.class},
			(proxy, method, arguments) -> {
				if (method.getName().equals("getCompanyConfiguration") &&
					(arguments[0] == LicenceStandingConfiguration.class)) {

					return licenceStandingConfiguration;
				}

				throw new UnsupportedOperationException(method.toString());
			});
	}

	private static String _localized(String value) {
		return "<?xml version='1.0' encoding='UTF-8'?><root available-locales=\"sv_SE,en_US\" " +
			"default-locale=\"sv_SE\"><Name language-id=\"sv_SE\">" + value + "</Name><Name language-id=\"en_US\">" +
				value + "</Name></root>";
	}

	private static double _millis(List<Long> nanos, int percentile) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();

		if (sorted.length == 0) {
			return 0;
		}

		int index = (int)Math.ceil(percentile / 100.0 * sorted.length) - 1;

		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

	private void _certification(
			PreparedStatement preparedStatement, long holderUserId, long trainingMethodId, Instant certifiedDate,
			Instant validUntil)
		throws SQLException {

		_bind(
			preparedStatement, 0L, UUID.randomUUID().toString(), ++_id, _COMPANY_GROUP_ID, _COMPANY_ID, _USER_ID,
			"Samordnare", _NOW, _NOW, holderUserId, trainingMethodId, certifiedDate,
			(validUntil == null) ? null : Timestamp.from(validUntil), "MHFA Sverige", "N-" + _id, 0L,
			CertificationConstants.STATE_ACTIVE, _USER_ID, "Samordnare", _NOW, null);

		preparedStatement.addBatch();
	}

	/**
	 * One size: fresh rows, then the lists and the raw GROUP BY in turns.
	 */
	private Result _measure(int size) throws Exception {
		Result result = new Result(size);

		long insertStart = System.nanoTime();

		_populate(size, result);

		System.out.println(
			String.format(
				Locale.ROOT,
				"%,d instructors: %,d sessions, %,d session instructors, %,d registrations, %,d certifications " +
					"inserted and analysed in %,d ms",
				size, result.sessions, result.sessionInstructors, result.registrations, result.certifications,
				(System.nanoTime() - insertStart) / 1_000_000));

		// The longest period as the list reads it: from the start of the day 24 months back

		Date from = Date.from(LicenceStandingCalculator.periodStart(_NOW, 24));
		Date to = Date.from(_NOW);

		try (Connection connection = _trainingHarness.pooledDataSource().getConnection()) {
			RawDeliveredCounts rawDeliveredCounts = new RawDeliveredCounts(connection, _COMPANY_ID);

			for (int i = 0; i < (_WARM_UP_RENDERS + _RENDERS); i++) {
				boolean measured = i >= _WARM_UP_RENDERS;

				_trainingHarness.resetStatementCount();

				long start = System.nanoTime();

				List<LicenceStanding> atRisk = _service.getLicenceStandings(
					_COMPANY_ID, 0, InstructorStanding.AT_RISK);

				long listNanos = System.nanoTime() - start;
				long statements = _trainingHarness.statementCount();

				start = System.nanoTime();

				rawDeliveredCounts.run(from, to);

				long rawNanos = System.nanoTime() - start;

				if (measured) {
					result.listNanos.add(listNanos);
					result.rawNanos.add(rawNanos);
					result.statements.add(statements);
					result.atRisk = atRisk.size();
				}
			}
		}

		_verify(result, from, to);

		System.out.println(
			String.format(
				Locale.ROOT,
				"  at-risk list: %,d of %,d standings, %s statements, median %.2f ms, p95 %.2f ms; raw GROUP BY " +
					"median %.2f ms; ratio %.2f%s",
				result.atRisk, result.standings, result.statements(), _millis(result.listNanos, 50),
				_millis(result.listNanos, 95), _millis(result.rawNanos, 50),
				_millis(result.listNanos, 50) / _millis(result.rawNanos, 50),
				result.problems.isEmpty() ? "" : " WRONG: " + result.problems));

		return result;
	}

	/**
	 * Five years of a company's instructors, written with plain JDBC batches (the services would take many
	 * minutes), then ANALYZE. Per instructor: an MHFA certification (every second also YAM, every fifth also SIP,
	 * a method without a licence rule), as a chain of renewals for most, expired for a tenth, new for a tenth,
	 * ending within months for a tenth; MHFA sessions at a pace of 0 to 5 a year and YAM at half of it, each with a
	 * second instructor and one in ten with a third who declined; a few cancelled or with attendance still open,
	 * which do not count, and some upcoming.
	 */
	private void _populate(int size, Result result) throws SQLException {
		_trainingHarness.truncateTables();
		_instructorHarness.truncateTables();

		Random random = new Random(size);

		try (Connection connection = _trainingHarness.database().connect()) {
			connection.setAutoCommit(false);

			try (PreparedStatement preparedStatement = connection.prepareStatement(
					"insert into LVTraining_TrainingMethod (uuid_, externalReferenceCode, trainingMethodId, groupId, " +
						"companyId, userId, userName, createDate, modifiedDate, name, description, " +
							"certifiedInstructorsRequired, instructorsPerSession, requiredAttendancePercent, " +
								"licenceSessionsRequired, licencePeriodMonths, followUpSurveyDays, status, " +
									"statusByUserId, statusByUserName, statusDate) values (?, ?, ?, ?, ?, ?, ?, ?, " +
										"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {

				Object[][] methods = {{_MHFA, "MHFA Vuxen", 2, 24}, {_YAM, "YAM", 1, 12}, {_SIP, "SIP", 0, 0}};

				for (Object[] method : methods) {
					_bind(
						preparedStatement, UUID.randomUUID().toString(), "METHOD-" + method[0], method[0],
						_COMPANY_GROUP_ID, _COMPANY_ID, _USER_ID, "Samordnare", _NOW, _NOW,
						_localized((String)method[1]), _localized(""), true, 2, 100, method[2], method[3], 180,
						WorkflowConstants.STATUS_APPROVED, _USER_ID, "Samordnare", _NOW);

					preparedStatement.addBatch();
				}

				preparedStatement.executeBatch();
			}

			try (PreparedStatement sessionStatement = connection.prepareStatement(
					"insert into LVTraining_CourseSession (courseSessionId, groupId, companyId, trainingMethodId, " +
						"status, startDate, endDate) values (?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement instructorStatement = connection.prepareStatement(
					"insert into LVTraining_SessionInstructor (sessionInstructorId, groupId, companyId, " +
						"courseSessionId, instructorUserId, status) values (?, ?, ?, ?, ?, ?)");
				PreparedStatement registrationStatement = connection.prepareStatement(
					"insert into LVTraining_Registration (registrationId, groupId, companyId, courseSessionId, " +
						"activeKey, status) values (?, ?, ?, ?, ?, ?)")) {

				int pending = 0;

				for (int i = 0; i < size; i++) {
					long userId = _FIRST_INSTRUCTOR_ID + i;
					int pace = random.nextInt(6);

					List<Object[]> sessions = new ArrayList<>();

					for (int j = 0; j < (pace * 5); j++) {
						sessions.add(new Object[] {_MHFA, random.nextDouble()});
					}

					if ((i % 2) == 0) {
						for (int j = 0; j < ((pace * 5) / 2); j++) {
							sessions.add(new Object[] {_YAM, random.nextDouble()});
						}
					}

					// Upcoming sessions, registrations confirmed: not delivered yet

					if ((i % 20) == 0) {
						sessions.add(new Object[] {_MHFA, -random.nextDouble() / 15});
					}

					for (Object[] session : sessions) {
						long courseSessionId = ++_id;

						Instant endDate = _NOW.minus(
							Duration.ofMinutes((long)((double)session[1] * _FIVE_YEARS.toMinutes())));

						int roll = random.nextInt(100);

						int status = (roll < 4) ? CourseSessionConstants.STATUS_CANCELLED :
							CourseSessionConstants.STATUS_PUBLISHED;

						_bind(
							sessionStatement, courseSessionId, _GROUP_ID, _COMPANY_ID, session[0], status,
							endDate.minus(Duration.ofHours(7)), endDate);

						sessionStatement.addBatch();

						long coInstructorId = _FIRST_INSTRUCTOR_ID + random.nextInt(size);

						_bind(
							instructorStatement, ++_id, _GROUP_ID, _COMPANY_ID, courseSessionId, userId,
							SessionInstructorConstants.STATUS_ACCEPTED);
						instructorStatement.addBatch();

						result.sessionInstructors++;

						if (coInstructorId != userId) {
							_bind(
								instructorStatement, ++_id, _GROUP_ID, _COMPANY_ID, courseSessionId, coInstructorId,
								SessionInstructorConstants.STATUS_ACCEPTED);
							instructorStatement.addBatch();

							result.sessionInstructors++;
						}

						long declinedId = _FIRST_INSTRUCTOR_ID + random.nextInt(size);

						if ((random.nextInt(10) == 0) && (declinedId != userId) && (declinedId != coInstructorId)) {
							_bind(
								instructorStatement, ++_id, _GROUP_ID, _COMPANY_ID, courseSessionId, declinedId,
								SessionInstructorConstants.STATUS_DECLINED);
							instructorStatement.addBatch();

							result.sessionInstructors++;
						}

						List<Integer> registrations = new ArrayList<>();

						if (endDate.isAfter(_NOW) || (roll >= 97)) {
							registrations.add(RegistrationConstants.STATUS_CONFIRMED);
						}

						if (!endDate.isAfter(_NOW)) {
							registrations.add(RegistrationConstants.STATUS_COMPLETED);
							registrations.add(RegistrationConstants.STATUS_NO_SHOW);
						}

						for (int registrationStatus : registrations) {
							long registrationId = ++_id;

							_bind(
								registrationStatement, registrationId, _GROUP_ID, _COMPANY_ID, courseSessionId,
								-registrationId, registrationStatus);
							registrationStatement.addBatch();

							result.registrations++;
						}

						result.sessions++;

						if (++pending == 500) {
							sessionStatement.executeBatch();
							instructorStatement.executeBatch();
							registrationStatement.executeBatch();

							pending = 0;
						}
					}
				}

				sessionStatement.executeBatch();
				instructorStatement.executeBatch();
				registrationStatement.executeBatch();
			}

			connection.commit();

			connection.setAutoCommit(true);

			try (Statement statement = connection.createStatement()) {
				statement.execute("analyze");
			}
		}

		try (Connection connection = _instructorHarness.database().connect()) {
			connection.setAutoCommit(false);

			try (PreparedStatement preparedStatement = connection.prepareStatement(
					"insert into LVInstructor_Certification (mvccVersion, uuid_, certificationId, groupId, " +
						"companyId, userId, userName, createDate, modifiedDate, holderUserId, trainingMethodId, " +
							"certifiedDate, validUntil, issuer, number_, renewedCertificationId, state_, " +
								"stateByUserId, stateByUserName, stateDate, stateReason) values (?, ?, ?, ?, ?, ?, " +
									"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {

				for (int i = 0; i < size; i++) {
					long userId = _FIRST_INSTRUCTOR_ID + i;

					List<Long> methods = new ArrayList<>(List.of(_MHFA));

					if ((i % 2) == 0) {
						methods.add(_YAM);
					}

					if ((i % 5) == 0) {
						methods.add(_SIP);
					}

					for (long method : methods) {
						int kind = random.nextInt(10);

						if (kind == 0) {
							_certification(
								preparedStatement, userId, method, _NOW.minus(Duration.ofDays(1800)),
								_NOW.minus(Duration.ofDays(200)));

							result.certifications++;
						}
						else if (kind == 1) {
							_certification(
								preparedStatement, userId, method,
								_NOW.minus(Duration.ofDays(30 + random.nextInt(300))), null);

							result.certifications++;
						}
						else if (kind == 2) {
							_certification(
								preparedStatement, userId, method, _NOW.minus(Duration.ofDays(1000)),
								_NOW.plus(Duration.ofDays(30 + random.nextInt(90))));

							result.certifications++;
						}
						else {
							Instant certified = _NOW.minus(Duration.ofDays(2555));

							for (int renewal = 0; renewal < 3; renewal++) {
								Instant validUntil = certified.plus(Duration.ofDays(1095));

								_certification(preparedStatement, userId, method, certified, validUntil);

								result.certifications++;

								certified = validUntil.plus(Duration.ofDays(1));
							}
						}

						result.expectedStandings++;
					}
				}

				preparedStatement.executeBatch();
			}

			connection.commit();

			connection.setAutoCommit(true);

			try (Statement statement = connection.createStatement()) {
				statement.execute("analyze");
			}
		}
	}

	private void _set(String fieldName, Object value) throws Exception {
		Field field = LicenceStandingLocalServiceImpl.class.getDeclaredField(fieldName);

		field.setAccessible(true);

		field.set(_service, value);
	}

	/**
	 * Every certified instructor and method has a standing, and every MHFA standing's sessions delivered (its
	 * period is the longest, 24 months) is the raw GROUP BY's count.
	 */
	private void _verify(Result result, Date from, Date to) throws SQLException {
		List<LicenceStanding> licenceStandings = _service.getLicenceStandings(_COMPANY_ID);

		result.standings = licenceStandings.size();

		if (result.standings != result.expectedStandings) {
			result.problems.add(result.standings + " standings, expected " + result.expectedStandings);
		}

		Map<Long, Integer> rawCounts = new HashMap<>();

		try (Connection connection = _trainingHarness.database().connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select si.instructorUserId, count(cs.courseSessionId) from LVTraining_SessionInstructor si " +
					"inner join LVTraining_CourseSession cs on cs.courseSessionId = si.courseSessionId where " +
						"si.status = ? and cs.status = ? and cs.trainingMethodId = ? and cs.endDate >= ? and " +
							"cs.endDate < ? and not exists (select 1 from LVTraining_Registration r where " +
								"r.courseSessionId = cs.courseSessionId and r.status = ?) group by si.instructorUserId")) {

			_bind(
				preparedStatement, SessionInstructorConstants.STATUS_ACCEPTED, CourseSessionConstants.STATUS_PUBLISHED,
				_MHFA, from, to, RegistrationConstants.STATUS_CONFIRMED);

			try (java.sql.ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					rawCounts.put(resultSet.getLong(1), resultSet.getInt(2));
				}
			}
		}

		int mismatches = 0;

		for (LicenceStanding licenceStanding : licenceStandings) {
			if ((licenceStanding.getTrainingMethodId() == _MHFA) &&
				(licenceStanding.getSessionsDelivered() !=
					rawCounts.getOrDefault(licenceStanding.getUserId(), 0))) {

				if (mismatches < 3) {
					System.out.println(
						"  mismatch: " + licenceStanding + ", raw count " +
							rawCounts.get(licenceStanding.getUserId()));
				}

				mismatches++;
			}
		}

		if (mismatches > 0) {
			result.problems.add(mismatches + " MHFA standings count other sessions than the raw GROUP BY");
		}

		if (result.atRisk == 0) {
			result.problems.add("nobody at risk: the data does not exercise the list");
		}
	}

	private static final long _COMPANY_GROUP_ID = 20_101;

	private static final long _COMPANY_ID = 20_097;

	private static final long _FIRST_INSTRUCTOR_ID = 1_000_000;

	private static final Duration _FIVE_YEARS = Duration.ofDays(1826);

	private static final long _GROUP_ID = 20_121;

	private static final long _MHFA = 501;

	/**
	 * Today, to the second, for the whole run: the list and the data agree on it.
	 */
	private static final Instant _NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private static final int _RENDERS = Integer.getInteger("benchmark.renders", 30);

	private static final long _SIP = 503;

	private static final int[] _SIZES = Arrays.stream(
		System.getProperty("benchmark.sizes", "200,2000").split(",")
	).map(
		String::trim
	).mapToInt(
		Integer::parseInt
	).toArray();

	private static final long _USER_ID = 20_123;

	private static final int _WARM_UP_RENDERS = 10;

	private static final long _YAM = 502;

	private long _id = 10_000_000;

	// Training's bundle first, as in production the instructor app starts after it.

	private final PersistenceHarness _trainingHarness = PersistenceHarness.forServiceBundle(
		LVTrainingPersistenceConstants.class);
	private final PersistenceHarness _instructorHarness = PersistenceHarness.forServiceBundle(
		LVInstructorPersistenceConstants.class);
	private final LicenceStandingLocalServiceImpl _service;

	private static final class Result {

		Result(int size) {
			this.size = size;
		}

		String statements() {
			long min = statements.stream().mapToLong(Long::longValue).min().orElse(0);
			long max = statements.stream().mapToLong(Long::longValue).max().orElse(0);

			return (min == max) ? String.valueOf(min) : min + "–" + max;
		}

		int atRisk;
		int certifications;
		int expectedStandings;
		final List<Long> listNanos = new ArrayList<>();
		final List<String> problems = new ArrayList<>();
		final List<Long> rawNanos = new ArrayList<>();
		int registrations;
		int sessionInstructors;
		int sessions;
		final int size;
		int standings;
		final List<Long> statements = new ArrayList<>();

	}

}
