package se.livsviktig.platform.persistence.harness;

import com.liferay.portal.json.JSONArrayImpl;
import com.liferay.portal.json.JSONObjectImpl;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.util.ProxyUtil;

import java.lang.reflect.Method;

/**
 * The portal's JSONFactoryImpl needs Liferay's patched jabsorb, which is not on Maven Central. Persistence only
 * builds plain JSON objects (for instance the message of a stale-update error), so this stand-in creates the
 * portal's own JSONObjectImpl and JSONArrayImpl, and refuses everything else loudly rather than answer wrongly.
 */
final class JSONFactoryStandIn {

	static JSONFactory create() {
		return (JSONFactory)ProxyUtil.newProxyInstance(
			JSONFactory.class.getClassLoader(), new Class<?>[] {JSONFactory.class},
			(proxy, method, arguments) -> _invoke(method, arguments));
	}

	private static Object _invoke(Method method, Object[] arguments) {
		int count = (arguments == null) ? 0 : arguments.length;

		if (method.getName().equals("createJSONObject") && (count == 0)) {
			return new JSONObjectImpl();
		}

		if (method.getName().equals("createJSONArray") && (count == 0)) {
			return new JSONArrayImpl();
		}

		throw new UnsupportedOperationException(
			"The persistence tier's JSON stand-in does not provide JSONFactory." + method.getName() +
				"; extend JSONFactoryStandIn if persistence code needs it");
	}

	private JSONFactoryStandIn() {
	}

}
