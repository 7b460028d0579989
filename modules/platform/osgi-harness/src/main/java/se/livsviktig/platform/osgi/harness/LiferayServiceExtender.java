package se.livsviktig.platform.osgi.harness;

import com.liferay.portal.kernel.configuration.Configuration;
import com.liferay.portal.kernel.dao.orm.SessionFactory;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * Does for each bundle with {@code Liferay-Service: true} what the portal's extenders do: registers the data
 * source, the Hibernate session factory and the {@code service} configuration that the bundle's generated
 * persistence references, each with {@code origin.bundle.symbolic.name} set to that bundle. There is no
 * database in this tier, so they are {@link InertDoubles}; a bundle without the header gets none of them and
 * its persistence stays unsatisfied, as it would in the portal.
 *
 * @author Livsviktig
 */
final class LiferayServiceExtender
	implements BundleTrackerCustomizer<List<ServiceRegistration<?>>> {

	static BundleTracker<List<ServiceRegistration<?>>> open(
		BundleContext bundleContext) {

		BundleTracker<List<ServiceRegistration<?>>> bundleTracker =
			new BundleTracker<>(
				bundleContext, Bundle.STARTING | Bundle.ACTIVE,
				new LiferayServiceExtender(bundleContext));

		bundleTracker.open();

		return bundleTracker;
	}

	@Override
	public List<ServiceRegistration<?>> addingBundle(
		Bundle bundle, BundleEvent bundleEvent) {

		Dictionary<String, String> headers = bundle.getHeaders("");

		if (!Boolean.parseBoolean(headers.get("Liferay-Service"))) {
			return null;
		}

		String reason =
			"the OSGi tier (T2) has no database; bundle " +
				bundle.getSymbolicName();

		List<ServiceRegistration<?>> serviceRegistrations = new ArrayList<>();

		serviceRegistrations.add(
			_register(bundle, DataSource.class, reason, false));
		serviceRegistrations.add(
			_register(bundle, SessionFactory.class, reason, false));
		serviceRegistrations.add(
			_register(bundle, Configuration.class, reason, true));

		return serviceRegistrations;
	}

	@Override
	public void modifiedBundle(
		Bundle bundle, BundleEvent bundleEvent,
		List<ServiceRegistration<?>> serviceRegistrations) {
	}

	@Override
	public void removedBundle(
		Bundle bundle, BundleEvent bundleEvent,
		List<ServiceRegistration<?>> serviceRegistrations) {

		for (ServiceRegistration<?> serviceRegistration :
				serviceRegistrations) {

			serviceRegistration.unregister();
		}
	}

	private LiferayServiceExtender(BundleContext bundleContext) {
		_bundleContext = bundleContext;
	}

	private <T> ServiceRegistration<T> _register(
		Bundle bundle, Class<T> type, String reason,
		boolean serviceConfiguration) {

		Dictionary<String, Object> properties = new Hashtable<>();

		properties.put("origin.bundle.symbolic.name", bundle.getSymbolicName());

		if (serviceConfiguration) {
			properties.put("name", "service");
		}

		return _bundleContext.registerService(
			type, InertDoubles.of(type, reason), properties);
	}

	private final BundleContext _bundleContext;

}
