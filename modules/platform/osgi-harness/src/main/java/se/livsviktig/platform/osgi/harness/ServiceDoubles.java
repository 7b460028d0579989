package se.livsviktig.platform.osgi.harness;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers test doubles of portal services, by interface and with properties, from the system bundle: in the
 * portal these services come from portal-impl through the system bundle too. The kernel's static holder of the
 * same service is set with it (see {@link KernelUtilBinder}), so both ways of reaching a portal service lead to
 * the double.
 *
 * @author Livsviktig
 */
public final class ServiceDoubles {

	public <T> ServiceRegistration<T> register(Class<T> type, T service) {
		return register(type, service, Map.of());
	}

	public <T> ServiceRegistration<T> register(
		Class<T> type, T service, Map<String, ?> properties) {

		Dictionary<String, Object> dictionary = new Hashtable<>(properties);

		ServiceRegistration<T> serviceRegistration =
			_bundleContext.registerService(type, service, dictionary);

		KernelUtilBinder.bind(type, service);

		return serviceRegistration;
	}

	/**
	 * Registers a double for each of the given interfaces that refuses every call, for portal services a
	 * component must reference but the tested code never calls.
	 */
	public void registerInert(String reason, Class<?>... types) {
		for (Class<?> type : types) {
			_registerInert(type, reason);
		}
	}

	ServiceDoubles(BundleContext bundleContext) {
		_bundleContext = bundleContext;
	}

	private <T> void _registerInert(Class<T> type, String reason) {
		register(type, InertDoubles.of(type, reason));
	}

	private final BundleContext _bundleContext;

}
