package se.livsviktig.platform.db.harness;

import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.util.PropsImpl;

/**
 * Liferay's DB classes read portal properties while they translate SQL (the longest string an index may cover,
 * for one). Outside the portal nobody has loaded them, so the harness loads the portal's own portal.properties
 * from the API jar, once, unless some other harness in the JVM already has.
 */
public final class PortalProperties {

	public static synchronized void ensureLoaded() {
		if (PropsUtil.getProps() == null) {
			PropsUtil.setProps(new PropsImpl());
		}
	}

	private PortalProperties() {
	}

}
