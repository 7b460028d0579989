package com.liferay.frontend.taglib.clay.internal.servlet;

import javax.servlet.ServletContext;

/**
 * Stands in for the Clay taglib module's own class of this name, which release.portal.api leaves out although
 * its BaseContainerTag calls it. In the portal it hands out the Clay module's servlet context; here, the harness's.
 *
 * @author Livsviktig
 */
public class ServletContextUtil {

	public static ServletContext getServletContext() {
		return _servletContext;
	}

	public static void setServletContext(ServletContext servletContext) {
		_servletContext = servletContext;
	}

	private static volatile ServletContext _servletContext;

}
