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

import se.livsviktig.survey.service.SurveyResultsServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>SurveyResultsServiceUtil</code> service
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
public class SurveyResultsServiceHttp {

	public static java.util.List<String> getFreeTextAnswers(
			HttpPrincipal httpPrincipal, long surveyId, long surveyQuestionId,
			se.livsviktig.survey.model.SurveyResultsQuery query)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyResultsServiceUtil.class, "getFreeTextAnswers",
				_getFreeTextAnswersParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyId, surveyQuestionId, query);

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

			return (java.util.List<String>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.survey.model.SurveyResults getSurveyResults(
			HttpPrincipal httpPrincipal, long surveyId,
			se.livsviktig.survey.model.SurveyResultsQuery query)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyResultsServiceUtil.class, "getSurveyResults",
				_getSurveyResultsParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyId, query);

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

			return (se.livsviktig.survey.model.SurveyResults)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.survey.model.SurveyResults
			getTaughtSessionResults(
				HttpPrincipal httpPrincipal, long surveyId,
				se.livsviktig.survey.model.SurveyResultsQuery query)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyResultsServiceUtil.class, "getTaughtSessionResults",
				_getTaughtSessionResultsParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyId, query);

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

			return (se.livsviktig.survey.model.SurveyResults)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.survey.model.Survey>
			getTaughtSessionSurveys(
				HttpPrincipal httpPrincipal, long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyResultsServiceUtil.class, "getTaughtSessionSurveys",
				_getTaughtSessionSurveysParameterTypes3);

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

			return (java.util.List<se.livsviktig.survey.model.Survey>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		SurveyResultsServiceHttp.class);

	private static final Class<?>[] _getFreeTextAnswersParameterTypes0 =
		new Class[] {
			long.class, long.class,
			se.livsviktig.survey.model.SurveyResultsQuery.class
		};
	private static final Class<?>[] _getSurveyResultsParameterTypes1 =
		new Class[] {
			long.class, se.livsviktig.survey.model.SurveyResultsQuery.class
		};
	private static final Class<?>[] _getTaughtSessionResultsParameterTypes2 =
		new Class[] {
			long.class, se.livsviktig.survey.model.SurveyResultsQuery.class
		};
	private static final Class<?>[] _getTaughtSessionSurveysParameterTypes3 =
		new Class[] {long.class};

}