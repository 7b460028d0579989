package se.livsviktig.platform.persistence.harness;

import com.liferay.portal.dao.db.DBManagerImpl;
import com.liferay.portal.kernel.dao.db.DBManagerUtil;
import com.liferay.portal.kernel.dao.db.DBType;
import com.liferay.portal.kernel.dao.jdbc.CurrentConnectionUtil;
import com.liferay.portal.kernel.json.JSONFactoryUtil;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.security.xml.SecureXMLFactoryProviderUtil;
import com.liferay.portal.kernel.util.LocalizationUtil;
import com.liferay.portal.kernel.util.PortalClassLoaderUtil;
import com.liferay.portal.model.DefaultModelHintsImpl;
import com.liferay.portal.security.xml.SecureXMLFactoryProviderImpl;
import com.liferay.portal.util.LocalizationImpl;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.livsviktig.platform.db.harness.PortalProperties;

/**
 * The part of the portal a service bundle's persistence needs at run time, set up once per JVM in the order the
 * portal itself does it: properties first (a kernel utility that initialises without them stays broken for the
 * JVM's life), then the portal class loader, the DB manager, JSON, secure XML parsing, language, localization and
 * model hints. Everything here is the portal's own implementation from the API jar, except the JSON factory and
 * the language service (see {@link JSONFactoryStandIn} and {@link LanguageStandIn}).
 */
final class PortalRuntime {

	static synchronized void ensureStarted() {
		if (_started) {
			return;
		}

		// Before anything touches SystemBundleUtil: from now on this harness's framework is the JVM's.

		_started = true;

		PortalProperties.ensureLoaded();

		PortalClassLoaderUtil.setClassLoader(PortalRuntime.class.getClassLoader());

		DBManagerUtil.setDBManager(new DBManagerImpl());

		// The transaction's connection for code that sends its own JDBC, as the portal's CurrentConnectionImpl
		// finds it: the ConnectionHolder the transaction manager bound to the data source, if any.

		new CurrentConnectionUtil().setCurrentConnection(
			dataSource -> {
				ConnectionHolder connectionHolder =
					(ConnectionHolder)TransactionSynchronizationManager.getResource(dataSource);

				if ((connectionHolder == null) || (connectionHolder.getConnectionHandle() == null)) {
					return null;
				}

				return connectionHolder.getConnection();
			});

		new JSONFactoryUtil().setJSONFactory(JSONFactoryStandIn.create());

		new SecureXMLFactoryProviderUtil().setSecureXMLFactoryProvider(new SecureXMLFactoryProviderImpl());

		new LanguageUtil().setLanguage(LanguageStandIn.create());

		new LocalizationUtil().setLocalization(new LocalizationImpl());

		DefaultModelHintsImpl modelHints = new DefaultModelHintsImpl();

		modelHints.afterPropertiesSet();

		new ModelHintsUtil().setModelHints(modelHints);

		EmbeddedFramework.get();
	}

	static boolean isStarted() {
		return _started;
	}

	/**
	 * The database the portal runs on. The kernel keeps one per JVM, as the portal does.
	 */
	static synchronized void useDatabase(DataSource dataSource) {
		DBManagerUtil.setDB(DBType.POSTGRESQL, dataSource);
	}

	private PortalRuntime() {
	}

	private static boolean _started;

}
