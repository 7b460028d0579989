package se.livsviktig.platform.deploy.harness;

import com.liferay.portal.kernel.security.xml.SecureXMLFactoryProviderUtil;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.xml.UnsecureSAXReaderUtil;
import com.liferay.portal.security.xml.SecureXMLFactoryProviderImpl;
import com.liferay.portal.util.PropsImpl;
import com.liferay.portal.xml.SAXReaderImpl;

/**
 * The little of the portal that reading a jar at deploy time needs, set up once per JVM as the portal's own
 * Spring wiring does: the portal's properties (portal.properties from the API jar, so GA112's defaults such as
 * {@code resource.actions.strict.mode.enabled} apply), the secure XML factory and the unsecure SAX reader that
 * {@code ResourceActionsImpl} parses resource-action XML with (validating against the DTDs in the API jar).
 * Properties come first: a kernel utility that initialises without them stays broken for the JVM's life, which
 * is why this tier runs in a JVM of its own.
 *
 * @author Livsviktig
 */
final class PortalDeployRuntime {

	static synchronized void ensureStarted() {
		if (_started) {
			return;
		}

		_started = true;

		if (PropsUtil.getProps() == null) {
			PropsUtil.setProps(new PropsImpl());
		}

		SecureXMLFactoryProviderImpl secureXMLFactoryProvider =
			new SecureXMLFactoryProviderImpl();

		new SecureXMLFactoryProviderUtil().setSecureXMLFactoryProvider(
			secureXMLFactoryProvider);

		SAXReaderImpl saxReader = new SAXReaderImpl();

		saxReader.setSecure(false);
		saxReader.setSecureXMLFactoryProvider(secureXMLFactoryProvider);

		new UnsecureSAXReaderUtil().setSAXReader(saxReader);
	}

	private PortalDeployRuntime() {
	}

	private static boolean _started;

}
