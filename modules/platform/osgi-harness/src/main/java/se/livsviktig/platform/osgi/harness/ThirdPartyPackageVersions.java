package se.livsviktig.platform.osgi.harness;

import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Version;

/**
 * Which embedded library each third-party API package of the portal API jar comes from. Those packages carry
 * no packageinfo; their version is the library's, read from its {@code pom.properties} in the same jar (the
 * servlet API as 3.1.0, the portlet API as 3.0.1, JSTL as 1.2.2 for GA112), so an upgrade of the jar moves
 * them with it.
 *
 * @author Livsviktig
 */
final class ThirdPartyPackageVersions {

	static Optional<String> versionOf(
		String packageName, Map<String, String> artifactVersions) {

		String artifact = null;
		int matchedLength = -1;

		for (Map.Entry<String, String> entry : _ARTIFACTS.entrySet()) {
			String prefix = entry.getKey();

			if ((packageName.equals(prefix) ||
				 packageName.startsWith(prefix + ".")) &&
				(prefix.length() > matchedLength)) {

				artifact = entry.getValue();
				matchedLength = prefix.length();
			}
		}

		if (artifact == null) {
			return Optional.empty();
		}

		String version = artifactVersions.get(artifact);

		if (version == null) {
			return Optional.empty();
		}

		try {
			return Optional.of(Version.parseVersion(version).toString());
		}
		catch (IllegalArgumentException illegalArgumentException) {
			return Optional.empty();
		}
	}

	private static final Map<String, String> _ARTIFACTS = Map.ofEntries(
		Map.entry(
			"com.fasterxml.jackson.annotation",
			"com.fasterxml.jackson.core:jackson-annotations"),
		Map.entry(
			"com.fasterxml.jackson.core",
			"com.fasterxml.jackson.core:jackson-core"),
		Map.entry(
			"com.fasterxml.jackson.databind",
			"com.fasterxml.jackson.core:jackson-databind"),
		Map.entry(
			"com.fasterxml.jackson.dataformat.cbor",
			"com.fasterxml.jackson.dataformat:jackson-dataformat-cbor"),
		Map.entry(
			"javax.annotation", "javax.annotation:javax.annotation-api"),
		Map.entry("javax.portlet", "javax.portlet:portlet-api"),
		Map.entry("javax.servlet", "javax.servlet:javax.servlet-api"),
		Map.entry(
			"javax.servlet.jsp.jstl",
			"javax.servlet.jsp.jstl:javax.servlet.jsp.jstl-api"),
		Map.entry("javax.validation", "javax.validation:validation-api"),
		Map.entry("javax.ws.rs", "javax.ws.rs:javax.ws.rs-api"),
		Map.entry("javax.xml.bind", "javax.xml.bind:jaxb-api"),
		Map.entry("org.jsoup", "org.jsoup:jsoup"));

	private ThirdPartyPackageVersions() {
	}

}
