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

import se.livsviktig.training.service.SessionInstructorServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>SessionInstructorServiceUtil</code> service
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
public class SessionInstructorServiceHttp {

	public static java.util.List<se.livsviktig.training.model.SessionInstructor>
			getCourseSessionInstructors(
				HttpPrincipal httpPrincipal, long courseSessionId,
				int[] statuses)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SessionInstructorServiceUtil.class,
				"getCourseSessionInstructors",
				_getCourseSessionInstructorsParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, courseSessionId, statuses);

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

			return (java.util.List
				<se.livsviktig.training.model.SessionInstructor>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.training.model.SessionInstructor>
			getMySessionInstructors(
				HttpPrincipal httpPrincipal, int[] statuses, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SessionInstructorServiceUtil.class, "getMySessionInstructors",
				_getMySessionInstructorsParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, statuses, start, end);

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

			return (java.util.List
				<se.livsviktig.training.model.SessionInstructor>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.training.model.SessionInstructor
			inviteInstructor(
				HttpPrincipal httpPrincipal, long courseSessionId,
				long instructorUserId, String message,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SessionInstructorServiceUtil.class, "inviteInstructor",
				_inviteInstructorParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, courseSessionId, instructorUserId, message,
				serviceContext);

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

			return (se.livsviktig.training.model.SessionInstructor)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.training.model.SessionInstructor
			respondToInvitation(
				HttpPrincipal httpPrincipal, long sessionInstructorId,
				boolean accept)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SessionInstructorServiceUtil.class, "respondToInvitation",
				_respondToInvitationParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, sessionInstructorId, accept);

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

			return (se.livsviktig.training.model.SessionInstructor)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.training.model.SessionInstructor
			withdrawInstructor(
				HttpPrincipal httpPrincipal, long sessionInstructorId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SessionInstructorServiceUtil.class, "withdrawInstructor",
				_withdrawInstructorParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, sessionInstructorId);

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

			return (se.livsviktig.training.model.SessionInstructor)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		SessionInstructorServiceHttp.class);

	private static final Class<?>[]
		_getCourseSessionInstructorsParameterTypes0 = new Class[] {
			long.class, int[].class
		};
	private static final Class<?>[] _getMySessionInstructorsParameterTypes1 =
		new Class[] {int[].class, int.class, int.class};
	private static final Class<?>[] _inviteInstructorParameterTypes2 =
		new Class[] {
			long.class, long.class, String.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _respondToInvitationParameterTypes3 =
		new Class[] {long.class, boolean.class};
	private static final Class<?>[] _withdrawInstructorParameterTypes4 =
		new Class[] {long.class};

}