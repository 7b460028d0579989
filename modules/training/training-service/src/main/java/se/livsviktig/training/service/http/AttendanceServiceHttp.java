/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.http;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.HttpPrincipal;
import com.liferay.portal.kernel.service.http.TunnelUtil;
import com.liferay.portal.kernel.util.MethodHandler;
import com.liferay.portal.kernel.util.MethodKey;

import se.livsviktig.training.service.AttendanceServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>AttendanceServiceUtil</code> service
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
public class AttendanceServiceHttp {

	public static se.livsviktig.training.model.Attendance checkIn(
			HttpPrincipal httpPrincipal, long courseSessionId, String code)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttendanceServiceUtil.class, "checkIn",
				_checkInParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, courseSessionId, code);

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

			return (se.livsviktig.training.model.Attendance)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.training.model.SessionDate>
			getCheckInSessionDates(
				HttpPrincipal httpPrincipal, long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttendanceServiceUtil.class, "getCheckInSessionDates",
				_getCheckInSessionDatesParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, courseSessionId);

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

			return (java.util.List<se.livsviktig.training.model.SessionDate>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.training.model.Attendance>
			getSessionDateAttendances(
				HttpPrincipal httpPrincipal, long sessionDateId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttendanceServiceUtil.class, "getSessionDateAttendances",
				_getSessionDateAttendancesParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, sessionDateId);

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

			return (java.util.List<se.livsviktig.training.model.Attendance>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.training.model.Attendance markAttendance(
			HttpPrincipal httpPrincipal, long sessionDateId,
			long registrationId, boolean present)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttendanceServiceUtil.class, "markAttendance",
				_markAttendanceParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, sessionDateId, registrationId, present);

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

			return (se.livsviktig.training.model.Attendance)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.training.model.Attendance>
			markAttendances(
				HttpPrincipal httpPrincipal, long sessionDateId,
				long[] presentRegistrationIds, long[] absentRegistrationIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				AttendanceServiceUtil.class, "markAttendances",
				_markAttendancesParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, sessionDateId, presentRegistrationIds,
				absentRegistrationIds);

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

			return (java.util.List<se.livsviktig.training.model.Attendance>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		AttendanceServiceHttp.class);

	private static final Class<?>[] _checkInParameterTypes0 = new Class[] {
		long.class, String.class
	};
	private static final Class<?>[] _getCheckInSessionDatesParameterTypes1 =
		new Class[] {long.class};
	private static final Class<?>[] _getSessionDateAttendancesParameterTypes2 =
		new Class[] {long.class};
	private static final Class<?>[] _markAttendanceParameterTypes3 =
		new Class[] {long.class, long.class, boolean.class};
	private static final Class<?>[] _markAttendancesParameterTypes4 =
		new Class[] {long.class, long[].class, long[].class};

}