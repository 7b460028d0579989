/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.http;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.HttpPrincipal;
import com.liferay.portal.kernel.service.http.TunnelUtil;
import com.liferay.portal.kernel.util.MethodHandler;
import com.liferay.portal.kernel.util.MethodKey;

import se.livsviktig.instructor.service.InstructorNetworkServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>InstructorNetworkServiceUtil</code> service
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
public class InstructorNetworkServiceHttp {

	public static se.livsviktig.instructor.model.InstructorNetwork
			addInstructorNetwork(
				HttpPrincipal httpPrincipal, long groupId, String name,
				String description, long[] trainingMethodIds,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				InstructorNetworkServiceUtil.class, "addInstructorNetwork",
				_addInstructorNetworkParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, name, description, trainingMethodIds,
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

			return (se.livsviktig.instructor.model.InstructorNetwork)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.instructor.model.InstructorNetwork
			deleteInstructorNetwork(
				HttpPrincipal httpPrincipal, long instructorNetworkId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				InstructorNetworkServiceUtil.class, "deleteInstructorNetwork",
				_deleteInstructorNetworkParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, instructorNetworkId);

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

			return (se.livsviktig.instructor.model.InstructorNetwork)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List
		<se.livsviktig.instructor.model.InstructorNetwork>
				getGroupInstructorNetworks(
					HttpPrincipal httpPrincipal, long groupId)
			throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				InstructorNetworkServiceUtil.class,
				"getGroupInstructorNetworks",
				_getGroupInstructorNetworksParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(methodKey, groupId);

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
				<se.livsviktig.instructor.model.InstructorNetwork>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.instructor.model.InstructorNetwork
			getInstructorNetwork(
				HttpPrincipal httpPrincipal, long instructorNetworkId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				InstructorNetworkServiceUtil.class, "getInstructorNetwork",
				_getInstructorNetworkParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, instructorNetworkId);

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

			return (se.livsviktig.instructor.model.InstructorNetwork)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List
		<se.livsviktig.instructor.network.NetworkDirectoryEntry>
				getNetworkDirectory(
					HttpPrincipal httpPrincipal, long instructorNetworkId)
			throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				InstructorNetworkServiceUtil.class, "getNetworkDirectory",
				_getNetworkDirectoryParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, instructorNetworkId);

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
				<se.livsviktig.instructor.network.NetworkDirectoryEntry>)
					returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.instructor.model.InstructorNetwork
			updateInstructorNetwork(
				HttpPrincipal httpPrincipal, long instructorNetworkId,
				String name, String description, long[] trainingMethodIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				InstructorNetworkServiceUtil.class, "updateInstructorNetwork",
				_updateInstructorNetworkParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, instructorNetworkId, name, description,
				trainingMethodIds);

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

			return (se.livsviktig.instructor.model.InstructorNetwork)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		InstructorNetworkServiceHttp.class);

	private static final Class<?>[] _addInstructorNetworkParameterTypes0 =
		new Class[] {
			long.class, String.class, String.class, long[].class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _deleteInstructorNetworkParameterTypes1 =
		new Class[] {long.class};
	private static final Class<?>[] _getGroupInstructorNetworksParameterTypes2 =
		new Class[] {long.class};
	private static final Class<?>[] _getInstructorNetworkParameterTypes3 =
		new Class[] {long.class};
	private static final Class<?>[] _getNetworkDirectoryParameterTypes4 =
		new Class[] {long.class};
	private static final Class<?>[] _updateInstructorNetworkParameterTypes5 =
		new Class[] {long.class, String.class, String.class, long[].class};

}