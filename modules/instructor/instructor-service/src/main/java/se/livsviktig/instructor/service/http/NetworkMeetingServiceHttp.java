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

import se.livsviktig.instructor.service.NetworkMeetingServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>NetworkMeetingServiceUtil</code> service
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
public class NetworkMeetingServiceHttp {

	public static se.livsviktig.instructor.model.NetworkMeeting
			addNetworkMeeting(
				HttpPrincipal httpPrincipal, long instructorNetworkId,
				String title, java.util.Date startDate, java.util.Date endDate,
				String place, String onlineLink, String agenda,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				NetworkMeetingServiceUtil.class, "addNetworkMeeting",
				_addNetworkMeetingParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, instructorNetworkId, title, startDate, endDate,
				place, onlineLink, agenda, serviceContext);

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

			return (se.livsviktig.instructor.model.NetworkMeeting)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.instructor.model.NetworkMeeting
			cancelNetworkMeeting(
				HttpPrincipal httpPrincipal, long networkMeetingId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				NetworkMeetingServiceUtil.class, "cancelNetworkMeeting",
				_cancelNetworkMeetingParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, networkMeetingId);

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

			return (se.livsviktig.instructor.model.NetworkMeeting)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.instructor.model.NetworkMeeting
			getNetworkMeeting(
				HttpPrincipal httpPrincipal, long networkMeetingId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				NetworkMeetingServiceUtil.class, "getNetworkMeeting",
				_getNetworkMeetingParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, networkMeetingId);

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

			return (se.livsviktig.instructor.model.NetworkMeeting)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.instructor.model.NetworkMeeting>
			getNetworkMeetings(
				HttpPrincipal httpPrincipal, long instructorNetworkId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				NetworkMeetingServiceUtil.class, "getNetworkMeetings",
				_getNetworkMeetingsParameterTypes3);

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
				<se.livsviktig.instructor.model.NetworkMeeting>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.instructor.model.NetworkMeeting
			updateNetworkMeeting(
				HttpPrincipal httpPrincipal, long networkMeetingId,
				String title, java.util.Date startDate, java.util.Date endDate,
				String place, String onlineLink, String agenda)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				NetworkMeetingServiceUtil.class, "updateNetworkMeeting",
				_updateNetworkMeetingParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, networkMeetingId, title, startDate, endDate, place,
				onlineLink, agenda);

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

			return (se.livsviktig.instructor.model.NetworkMeeting)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.instructor.model.NetworkMeeting
			updateNetworkMeetingNotes(
				HttpPrincipal httpPrincipal, long networkMeetingId,
				String notes)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				NetworkMeetingServiceUtil.class, "updateNetworkMeetingNotes",
				_updateNetworkMeetingNotesParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, networkMeetingId, notes);

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

			return (se.livsviktig.instructor.model.NetworkMeeting)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		NetworkMeetingServiceHttp.class);

	private static final Class<?>[] _addNetworkMeetingParameterTypes0 =
		new Class[] {
			long.class, String.class, java.util.Date.class,
			java.util.Date.class, String.class, String.class, String.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _cancelNetworkMeetingParameterTypes1 =
		new Class[] {long.class};
	private static final Class<?>[] _getNetworkMeetingParameterTypes2 =
		new Class[] {long.class};
	private static final Class<?>[] _getNetworkMeetingsParameterTypes3 =
		new Class[] {long.class};
	private static final Class<?>[] _updateNetworkMeetingParameterTypes4 =
		new Class[] {
			long.class, String.class, java.util.Date.class,
			java.util.Date.class, String.class, String.class, String.class
		};
	private static final Class<?>[] _updateNetworkMeetingNotesParameterTypes5 =
		new Class[] {long.class, String.class};

}