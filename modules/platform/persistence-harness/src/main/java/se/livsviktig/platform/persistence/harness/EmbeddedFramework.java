package se.livsviktig.platform.persistence.harness;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.HashMap;
import java.util.Map;

import org.apache.felix.framework.FrameworkFactory;

import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

import se.livsviktig.platform.db.harness.TemporaryDirectory;

/**
 * An empty, started OSGi framework. The kernel's static utilities (SystemBundleUtil, ServiceTrackerList, the
 * *Util snapshots) find services through a framework; the harness gives them this one and registers the portal
 * services the tier supplies in it. No bundle is installed: the service bundle runs on the flat class path.
 */
final class EmbeddedFramework {

	static synchronized Framework get() {
		if (_framework != null) {
			return _framework;
		}

		try {
			Path storage = Files.createTempDirectory("livsviktig-felix-");

			Map<String, String> configuration = new HashMap<>();

			configuration.put(Constants.FRAMEWORK_STORAGE, storage.toString());
			configuration.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);

			Framework framework = new FrameworkFactory().newFramework(configuration);

			framework.start();

			Runtime.getRuntime().addShutdownHook(
				new Thread(() -> _stop(framework, storage), "stop embedded OSGi framework"));

			_framework = framework;

			return framework;
		}
		catch (BundleException bundleException) {
			throw new IllegalStateException("Unable to start the embedded OSGi framework", bundleException);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static void _stop(Framework framework, Path storage) {
		try {
			framework.stop();
			framework.waitForStop(0);
		}
		catch (BundleException | InterruptedException exception) {

			// The JVM is exiting; the framework holds nothing that outlives it.

		}

		TemporaryDirectory.deleteRecursively(storage);
	}

	private EmbeddedFramework() {
	}

	private static Framework _framework;

}
