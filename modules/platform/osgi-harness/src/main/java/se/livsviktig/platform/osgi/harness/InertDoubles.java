package se.livsviktig.platform.osgi.harness;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Doubles that exist, so that components referencing them become satisfied, but refuse every call with a
 * message saying why. For portal infrastructure the tier does not have (a database, caches), so a test that
 * reaches it unexpectedly fails with a clear reason instead of a {@code null}.
 *
 * @author Livsviktig
 */
public final class InertDoubles {

	public static <T> T of(Class<T> type, String reason) {
		return type.cast(
			Proxy.newProxyInstance(
				type.getClassLoader(), new Class<?>[] {type},
				(proxy, method, arguments) -> _invoke(
					type, reason, proxy, method, arguments)));
	}

	private static Object _invoke(
		Class<?> type, String reason, Object proxy, Method method,
		Object[] arguments) {

		if (method.getDeclaringClass() == Object.class) {
			switch (method.getName()) {
				case "equals":
					return proxy == arguments[0];
				case "hashCode":
					return System.identityHashCode(proxy);
				default:
					return "Inert " + type.getName();
			}
		}

		throw new UnsupportedOperationException(
			type.getName() + "." + method.getName() + ": " + reason);
	}

	private InertDoubles() {
	}

}
