package se.livsviktig.platform.persistence.harness;

import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.TransactionConfig;
import com.liferay.portal.kernel.transaction.TransactionCommitCallbackUtil;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;
import com.liferay.portal.kernel.transaction.TransactionLifecycleListener;
import com.liferay.portal.spring.transaction.DefaultTransactionExecutor;
import com.liferay.portal.spring.transaction.TransactionExecutor;
import com.liferay.portal.spring.transaction.TransactionInvokerImpl;

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

		// The portal publishes this listener at start-up: without it, TransactionCommitCallbackUtil runs an
		// "after commit" callback at once, inside the open transaction, on its connection.

		EmbeddedFramework.get(
		).getBundleContext(
		).registerService(
			TransactionLifecycleListener.class,
			TransactionCommitCallbackUtil.TRANSACTION_LIFECYCLE_LISTENER, null);
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
