/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.http;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.HttpPrincipal;
import com.liferay.portal.kernel.service.http.TunnelUtil;
import com.liferay.portal.kernel.util.MethodHandler;
import com.liferay.portal.kernel.util.MethodKey;

import se.livsviktig.survey.service.SurveyResponseServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>SurveyResponseServiceUtil</code> service
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
public class SurveyResponseServiceHttp {

	public static void addMyResponse(
			HttpPrincipal httpPrincipal, long surveyInvitationId,
			java.util.Map<Long, String[]> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyResponseServiceUtil.class, "addMyResponse",
				_addMyResponseParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyInvitationId, answers);

			try {
				TunnelUtil.invoke(httpPrincipal, methodHandler);
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
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static void addResponse(
			HttpPrincipal httpPrincipal, String token,
			java.util.Map<Long, String[]> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyResponseServiceUtil.class, "addResponse",
				_addResponseParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, token, answers);

			try {
				TunnelUtil.invoke(httpPrincipal, methodHandler);
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
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.survey.model.SurveyAnswerForm getAnswerForm(
			HttpPrincipal httpPrincipal, String token)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyResponseServiceUtil.class, "getAnswerForm",
				_getAnswerFormParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(methodKey, token);

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

			return (se.livsviktig.survey.model.SurveyAnswerForm)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.survey.model.SurveyAnswerForm getMyAnswerForm(
			HttpPrincipal httpPrincipal, long surveyInvitationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyResponseServiceUtil.class, "getMyAnswerForm",
				_getMyAnswerFormParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyInvitationId);

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

			return (se.livsviktig.survey.model.SurveyAnswerForm)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.survey.model.SurveyInvitation>
			getMyOpenInvitations(HttpPrincipal httpPrincipal)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyResponseServiceUtil.class, "getMyOpenInvitations",
				_getMyOpenInvitationsParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(methodKey);

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

			return (java.util.List<se.livsviktig.survey.model.SurveyInvitation>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static void optOut(HttpPrincipal httpPrincipal, String token)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyResponseServiceUtil.class, "optOut",
				_optOutParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(methodKey, token);

			try {
				TunnelUtil.invoke(httpPrincipal, methodHandler);
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
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		SurveyResponseServiceHttp.class);

	private static final Class<?>[] _addMyResponseParameterTypes0 =
		new Class[] {long.class, java.util.Map.class};
	private static final Class<?>[] _addResponseParameterTypes1 = new Class[] {
		String.class, java.util.Map.class
	};
	private static final Class<?>[] _getAnswerFormParameterTypes2 =
		new Class[] {String.class};
	private static final Class<?>[] _getMyAnswerFormParameterTypes3 =
		new Class[] {long.class};
	private static final Class<?>[] _getMyOpenInvitationsParameterTypes4 =
		new Class[] {};
	private static final Class<?>[] _optOutParameterTypes5 = new Class[] {
		String.class
	};

}