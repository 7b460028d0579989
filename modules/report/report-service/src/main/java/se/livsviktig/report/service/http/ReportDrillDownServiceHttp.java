/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service.http;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.HttpPrincipal;
import com.liferay.portal.kernel.service.http.TunnelUtil;
import com.liferay.portal.kernel.util.MethodHandler;
import com.liferay.portal.kernel.util.MethodKey;

import se.livsviktig.report.service.ReportDrillDownServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>ReportDrillDownServiceUtil</code> service
 * utility. The
 * static methods of this class calls the same methods of the service utility.
 * However, the signatures are different because it requires an additional
 * <code>HttpPrincipal</code> parameter.
 *
 * <p>
 * The benefits of using the HTTP utility is that it is fast and allows for
 * tunneling without the cost of serializing to text. The drawback is that it
 * only works with Java.
 * </p>
 *
 * <p>
 * Set the property <b>tunnel.servlet.hosts.allowed</b> in portal.properties to
 * configure security.
 * </p>
 *
 * <p>
 * The HTTP utility is only generated for remote services.
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
public class ReportDrillDownServiceHttp {

	public static java.util.List<se.livsviktig.training.model.Registration>
			getFigureRegistrations(
				HttpPrincipal httpPrincipal, long groupId, String figureKey,
				se.livsviktig.report.period.ReportPeriod reportPeriod,
				long organizationId, boolean rolledUp, long trainingMethodId,
				String sex, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				ReportDrillDownServiceUtil.class, "getFigureRegistrations",
				_getFigureRegistrationsParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, figureKey, reportPeriod, organizationId,
				rolledUp, trainingMethodId, sex, start, end);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List<se.livsviktig.training.model.Registration>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static int getFigureRegistrationsCount(
			HttpPrincipal httpPrincipal, long groupId, String figureKey,
			se.livsviktig.report.period.ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				ReportDrillDownServiceUtil.class, "getFigureRegistrationsCount",
				_getFigureRegistrationsCountParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, figureKey, reportPeriod, organizationId,
				rolledUp, trainingMethodId, sex);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return ((Integer)returnObj).intValue();
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.training.model.CourseSession>
			getFigureSessions(
				HttpPrincipal httpPrincipal, long groupId, String figureKey,
				se.livsviktig.report.period.ReportPeriod reportPeriod,
				long organizationId, boolean rolledUp, long trainingMethodId,
				String sex, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				ReportDrillDownServiceUtil.class, "getFigureSessions",
				_getFigureSessionsParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, figureKey, reportPeriod, organizationId,
				rolledUp, trainingMethodId, sex, start, end);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List<se.livsviktig.training.model.CourseSession>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static int getFigureSessionsCount(
			HttpPrincipal httpPrincipal, long groupId, String figureKey,
			se.livsviktig.report.period.ReportPeriod reportPeriod,
			long organizationId, boolean rolledUp, long trainingMethodId,
			String sex)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				ReportDrillDownServiceUtil.class, "getFigureSessionsCount",
				_getFigureSessionsCountParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, figureKey, reportPeriod, organizationId,
				rolledUp, trainingMethodId, sex);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				if (exception instanceof
						com.liferay.portal.kernel.exception.PortalException) {

					throw (com.liferay.portal.kernel.exception.PortalException)
						exception;
				}

				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return ((Integer)returnObj).intValue();
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		ReportDrillDownServiceHttp.class);

	private static final Class<?>[] _getFigureRegistrationsParameterTypes0 =
		new Class[] {
			long.class, String.class,
			se.livsviktig.report.period.ReportPeriod.class, long.class,
			boolean.class, long.class, String.class, int.class, int.class
		};
	private static final Class<?>[]
		_getFigureRegistrationsCountParameterTypes1 = new Class[] {
			long.class, String.class,
			se.livsviktig.report.period.ReportPeriod.class, long.class,
			boolean.class, long.class, String.class
		};
	private static final Class<?>[] _getFigureSessionsParameterTypes2 =
		new Class[] {
			long.class, String.class,
			se.livsviktig.report.period.ReportPeriod.class, long.class,
			boolean.class, long.class, String.class, int.class, int.class
		};
	private static final Class<?>[] _getFigureSessionsCountParameterTypes3 =
		new Class[] {
			long.class, String.class,
			se.livsviktig.report.period.ReportPeriod.class, long.class,
			boolean.class, long.class, String.class
		};

}