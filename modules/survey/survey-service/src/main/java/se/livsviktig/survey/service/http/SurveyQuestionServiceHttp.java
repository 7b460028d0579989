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

import se.livsviktig.survey.service.SurveyQuestionServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>SurveyQuestionServiceUtil</code> service
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
public class SurveyQuestionServiceHttp {

	public static se.livsviktig.survey.model.SurveyQuestion addSurveyQuestion(
			HttpPrincipal httpPrincipal, long surveyId, int questionType,
			java.util.Map<java.util.Locale, String> textMap,
			java.util.Map<java.util.Locale, String> lowLabelMap,
			java.util.Map<java.util.Locale, String> highLabelMap,
			java.util.Map<java.util.Locale, String> optionsMap,
			boolean required,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyQuestionServiceUtil.class, "addSurveyQuestion",
				_addSurveyQuestionParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyId, questionType, textMap, lowLabelMap,
				highLabelMap, optionsMap, required, serviceContext);

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

			return (se.livsviktig.survey.model.SurveyQuestion)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.survey.model.SurveyQuestion
			deleteSurveyQuestion(
				HttpPrincipal httpPrincipal, long surveyQuestionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyQuestionServiceUtil.class, "deleteSurveyQuestion",
				_deleteSurveyQuestionParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyQuestionId);

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

			return (se.livsviktig.survey.model.SurveyQuestion)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.survey.model.SurveyQuestion>
			getSurveyQuestions(HttpPrincipal httpPrincipal, long surveyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyQuestionServiceUtil.class, "getSurveyQuestions",
				_getSurveyQuestionsParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyId);

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

			return (java.util.List<se.livsviktig.survey.model.SurveyQuestion>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.survey.model.SurveyQuestion moveSurveyQuestion(
			HttpPrincipal httpPrincipal, long surveyQuestionId, int newPosition)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyQuestionServiceUtil.class, "moveSurveyQuestion",
				_moveSurveyQuestionParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyQuestionId, newPosition);

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

			return (se.livsviktig.survey.model.SurveyQuestion)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.survey.model.SurveyQuestion
			updateSurveyQuestion(
				HttpPrincipal httpPrincipal, long surveyQuestionId,
				java.util.Map<java.util.Locale, String> textMap,
				java.util.Map<java.util.Locale, String> lowLabelMap,
				java.util.Map<java.util.Locale, String> highLabelMap,
				java.util.Map<java.util.Locale, String> optionsMap,
				boolean required)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyQuestionServiceUtil.class, "updateSurveyQuestion",
				_updateSurveyQuestionParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyQuestionId, textMap, lowLabelMap, highLabelMap,
				optionsMap, required);

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

			return (se.livsviktig.survey.model.SurveyQuestion)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		SurveyQuestionServiceHttp.class);

	private static final Class<?>[] _addSurveyQuestionParameterTypes0 =
		new Class[] {
			long.class, int.class, java.util.Map.class, java.util.Map.class,
			java.util.Map.class, java.util.Map.class, boolean.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _deleteSurveyQuestionParameterTypes1 =
		new Class[] {long.class};
	private static final Class<?>[] _getSurveyQuestionsParameterTypes2 =
		new Class[] {long.class};
	private static final Class<?>[] _moveSurveyQuestionParameterTypes3 =
		new Class[] {long.class, int.class};
	private static final Class<?>[] _updateSurveyQuestionParameterTypes4 =
		new Class[] {
			long.class, java.util.Map.class, java.util.Map.class,
			java.util.Map.class, java.util.Map.class, boolean.class
		};

}