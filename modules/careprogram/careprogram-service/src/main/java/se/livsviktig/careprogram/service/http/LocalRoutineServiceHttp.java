/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.http;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.HttpPrincipal;
import com.liferay.portal.kernel.service.http.TunnelUtil;
import com.liferay.portal.kernel.util.MethodHandler;
import com.liferay.portal.kernel.util.MethodKey;

import se.livsviktig.careprogram.service.LocalRoutineServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>LocalRoutineServiceUtil</code> service
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
public class LocalRoutineServiceHttp {

	public static se.livsviktig.careprogram.model.LocalRoutine addLocalRoutine(
			HttpPrincipal httpPrincipal, long careProgramId,
			long organizationId, long articleResourcePrimKey, long ownerUserId,
			int reviewIntervalMonths,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				LocalRoutineServiceUtil.class, "addLocalRoutine",
				_addLocalRoutineParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, careProgramId, organizationId,
				articleResourcePrimKey, ownerUserId, reviewIntervalMonths,
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

			return (se.livsviktig.careprogram.model.LocalRoutine)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.careprogram.model.LocalRoutine
			confirmLocalRoutineReview(
				HttpPrincipal httpPrincipal, long localRoutineId,
				String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				LocalRoutineServiceUtil.class, "confirmLocalRoutineReview",
				_confirmLocalRoutineReviewParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, localRoutineId, comment);

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

			return (se.livsviktig.careprogram.model.LocalRoutine)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.careprogram.model.LocalRoutine
			deleteLocalRoutine(HttpPrincipal httpPrincipal, long localRoutineId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				LocalRoutineServiceUtil.class, "deleteLocalRoutine",
				_deleteLocalRoutineParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, localRoutineId);

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

			return (se.livsviktig.careprogram.model.LocalRoutine)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.careprogram.model.LocalRoutine>
			getCareProgramLocalRoutines(
				HttpPrincipal httpPrincipal, long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				LocalRoutineServiceUtil.class, "getCareProgramLocalRoutines",
				_getCareProgramLocalRoutinesParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, careProgramId);

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
				<se.livsviktig.careprogram.model.LocalRoutine>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.careprogram.model.LocalRoutine>
			getOwnerLocalRoutines(HttpPrincipal httpPrincipal, long ownerUserId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				LocalRoutineServiceUtil.class, "getOwnerLocalRoutines",
				_getOwnerLocalRoutinesParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, ownerUserId);

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
				<se.livsviktig.careprogram.model.LocalRoutine>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.careprogram.model.LocalRoutine
			updateLocalRoutine(
				HttpPrincipal httpPrincipal, long localRoutineId,
				long articleResourcePrimKey, long ownerUserId,
				int reviewIntervalMonths)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				LocalRoutineServiceUtil.class, "updateLocalRoutine",
				_updateLocalRoutineParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, localRoutineId, articleResourcePrimKey, ownerUserId,
				reviewIntervalMonths);

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

			return (se.livsviktig.careprogram.model.LocalRoutine)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		LocalRoutineServiceHttp.class);

	private static final Class<?>[] _addLocalRoutineParameterTypes0 =
		new Class[] {
			long.class, long.class, long.class, long.class, int.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _confirmLocalRoutineReviewParameterTypes1 =
		new Class[] {long.class, String.class};
	private static final Class<?>[] _deleteLocalRoutineParameterTypes2 =
		new Class[] {long.class};
	private static final Class<?>[]
		_getCareProgramLocalRoutinesParameterTypes3 = new Class[] {long.class};
	private static final Class<?>[] _getOwnerLocalRoutinesParameterTypes4 =
		new Class[] {long.class};
	private static final Class<?>[] _updateLocalRoutineParameterTypes5 =
		new Class[] {long.class, long.class, long.class, int.class};

}