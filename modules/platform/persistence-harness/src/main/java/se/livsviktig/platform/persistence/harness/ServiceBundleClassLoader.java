package se.livsviktig.platform.persistence.harness;

import java.io.IOException;

import java.net.URL;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import se.livsviktig.platform.db.harness.ModuleResources;

/**
 * Stands in for the service bundle's class loader. Classes come from the test class path as usual (so tests and
 * bundle share them); resources come from the bundle's own jar first. That matters: the API jar carries another
 * module's META-INF/module-hbm.xml and portlet-model-hints.xml, and Liferay reads those paths through the
 * bundle's class loader, expecting only the bundle's own.
 */
final class ServiceBundleClassLoader extends ClassLoader {

	ServiceBundleClassLoader(ModuleResources moduleResources, ClassLoader parent) {
		super(parent);

		_moduleResources = moduleResources;
	}

	@Override
	public URL getResource(String name) {
		Optional<URL> url = _moduleResources.url(name);

		return url.orElseGet(() -> super.getResource(name));
	}

	@Override
	public Enumeration<URL> getResources(String name) throws IOException {
		Map<String, URL> urls = new LinkedHashMap<>();

		_moduleResources.url(
			name
		).ifPresent(
			url -> urls.put(url.toExternalForm(), url)
		);

		for (URL url : Collections.list(super.getResources(name))) {
			urls.putIfAbsent(url.toExternalForm(), url);
		}

		return Collections.enumeration(urls.values());
	}

	@Override
	public String toString() {
		return "class loader of " + _moduleResources;
	}

	private final ModuleResources _moduleResources;

}
