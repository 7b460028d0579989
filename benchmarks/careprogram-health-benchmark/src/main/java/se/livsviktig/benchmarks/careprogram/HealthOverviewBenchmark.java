package se.livsviktig.benchmarks.careprogram;

import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.GroupLocalService;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import java.util.UUID;

import org.mockito.Mockito;

import se.livsviktig.careprogram.model.AdministrationHealth;
import se.livsviktig.careprogram.service.CareProgramHealthLocalService;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;
import se.livsviktig.platform.db.harness.DatabaseServers;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * The health overview of a site ({@code CareProgramHealthLocalService.getAdministrationHealth}) on the persistence
 * harness's real PostgreSQL 15, against the raw GROUP BY of the same routines with plain JDBC ({@link
 * RawHealthCounts}) in turns in the same run. Per size (administrations × programmes) the site has a routine for
 * most programme and administration pairs (1 in 13 missing), 1 in 25 without an owner, a quarter overdue and a
 * sixth due within 30 days, each with five years of reviews in the review log, and a second site of the same shape
 * whose rows must not count. After a warm-up it measures rounds of pages and reports the median, the spread of the
 * rounds' medians, the ratio, the statements one page runs, and the machine's load. Exits with 1 when a figure
 * differs from the raw GROUP BY or the routines do not add up to those inserted.
 */
public final class HealthOverviewBenchmark {

	public static void main(String[] args) throws Exception {
		if (System.getProperty("livsviktig.tier") == null) {
			System.setProperty("livsviktig.tier", "persistence");
		}

		if (System.getProperty("livsviktig.harness.countStatements") == null) {
			System.setProperty("livsviktig.harness.countStatements", "true");
		}

		boolean correct = false;

		try {
			correct = new HealthOverviewBenchmark()._run();
		}
		catch (Throwable throwable) {
			throwable.printStackTrace();
		}
		finally {
			DatabaseServers.stopAll();
		}

		System.exit(correct ? 0 : 1);
	}

	private HealthOverviewBenchmark() throws Exception {
		Group group = Mockito.mock(Group.class);

		Mockito.when(group.getCompanyId()).thenReturn(_COMPANY_ID);
		Mockito.when(
			_harness.portalService(GroupLocalService.class).getGroup(_GROUP_ID)
		).thenReturn(
			group
		);

		Company company = Mockito.mock(Company.class);

		Mockito.when(company.getTimeZone()).thenReturn(TimeZone.getTimeZone(_ZONE_ID));
		Mockito.when(
			_harness.portalService(CompanyLocalService.class).getCompany(_COMPANY_ID)
		).thenReturn(
			company
		);
	}

