package se.livsviktig.platform.persistence.harness;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.configuration.ConfigurationFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.SessionFactoryImpl;
import com.liferay.portal.kernel.configuration.Configuration;
import com.liferay.portal.kernel.dao.orm.EntityCache;
import com.liferay.portal.kernel.dao.orm.FinderCache;
import com.liferay.portal.kernel.dao.orm.SessionFactory;
import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.service.ClassNameLocalService;
import com.liferay.portal.kernel.service.persistence.impl.BasePersistenceImpl;
import com.liferay.portal.kernel.util.ProxyFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import java.nio.charset.StandardCharsets;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Manifest;

import javax.sql.DataSource;

import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.osgi.framework.BundleContext;

import se.livsviktig.platform.db.harness.DatabaseServers;
import se.livsviktig.platform.db.harness.ModuleResources;
import se.livsviktig.platform.db.harness.ServiceBuilderSql;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;

/**
 * One service bundle assembled on the real stack, once per JVM: its schema in a PostgreSQL database of its own,
 * its Hibernate session factory, its transactions, its persistence and local service components wired from its
 * component descriptions, and the local services wrapped in the portal's AOP chain.
 */
final class ServiceBundle {

	static synchronized ServiceBundle of(Class<?> anyClassOfServiceBundle) {
		ModuleResources moduleResources = ModuleResources.of(anyClassOfServiceBundle);

		ServiceBundle serviceBundle = _serviceBundles.get(moduleResources.location().toString());

		if (serviceBundle == null) {
			serviceBundle = new ServiceBundle(anyClassOfServiceBundle, moduleResources);

			_serviceBundles.put(moduleResources.location().toString(), serviceBundle);
		}

		return serviceBundle;
	}

	Object aopProxy(Object target, Class<?>[] interfaces) {
		return AopProxies.wrap(target, interfaces, _transactions.transactionExecutor());
	}

	String bundleSymbolicName() {
		return _bundleSymbolicName;
	}

	CounterLocalService counterLocalService() {
		return _counterLocalService;
	}

	TestDatabase database() {
		return _testDatabase;
	}

	DataSource pooledDataSource() {
		return _pooledDataSource;
	}

	PortalServiceDoubles portalServiceDoubles() {
		return _portalServiceDoubles;
	}

	<T> T service(Class<T> type) {
		Object service = _services.get(type.getName());

		if (service == null) {
			throw new IllegalArgumentException(
				_bundleSymbolicName + " provides no persistence or local service " + type.getName() +
					"; it provides " + _services.keySet());
		}

		return type.cast(service);
	}

	Transactions transactions() {
		return _transactions;
	}

	/**
	 * Empties every table of the bundle, and the entity and finder caches with them (written past the persistence,
	 * as the portal's caches would have to be). The Counter table stays: the counter keeps its id ranges in memory.
	 */
	void truncateTables() {
		try (Connection connection = _testDatabase.connect();
			Statement statement = connection.createStatement()) {

			statement.execute("truncate table " + String.join(", ", _serviceBuilderSql.tableNames()));
		}
		catch (SQLException sqlException) {
			throw new IllegalStateException("Unable to empty the tables of " + _bundleSymbolicName, sqlException);
		}

		_entityCache.clearCache();
		_finderCache.clearCache();
	}

	private ServiceBundle(Class<?> anyClassOfServiceBundle, ModuleResources moduleResources) {
		PortalRuntime.ensureStarted();

		_bundleSymbolicName = _readBundleSymbolicName(moduleResources);

		_serviceBuilderSql = ServiceBuilderSql.of(anyClassOfServiceBundle);

		_testDatabase = TestDatabase.create(
			DatabaseServers.get(Vendor.POSTGRESQL),
			"lvp_" + _bundleSymbolicName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));

		_serviceBuilderSql.applyTo(_testDatabase);

		DataSource dataSource = ConnectionPool.create(_bundleSymbolicName, _testDatabase.dataSource());

		_pooledDataSource = dataSource;

		PortalRuntime.useDatabase(dataSource);

		ClassLoader classLoader = new ServiceBundleClassLoader(
			moduleResources, anyClassOfServiceBundle.getClassLoader());

