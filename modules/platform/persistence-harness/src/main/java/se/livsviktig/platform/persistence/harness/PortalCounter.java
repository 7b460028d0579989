package se.livsviktig.platform.persistence.harness;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.counter.service.impl.CounterLocalServiceImpl;
import com.liferay.counter.service.persistence.impl.CounterFinderFactory;
import com.liferay.portal.kernel.util.PortalClassLoaderUtil;
import com.liferay.portal.kernel.util.ProxyUtil;
import com.liferay.portal.spring.transaction.CounterTransactionExecutor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.springframework.orm.hibernate5.HibernateTransactionManager;

import se.livsviktig.platform.db.harness.LiferaySql;
import se.livsviktig.platform.db.harness.ModuleResources;
import se.livsviktig.platform.db.harness.TestDatabase;

/**
 * The portal's own counter service (CounterLocalServiceImpl over CounterFinderImpl, from the API jar) on the
 * portal's own Counter table and counter session factory, behind the same proxy the portal gives it, so primary
 * keys come from where they come from in production. As in the portal, ranges of ids are taken in transactions of
 * the counter's own: an id handed out inside a transaction that later rolls back stays used.
 */
final class PortalCounter {

	static CounterLocalService create(TestDatabase testDatabase, DataSource dataSource) {
		LiferaySql.run(testDatabase, _counterTableSql());

		SessionFactoryImplementor counterSessionFactory = HibernateSessionFactories.buildCounterSessionFactory(
			dataSource);

		CounterLocalServiceImpl counterLocalServiceImpl = new CounterLocalServiceImpl();

		counterLocalServiceImpl.setCounterFinder(
			CounterFinderFactory.createCounterFinder(
				dataSource,
				HibernateSessionFactories.liferaySessionFactory(
					counterSessionFactory, PortalClassLoaderUtil.getClassLoader())));

		CounterLocalService counterLocalService = (CounterLocalService)ProxyUtil.newProxyInstance(
			CounterLocalService.class.getClassLoader(), new Class<?>[] {CounterLocalService.class},
			new CounterAopInvocationHandler(
				counterLocalServiceImpl, new CounterTransactionExecutor(_transactionManager(counterSessionFactory))));

		counterLocalServiceImpl.setCounterLocalService(counterLocalService);

		counterLocalServiceImpl.afterPropertiesSet();

		return counterLocalService;
	}

	/**
	 * The Counter table exactly as the portal creates it, from portal-tables.sql in the API jar.
	 */
	private static String _counterTableSql() {
		String portalTablesSql = ModuleResources.of(
			CounterLocalServiceImpl.class
		).require(
			"com/liferay/portal/tools/sql/dependencies/portal-tables.sql"
		);

		Matcher matcher = _COUNTER_TABLE_PATTERN.matcher(portalTablesSql);

		if (!matcher.find()) {
			throw new IllegalStateException("portal-tables.sql no longer creates the Counter table");
		}

		return matcher.group();
	}

	/**
	 * The portal runs the counter's transactions on a PortletTransactionManager over the counter session factory;
	 * here Spring's HibernateTransactionManager over the same factory stands in. It must not bind the data source
	 * as well: the service bundle's transaction already has, and the counter's is a separate one.
	 */
	private static HibernateTransactionManager _transactionManager(SessionFactoryImplementor counterSessionFactory) {
		HibernateTransactionManager hibernateTransactionManager = new HibernateTransactionManager();

		// Set before afterPropertiesSet, which would otherwise find the data source through the session factory.

		hibernateTransactionManager.setAutodetectDataSource(false);
		hibernateTransactionManager.setSessionFactory(counterSessionFactory);

		hibernateTransactionManager.afterPropertiesSet();

		return hibernateTransactionManager;
	}

	private PortalCounter() {
	}

	private static final Pattern _COUNTER_TABLE_PATTERN = Pattern.compile(
		"create table Counter \\(.*?\\);", Pattern.DOTALL);

}
