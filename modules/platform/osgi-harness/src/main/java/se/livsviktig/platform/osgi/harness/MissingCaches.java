package se.livsviktig.platform.osgi.harness;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The portal's entity and finder caches as caches that never hold anything: every lookup misses, every put
 * and removal is accepted and forgotten. Generated persistence always goes through them (and clears them when
 * it deactivates); with nothing cached, what a test sees is what the service did.
 *
 * @author Livsviktig
 */
final class MissingCaches {

	static <T> T of(Class<T> cacheType) {
		return cacheType.cast(
			Proxy.newProxyInstance(
				cacheType.getClassLoader(), new Class<?>[] {cacheType},
				(proxy, method, arguments) -> _miss(
					cacheType, proxy, method, arguments)));
	}

	private static Object _miss(
		Class<?> cacheType, Object proxy, Method method, Object[] arguments) {

		if (method.getDeclaringClass() == Object.class) {
			switch (method.getName()) {
				case "equals":
					return proxy == arguments[0];
				case "hashCode":
					return System.identityHashCode(proxy);
				default:
					return "Always missing " + cacheType.getName();
			}
		}

		Class<?> returnType = method.getReturnType();

		if (returnType.isPrimitive() && (returnType != void.class)) {

			// A zero of the right primitive type, boxed: false, 0, 0L...

			return Array.get(Array.newInstance(returnType, 1), 0);
		}

		return null;
	}

	private MissingCaches() {
	}

}
