package se.livsviktig.benchmarks.catalogue;

import com.liferay.petra.function.UnsafeRunnable;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;
import com.liferay.portal.dao.orm.common.SQLTransformer;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.internal.catalog.CatalogQuery;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.TrainingMethodPersistence;

/**
 * Where the time of one catalogue statement goes, part by part, on a warm JVM: each part alone, repeated, its
 * median. The parts are the steps BasePersistenceImpl.dslQuery takes for the page (the DSL query built and written
 * as SQL, Liferay's SQL transformer, the AOP chain with its SUPPORTS transaction, a Hibernate session opened and
 * closed) and the statement itself, sent by plain JDBC on the pool's connection and on a connection of its own.
 * What the product pays and the raw page does not is the difference; the database's own work is the same.
 *
 * @author Livsviktig
 */
final class CataloguePageCosts {

	CataloguePageCosts(PersistenceHarness harness, long groupId, long companyGroupId, int pageSize) {
		_harness = harness;
		_groupId = groupId;
		_companyGroupId = companyGroupId;
		_pageSize = pageSize;

		_courseSessionLocalService = harness.get(CourseSessionLocalService.class);
		_courseSessionPersistence = harness.get(CourseSessionPersistence.class);
		_trainingMethodLocalService = harness.get(TrainingMethodLocalService.class);
		_trainingMethodPersistence = harness.get(TrainingMethodPersistence.class);
	}

	/**
	 * Prints one line per part: its median and how many statements it sends.
	 */
	void print(Connection rawConnection, RawCataloguePage rawCataloguePage) throws Exception {
		DataSource pooledDataSource = _harness.pooledDataSource();

		Date now = new Date();

		DefaultASTNodeListener pageListener = new DefaultASTNodeListener();

		String pageSQL = new CatalogQuery(
			_groupId, now
		).selectPage(
			null, QueryUtil.ALL_POS, QueryUtil.ALL_POS
		).toSQL(
			pageListener
		);

		String transformedPageSQL = SQLTransformer.transform(pageSQL) + " limit " + _pageSize + " offset 0";

		List<Object> pageValues = pageListener.getScalarValues();

		System.out.println();
		System.out.println("  where one catalogue statement's time goes (median of " + _REPEATS + " each, warm JVM):");
		System.out.println();
		System.out.println("| part | statements | median ms |");
		System.out.println("|---|---|---|");

		_line(
			"page and total: CourseSessionLocalService.getCatalogPage (the whole path: plain JDBC through " +
				"CatalogPageRows; DSL, transformer and the statement are inside it)", 1,
			() -> _courseSessionLocalService.getCatalogPage(
				_groupId, 0, null, null, null, -1, false, null, 0, _pageSize));
		NoDatabaseWork pageThroughHibernate = _harness.aopProxy(
			NoDatabaseWork.class,
			(NoDatabaseWork)() -> {
				// A new millisecond every call, as renders have: else the finder cache would serve the repeats
				// (the page's key holds its "now"), which a portal's renders, milliseconds apart, never find.

				List<Object[]> rows = _courseSessionPersistence.dslQuery(
					new CatalogQuery(
						_groupId, new Date(_distinctMillis.incrementAndGet())
					).selectPage(
						null, 0, _pageSize
					));

				return rows.size();
			});

		_line(
			"page and total through Hibernate as before this round (the persistence's dslQuery, in the AOP chain)", 1,
			pageThroughHibernate::answer);
		_line(
			"methods: TrainingMethodLocalService.getTrainingMethods (findByG_S; served by the finder cache when the " +
				"caches are on)",
			Boolean.getBoolean("livsviktig.harness.caches") ? 0 : 1,
			() -> _trainingMethodLocalService.getTrainingMethods(
				_companyGroupId, WorkflowConstants.STATUS_APPROVED, 0, 200));

		NoDatabaseWork methodsWithoutCache = _harness.aopProxy(
			NoDatabaseWork.class,
			(NoDatabaseWork)() -> _trainingMethodPersistence.findByG_S(
				_companyGroupId, WorkflowConstants.STATUS_APPROVED, 0, 200, null, false
			).size());

		_line(
			"methods without the finder cache (findByG_S's statement: what filterFindByG_S sent on every render, " +
				"less its permission join)", 1,
			methodsWithoutCache::answer);
		_line(
			"DSL: CatalogQuery.selectPage built and written as SQL (DefaultASTNodeListener)", 0,
			() -> {
				DSLQuery dslQuery = new CatalogQuery(
					_groupId, new Date()
				).selectPage(
					null, 0, _pageSize
				);

				dslQuery.toSQL(new DefaultASTNodeListener());
			});
		_line("Liferay's SQL transformer on the page's SQL (SQLTransformer.transform)", 0, () -> SQLTransformer.transform(pageSQL));
		NoDatabaseWork noDatabaseWork = _harness.aopProxy(NoDatabaseWork.class, (NoDatabaseWork)() -> 42);

		_line(
			"AOP chain and SUPPORTS read-only transaction alone (a method that reads nothing, through the proxy)", 0,
			noDatabaseWork::answer);
		// A Hibernate session opens only inside the AOP chain's transaction synchronization, as in the portal
		// (outside it PortalCurrentSessionContext refuses): so this part is the chain and the session together.

		NoDatabaseWork openAndCloseSession = _harness.aopProxy(
			NoDatabaseWork.class,
			(NoDatabaseWork)() -> {
				Session session = _courseSessionPersistence.openSession();

				_courseSessionPersistence.closeSession(session);

				return 1;
			});

		_line(
			"AOP chain, SUPPORTS transaction and a Hibernate session opened and closed (no statement)", 0,
			openAndCloseSession::answer);
		_line(
			"the page's statement by plain JDBC on a connection of the pool (borrow, prepare, read, return)", 1,
			() -> {
				try (Connection connection = pooledDataSource.getConnection()) {
					_run(connection, transformedPageSQL, pageValues);
				}
			});
		_line(
			"the page's statement by plain JDBC on the raw page's open connection", 1,
			() -> _run(rawConnection, transformedPageSQL, pageValues));
		_line(
			"the raw page (RawCataloguePage.render: its select and its count)", RawCataloguePage.STATEMENTS,
			() -> rawCataloguePage.render(new Date(), 0, _pageSize));

		System.out.println();
	}

