package se.livsviktig.platform.osgi.harness;

import com.liferay.portal.kernel.dao.db.DBManagerUtil;
import com.liferay.portal.kernel.dao.db.DBType;
import com.liferay.portal.kernel.util.PropsUtil;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The kernel's static state that portal-impl sets up at startup, set once per JVM before any kernel utility
 * runs: a kernel class whose static initializer fails (ParamUtil reads a property as it loads) stays broken for
 * the rest of the JVM. Statics that hold a portal service (PortalUtil, LanguageUtil, *LocalServiceUtil...)
 * are set when a double for that service is registered, see {@link KernelUtilBinder}.
 *
 * @author Livsviktig
 */
final class KernelStatics {

	static synchronized void install(Path apiJar) throws IOException {
		if (_installed) {
			return;
		}

		PropsUtil.setProps(PortalProperties.load(apiJar));

		DBManagerUtil.setDBManager(
			new NamedDatabaseDBManager(DBType.POSTGRESQL));

		_installed = true;
	}

	private KernelStatics() {
	}

	private static boolean _installed;

}
