package se.livsviktig.platform.osgi.harness;

import com.liferay.portal.kernel.util.PortalUtil;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Finds the portal API jar on the test classpath: release.portal.api itself or the manifest-less copy the
 * bundles compile against. Both hold the same classes, packageinfo files and TLDs, which is all the harness
 * reads from it.
 *
 * @author Livsviktig
 */
final class PortalApiJar {

	static Path locate() {
		CodeSource codeSource =
			PortalUtil.class.getProtectionDomain().getCodeSource();

		if (codeSource == null) {
			throw new IllegalStateException(
				"The portal API has no code source; is it on the classpath?");
		}

		try {
			Path path = Path.of(codeSource.getLocation().toURI());

			if (!Files.isRegularFile(path)) {
				throw new IllegalStateException(
					"The portal API must come from a jar, not " + path);
			}

			return path;
		}
		catch (URISyntaxException uriSyntaxException) {
			throw new IllegalStateException(uriSyntaxException);
		}
	}

	private PortalApiJar() {
	}

}
