package se.livsviktig.platform.osgi.harness;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.felix.framework.Felix;

import org.osgi.framework.FrameworkUtil;

/**
 * Packages that the JVM and the framework already provide, so the portal API's copies of them are not
 * exported a second time: the API jar embeds an older {@code org.osgi.framework} than Felix 7, and exporting
 * both would let bundles wire to classes the framework does not use.
 *
 * @author Livsviktig
 */
final class ProvidedPackages {

	static Set<String> byJvmAndFramework() throws IOException {
		Set<String> packages = new HashSet<>();

		for (Module module : ModuleLayer.boot().modules()) {
			packages.addAll(module.getPackages());
		}

		Path frameworkJar = frameworkJar();

		try (ZipFile zipFile = new ZipFile(frameworkJar.toFile())) {
			Enumeration<? extends ZipEntry> entries = zipFile.entries();

			while (entries.hasMoreElements()) {
				String name = entries.nextElement().getName();

				int slash = name.lastIndexOf('/');

				if ((slash > 0) && name.endsWith(".class") &&
					!name.startsWith("META-INF/")) {

					packages.add(name.substring(0, slash).replace('/', '.'));
				}
			}
		}

		return packages;
	}

	/**
	 * The Felix jar, after checking that it is also where {@code org.osgi.framework} is loaded from. The other
	 * classpath order fails late and obscurely ({@code NoSuchMethodError ... asDictionary}); this says why.
	 */
	static Path frameworkJar() {
		Path frameworkJar = _jarOf(Felix.class);
		Path osgiFrameworkJar = _jarOf(FrameworkUtil.class);

		if (!frameworkJar.equals(osgiFrameworkJar)) {
			throw new IllegalStateException(
				"org.osgi.framework is loaded from " + osgiFrameworkJar +
					", not from Felix at " + frameworkJar + ": put " +
						"org.apache.felix.framework before the portal API " +
							"on the test classpath");
		}

		return frameworkJar;
	}

	private static Path _jarOf(Class<?> clazz) {
		CodeSource codeSource = clazz.getProtectionDomain().getCodeSource();

		try {
			return Path.of(codeSource.getLocation().toURI());
		}
		catch (URISyntaxException uriSyntaxException) {
			throw new IllegalStateException(uriSyntaxException);
		}
	}

	private ProvidedPackages() {
	}

}