	private static void _bind(PreparedStatement preparedStatement, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			preparedStatement.setObject(i + 1, values[i]);
		}
	}

	private static String _load() {
		try {
			return new String(Files.readAllBytes(Paths.get("/proc/loadavg")), StandardCharsets.US_ASCII).trim();
		}
		catch (Exception exception) {
			return "unknown";
		}
	}

	private static double _median(List<Long> nanos) {
		return _percentile(nanos, 50);
	}

	private static double _percentile(List<Long> nanos, int percentile) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();

		int index = (int)Math.ceil(percentile / 100.0 * sorted.length) - 1;

		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

	/**
	 * A day at 10:00 UTC: never within an hour of midnight in Stockholm, so "on time" is the same whichever of the
	 * two counts it.
	 */
	private static Timestamp _day(LocalDate day) {
		return Timestamp.from(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
	}

	private static String _localized(String value) {
		return "<?xml version='1.0' encoding='UTF-8'?><root available-locales=\"sv_SE,en_US\" " +
			"default-locale=\"sv_SE\"><Text language-id=\"sv_SE\">" + value + "</Text><Text language-id=\"en_US\">" +
				value + "</Text></root>";
	}

	/**
	 * Inserts both sites' programmes, routines and five years of reviews for one size with JDBC batches, then
	 * ANALYZE.
	 *
	 * @return the first site's routines
	 */
	private int _populate(int administrations, int programs) throws SQLException {
		_harness.truncateTables();

		Random random = new Random(20261206L);

		LocalDate today = LocalDate.now(ZoneId.of(_ZONE_ID));

		long start = System.nanoTime();

		int siteRoutines = 0;

		_reviews = 0;

		try (Connection connection = _harness.database().connect()) {
			connection.setAutoCommit(false);

			try (PreparedStatement programStatement = connection.prepareStatement(
					"insert into LVCareProgram_CareProgram (uuid_, careProgramId, groupId, companyId, userId, " +
						"userName, createDate, modifiedDate, title, articleResourcePrimKey, nationalURL, ownerUserId, " +
							"reviewIntervalMonths, lastReviewDate, lastReviewUserId, nextReviewDate) values (?, ?, ?, " +
								"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement routineStatement = connection.prepareStatement(
					"insert into LVCareProgram_LocalRoutine (uuid_, localRoutineId, groupId, companyId, userId, " +
						"userName, createDate, modifiedDate, careProgramId, organizationId, articleResourcePrimKey, " +
							"ownerUserId, reviewIntervalMonths, lastReviewDate, lastReviewUserId, nextReviewDate, " +
								"ownerlessSince) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement reviewStatement = connection.prepareStatement(
					"insert into LVCareProgram_ContentReview (contentReviewId, groupId, companyId, userId, userName, " +
						"careProgramId, localRoutineId, reviewDate, reviewKind, comment_, articleVersion) values (?, " +
							"?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {

				long id = 1_000_000;

				for (long groupId : new long[] {_GROUP_ID, _OTHER_GROUP_ID}) {
					for (int program = 0; program < programs; program++) {
						long careProgramId = ++id;
						LocalDate nextDue = today.plusDays(1 + random.nextInt(360));
						Timestamp created = _day(today.minusYears(5).minusDays(1));

						_bind(
							programStatement, UUID.randomUUID().toString(), careProgramId, groupId, _COMPANY_ID,
							_USER_ID, "Samordnare", created, created, _localized("Program " + program),
							80_000L + program, "https://vardochinsats.se/", _USER_ID, 12,
							_day(nextDue.minusMonths(12)), _USER_ID, _day(nextDue));

						programStatement.addBatch();

						id = _addReviews(reviewStatement, id, groupId, careProgramId, 0, nextDue, today);

						for (int administration = 0; administration < administrations; administration++) {
							if ((((program * 7) + (administration * 3)) % 13) == 0) {
								continue;
							}

							long localRoutineId = ++id;
							double state = random.nextDouble();

							LocalDate due;

							if (state < 0.25) {
								due = today.minusDays(1 + random.nextInt(400));
							}
							else if (state < 0.42) {
								due = today.plusDays(1 + random.nextInt(30));
							}
							else {
								due = today.plusDays(31 + random.nextInt(300));
							}

							boolean ownerless = random.nextInt(25) == 0;

							_bind(
								routineStatement, UUID.randomUUID().toString(), localRoutineId, groupId, _COMPANY_ID,
								_USER_ID, "Samordnare", created, created, careProgramId, 7001L + administration,
								90_000L + localRoutineId, ownerless ? 0L : (30_000L + administration), 12,
								_day(due.minusMonths(12)), 30_000L + administration, _day(due),
								ownerless ? _day(today.minusDays(random.nextInt(90))) : null);

							routineStatement.addBatch();

							id = _addReviews(reviewStatement, id, groupId, careProgramId, localRoutineId, due, today);

							if (groupId == _GROUP_ID) {
								siteRoutines++;
							}
						}
					}

					programStatement.executeBatch();
					routineStatement.executeBatch();
					reviewStatement.executeBatch();
					connection.commit();
				}
			}

			connection.setAutoCommit(true);

			try (Statement statement = connection.createStatement()) {
				statement.execute("ANALYZE");
			}
		}

		System.out.println(
			String.format(
				Locale.ROOT, "%d × %d: %,d routines on the site (as many on another), %,d reviews, inserted and " +
					"analysed in %,d ms",
				administrations, programs, siteRoutines, _reviews, (System.nanoTime() - start) / 1_000_000));

		return siteRoutines;
	}

	/**
	 * A review a year back from the last one (one interval before the due day) for five years.
	 */
	private long _addReviews(
			PreparedStatement reviewStatement, long id, long groupId, long careProgramId, long localRoutineId,
			LocalDate nextDue, LocalDate today)
		throws SQLException {

		for (LocalDate reviewed = nextDue.minusMonths(12); reviewed.isAfter(today.minusYears(5));
			 reviewed = reviewed.minusMonths(12)) {

			if (reviewed.isAfter(today)) {
				continue;
			}

			_bind(
				reviewStatement, ++id, groupId, _COMPANY_ID, _USER_ID, "Granskare", careProgramId, localRoutineId,
				_day(reviewed), 1, null, 1.0);

			reviewStatement.addBatch();

			_reviews++;
		}

		return id;
	}

	private boolean _run() throws Exception {
		List<String> rows = new ArrayList<>();
		List<String> problems = new ArrayList<>();

		String loadBefore = _load();

		for (String size : System.getProperty("benchmark.sizes", "10x10,50x40").split(",")) {
			String[] parts = size.trim().split("x");

			int administrations = Integer.parseInt(parts[0]);
			int programs = Integer.parseInt(parts[1]);

			rows.add(_runSize(administrations, programs, problems));
		}

		String loadAfter = _load();

		System.out.println();
		System.out.println(
			"| administrations × programmes | routines | reviews | page median ms | page round medians ms | " +
				"page p95 ms | page statements | raw GROUP BY median ms | raw round medians ms | raw statements | " +
					"ratio |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");

		rows.forEach(System.out::println);

		System.out.println();
		System.out.println(
			"machine: " + Runtime.getRuntime().availableProcessors() + " processors, Java " +
				System.getProperty("java.version") + "; load average (uptime) before " + loadBefore + ", after " +
					loadAfter + "; " + _ROUNDS + " measured rounds of " + _PAGES_PER_ROUND + " pages and " +
						_PAGES_PER_ROUND + " raw GROUP BYs in turns, after " + _WARM_UP_ROUNDS + " warm-up rounds");
		System.out.println(problems.isEmpty() ? "health figures correct" : "HEALTH FIGURES WRONG: " + problems);

		return problems.isEmpty();
	}

	private String _runSize(int administrations, int programs, List<String> problems) throws Exception {
		int siteRoutines = _populate(administrations, programs);

		CareProgramHealthLocalService careProgramHealthLocalService = _harness.get(
			CareProgramHealthLocalService.class);

		List<Long> pageNanos = new ArrayList<>();
		List<Long> rawNanos = new ArrayList<>();
		List<Double> pageRoundMedians = new ArrayList<>();
		List<Double> rawRoundMedians = new ArrayList<>();
		List<Long> statements = new ArrayList<>();

		List<AdministrationHealth> administrationHealths = null;
		List<String> raw = null;

		try (Connection connection = _harness.pooledDataSource().getConnection()) {
			RawHealthCounts rawHealthCounts = new RawHealthCounts(connection, _GROUP_ID);

			for (int round = 0; round < (_WARM_UP_ROUNDS + _ROUNDS); round++) {
				List<Long> roundPageNanos = new ArrayList<>();
				List<Long> roundRawNanos = new ArrayList<>();

				for (int page = 0; page < _PAGES_PER_ROUND; page++) {
					_harness.resetStatementCount();

					long start = System.nanoTime();

					administrationHealths = careProgramHealthLocalService.getAdministrationHealth(_GROUP_ID);

					roundPageNanos.add(System.nanoTime() - start);

					long pageStatements = _harness.statementCount();

					Timestamp startOfToday = Timestamp.from(
						LocalDate.now(
							ZoneId.of(_ZONE_ID)
						).atStartOfDay(
							ZoneId.of(_ZONE_ID)
						).toInstant());

					start = System.nanoTime();

					raw = rawHealthCounts.run(startOfToday);

					roundRawNanos.add(System.nanoTime() - start);

					if (round >= _WARM_UP_ROUNDS) {
						statements.add(pageStatements);
					}
				}

				if (round >= _WARM_UP_ROUNDS) {
					pageNanos.addAll(roundPageNanos);
					rawNanos.addAll(roundRawNanos);
					pageRoundMedians.add(_median(roundPageNanos));
					rawRoundMedians.add(_median(roundRawNanos));
				}
			}
		}

		_verify(administrations, programs, siteRoutines, administrationHealths, raw, problems);

		double pageMedian = _median(pageNanos);
		double rawMedian = _median(rawNanos);

		return String.format(
			Locale.ROOT, "| %d × %d | %,d | %,d | %.2f | %.2f–%.2f | %.2f | %s | %.2f | %.2f–%.2f | %d | %.2f |",
			administrations, programs, siteRoutines, _reviews, pageMedian,
			pageRoundMedians.stream().mapToDouble(Double::doubleValue).min().orElse(0),
			pageRoundMedians.stream().mapToDouble(Double::doubleValue).max().orElse(0), _percentile(pageNanos, 95),
			statements.stream().distinct().map(String::valueOf).reduce((a, b) -> a + "–" + b).orElse(""), rawMedian,
			rawRoundMedians.stream().mapToDouble(Double::doubleValue).min().orElse(0),
			rawRoundMedians.stream().mapToDouble(Double::doubleValue).max().orElse(0), RawHealthCounts.STATEMENTS,
			pageMedian / rawMedian);
	}

	/**
	 * Every administration's figures equal the raw GROUP BY's, each administration with routines is there once, and
	 * its routines add up to those inserted for the site (the other site's left out).
	 */
	private void _verify(
		int administrations, int programs, int siteRoutines, List<AdministrationHealth> administrationHealths,
		List<String> raw, List<String> problems) {

		String size = administrations + " × " + programs + ": ";

		List<String> page = new ArrayList<>();

		int routines = 0;

		for (AdministrationHealth administrationHealth : administrationHealths) {
			page.add(
				RawHealthCounts.line(
					administrationHealth.getOrganizationId(), administrationHealth.getRoutineCount(),
					administrationHealth.getReviewedOnTimeCount(),
					administrationHealth.getProgramsWithoutRoutineCount()));

			routines += administrationHealth.getRoutineCount();
		}

		if (!page.equals(raw)) {
			problems.add(size + "page " + page + " but raw GROUP BY " + raw);
		}

		if (administrationHealths.size() != administrations) {
			problems.add(size + administrationHealths.size() + " administrations shown");
		}

		if (routines != siteRoutines) {
			problems.add(size + routines + " routines shown, " + siteRoutines + " inserted");
		}
	}

	private static final long _COMPANY_ID = 20_097;

	private static final long _GROUP_ID = 20_121;

	private static final long _OTHER_GROUP_ID = 20_122;

	private static final int _PAGES_PER_ROUND = 50;

	private static final int _ROUNDS = Integer.getInteger("benchmark.rounds", 5);

	private static final long _USER_ID = 20_123;

	private static final int _WARM_UP_ROUNDS = 3;

	private static final String _ZONE_ID = "Europe/Stockholm";

	private final PersistenceHarness _harness = PersistenceHarness.forServiceBundle(
		LVCareProgramPersistenceConstants.class);
	private int _reviews;

}
