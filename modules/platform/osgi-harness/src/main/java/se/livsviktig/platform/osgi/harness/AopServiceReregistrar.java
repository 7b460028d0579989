package se.livsviktig.platform.osgi.harness;

import com.liferay.portal.aop.AopService;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentConstants;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Service Builder services are DS components registered only as {@link AopService}; the portal's AOP extender
 * wraps each in a proxy (transactions, retries...), hands the proxy to the service through
 * {@link AopService#setAopProxy(Object)} and registers it, from the service's own bundle, under the service's
 * interfaces with its properties. This does the same with a proxy that only forwards the call: this tier has
 * no transactions. Prototype-scoped AopServices are not handled; Service Builder does not generate them.
 *
 * @author Livsviktig
 */
final class AopServiceReregistrar
	implements ServiceTrackerCustomizer
		<AopService, AopServiceReregistrar.Registration> {

	static ServiceTracker<AopService, Registration> open(
		BundleContext bundleContext) {

		ServiceTracker<AopService, Registration> serviceTracker =
			new ServiceTracker<>(
				bundleContext, AopService.class, new AopServiceReregistrar());

		serviceTracker.open(true);

		return serviceTracker;
	}

	@Override
	public Registration addingService(
		ServiceReference<AopService> serviceReference) {

		BundleContext bundleContext =
			serviceReference.getBundle().getBundleContext();

		AopService aopService = bundleContext.getService(serviceReference);

		if (aopService == null) {
			return null;
		}

		Class<?>[] aopInterfaces = _aopInterfaces(aopService);

		Object aopProxy = Proxy.newProxyInstance(
			aopService.getClass().getClassLoader(), aopInterfaces,
			(proxy, method, arguments) -> {
				try {
					return method.invoke(aopService, arguments);
				}
				catch (InvocationTargetException invocationTargetException) {
					throw invocationTargetException.getCause();
				}
			});

		aopService.setAopProxy(aopProxy);

		String[] names = Arrays.stream(aopInterfaces)
			.map(Class::getName)
			.toArray(String[]::new);

		return new Registration(
			bundleContext,
			bundleContext.registerService(
				names, aopProxy, _properties(serviceReference)));
	}

	@Override
	public void modifiedService(
		ServiceReference<AopService> serviceReference,
		Registration registration) {

		registration._serviceRegistration.setProperties(
			_properties(serviceReference));
	}

	@Override
	public void removedService(
		ServiceReference<AopService> serviceReference,
		Registration registration) {

		registration._serviceRegistration.unregister();

		registration._bundleContext.ungetService(serviceReference);
	}

	static final class Registration {

		private Registration(
			BundleContext bundleContext,
			ServiceRegistration<?> serviceRegistration) {

			_bundleContext = bundleContext;
			_serviceRegistration = serviceRegistration;
		}

		private final BundleContext _bundleContext;
		private final ServiceRegistration<?> _serviceRegistration;

	}

	private static Class<?>[] _aopInterfaces(AopService aopService) {
		Class<?>[] aopInterfaces = aopService.getAopInterfaces();

		if ((aopInterfaces != null) && (aopInterfaces.length > 0)) {
			return aopInterfaces;
		}

		List<Class<?>> interfaces = new ArrayList<>(
			Arrays.asList(aopService.getClass().getInterfaces()));

		interfaces.remove(AopService.class);

		return interfaces.toArray(new Class<?>[0]);
	}

	private static Dictionary<String, Object> _properties(
		ServiceReference<AopService> serviceReference) {

		Dictionary<String, Object> properties = new Hashtable<>();

		for (String key : serviceReference.getPropertyKeys()) {
			if (!_FRAMEWORK_KEYS.contains(key)) {
				properties.put(key, serviceReference.getProperty(key));
			}
		}

		return properties;
	}

	private static final Set<String> _FRAMEWORK_KEYS = Set.of(
		ComponentConstants.COMPONENT_ID, ComponentConstants.COMPONENT_NAME,
		Constants.OBJECTCLASS, Constants.SERVICE_BUNDLEID, Constants.SERVICE_ID,
		Constants.SERVICE_SCOPE);

}