		// Reading model hints registers each model's class name through ClassNameLocalServiceUtil.

		_portalServiceDoubles.get(ClassNameLocalService.class);

		_readModelHints(moduleResources, classLoader);

		SessionFactoryImplementor sessionFactoryImplementor =
			HibernateSessionFactories.buildServiceBundleSessionFactory(classLoader, dataSource);

		_transactions = Transactions.create(sessionFactoryImplementor, dataSource);

		_transactions.install();

		_counterLocalService = PortalCounter.create(_testDatabase, dataSource);

		Map<String, Object> infrastructure = new HashMap<>();

		infrastructure.put(CounterLocalService.class.getName(), _counterLocalService);
		infrastructure.put(
			Configuration.class.getName(), new ConfigurationFactoryImpl().getConfiguration(classLoader, "service"));
		infrastructure.put(DataSource.class.getName(), dataSource);

		// The kernel's own no-op caches, the ones BasePersistenceImpl falls back on when caching is off; for a
		// benchmark that asks for them, caches that keep what they are given (InMemoryPortalCaches).

		if (InMemoryPortalCaches.isEnabled()) {
			InMemoryPortalCaches inMemoryPortalCaches = new InMemoryPortalCaches();

			_entityCache = inMemoryPortalCaches.entityCache();
			_finderCache = inMemoryPortalCaches.finderCache();
		}
		else {
			_entityCache = ProxyFactory.newDummyInstance(EntityCache.class);
			_finderCache = ProxyFactory.newDummyInstance(FinderCache.class);
		}

		infrastructure.put(EntityCache.class.getName(), _entityCache);
		infrastructure.put(FinderCache.class.getName(), _finderCache);

		SessionFactoryImpl sessionFactoryImpl = HibernateSessionFactories.liferaySessionFactory(
			sessionFactoryImplementor, classLoader);

		infrastructure.put(SessionFactory.class.getName(), sessionFactoryImpl);

