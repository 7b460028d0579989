package se.livsviktig.platform.osgi.harness;

import com.liferay.portal.kernel.dao.orm.EntityCache;
import com.liferay.portal.kernel.dao.orm.FinderCache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * An Apache Felix framework that stands in for the portal's module framework: the portal API's packages and
 * the portal's taglib capabilities come from the system bundle, Service Component Runtime runs, the kernel's
 * statics point at it, Service Builder services are re-registered under their interfaces, Liferay-Service
 * bundles get their (inert) data source and session factory, as the portal's extenders do, and the entity and
 * finder caches every generated persistence references exist (and always miss). Tests install their bundles
 * into it and register doubles for the other portal services those reference.
 *
 * <p>
 * One per JVM (see {@link PortalFrameworkExtension}): kernel statics keep the service trackers they open on
 * the framework they first saw.
 * </p>
 *
 * @author Livsviktig
 */
public final class PortalFramework implements AutoCloseable {

	public static final String ABSENT_PACKAGES_PROPERTY =
		"livsviktig.osgi.absent.packages";

	public static PortalFramework start() throws BundleException, IOException {
		Path apiJar = PortalApiJar.locate();

		KernelStatics.install(apiJar);

		Path storageDirectory = Files.createTempDirectory("livsviktig-osgi-");

		Map<String, String> properties = new HashMap<>();

		properties.put(Constants.FRAMEWORK_STORAGE, storageDirectory.toString());
		properties.put(
			Constants.FRAMEWORK_STORAGE_CLEAN,
			Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
		properties.put(
			Constants.FRAMEWORK_SYSTEMCAPABILITIES_EXTRA,
			TaglibCapabilities.clause(apiJar));
		properties.put(
			Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
			PortalPackageExports.clause(apiJar, absentPackagePrefixes()));

		// Felix and SCR report errors and warnings (a component that fails to activate) on the console.

		properties.put("ds.loglevel", "warn");
		properties.put("felix.log.level", "2");

		FrameworkFactory frameworkFactory = ServiceLoader.load(
			FrameworkFactory.class).findFirst().orElseThrow(
				() -> new IllegalStateException(
					"No OSGi framework on the classpath"));

		Framework framework = frameworkFactory.newFramework(properties);

		framework.start();

		HarnessSystemBundleProvider.use(framework);

		return new PortalFramework(framework, storageDirectory);
	}

	/**
	 * The root packages of the portal apps this run leaves out, as if the intranet had not deployed them: the
	 * system property {@value #ABSENT_PACKAGES_PROPERTY}, comma-separated (e.g. {@code com.liferay.calendar}).
	 * The framework is one per JVM, so a run without an app is a JVM, a failsafe execution, of its own.
	 */
	public static List<String> absentPackagePrefixes() {
		String absentPackages = System.getProperty(
			ABSENT_PACKAGES_PROPERTY, "");

		List<String> packagePrefixes = new ArrayList<>();

		for (String packagePrefix : absentPackages.split(",")) {
			packagePrefix = packagePrefix.trim();

			if (!packagePrefix.isEmpty()) {
				packagePrefixes.add(packagePrefix);
			}
		}

		return packagePrefixes;
	}

	public BundleContext bundleContext() {
		return _bundleContext;
	}

	public ComponentStates components() {
		return _componentStates;
	}

	public ReferenceFields referenceFields() {
		return new ReferenceFields(_bundleContext, _componentStates);
	}

	/**
	 * Stops the framework; its bundles stop first, while the services they use are still there.
	 */
	@Override
	public void close() throws BundleException, InterruptedException {
		_framework.stop();

		_framework.waitForStop(0);

		HarnessSystemBundleProvider.use(null);

		_deleteStorage();
	}

	public ServiceDoubles doubles() {
		return _serviceDoubles;
	}

	/**
	 * Installs the bundle in the jar, or returns it when it is installed already, so that test classes
	 * sharing the framework can each ask for what they need.
	 */
	public Bundle install(Path jar) throws BundleException {
		String location = jar.toUri().toString();

		Bundle bundle = _bundleContext.getBundle(location);

		if (bundle != null) {
			return bundle;
		}

		return _bundleContext.installBundle(location);
	}

	/**
	 * Installs all the jars, resolves them together (failing with the unsatisfied requirement of each bundle
	 * that does not resolve) and starts them.
	 */
	public List<Bundle> installAndStart(Collection<Path> jars)
		throws BundleException {

		List<Bundle> bundles = new ArrayList<>();

		for (Path jar : jars) {
			bundles.add(install(jar));
		}

		_bundleResolution.assertResolved(bundles);

		for (Bundle bundle : bundles) {
			bundle.start();
		}

		return bundles;
	}

	/**
	 * Installs and starts the built bundles of these symbolic names, in this order, from the folder the test
	 * module copies them to (the system property {@code livsviktig.osgi.bundles}).
	 *
	 * @throws IllegalStateException if one was not built
	 */
	public List<Bundle> installAndStartBuilt(List<String> symbolicNames)
		throws BundleException {

		List<Path> jars = new ArrayList<>();

		for (String symbolicName : symbolicNames) {
			Path jar = Path.of(
				System.getProperty("livsviktig.osgi.bundles"),
				symbolicName + ".jar");

			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException("Not built: " + jar);
			}

			jars.add(jar);
		}

		return installAndStart(jars);
	}

