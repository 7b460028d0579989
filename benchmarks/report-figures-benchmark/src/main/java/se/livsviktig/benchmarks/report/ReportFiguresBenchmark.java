package se.livsviktig.benchmarks.report;

import java.lang.reflect.Field;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

import java.sql.Connection;
import java.sql.Timestamp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import se.livsviktig.platform.db.harness.DatabaseServers;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.internal.figures.TrainingFigureFlattening;
import se.livsviktig.report.service.ReportFiguresLocalService;
import se.livsviktig.report.service.impl.ReportFiguresLocalServiceImpl;
import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;
import se.livsviktig.training.internal.figures.ParticipantFiguresQuery;
import se.livsviktig.training.service.TrainingFiguresLocalService;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * Issue 18: the year's report on real PostgreSQL 15 (the persistence harness's), for 10^5 and 10^6 registrations over
 * five years ({@link FiguresData}). Each figure family of training's {@code TrainingFiguresLocalService} (the local
 * service inside the portal's AOP chain, its DSL query through the portal's Hibernate session and Liferay's SQL
 * transformer) and the whole year's report ({@code ReportFiguresLocalService.getFigures}, the report service's own
 * code with training's local service as its reference) are timed in turns with the raw GROUP BY of the same rows
 * ({@link RawFigures}) in the same run. It reports medians, the spread of the rounds' medians, ratios and the
 * statements each call runs, and exits with 1 when a family's figures differ from the raw GROUP BY's, or when the
 * statements of a call differ between the sizes or between calls.
 */
public final class ReportFiguresBenchmark {

