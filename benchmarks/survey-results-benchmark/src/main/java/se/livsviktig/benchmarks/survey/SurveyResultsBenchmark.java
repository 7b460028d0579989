package se.livsviktig.benchmarks.survey;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;

import java.lang.reflect.Proxy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;

import org.mockito.Mockito;

import se.livsviktig.platform.db.harness.DatabaseServers;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.configuration.SurveyCompanyConfiguration;
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.model.SurveyDistribution;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsGroup;
import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.survey.service.SurveyQuestionLocalService;
import se.livsviktig.survey.service.SurveyResultsLocalService;
import se.livsviktig.survey.service.internal.results.ResultsQuestion;
import se.livsviktig.survey.service.internal.results.ResultsQuestions;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * A survey's results page over 10^6 answers: {@code
 * SurveyResultsLocalService.getSurveyResults} grouped by method ×
 * administration × quarter (both statements, primary and complementary
 * suppression across every table of the page) on the persistence harness's
 * real PostgreSQL 15, against the raw GROUP BY of the same answers with
 * plain JDBC ({@link RawAnswerCounts}) in turns in the same run. 200,000
 * responses of five answers (four Likert, one yes/no) over six methods,
 * twelve administrations and eight quarters, skewed so that small groups and
 * suppression occur, and 300,000 invitations. After a warm-up it measures a
 * number of rounds and reports the median, the spread, the ratio and the
 * statements one page runs, and the machine's load. Exits with 1 when a shown
 * count differs from the raw GROUP BY, or a count below the minimum is
 * shown.
 */
public final class SurveyResultsBenchmark {

	public static void main(String[] args) throws Exception {
		if (System.getProperty("livsviktig.tier") == null) {
			System.setProperty("livsviktig.tier", "persistence");
		}

		if (System.getProperty("livsviktig.harness.countStatements") == null) {
			System.setProperty("livsviktig.harness.countStatements", "true");
		}

		boolean correct = false;

		try {
			correct = new SurveyResultsBenchmark()._run();
		}
		catch (Throwable throwable) {
			throwable.printStackTrace();
		}
		finally {
			DatabaseServers.stopAll();
		}

		System.exit(correct ? 0 : 1);
	}

