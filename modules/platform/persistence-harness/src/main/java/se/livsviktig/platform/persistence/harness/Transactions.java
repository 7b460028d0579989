package se.livsviktig.platform.persistence.harness;

import com.liferay.portal.kernel.cache.thread.local.ThreadLocalCacheManager;
import com.liferay.portal.kernel.cache.transactional.TransactionalPortalCacheUtil;
import com.liferay.portal.kernel.internal.spring.transaction.ReadOnlyTransactionThreadLocal;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.TransactionConfig;
import com.liferay.portal.kernel.transaction.TransactionCommitCallbackUtil;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;
import com.liferay.portal.kernel.transaction.TransactionLifecycleNotifier;
import com.liferay.portal.spring.transaction.DefaultTransactionExecutor;
import com.liferay.portal.spring.transaction.TransactionExecutor;
import com.liferay.portal.spring.transaction.TransactionInvokerImpl;
import com.liferay.portal.transaction.TransactionLifecycleManagerInitializer;

import java.util.Arrays;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;

import org.springframework.orm.hibernate5.HibernateTransactionManager;

/**
 * Transactions as the portal runs them: Liferay's DefaultTransactionExecutor over a Spring Hibernate transaction
 * manager, used both by the AOP chain (@Transactional on local services) and by TransactionInvokerUtil. The
 * portal's own LastSessionRecorderHibernateTransactionManager needs Liferay's patched spring-tx, so Spring's
 * HibernateTransactionManager stands in for it.
 */
final class Transactions {

	static Transactions create(SessionFactory sessionFactory, DataSource dataSource) {
		HibernateTransactionManager hibernateTransactionManager = new HibernateTransactionManager(sessionFactory);

		hibernateTransactionManager.setDataSource(dataSource);

		hibernateTransactionManager.afterPropertiesSet();

		return new Transactions(new DefaultTransactionExecutor(hibernateTransactionManager));
	}

	/**
	 * Makes this the executor behind TransactionInvokerUtil. The kernel keeps one per JVM.
	 */
	void install() {
		TransactionInvokerImpl transactionInvokerImpl = new TransactionInvokerImpl();

		transactionInvokerImpl.setTransactionExecutor(_transactionExecutor);

		new TransactionInvokerUtil().setTransactionInvoker(transactionInvokerImpl);

		_registerTransactionLifecycleListeners();
	}

	/**
	 * Runs the callable in a new or joined read-write transaction that rolls back on any exception, through the
	 * portal's TransactionInvokerUtil.
	 */
	<T> T required(Callable<T> callable) throws Exception {
		try {
			return TransactionInvokerUtil.invoke(_REQUIRED, callable);
		}
		catch (Exception | Error throwable) {
			throw throwable;
		}
		catch (Throwable throwable) {

			// Only a Callable runs in here, and it throws exceptions only; keep the signature usable in lambdas.

			throw new IllegalStateException(throwable);
		}
	}

	/**
	 * Hands the kernel the transaction lifecycle listeners, as the portal's base-spring.xml does at start-up
	 * through the same TransactionLifecycleManagerInitializer. Above all TransactionCommitCallbackUtil's:
	 * without it, TransactionCommitCallbackUtil.registerCallback runs "after commit" work at once, inside the
	 * open transaction and under its row locks. LastSessionRecorderUtil's listener is left out: it serves the
	 * portal's LastSessionRecorderHibernateTransactionManager, for which Spring's manager stands in here. The
	 * kernel keeps the listeners once per JVM and ignores one registered twice.
	 */
	private static void _registerTransactionLifecycleListeners() {
		TransactionLifecycleManagerInitializer transactionLifecycleManagerInitializer =
			new TransactionLifecycleManagerInitializer();

		transactionLifecycleManagerInitializer.setTransactionLifecycleListeners(
			Arrays.asList(
				ThreadLocalCacheManager.TRANSACTION_LIFECYCLE_LISTENER,
				TransactionalPortalCacheUtil.TRANSACTION_LIFECYCLE_LISTENER,
				ReadOnlyTransactionThreadLocal.TRANSACTION_LIFECYCLE_LISTENER,
				TransactionLifecycleNotifier.TRANSACTION_LIFECYCLE_LISTENER,
				TransactionCommitCallbackUtil.TRANSACTION_LIFECYCLE_LISTENER));
	}

	TransactionExecutor transactionExecutor() {
		return _transactionExecutor;
	}

	private Transactions(TransactionExecutor transactionExecutor) {
		_transactionExecutor = transactionExecutor;
	}

	private static final TransactionConfig _REQUIRED = TransactionConfig.Factory.create(
		Propagation.REQUIRED, new Class<?>[] {Exception.class});

	private final TransactionExecutor _transactionExecutor;

}