	public static void main(String[] args) throws Exception {
		if (System.getProperty("livsviktig.tier") == null) {
			System.setProperty("livsviktig.tier", "persistence");
		}

		if (System.getProperty("livsviktig.harness.countStatements") == null) {
			System.setProperty("livsviktig.harness.countStatements", "true");
		}

		// The portal runs in UTC and stores its dates so; the rows are made the same way.

		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));

		boolean correct = false;

		try {
			correct = new ReportFiguresBenchmark()._run();
		}
		catch (Throwable throwable) {
			throwable.printStackTrace();
		}
		finally {
			DatabaseServers.stopAll();
		}

		System.exit(correct ? 0 : 1);
	}

	private ReportFiguresBenchmark() throws Exception {
		_trainingFiguresLocalService = _harness.get(TrainingFiguresLocalService.class);

		// The report service's own getFigures, wired to training's local service as OSGi wires its @Reference. No other
		// app's figure source is bound (their list stays empty), so the report is training's figures.

		ReportFiguresLocalServiceImpl reportFiguresLocalServiceImpl = new ReportFiguresLocalServiceImpl();

		Field field = ReportFiguresLocalServiceImpl.class.getDeclaredField("_trainingFiguresLocalService");

		field.setAccessible(true);
		field.set(reportFiguresLocalServiceImpl, _trainingFiguresLocalService);

		_reportFiguresLocalService = reportFiguresLocalServiceImpl;
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
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();

		return sorted[(sorted.length - 1) / 2] / 1_000_000.0;
	}

	private static List<String> _participantLines(List<ParticipantFigures> participantFiguresList) {
		List<String> lines = new ArrayList<>();

		for (ParticipantFigures participantFigures : participantFiguresList) {
			lines.add(
				participantFigures.getOrganizationId() + " " + participantFigures.getTrainingMethodId() + " " +
					participantFigures.getSex() + " " +
					participantFigures.getRegistrationCount() + " " + participantFigures.getParticipantCount() + " " +
						participantFigures.getCompletedCount() + " " + participantFigures.getNotCompletedCount() + " " +
							participantFigures.getNoShowCount() + " " + participantFigures.getLateCancellationCount() +
								" " + participantFigures.getUnmetDemandCount() + " " +
									participantFigures.getParticipantHours());
		}

		return lines;
	}

	private static List<String> _sessionLines(List<SessionFigures> sessionFiguresList) {
		List<String> lines = new ArrayList<>();

		for (SessionFigures sessionFigures : sessionFiguresList) {
			lines.add(
				sessionFigures.getTrainingMethodId() + " " + sessionFigures.getHeldCount() + " " +
					sessionFigures.getCancelledCount());
		}

		return lines;
	}

	private static Date _startOfYear(int year) {
		return Date.from(LocalDate.of(year, 1, 1).atStartOfDay(ZoneId.of(_ZONE_ID)).toInstant());
	}

	private Family _family(String name, Callable<?> product, Callable<?> raw) {
		Family family = new Family(name, product, raw);

		_families.put(name, family);

		return family;
	}

	private boolean _run() throws Exception {
		List<String> problems = new ArrayList<>();
		Map<String, List<String>> rows = new LinkedHashMap<>();
		Map<String, Map<String, Long>> statementsBySize = new LinkedHashMap<>();

		String loadBefore = _load();

		for (String size : System.getProperty("benchmark.sizes", "100000,1000000").split(",")) {
			int registrations = Integer.parseInt(size.trim());

			rows.put(size.trim(), _runSize(registrations, problems));

			Map<String, Long> statements = new LinkedHashMap<>();

			for (Family family : _families.values()) {
				statements.put(family.name, family.statements);
			}

			statementsBySize.put(size.trim(), statements);
		}

		String loadAfter = _load();

		System.out.println();
		System.out.println(
			"| registrations | figure family | product median ms | product round medians ms | raw GROUP BY median " +
				"ms | raw round medians ms | ratio | statements |");
		System.out.println("|---|---|---|---|---|---|---|---|");

		rows.values().forEach(lines -> lines.forEach(System.out::println));

		if (new ArrayList<>(statementsBySize.values()).stream().distinct().count() > 1) {
			problems.add("statements per call differ between the sizes: " + statementsBySize);
		}

		System.out.println();
		System.out.println("statements per call at each size: " + statementsBySize);
		System.out.println(
			"machine: " + Runtime.getRuntime().availableProcessors() + " processors, Java " +
				System.getProperty("java.version") + "; load average before " + loadBefore + ", after " + loadAfter +
					"; per family " + _ROUNDS + " measured rounds of " + _CALLS_PER_ROUND + " product calls and " +
						_CALLS_PER_ROUND + " raw GROUP BYs in turns, after " + _WARM_UP_ROUNDS + " warm-up rounds");
		System.out.println(problems.isEmpty() ? "report figures correct" : "REPORT FIGURES WRONG: " + problems);

		return problems.isEmpty();
	}

	private List<String> _runSize(int registrations, List<String> problems) throws Exception {
		_harness.truncateTables();

		long start = System.nanoTime();

		try (Connection connection = _harness.database().connect()) {
			new FiguresData(_COMPANY_ID, _GROUP_ID, _USER_ID, _NOW).populate(connection, registrations);
		}

		System.out.println(
			String.format(
				Locale.ROOT, "%,d registrations over five years inserted and analysed in %,d ms", registrations,
				(System.nanoTime() - start) / 1_000_000));

		Date from = _startOfYear(_YEAR);
		Date to = _startOfYear(_YEAR + 1);
		Date now = Date.from(Instant.parse(_NOW.replace(' ', 'T') + "Z"));

		List<String> lines = new ArrayList<>();

		try (Connection connection = _harness.pooledDataSource().getConnection()) {
			RawFigures rawFigures = new RawFigures(
				connection, _COMPANY_ID, new Timestamp(from.getTime()), new Timestamp(to.getTime()));

			_families.clear();

			_family(
				"sessions held, cancelled (per method)",
				() -> _sessionLines(_trainingFiguresLocalService.getSessionFigures(_COMPANY_ID, from, to, now)),
				() -> rawFigures.sessionFigures(new Timestamp(now.getTime())));
			_family(
				"person figures (per administration as registered, method and sex)",
				() -> _participantLines(_trainingFiguresLocalService.getParticipantFigures(_COMPANY_ID, from, to)),
				rawFigures::participantFigures);
			_family(
				"person figures rolled up (per top-level administration with its subtree, method and sex)",
				() -> _participantLines(
					_trainingFiguresLocalService.getRolledUpParticipantFigures(_COMPANY_ID, 0, from, to)),
				rawFigures::rolledUpParticipantFigures);
			_family(
				"the whole year's report (ReportFiguresLocalService.getFigures)",
				() -> _reportFiguresLocalService.getFigures(_COMPANY_ID, from, to, 0, now),
				() -> {
					List<String> raw = new ArrayList<>(rawFigures.sessionFigures(new Timestamp(now.getTime())));

					raw.addAll(rawFigures.participantFigures());

					return raw;
				});

			if (Boolean.getBoolean("benchmark.explain")) {
				QueryPlans.print(
					connection, "product: person figures",
					new ParticipantFiguresQuery(_COMPANY_ID, from, to).select());
				QueryPlans.print(
					connection, "product: person figures rolled up",
					new ParticipantFiguresQuery(_COMPANY_ID, from, to).selectRolledUp(0));
				rawFigures.explain();
			}

			for (Family family : _families.values()) {
				family.measure(problems);

				lines.add(
					String.format(
						Locale.ROOT, "| %,d | %s | %.1f | %s | %.1f | %s | %.2f | %d |", registrations, family.name,
						_median(family.productNanos), family.productRoundMedians(), _median(family.rawNanos),
						family.rawRoundMedians(), _median(family.productNanos) / _median(family.rawNanos),
						family.statements));
			}

			_verifyReport(from, to, now, problems);

			for (Family family : _families.values()) {
				if (family.product instanceof List && family.raw instanceof List &&
					!family.name.startsWith("the whole") && !family.product.equals(family.raw)) {

					problems.add(
						registrations + " " + family.name + ": product " + family.product + " but raw GROUP BY " +
							family.raw);
				}
			}
		}

		for (String line : lines) {
			System.out.println(line);
		}

		return lines;
	}

	/**
	 * The whole report is the two families it reads, flattened: the same figures as the families' (which are checked
	 * against the raw GROUP BYs), and not none.
	 */
	private void _verifyReport(Date from, Date to, Date now, List<String> problems) throws Exception {
		List<ReportFigure> reportFigures = _reportFiguresLocalService.getFigures(_COMPANY_ID, from, to, 0, now);

		List<ReportFigure> expected = TrainingFigureFlattening.flatten(
			_trainingFiguresLocalService.getSessionFigures(_COMPANY_ID, from, to, now),
			_trainingFiguresLocalService.getParticipantFigures(_COMPANY_ID, from, to));

		if (reportFigures.isEmpty() || !reportFigures.equals(expected)) {
			problems.add("the report's figures are not its families' figures");
		}
	}

	private static final int _CALLS_PER_ROUND = Integer.getInteger("benchmark.calls", 3);

	private static final long _COMPANY_ID = 20_097;

	private static final long _GROUP_ID = 20_121;

	/**
	 * Mid-January after the year: the report's usual moment. Sessions after it (to the end of March) are upcoming.
	 */
	private static final String _NOW = "2026-01-15 07:00:00";

	private static final int _ROUNDS = Integer.getInteger("benchmark.rounds", 5);

	private static final long _USER_ID = 20_123;

	private static final int _WARM_UP_ROUNDS = Integer.getInteger("benchmark.warmUpRounds", 2);

	private static final int _YEAR = 2025;

	private static final String _ZONE_ID = "Europe/Stockholm";

	private final Map<String, Family> _families = new LinkedHashMap<>();
	private final PersistenceHarness _harness = PersistenceHarness.forServiceBundle(
		LVTrainingPersistenceConstants.class);
	private final ReportFiguresLocalService _reportFiguresLocalService;
	private final TrainingFiguresLocalService _trainingFiguresLocalService;

	/**
	 * One figure family: the product's call and the raw GROUP BY, measured in turns.
	 */
	private final class Family {

		Family(String name, Callable<?> productCall, Callable<?> rawCall) {
			this.name = name;

			_productCall = productCall;
			_rawCall = rawCall;
		}

		void measure(List<String> problems) throws Exception {
			List<Long> callStatements = new ArrayList<>();

			for (int round = 0; round < (_WARM_UP_ROUNDS + _ROUNDS); round++) {
				List<Long> roundProductNanos = new ArrayList<>();
				List<Long> roundRawNanos = new ArrayList<>();

				for (int call = 0; call < _CALLS_PER_ROUND; call++) {
					_harness.resetStatementCount();

					long start = System.nanoTime();

					product = _productCall.call();

					roundProductNanos.add(System.nanoTime() - start);

					callStatements.add(_harness.statementCount());

					start = System.nanoTime();

					raw = _rawCall.call();

					roundRawNanos.add(System.nanoTime() - start);
				}

				if (round >= _WARM_UP_ROUNDS) {
					productNanos.addAll(roundProductNanos);
					rawNanos.addAll(roundRawNanos);
					_productRoundMedians.add(_median(roundProductNanos));
					_rawRoundMedians.add(_median(roundRawNanos));
				}
			}

			List<Long> distinctStatements = callStatements.stream().distinct().collect(Collectors.toList());

			if (distinctStatements.size() != 1) {
				problems.add(name + ": statements per call vary " + distinctStatements);
			}

			statements = distinctStatements.get(0);
		}

		String productRoundMedians() {
			return _spread(_productRoundMedians);
		}

		String rawRoundMedians() {
			return _spread(_rawRoundMedians);
		}

		final String name;
		Object product;
		final List<Long> productNanos = new ArrayList<>();
		Object raw;
		final List<Long> rawNanos = new ArrayList<>();
		long statements;

		private String _spread(List<Double> medians) {
			return String.format(
				Locale.ROOT, "%.1f–%.1f", medians.stream().mapToDouble(Double::doubleValue).min().orElse(0),
				medians.stream().mapToDouble(Double::doubleValue).max().orElse(0));
		}

		private final Callable<?> _productCall;
		private final List<Double> _productRoundMedians = new ArrayList<>();
		private final Callable<?> _rawCall;
		private final List<Double> _rawRoundMedians = new ArrayList<>();

	}

}