	private SurveyResultsBenchmark() {
		ConfigurationProvider configurationProvider = _harness.portalService(
			ConfigurationProvider.class);

		SurveyCompanyConfiguration surveyCompanyConfiguration =
			(SurveyCompanyConfiguration)Proxy.newProxyInstance(
				SurveyCompanyConfiguration.class.getClassLoader(),
				new Class<?>[] {SurveyCompanyConfiguration.class},
				(proxy, method, arguments) -> {
					if (method.getName().equals("minimumRespondents")) {
						return _MINIMUM;
					}

					throw new UnsupportedOperationException(method.toString());
				});

		try {
			Mockito.when(
				configurationProvider.getCompanyConfiguration(
					SurveyCompanyConfiguration.class, _COMPANY_ID)
			).thenReturn(
				surveyCompanyConfiguration
			);
		}
		catch (Exception exception) {
			throw new IllegalStateException(exception);
		}
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

	private static String _localized(String value) {
		return "<?xml version='1.0' encoding='UTF-8'?><root available-locales=\"sv_SE,en_US\" " +
			"default-locale=\"sv_SE\"><Text language-id=\"sv_SE\">" + value + "</Text><Text language-id=\"en_US\">" +
				value + "</Text></root>";
	}

	private static double _millis(List<Long> nanos, int percentile) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();

		int index = (int)Math.ceil(percentile / 100.0 * sorted.length) - 1;

		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

	private static List<Long> _sums(List<Long> a, List<Long> b) {
		List<Long> sums = new ArrayList<>();

		for (int i = 0; i < a.size(); i++) {
			sums.add(a.get(i) + b.get(i));
		}

		return sums;
	}

	/**
	 * A skewed pick: index i with weight 1/(i+1), so the first methods and
	 * administrations are large and the last ones small.
	 */
	private static int _skewed(Random random, int size) {
		double total = 0;

		for (int i = 0; i < size; i++) {
			total += 1.0 / (i + 1) / (i + 1);
		}

		double pick = random.nextDouble() * total;

		for (int i = 0; i < size; i++) {
			pick -= 1.0 / (i + 1) / (i + 1);

			if (pick <= 0) {
				return i;
			}
		}

		return size - 1;
	}

	private void _populate() throws SQLException {
		_harness.truncateTables();

		Random random = new Random(20261206L);

		long start = System.nanoTime();

		try (Connection connection = _harness.database().connect()) {
			connection.setAutoCommit(false);

			try (PreparedStatement preparedStatement = connection.prepareStatement(
					"insert into LVSurvey_Survey (uuid_, surveyId, groupId, companyId, userId, userName, createDate, " +
						"modifiedDate, title, description, kind, anonymous, status) values (?, ?, ?, ?, ?, ?, ?, ?, " +
							"?, ?, ?, ?, ?)")) {

				_bind(
					preparedStatement, UUID.randomUUID().toString(), _SURVEY_ID, _GROUP_ID, _COMPANY_ID, _USER_ID,
					"Samordnare", _now(), _now(), _localized("Uppföljning"), _localized(""), 1, true, 1);

				preparedStatement.executeUpdate();
			}

			try (PreparedStatement preparedStatement = connection.prepareStatement(
					"insert into LVSurvey_SurveyQuestion (uuid_, surveyQuestionId, groupId, companyId, surveyId, " +
						"position, questionType, text_, lowLabel, highLabel, options, required) values (?, ?, ?, ?, " +
							"?, ?, ?, ?, ?, ?, ?, ?)")) {

				for (int i = 0; i < _QUESTION_IDS.length; i++) {
					int questionType = (i < 4) ? SurveyQuestionConstants.TYPE_LIKERT :
						SurveyQuestionConstants.TYPE_YES_NO;

					_bind(
						preparedStatement, UUID.randomUUID().toString(), _QUESTION_IDS[i], _GROUP_ID, _COMPANY_ID,
						_SURVEY_ID, i, questionType, _localized("Fråga " + (i + 1)), _localized("Inte alls"),
						_localized("Helt"), _localized(""), true);

					preparedStatement.addBatch();
				}

				preparedStatement.executeBatch();
			}

			try (PreparedStatement responseStatement = connection.prepareStatement(
					"insert into LVSurvey_SurveyResponse (surveyResponseId, companyId, groupId, surveyId, " +
						"surveyDispatchId, methodId, courseSessionId, organizationId, responseMonth, responseDay, " +
							"userId) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement answerStatement = connection.prepareStatement(
					"insert into LVSurvey_SurveyAnswer (surveyAnswerId, companyId, surveyResponseId, " +
						"surveyQuestionId, numericValue, textValue) values (?, ?, ?, ?, ?, ?)");
				PreparedStatement invitationStatement = connection.prepareStatement(
					"insert into LVSurvey_SurveyInvitation (surveyInvitationId, companyId, groupId, " +
						"surveyDispatchId, surveyId, registrationId, userId, courseSessionId, methodId, " +
							"organizationId, status, sentDate, reminderCount, lastReminderDate, expirationDate, " +
								"sentMonth) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {

				long id = 1_000_000;

				for (int response = 0; response < _RESPONSES; response++) {
					int method = _skewed(random, _METHODS);
					int organization = _skewed(random, _ORGANIZATIONS);
					int monthIndex = random.nextInt(24);

					LocalDate day = LocalDate.of(2025, 1, 1).plusMonths(monthIndex).plusDays(random.nextInt(28));

					int responseMonth = (day.getYear() * 100) + day.getMonthValue();
					long methodId = 501 + method;
					long courseSessionId = 90_000 + (method * 1000) + random.nextInt(300);
					long organizationId = 7001 + organization;

					long surveyResponseId = ++id;

					_bind(
						responseStatement, surveyResponseId, _COMPANY_ID, _GROUP_ID, _SURVEY_ID, _DISPATCH_ID,
						methodId, courseSessionId, organizationId, responseMonth,
						Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)), 0L);

					responseStatement.addBatch();

					for (int i = 0; i < _QUESTION_IDS.length; i++) {
						int value = (i < 4) ? Math.min(5, 1 + random.nextInt(3) + random.nextInt(3)) :
							random.nextInt(2);

						_bind(answerStatement, ++id, _COMPANY_ID, surveyResponseId, _QUESTION_IDS[i], value, null);

						answerStatement.addBatch();
					}

					// Three invitations for every two responses: the answered one, and every second time one
					// that was sent and not answered.

					for (int invitation = 0; invitation < (((response % 2) == 0) ? 2 : 1); invitation++) {
						_bind(
							invitationStatement, ++id, _COMPANY_ID, _GROUP_ID, _DISPATCH_ID, _SURVEY_ID, id, 30_000L + id,
							courseSessionId, methodId, organizationId, (invitation == 0) ? 2 : 1,
							Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)), 0, null,
							Timestamp.from(day.plusMonths(2).atStartOfDay().toInstant(ZoneOffset.UTC)), responseMonth);

						invitationStatement.addBatch();

						_invitations++;
					}

					if ((response % 5_000) == 4_999) {
						responseStatement.executeBatch();
						answerStatement.executeBatch();
						invitationStatement.executeBatch();
						connection.commit();
					}
				}

				responseStatement.executeBatch();
				answerStatement.executeBatch();
				invitationStatement.executeBatch();
				connection.commit();
			}

