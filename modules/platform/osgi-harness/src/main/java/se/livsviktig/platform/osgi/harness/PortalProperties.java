package se.livsviktig.platform.osgi.harness;

import com.liferay.portal.kernel.configuration.Filter;
import com.liferay.portal.kernel.util.Props;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The portal's {@code portal.properties} defaults, as {@link Props}. The portal's own implementation reads
 * them through portal-impl's configuration machinery (commons-configuration, Liferay home); the kernel code
 * that runs in this tier only needs the default values, with Liferay's {@code key[selector]} filtering.
 *
 * @author Livsviktig
 */
final class PortalProperties implements Props {

	static PortalProperties load(Path apiJar) throws IOException {
		Properties properties = new Properties();

		try (ZipFile zipFile = new ZipFile(apiJar.toFile())) {
			ZipEntry zipEntry = zipFile.getEntry("portal.properties");

			if (zipEntry == null) {
				throw new IOException("No portal.properties in " + apiJar);
			}

			try (InputStream inputStream = zipFile.getInputStream(zipEntry)) {
				properties.load(inputStream);
			}
		}

		return new PortalProperties(properties);
	}

	@Override
	public boolean contains(String key) {
		return _properties.containsKey(key);
	}

	@Override
	public String get(String key) {
		return _properties.getProperty(key);
	}

	@Override
	public String get(String key, Filter filter) {
		Iterator<String> iterator = filter.filterKeyIterator(key);

		while (iterator.hasNext()) {
			String value = _properties.getProperty(iterator.next());

			if (value != null) {
				return value;
			}
		}

		return null;
	}

	@Override
	public String[] getArray(String key) {
		return _split(get(key));
	}

	@Override
	public String[] getArray(String key, Filter filter) {
		return _split(get(key, filter));
	}

	@Override
	public Properties getProperties() {
		Properties properties = new Properties();

		properties.putAll(_properties);

		return properties;
	}

	@Override
	public Properties getProperties(String prefix, boolean removePrefix) {
		Properties properties = new Properties();

		for (String key : _properties.stringPropertyNames()) {
			if (key.startsWith(prefix)) {
				properties.setProperty(
					removePrefix ? key.substring(prefix.length()) : key,
					_properties.getProperty(key));
			}
		}

		return properties;
	}

	private static String[] _split(String value) {
		if (value == null) {
			return new String[0];
		}

		return Arrays.stream(value.split(","))
			.map(String::trim)
			.filter(element -> !element.isEmpty())
			.toArray(String[]::new);
	}

	private PortalProperties(Properties properties) {
		_properties = properties;
	}

	private final Properties _properties;

}
