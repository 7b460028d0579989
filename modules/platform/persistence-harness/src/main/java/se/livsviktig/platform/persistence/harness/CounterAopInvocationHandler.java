package se.livsviktig.platform.persistence.harness;

import com.liferay.portal.kernel.aop.ChainableMethodAdvice;
import com.liferay.portal.spring.aop.AopInvocationHandler;
import com.liferay.portal.spring.transaction.TransactionExecutor;

/**
 * The proxy the portal puts around its counter service (AopConfigurableApplicationContextConfigurator's counter
 * auto proxy creator): an AopInvocationHandler with no advices but the transaction interceptor, whose executor is
 * the counter's own, so ids are taken in transactions of their own.
 */
final class CounterAopInvocationHandler extends AopInvocationHandler {

	CounterAopInvocationHandler(Object counterLocalService, TransactionExecutor counterTransactionExecutor) {
		super(counterLocalService, new ChainableMethodAdvice[0], counterTransactionExecutor);
	}

}