			try (Statement statement = connection.createStatement()) {
				connection.setAutoCommit(true);

				statement.execute("ANALYZE");
			}
		}

		System.out.println(
			String.format(
				Locale.ROOT,
				"%,d responses, %,d answers, %,d invitations inserted and analysed in %,d ms", _RESPONSES,
				_RESPONSES * _QUESTION_IDS.length, _invitations, (System.nanoTime() - start) / 1_000_000));
	}

	private static Timestamp _now() {
		return Timestamp.from(LocalDate.of(2026, 12, 6).atStartOfDay().toInstant(ZoneOffset.UTC));
	}

	private boolean _run() throws Exception {
		_populate();

		SurveyResultsLocalService surveyResultsLocalService = _harness.get(SurveyResultsLocalService.class);

		SurveyResultsQuery query = new SurveyResultsQuery(
			0, 0, 0, 0, 0,
			Arrays.asList(
				SurveyResultsQuery.GroupBy.METHOD, SurveyResultsQuery.GroupBy.ADMINISTRATION,
				SurveyResultsQuery.GroupBy.QUARTER));

		List<Long> pageNanos = new ArrayList<>();
		List<Long> rawNanos = new ArrayList<>();
		List<Long> rawGroupCountsNanos = new ArrayList<>();
		List<Long> statements = new ArrayList<>();
		List<Long> distributionsNanos = new ArrayList<>();
		List<Long> groupCountsNanos = new ArrayList<>();
		List<Long> suppressionNanos = new ArrayList<>();

		List<ResultsQuestion> questions = new ArrayList<>();

		for (long surveyQuestionId : _QUESTION_IDS) {
			questions.add(
				ResultsQuestions.of(
					_harness.get(SurveyQuestionLocalService.class).getSurveyQuestion(surveyQuestionId)));
		}

		String loadBefore = _load();

		SurveyResults surveyResults = null;
		Map<String, Long> rawCounts = null;

		try (Connection connection = _harness.pooledDataSource().getConnection()) {
			RawAnswerCounts rawAnswerCounts = new RawAnswerCounts(connection, _SURVEY_ID);
			RawGroupCounts rawGroupCounts = new RawGroupCounts(connection, _SURVEY_ID);
			PageBreakdown pageBreakdown = new PageBreakdown(
				connection, _COMPANY_ID, _SURVEY_ID, query, questions, _MINIMUM);

			if (Boolean.getBoolean("benchmark.explain")) {
				pageBreakdown.explain();
			}

			for (int round = 0; round < (_WARM_UP_ROUNDS + _ROUNDS); round++) {
				_harness.resetStatementCount();

				long start = System.nanoTime();

				surveyResults = surveyResultsLocalService.getSurveyResults(_SURVEY_ID, query);

				long page = System.nanoTime() - start;
				long pageStatements = _harness.statementCount();

				start = System.nanoTime();

				rawCounts = rawAnswerCounts.run();

				long raw = System.nanoTime() - start;

				start = System.nanoTime();

				rawGroupCounts.run();

				long rawGroups = System.nanoTime() - start;

				long[] parts = pageBreakdown.run();

				if (round >= _WARM_UP_ROUNDS) {
					pageNanos.add(page);
					rawNanos.add(raw);
					rawGroupCountsNanos.add(rawGroups);
					statements.add(pageStatements);
					distributionsNanos.add(parts[0]);
					groupCountsNanos.add(parts[1]);
					suppressionNanos.add(parts[2]);
				}
			}
		}

		String loadAfter = _load();

		List<String> problems = _verify(surveyResults, rawCounts);

		double pageMedian = _millis(pageNanos, 50);
		double rawMedian = _millis(rawNanos, 50);

		int hidden = 0;
		int shown = 0;

		for (SurveyQuestionResults questionResults : surveyResults.getQuestionResults()) {
			for (SurveyDistribution distribution : questionResults.getGroupDistributions()) {
				for (int i = 0; i < distribution.getValueCount(); i++) {
					if (distribution.getCount(i).isPresent()) {
						shown++;
					}
					else {
						hidden++;
					}
				}
			}
		}

		System.out.println();
		System.out.println(
			"| responses | answers | groups | cells shown / suppressed | page median ms | page min–max ms | " +
				"page statements | raw GROUP BY median ms | raw min–max ms | raw statements | ratio |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
		System.out.println(
			String.format(
				Locale.ROOT, "| %,d | %,d | %,d | %,d / %,d | %.0f | %.0f–%.0f | %s | %.0f | %.0f–%.0f | %d | %.2f |",
				_RESPONSES, _RESPONSES * _QUESTION_IDS.length, surveyResults.getGroups().size(), shown, hidden,
				pageMedian, _millis(pageNanos, 0), _millis(pageNanos, 100),
				statements.stream().distinct().map(String::valueOf).reduce((a, b) -> a + "–" + b).orElse(""),
				rawMedian, _millis(rawNanos, 0), _millis(rawNanos, 100), RawAnswerCounts.STATEMENTS,
				pageMedian / rawMedian));
		System.out.println();
		double rawBothMedian = _millis(_sums(rawNanos, rawGroupCountsNanos), 50);

		System.out.println(
			String.format(
				Locale.ROOT,
				"Against both figure families' raw GROUP BYs (answers, then respondents and invited: %d statements), " +
					"median %.0f ms (respondents/invited alone %.0f ms, %.0f–%.0f): ratio %.2f",
				RawAnswerCounts.STATEMENTS + RawGroupCounts.STATEMENTS, rawBothMedian,
				_millis(rawGroupCountsNanos, 50), _millis(rawGroupCountsNanos, 0), _millis(rawGroupCountsNanos, 100),
				pageMedian / rawBothMedian));
		System.out.println();
		System.out.println(
			"Where the page's time goes (the product's statements over plain JDBC, then its suppression, each " +
				"timed alone in the same rounds; median (min–max) ms):");
		System.out.println();
		System.out.println("| answer counts statement | respondents/invited statement | suppression (assembling) |");
		System.out.println("|---|---|---|");
		System.out.println(
			String.format(
				Locale.ROOT, "| %.0f (%.0f–%.0f) | %.0f (%.0f–%.0f) | %.1f (%.1f–%.1f) |", _millis(distributionsNanos, 50),
				_millis(distributionsNanos, 0), _millis(distributionsNanos, 100), _millis(groupCountsNanos, 50),
				_millis(groupCountsNanos, 0), _millis(groupCountsNanos, 100), _millis(suppressionNanos, 50),
				_millis(suppressionNanos, 0), _millis(suppressionNanos, 100)));
		System.out.println();
		System.out.println(
			"machine: " + Runtime.getRuntime().availableProcessors() + " processors, Java " +
				System.getProperty("java.version") + "; load average before " + loadBefore + ", after " + loadAfter +
					"; " + _ROUNDS + " measured rounds after " + _WARM_UP_ROUNDS + " warm-up rounds");
		System.out.println(problems.isEmpty() ? "page correct" : "PAGE WRONG: " + problems);

		return problems.isEmpty();
	}

	/**
	 * Every shown count equals the raw GROUP BY's, every count below the
	 * minimum is hidden, every sent invitation is counted once, and no group
	 * has fewer invited than respondents.
	 */
	private List<String> _verify(SurveyResults surveyResults, Map<String, Long> rawCounts) {
		List<String> problems = new ArrayList<>();

		List<SurveyResultsGroup> groups = surveyResults.getGroups();

		for (SurveyQuestionResults questionResults : surveyResults.getQuestionResults()) {
			int[] values = questionResults.getValues();

			for (int g = 0; g < groups.size(); g++) {
				SurveyResultsGroup group = groups.get(g);
				SurveyDistribution distribution = questionResults.getGroupDistributions().get(g);

				for (int i = 0; i < values.length; i++) {
					long raw = rawCounts.getOrDefault(
						RawAnswerCounts.key(
							questionResults.getSurveyQuestionId(), values[i], group.getMethodId(),
							group.getOrganizationId(), group.getPeriod()),
						0L);

					OptionalLong count = distribution.getCount(i);

					if (count.isPresent() && (count.getAsLong() != raw)) {
						problems.add(group.getMethodId() + "/" + group.getOrganizationId() + "/" + group.getPeriod() +
							" value " + values[i] + ": " + count.getAsLong() + " shown, " + raw + " counted");
					}

					if (count.isPresent() && (raw > 0) && (raw < _MINIMUM)) {
						problems.add("count " + raw + " below the minimum shown");
					}
				}
			}
		}

		// Every invitation was sent (none pending), in the month of its response's day: all count, and each
		// group's invited are at least its respondents

		if (surveyResults.getTotalInvited() != _invitations) {
			problems.add(surveyResults.getTotalInvited() + " invited counted, " + _invitations + " sent");
		}

		for (SurveyResultsGroup group : groups) {
			OptionalLong respondents = group.getRespondents();

			if (respondents.isPresent() && (group.getInvited() < respondents.getAsLong())) {
				problems.add(
					group.getMethodId() + "/" + group.getOrganizationId() + "/" + group.getPeriod() + ": " +
						group.getInvited() + " invited, " + respondents.getAsLong() + " respondents");
			}
		}

		if (problems.size() > 10) {
			return problems.subList(0, 10);
		}

		return problems;
	}

	private static final long _COMPANY_ID = 20_097;

	private static final long _DISPATCH_ID = 40_001;

	private static final long _GROUP_ID = 20_121;

	private static final int _METHODS = 6;

	private static final int _MINIMUM = 5;

	private static final int _ORGANIZATIONS = 12;

	private static final long[] _QUESTION_IDS = {30_001, 30_002, 30_003, 30_004, 30_005};

	private static final int _RESPONSES = Integer.getInteger("benchmark.responses", 200_000);

	private static final int _ROUNDS = Integer.getInteger("benchmark.rounds", 5);

	private static final long _SURVEY_ID = 30_000;

	private static final long _USER_ID = 20_123;

	private static final int _WARM_UP_ROUNDS = 3;

	private final PersistenceHarness _harness = PersistenceHarness.forServiceBundle(
		LVSurveyPersistenceConstants.class);
	private int _invitations;

}
