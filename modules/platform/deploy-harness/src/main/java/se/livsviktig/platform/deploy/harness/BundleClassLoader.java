package se.livsviktig.platform.deploy.harness;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;

/**
 * A class loader that sees what a bundle's class loader sees in the portal: resources from its own jar only (a
 * test class path also holds the app's other modules, whose {@code portlet.properties} or Language files would
 * otherwise answer for this jar), and the app's classes from its own jar first. The portal's classes come from
 * the parent, as a bundle imports them.
 *
 * @author Livsviktig
 */
final class BundleClassLoader extends URLClassLoader {

	BundleClassLoader(URL jar, ClassLoader parent) {
		super(new URL[] {jar}, parent);
	}

	@Override
	public URL getResource(String name) {
		return findResource(name);
	}

	@Override
	public Enumeration<URL> getResources(String name) throws IOException {
		return findResources(name);
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve)
		throws ClassNotFoundException {

		if (!name.startsWith(_APP_PACKAGE_PREFIX)) {
			return super.loadClass(name, resolve);
		}

		synchronized (getClassLoadingLock(name)) {
			Class<?> clazz = findLoadedClass(name);

			if (clazz == null) {
				try {
					clazz = findClass(name);
				}
				catch (ClassNotFoundException classNotFoundException) {
					return super.loadClass(name, resolve);
				}
			}

			if (resolve) {
				resolveClass(clazz);
			}

			return clazz;
		}
	}

	private static final String _APP_PACKAGE_PREFIX = "se.livsviktig.";

}
