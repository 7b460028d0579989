package se.livsviktig.platform.osgi.harness;

import com.liferay.portal.kernel.module.util.SystemBundleProvider;

import org.osgi.framework.Bundle;

/**
 * How the kernel finds the module framework: {@code SystemBundleUtil} takes the {@link SystemBundleProvider}
 * with the highest order from {@link java.util.ServiceLoader} (see {@code META-INF/services}). Kernel statics
 * such as {@code ExpandoBridgeFactoryUtil} then look their services up in the harness's framework.
 *
 * @author Livsviktig
 */
public final class HarnessSystemBundleProvider implements SystemBundleProvider {

	@Override
	public Bundle getSystemBundle() {
		return _systemBundle;
	}

	@Override
	public int order() {

		// Tiers that share a class path run in JVMs of their own; livsviktig.tier says whose JVM this is.

		String tier = System.getProperty("livsviktig.tier");

		if (tier == null) {
			return 0;
		}

		return tier.equals("osgi") ? Integer.MAX_VALUE : Integer.MIN_VALUE;
	}

	static void use(Bundle systemBundle) {
		_systemBundle = systemBundle;
	}

	private static volatile Bundle _systemBundle;

}