		_assembleComponents(moduleResources, classLoader, infrastructure);
	}

	private void _assembleComponents(
		ModuleResources moduleResources, ClassLoader classLoader, Map<String, Object> infrastructure) {

		Map<ComponentDescription, Object> components = new LinkedHashMap<>();

		for (ComponentDescription componentDescription : ComponentDescription.readAll(moduleResources)) {
			Class<?> implementationClass = _loadClass(classLoader, componentDescription.implementationClassName());

			if (BasePersistenceImpl.class.isAssignableFrom(implementationClass)) {
				Object persistence = _newInstance(implementationClass);

				components.put(componentDescription, persistence);

				for (String provided : componentDescription.provides()) {
					_services.put(provided, persistence);
				}
			}
			else if (AopService.class.isAssignableFrom(implementationClass) &&
					 BaseLocalService.class.isAssignableFrom(implementationClass)) {

				AopService localService = (AopService)_newInstance(implementationClass);

				components.put(componentDescription, localService);

				Object aopProxy = AopProxies.wrap(localService, _transactions.transactionExecutor());

				for (Class<?> aopInterface : aopProxy.getClass().getInterfaces()) {
					_services.put(aopInterface.getName(), aopProxy);
				}
			}
			else if (!AopService.class.isAssignableFrom(implementationClass)) {
				_helperDescriptions.add(componentDescription);
			}
		}

		_bundleContext = EmbeddedFramework.get().getBundleContext();
		_classLoader = classLoader;
		_infrastructure = infrastructure;

		for (Map.Entry<ComponentDescription, Object> entry : components.entrySet()) {
			_wire(entry.getValue(), entry.getKey());
		}
	}

	/**
	 * The bundle's other components (rules, ledgers, notice deliveries...) that provide the interface, made and
	 * wired the first time something references them, as SCR activates a delayed component on first use. Remote
	 * services, which need a signed-in user, are not among them.
	 */
	private List<Object> _helperComponents(String interfaceName) {
		List<Object> helpers = new ArrayList<>();

		for (ComponentDescription componentDescription : _helperDescriptions) {
			if (!componentDescription.provides().contains(interfaceName)) {
				continue;
			}

			Object helper = _helpers.get(componentDescription);

			if (helper == null) {
				helper = _newInstance(_loadClass(_classLoader, componentDescription.implementationClassName()));

				// Kept before its own references are wired, so two helpers that reference each other meet.

				_helpers.put(componentDescription, helper);

				_wire(helper, componentDescription);
			}

			helpers.add(helper);
		}

		return helpers;
	}

	private void _wire(Object component, ComponentDescription componentDescription) {
		ComponentWiring.inject(component, componentDescription, this::_resolve);

		ComponentWiring.activate(component, componentDescription, _bundleContext, new HashMap<>());
	}

	private static Class<?> _loadClass(ClassLoader classLoader, String className) {
		try {
			return Class.forName(className, true, classLoader);
		}
		catch (ClassNotFoundException classNotFoundException) {
			throw new IllegalStateException(classNotFoundException);
		}
	}

	private static Object _newInstance(Class<?> clazz) {
		try {
			return clazz.getDeclaredConstructor().newInstance();
		}
		catch (ReflectiveOperationException reflectiveOperationException) {
			throw new IllegalStateException("Unable to create " + clazz.getName(), reflectiveOperationException);
		}
	}

	private static String _readBundleSymbolicName(ModuleResources moduleResources) {
		Manifest manifest = new Manifest();

		String text = moduleResources.require("META-INF/MANIFEST.MF");

		try {
			manifest.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		String bundleSymbolicName = manifest.getMainAttributes().getValue("Bundle-SymbolicName");

		if (bundleSymbolicName == null) {
			throw new IllegalStateException(moduleResources + " is not an OSGi bundle: no Bundle-SymbolicName");
		}

		int index = bundleSymbolicName.indexOf(';');

		return (index == -1) ? bundleSymbolicName.trim() : bundleSymbolicName.substring(0, index).trim();
	}

	/**
	 * The bundle's model hints, read into the portal's ModelHints as the portal does when it starts the bundle:
	 * validation code asks them for field lengths.
	 */
	private static void _readModelHints(ModuleResources moduleResources, ClassLoader classLoader) {
		String path = "META-INF/portlet-model-hints.xml";

		if (moduleResources.url(path).isEmpty()) {
			return;
		}

		try {
			ModelHintsUtil.read(classLoader, path);
		}
		catch (Exception exception) {
			throw new IllegalStateException("Unable to read the model hints of " + moduleResources, exception);
		}
	}

	/**
	 * The bundle's own components first, then the infrastructure the portal registers for every service bundle,
	 * then, for a mandatory reference to anything else (a portal service), a Mockito double. An optional
	 * reference to a portal service stays unset, as when the portal has no such service.
	 */
	private Object _resolve(ComponentDescription.Reference reference) {
		Object service = _services.get(reference.interfaceName());

		if (service == null) {
			service = _infrastructure.get(reference.interfaceName());
		}

		if (service == null) {
			List<Object> helpers = _helperComponents(reference.interfaceName());

			if (!helpers.isEmpty()) {
				return reference.multiple() ? helpers : helpers.get(0);
			}
		}

		if ((service == null) && !reference.optional()) {
			service = _portalServiceDoubles.get(_loadClass(_classLoader, reference.interfaceName()));
		}

		return service;
	}

	private static final Map<String, ServiceBundle> _serviceBundles = new HashMap<>();

	private BundleContext _bundleContext;
	private final String _bundleSymbolicName;
	private ClassLoader _classLoader;
	private final List<ComponentDescription> _helperDescriptions = new ArrayList<>();
	private final Map<ComponentDescription, Object> _helpers = new HashMap<>();
	private Map<String, Object> _infrastructure;
	private final CounterLocalService _counterLocalService;
	private final EntityCache _entityCache;
	private final FinderCache _finderCache;
	private final DataSource _pooledDataSource;
	private final PortalServiceDoubles _portalServiceDoubles = PortalServiceDoubles.instance();
	private final ServiceBuilderSql _serviceBuilderSql;
	private final Map<String, Object> _services = new HashMap<>();
	private final TestDatabase _testDatabase;
	private final Transactions _transactions;

}
