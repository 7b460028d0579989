package se.livsviktig.platform.persistence.harness;

import com.liferay.portal.kernel.module.util.SystemBundleProvider;

import org.osgi.framework.Bundle;

/**
 * Hands the kernel's SystemBundleUtil the harness's framework. The kernel picks the provider with the highest order
 * once per JVM, and other tiers' harnesses may sit on the same class path with providers of their own, so this one
 * outranks them only in a JVM where the persistence harness has started (its tier runs in a JVM of its own), and
 * gives way everywhere else.
 */
public class HarnessSystemBundleProvider implements SystemBundleProvider {

	@Override
	public Bundle getSystemBundle() {
		return EmbeddedFramework.get();
	}

	@Override
	public int order() {
		String tier = System.getProperty("livsviktig.tier");

		if (tier == null) {
			return PortalRuntime.isStarted() ? Integer.MAX_VALUE : 0;
		}

		return tier.equals("persistence") ? Integer.MAX_VALUE : Integer.MIN_VALUE;
	}

}
