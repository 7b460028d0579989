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

import se.livsviktig.instructor.service.NetworkMemberServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>NetworkMemberServiceUtil</code> service
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
public class NetworkMemberServiceHttp {

	public static se.livsviktig.instructor.model.NetworkMember addNetworkMember(
			HttpPrincipal httpPrincipal, long instructorNetworkId,
			long memberUserId, int role,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				NetworkMemberServiceUtil.class, "addNetworkMember",
				_addNetworkMemberParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, instructorNetworkId, memberUserId, role,
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

			return (se.livsviktig.instructor.model.NetworkMember)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.instructor.model.NetworkMember>
			getNetworkMembers(
				HttpPrincipal httpPrincipal, long instructorNetworkId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				NetworkMemberServiceUtil.class, "getNetworkMembers",
				_getNetworkMembersParameterTypes1);

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
				<se.livsviktig.instructor.model.NetworkMember>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.instructor.model.NetworkMember
			removeNetworkMember(
				HttpPrincipal httpPrincipal, long networkMemberId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				NetworkMemberServiceUtil.class, "removeNetworkMember",
				_removeNetworkMemberParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, networkMemberId);

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

			return (se.livsviktig.instructor.model.NetworkMember)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.instructor.model.NetworkMember
			updateNetworkMemberRole(
				HttpPrincipal httpPrincipal, long networkMemberId, int role)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				NetworkMemberServiceUtil.class, "updateNetworkMemberRole",
				_updateNetworkMemberRoleParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, networkMemberId, role);

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

			return (se.livsviktig.instructor.model.NetworkMember)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		NetworkMemberServiceHttp.class);

	private static final Class<?>[] _addNetworkMemberParameterTypes0 =
		new Class[] {
			long.class, long.class, int.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _getNetworkMembersParameterTypes1 =
		new Class[] {long.class};
	private static final Class<?>[] _removeNetworkMemberParameterTypes2 =
		new Class[] {long.class};
	private static final Class<?>[] _updateNetworkMemberRoleParameterTypes3 =
		new Class[] {long.class, int.class};

}