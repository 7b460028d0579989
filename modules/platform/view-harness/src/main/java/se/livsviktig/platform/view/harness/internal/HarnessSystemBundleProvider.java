package se.livsviktig.platform.view.harness.internal;

import com.liferay.portal.kernel.module.util.SystemBundleProvider;
import com.liferay.portal.kernel.util.FriendlyURLNormalizer;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.HashMap;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Map;

import org.apache.felix.framework.Felix;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * The kernel's static utilities (FriendlyURLNormalizerUtil, used by SearchContainer) find their services through
 * the system bundle. The portal's own provider needs the running portal; this one starts an empty Felix framework
 * once and registers the few services the rendered views reach. Found by ServiceLoader; the highest order wins.
 *
 * @author Livsviktig
 */
public class HarnessSystemBundleProvider implements SystemBundleProvider {

	@Override
	public Bundle getSystemBundle() {
		return _FRAMEWORK;
	}

	@Override
	public int order() {

		// Tiers that share a class path run in JVMs of their own; livsviktig.tier says whose JVM this is.

		String tier = System.getProperty("livsviktig.tier");

		if (tier == null) {
			return 0;
		}

		return tier.equals("view") ? Integer.MAX_VALUE : Integer.MIN_VALUE;
	}

	private static Felix _startFramework() {
		try {
			Path storage = Files.createTempDirectory("livsviktig-view-felix");

			Map<String, Object> configuration = new HashMap<>();

			configuration.put(
				Constants.FRAMEWORK_STORAGE, storage.toString());
			configuration.put(
				Constants.FRAMEWORK_STORAGE_CLEAN,
				Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);


			// The JVM has one URL stream handler factory, and the embedded Tomcat needs it.

			configuration.put("felix.service.urlhandlers", "false");

			Felix felix = new Felix(configuration);

			felix.start();

			BundleContext bundleContext = felix.getBundleContext();

			bundleContext.registerService(
				FriendlyURLNormalizer.class, _friendlyURLNormalizer(),
				new Hashtable<>());

			return felix;
		}
		catch (BundleException bundleException) {
			throw new IllegalStateException(bundleException);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static FriendlyURLNormalizer _friendlyURLNormalizer() {
		return InterfaceDouble.of(
			FriendlyURLNormalizer.class
		).answer(
			"normalize", args -> _normalize((String)args[0])
		).answer(
			"normalizeWithEncoding", args -> _normalize((String)args[0])
		).answer(
			"normalizeWithPeriodsAndSlashes", args -> _normalize((String)args[0])
		).build(
			"The view harness's FriendlyURLNormalizer"
		);
	}

	private static String _normalize(String value) {
		if (value == null) {
			return null;
		}

		return value.toLowerCase(
			Locale.ROOT
		).replaceAll(
			"[^a-z0-9_-]+", "-"
		);
	}

	private static final Felix _FRAMEWORK = _startFramework();

}
