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

	/**
	 * Every call of the type's double goes to this implementation instead of the Mockito double, until the next
	 * reset: for a benchmark's hot path, where Mockito's work on each call (matching the stubbing, recording the
	 * call with its location, a walk of the stack) costs more than the portal's own service would.
	 */
	<T> void answerWith(Class<T> type, T implementation) {
		get(type);

		_answers.put(type, implementation);
	}

	/**
	 * The double components get for a portal service: a plain proxy in front of the type's Mockito double, so
	 * tests stub and verify the Mockito double ({@link #mock}) and a benchmark can answer instead of it.
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Class<T> type) {
		return (T)_doubles.computeIfAbsent(
			type,
			key -> {
				Object mock = Mockito.mock(key);

				_mocks.put(key, mock);

				Object portalServiceDouble = _front(key, mock);

				_installInUtil(key, portalServiceDouble);

				return portalServiceDouble;
			});
	}

	@SuppressWarnings("unchecked")
	<T> T mock(Class<T> type) {
		get(type);

		return (T)_mocks.get(type);
	}

	void resetAll() {
		_answers.clear();

		for (Object mock : _mocks.values()) {
			Mockito.reset(mock);
		}
	}

	/**
	 * Portal's double answers transformSQL with the portal's own SQL transformer, as PortalImpl does: a service
	 * that sends its own SQL by JDBC (training's catalogue page) needs the vendor's SQL, not a double's null, and
	 * that call then costs what the portal's costs. Every other call goes to the implementation a benchmark gave
	 * ({@link #answerWith}) or else to the Mockito double.
	 */
	private Object _front(Class<?> type, Object mock) {
		return Proxy.newProxyInstance(
			type.getClassLoader(), new Class<?>[] {type},
			(proxy, method, args) -> {
				if ((type == Portal.class) && method.getName().equals("transformSQL")) {
					return SQLTransformer.transform((String)args[0]);
				}

				Object target = _answers.getOrDefault(type, mock);

				try {
					return method.invoke(target, args);
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

	private final Map<Class<?>, Object> _answers = new ConcurrentHashMap<>();
	private final Map<Class<?>, Object> _doubles = new ConcurrentHashMap<>();
	private final Map<Class<?>, Object> _mocks = new ConcurrentHashMap<>();

}
