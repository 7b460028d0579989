package se.livsviktig.platform.persistence.harness;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.util.ArrayUtil;
import com.liferay.portal.kernel.util.ProxyUtil;
import com.liferay.portal.spring.aop.AopCacheManager;
import com.liferay.portal.spring.aop.AopInvocationHandler;
import com.liferay.portal.spring.transaction.TransactionExecutor;

/**
 * Wraps a service in the portal's own AOP chain, the way the portal's AOP service registrar does for every
 * AopService component: AopCacheManager builds the AopInvocationHandler with the portal's advices (RetryAdvice,
 * ServiceContextAdvice, IndexableAdvice, SystemEventAdvice...) around a TransactionInterceptor, and the proxy is
 * handed back to the service through setAopProxy. So @Transactional and @Retry behave as in the portal.
 */
final class AopProxies {

	static Object wrap(AopService aopService, TransactionExecutor transactionExecutor) {
		Class<?>[] aopInterfaces = aopService.getAopInterfaces();

		if (ArrayUtil.isEmpty(aopInterfaces)) {
			aopInterfaces = ArrayUtil.remove(aopService.getClass().getInterfaces(), AopService.class);
		}

		Object aopProxy = wrap(aopService, aopInterfaces, transactionExecutor);

		aopService.setAopProxy(aopProxy);

		return aopProxy;
	}

	static Object wrap(Object target, Class<?>[] interfaces, TransactionExecutor transactionExecutor) {
		AopInvocationHandler aopInvocationHandler = AopCacheManager.create(target, transactionExecutor);

		Class<?> targetClass = target.getClass();

		return ProxyUtil.newProxyInstance(targetClass.getClassLoader(), interfaces, aopInvocationHandler);
	}

	private AopProxies() {
	}

}
