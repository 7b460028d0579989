package se.livsviktig.platform.osgi.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The packages the system bundle exports to stand in for the portal: every package of the portal API jar, at
 * the version the portal's own bundles export it. The API jar's manifest is empty, so a version comes from the
 * package's {@code packageinfo} file, else from {@code @Version} on its {@code package-info} class, else, for
 * the third-party APIs the jar embeds, from that library's {@code pom.properties}. A package with none of these
 * is exported without a version, so a bundle that imports it with a range fails to resolve here as it would
 * in the portal, pointing at the import to fix. Packages of portal apps a test run leaves out are not
 * exported at all, as on an intranet that has not deployed those apps.
 *
 * @author Livsviktig
 */
final class PortalPackageExports {

	/**
	 * @param absentPackagePrefixes the root packages of the portal apps to leave out (e.g.
	 *        {@code com.liferay.calendar}): each, and every package below it, is not exported
	 */
	static String clause(Path apiJar, Collection<String> absentPackagePrefixes)
		throws IOException {

		Set<String> providedPackages = ProvidedPackages.byJvmAndFramework();

		Map<String, String> versions = versions(apiJar);

		versions.putAll(_PORTAL_CLASSPATH_PACKAGES);

		return versions.entrySet().stream()
			.filter(entry -> !providedPackages.contains(entry.getKey()))
			.filter(
				entry -> !_isBelow(entry.getKey(), absentPackagePrefixes))
			.map(PortalPackageExports::_exportClause)
			.collect(Collectors.joining(","));
	}

	/**
	 * @return each package of the jar that holds classes, with its version or {@code null} when it has none
	 */
	static Map<String, String> versions(Path apiJar) throws IOException {
		Set<String> packages = new TreeSet<>();
		Map<String, String> packageInfoVersions = new HashMap<>();
		Map<String, String> annotatedVersions = new HashMap<>();
		Map<String, String> artifactVersions = new HashMap<>();

		try (ZipFile zipFile = new ZipFile(apiJar.toFile())) {
			Enumeration<? extends ZipEntry> entries = zipFile.entries();

			while (entries.hasMoreElements()) {
				ZipEntry zipEntry = entries.nextElement();

				String name = zipEntry.getName();

				if (name.startsWith("META-INF/maven/") &&
					name.endsWith("/pom.properties")) {

					_readArtifactVersion(
						zipFile, zipEntry, artifactVersions);

					continue;
				}

				int slash = name.lastIndexOf('/');

				if ((slash <= 0) || name.startsWith("META-INF/") ||
					name.startsWith("WEB-INF/")) {

					continue;
				}

				String packageName = name.substring(0, slash).replace('/', '.');
				String fileName = name.substring(slash + 1);

				if (fileName.equals("packageinfo")) {
					_readPackageInfo(
						zipFile, zipEntry, packageName, packageInfoVersions);
				}
				else if (fileName.equals("package-info.class")) {
					try (InputStream inputStream = zipFile.getInputStream(
							zipEntry)) {

						PackageVersionAnnotationReader.read(
							inputStream.readAllBytes()).ifPresent(
								version -> annotatedVersions.put(
									packageName, version));
					}
				}
				else if (fileName.endsWith(".class") &&
						 _isPackageName(packageName)) {

					packages.add(packageName);
				}
			}
		}

		Map<String, String> versions = new TreeMap<>();

		for (String packageName : packages) {
			String version = packageInfoVersions.get(packageName);

			if (version == null) {
				version = annotatedVersions.get(packageName);
			}

			if (version == null) {
				Optional<String> thirdPartyVersion =
					ThirdPartyPackageVersions.versionOf(
						packageName, artifactVersions);

				version = thirdPartyVersion.orElse(null);
			}

			versions.put(packageName, version);
		}

		return versions;
	}

	/**
	 * Libraries on the portal's own class path, outside the API jar, whose packages the portal's system bundle
	 * exports too: JavaMail is jakarta.mail 1.6.6 in GA112's third-party BOM. Their classes come from this
	 * harness's class path.
	 */
	private static final Map<String, String> _PORTAL_CLASSPATH_PACKAGES =
		Map.of(
			"javax.mail", "1.6.6", "javax.mail.event", "1.6.6",
			"javax.mail.internet", "1.6.6", "javax.mail.search", "1.6.6",
			"javax.mail.util", "1.6.6");

	private static String _exportClause(Map.Entry<String, String> entry) {
		if (entry.getValue() == null) {
			return entry.getKey();
		}

		return entry.getKey() + ";version=\"" + entry.getValue() + "\"";
	}

	private static boolean _isBelow(
		String packageName, Collection<String> packagePrefixes) {

		for (String packagePrefix : packagePrefixes) {
			if (packageName.equals(packagePrefix) ||
				packageName.startsWith(packagePrefix + ".")) {

				return true;
			}
		}

		return false;
	}

	private static boolean _isPackageName(String packageName) {
		for (String segment : packageName.split("\\.")) {
			if (segment.isEmpty() ||
				!Character.isJavaIdentifierStart(segment.charAt(0)) ||
				!segment.chars().allMatch(Character::isJavaIdentifierPart)) {

				return false;
			}
		}

		return true;
	}

	private static void _readArtifactVersion(
			ZipFile zipFile, ZipEntry zipEntry,
			Map<String, String> artifactVersions)
		throws IOException {

		Properties properties = new Properties();

		try (InputStream inputStream = zipFile.getInputStream(zipEntry)) {
			properties.load(inputStream);
		}

		artifactVersions.put(
			properties.getProperty("groupId") + ":" +
				properties.getProperty("artifactId"),
			properties.getProperty("version"));
	}

	private static void _readPackageInfo(
			ZipFile zipFile, ZipEntry zipEntry, String packageName,
			Map<String, String> packageInfoVersions)
		throws IOException {

		String content;

		try (InputStream inputStream = zipFile.getInputStream(zipEntry)) {
			content = new String(
				inputStream.readAllBytes(), StandardCharsets.UTF_8);
		}

		for (String line : content.split("\\R")) {
			line = line.trim();

			if (line.startsWith("version ")) {
				packageInfoVersions.put(
					packageName, line.substring("version ".length()).trim());

				return;
			}
		}
	}

	private PortalPackageExports() {
	}

}