	/**
	 * @return whether the system bundle, standing in for the portal, exports the package
	 */
	public boolean exportsPackage(String packageName) {
		Bundle systemBundle = _bundleContext.getBundle(0);

		BundleRevision bundleRevision = systemBundle.adapt(
			BundleRevision.class);

		for (BundleCapability bundleCapability :
				bundleRevision.getDeclaredCapabilities(
					PackageNamespace.PACKAGE_NAMESPACE)) {

			Map<String, Object> attributes = bundleCapability.getAttributes();

			if (packageName.equals(
					attributes.get(PackageNamespace.PACKAGE_NAMESPACE))) {

				return true;
			}
		}

		return false;
	}

	public BundleResolution resolution() {
		return _bundleResolution;
	}

	/**
	 * @return the services of the type that match the filter ({@code null} for all), as a bundle sees them
	 *         that imports the type from the system bundle
	 */
	public <T> List<ServiceReference<T>> serviceReferences(
		Class<T> type, String filter) {

		try {
			return new ArrayList<>(
				_bundleContext.getServiceReferences(type, filter));
		}
		catch (InvalidSyntaxException invalidSyntaxException) {
			throw new IllegalArgumentException(invalidSyntaxException);
		}
	}

	/**
	 * @return the service of the type that matches the filter, failing when there is none or more than one
	 */
	public <T> T service(Class<T> type, String filter) {
		List<ServiceReference<T>> serviceReferences = serviceReferences(
			type, filter);

		if (serviceReferences.size() != 1) {
			throw new AssertionError(
				"Expected one " + type.getName() + " matching " + filter +
					", found " + serviceReferences.size());
		}

		return _bundleContext.getService(serviceReferences.get(0));
	}

	private PortalFramework(Framework framework, Path storageDirectory)
		throws BundleException {

		_framework = framework;
		_storageDirectory = storageDirectory;

		_bundleContext = framework.getBundleContext();

		_bundleResolution = new BundleResolution(_bundleContext);
		_componentStates = new ComponentStates(_bundleContext);
		_serviceDoubles = new ServiceDoubles(_bundleContext);

		_registerServiceBuilderCaches();

		AopServiceReregistrar.open(_bundleContext);
		LiferayServiceExtender.open(_bundleContext);

		_startEmbeddedBundle("org.apache.felix.scr.jar");
	}

	private void _deleteStorage() {
		try (Stream<Path> paths = Files.walk(_storageDirectory)) {
			paths.sorted(Comparator.reverseOrder())
				.forEach(path -> path.toFile().delete());
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private void _registerServiceBuilderCaches() {
		_bundleContext.registerService(
			EntityCache.class, MissingCaches.of(EntityCache.class), null);
		_bundleContext.registerService(
			FinderCache.class, MissingCaches.of(FinderCache.class), null);
	}

	private void _startEmbeddedBundle(String fileName) throws BundleException {
		String resource = "bundles/" + fileName;

		try (InputStream inputStream =
				PortalFramework.class.getResourceAsStream(resource)) {

			if (inputStream == null) {
				throw new IllegalStateException(
					"The harness jar has no " + resource);
			}

			Bundle bundle = _bundleContext.installBundle(
				"classpath:" + fileName, inputStream);

			bundle.start();
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private final BundleContext _bundleContext;
	private final BundleResolution _bundleResolution;
	private final ComponentStates _componentStates;
	private final Framework _framework;
	private final ServiceDoubles _serviceDoubles;
	private final Path _storageDirectory;

}
