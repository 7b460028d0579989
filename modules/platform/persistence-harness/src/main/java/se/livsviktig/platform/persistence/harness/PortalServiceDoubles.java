package se.livsviktig.platform.persistence.harness;

import com.liferay.portal.dao.orm.common.SQLTransformer;
import com.liferay.portal.kernel.util.Portal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mockito.Mockito;

/**
 * Mockito doubles for the portal services a service bundle references but the tier does not run (UserLocalService,
 * ResourceLocalService, Portal...). One double per type for the JVM's life, because components hold it in their
 * fields; its stubbing and recorded calls are reset before every test, so each test says what it needs.
 *
 * <p>
 * In the portal the same service is also reachable through the kernel's static utility (UserLocalServiceUtil,
 * PortalUtil), which the portal's own code, advices included, calls. So a double is installed there too.
 * </p>
 */
final class PortalServiceDoubles {

	static PortalServiceDoubles instance() {
		return _instance;
	}

	@SuppressWarnings("unchecked")
	<T> T get(Class<T> type) {
		return (T)_doubles.computeIfAbsent(
			type,
			key -> {
				Object mock = Mockito.mock(key);

				_mocks.put(key, mock);

				Object portalServiceDouble = (key == Portal.class) ? _portal((Portal)mock) : mock;

				_installInUtil(key, portalServiceDouble);

				return portalServiceDouble;
			});
	}

	void resetAll() {
		for (Object mock : _mocks.values()) {
			Mockito.reset(mock);
		}
	}

	/**
	 * Portal's double answers transformSQL with the portal's own SQL transformer, as PortalImpl does: a service
	 * that sends its own SQL by JDBC (training's catalogue page) needs the vendor's SQL, not a double's null. It is
	 * a plain proxy in front of the Mockito double, so that call costs what the portal's costs (a Mockito double
	 * records every call, which on a benchmark's hot path cost more than the transformer); every other call goes to
	 * the Mockito double, so tests stub it as before.
	 */
	private static Portal _portal(Portal portalMock) {
		return (Portal)Proxy.newProxyInstance(
			Portal.class.getClassLoader(), new Class<?>[] {Portal.class},
			(proxy, method, args) -> {
				if (method.getName().equals("transformSQL")) {
					return SQLTransformer.transform((String)args[0]);
				}

				try {
					return method.invoke(portalMock, args);
				}
				catch (InvocationTargetException invocationTargetException) {
					throw invocationTargetException.getCause();
				}
			});
	}

	/**
	 * Sets the double where the kernel's {@code <Service>Util} keeps its service: the static setService of the
	 * generated utilities, or the instance setter the older utilities use (PortalUtil.setPortal).
	 */
	private static void _installInUtil(Class<?> type, Object portalServiceDouble) {
		Class<?> utilClass;

		try {
			utilClass = Class.forName(type.getName() + "Util", true, type.getClassLoader());
		}
		catch (ClassNotFoundException classNotFoundException) {
			return;
		}

		try {
			for (Method method : utilClass.getMethods()) {
				if ((method.getParameterCount() != 1) || (method.getParameterTypes()[0] != type)) {
					continue;
				}

				if (Modifier.isStatic(method.getModifiers()) && method.getName().equals("setService")) {
					method.invoke(null, portalServiceDouble);

					return;
				}

				if (!Modifier.isStatic(method.getModifiers()) &&
					method.getName().equals("set" + type.getSimpleName())) {

					method.invoke(utilClass.getDeclaredConstructor().newInstance(), portalServiceDouble);

					return;
				}
			}
		}
		catch (IllegalAccessException | InstantiationException | InvocationTargetException |
			   NoSuchMethodException exception) {

			throw new IllegalStateException("Unable to install the double in " + utilClass.getName(), exception);
		}
	}

	private PortalServiceDoubles() {
	}

	private static final PortalServiceDoubles _instance = new PortalServiceDoubles();

	private final Map<Class<?>, Object> _doubles = new ConcurrentHashMap<>();
	private final Map<Class<?>, Object> _mocks = new ConcurrentHashMap<>();

}