	private static void _bind(PreparedStatement preparedStatement, List<Object> values) throws Exception {
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);

			if (value instanceof Date) {
				preparedStatement.setTimestamp(i + 1, new Timestamp(((Date)value).getTime()));
			}
			else {
				preparedStatement.setObject(i + 1, value);
			}
		}
	}

	private static void _run(Connection connection, String sql, List<Object> values) throws Exception {
		try (PreparedStatement preparedStatement = connection.prepareStatement(sql)) {
			_bind(preparedStatement, values);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					resultSet.getLong(1);
				}
			}
		}
	}

	private void _line(String part, int statements, UnsafeRunnable<Exception> unsafeRunnable) throws Exception {
		for (int i = 0; i < _REPEATS; i++) {
			unsafeRunnable.run();
		}

		long[] nanos = new long[_REPEATS];

		for (int i = 0; i < _REPEATS; i++) {
			long start = System.nanoTime();

			unsafeRunnable.run();

			nanos[i] = System.nanoTime() - start;
		}

		Arrays.sort(nanos);

		System.out.println(
			String.format(Locale.ROOT, "| %s | %d | %.3f |", part, statements, nanos[_REPEATS / 2] / 1_000_000.0));
	}

	private static final int _REPEATS = Integer.getInteger("benchmark.costRepeats", 1000);

	private final long _companyGroupId;
	private final AtomicLong _distinctMillis = new AtomicLong(System.currentTimeMillis());
	private final CourseSessionLocalService _courseSessionLocalService;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final long _groupId;
	private final PersistenceHarness _harness;
	private final int _pageSize;
	private final TrainingMethodLocalService _trainingMethodLocalService;
	private final TrainingMethodPersistence _trainingMethodPersistence;

}
