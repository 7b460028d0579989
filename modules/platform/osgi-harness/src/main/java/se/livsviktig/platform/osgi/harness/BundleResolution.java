package se.livsviktig.platform.osgi.harness;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Resolves bundles together and says, for each that does not resolve, which requirement nothing satisfies
 * (Felix's own explanation: the package, its version range, the bundle that asked).
 *
 * @author Livsviktig
 */
public final class BundleResolution {

	public void assertResolved(Collection<Bundle> bundles) {
		Map<Bundle, String> failures = resolve(bundles);

		if (!failures.isEmpty()) {
			StringBuilder sb = new StringBuilder();

			sb.append(failures.size());
			sb.append(" of ");
			sb.append(bundles.size());
			sb.append(" bundles do not resolve:");

			failures.forEach(
				(bundle, reason) -> sb.append("\n  ")
					.append(bundle.getSymbolicName())
					.append(": ")
					.append(reason));

			throw new AssertionError(sb.toString());
		}
	}

	/**
	 * @return each bundle that does not resolve, with the reason
	 */
	public Map<Bundle, String> resolve(Collection<Bundle> bundles) {
		Bundle systemBundle = _bundleContext.getBundle(0);

		FrameworkWiring frameworkWiring = systemBundle.adapt(
			FrameworkWiring.class);

		frameworkWiring.resolveBundles(bundles);

		Map<Bundle, String> failures = new LinkedHashMap<>();

		for (Bundle bundle : bundles) {
			if (bundle.getState() == Bundle.INSTALLED) {
				failures.put(bundle, _reason(bundle));
			}
		}

		return failures;
	}

	BundleResolution(BundleContext bundleContext) {
		_bundleContext = bundleContext;
	}

	/**
	 * Felix explains a resolution failure only in the exception of a start; a transient start of a bundle that
	 * does not resolve changes nothing.
	 */
	private static String _reason(Bundle bundle) {
		try {
			bundle.start(Bundle.START_TRANSIENT);

			return "resolves only when started";
		}
		catch (BundleException bundleException) {
			return bundleException.getMessage();
		}
	}

	private final BundleContext _bundleContext;

}
