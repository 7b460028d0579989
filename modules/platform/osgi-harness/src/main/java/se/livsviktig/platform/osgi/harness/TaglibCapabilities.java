package se.livsviktig.platform.osgi.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The {@code osgi.extender=jsp.taglib} capabilities that the portal's taglib bundles provide, one per TLD
 * {@code <uri>} in the portal API jar. Web bundles built with Liferay's JSP analyzer require one for every
 * taglib their JSPs use, so without these they would not resolve; with them, a JSP that uses a taglib the
 * portal does not have still fails here.
 *
 * @author Livsviktig
 */
final class TaglibCapabilities {

	static String clause(Path apiJar) throws IOException {
		return uris(apiJar).stream()
			.map(
				uri -> "osgi.extender;osgi.extender=\"jsp.taglib\";uri=\"" +
					uri + "\"")
			.collect(Collectors.joining(","));
	}

	static Set<String> uris(Path apiJar) throws IOException {
		Set<String> uris = new TreeSet<>();

		try (ZipFile zipFile = new ZipFile(apiJar.toFile())) {
			Enumeration<? extends ZipEntry> entries = zipFile.entries();

			while (entries.hasMoreElements()) {
				ZipEntry zipEntry = entries.nextElement();

				if (!zipEntry.getName().endsWith(".tld")) {
					continue;
				}

				try (InputStream inputStream = zipFile.getInputStream(
						zipEntry)) {

					Matcher matcher = _URI_PATTERN.matcher(
						new String(
							inputStream.readAllBytes(),
							StandardCharsets.UTF_8));

					if (matcher.find()) {
						uris.add(matcher.group(1));
					}
				}
			}
		}

		return uris;
	}

	private static final Pattern _URI_PATTERN = Pattern.compile(
		"<uri>\\s*([^<\\s]+)\\s*</uri>");

	private TaglibCapabilities() {
	}

}
