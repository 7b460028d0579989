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

import se.livsviktig.survey.service.SurveyDispatchServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>SurveyDispatchServiceUtil</code> service
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
public class SurveyDispatchServiceHttp {

	public static se.livsviktig.survey.model.SurveyDispatch addSurveyDispatch(
			HttpPrincipal httpPrincipal, long surveyId, long methodId,
			long[] courseSessionIds, int triggerType, int delayDays,
			java.util.Date windowStartDate, java.util.Date closeDate,
			int reminderIntervalDays, int maxReminders,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyDispatchServiceUtil.class, "addSurveyDispatch",
				_addSurveyDispatchParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyId, methodId, courseSessionIds, triggerType,
				delayDays, windowStartDate, closeDate, reminderIntervalDays,
				maxReminders, serviceContext);

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

			return (se.livsviktig.survey.model.SurveyDispatch)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.survey.model.SurveyDispatch
			deleteSurveyDispatch(
				HttpPrincipal httpPrincipal, long surveyDispatchId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyDispatchServiceUtil.class, "deleteSurveyDispatch",
				_deleteSurveyDispatchParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyDispatchId);

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

			return (se.livsviktig.survey.model.SurveyDispatch)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.survey.model.DispatchProgress
			getDispatchProgress(
				HttpPrincipal httpPrincipal, long surveyDispatchId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyDispatchServiceUtil.class, "getDispatchProgress",
				_getDispatchProgressParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyDispatchId);

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

			return (se.livsviktig.survey.model.DispatchProgress)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.survey.model.SurveyDispatch>
			getSurveyDispatches(HttpPrincipal httpPrincipal, long surveyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyDispatchServiceUtil.class, "getSurveyDispatches",
				_getSurveyDispatchesParameterTypes3);

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

			return (java.util.List<se.livsviktig.survey.model.SurveyDispatch>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static long[] getSurveyDispatchCourseSessionIds(
			HttpPrincipal httpPrincipal, long surveyDispatchId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyDispatchServiceUtil.class,
				"getSurveyDispatchCourseSessionIds",
				_getSurveyDispatchCourseSessionIdsParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyDispatchId);

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

			return (long[])returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.survey.model.SurveyDispatch
			updateSurveyDispatch(
				HttpPrincipal httpPrincipal, long surveyDispatchId,
				long methodId, long[] courseSessionIds, int triggerType,
				int delayDays, java.util.Date windowStartDate,
				java.util.Date closeDate, int reminderIntervalDays,
				int maxReminders)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyDispatchServiceUtil.class, "updateSurveyDispatch",
				_updateSurveyDispatchParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyDispatchId, methodId, courseSessionIds,
				triggerType, delayDays, windowStartDate, closeDate,
				reminderIntervalDays, maxReminders);

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

			return (se.livsviktig.survey.model.SurveyDispatch)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.survey.model.SurveyDispatch
			updateSurveyDispatch(
				HttpPrincipal httpPrincipal, long surveyDispatchId,
				long methodId, long[] courseSessionIds, int triggerType,
				int delayDays, java.util.Date windowStartDate,
				java.util.Date closeDate, int reminderIntervalDays,
				int maxReminders, int status)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyDispatchServiceUtil.class, "updateSurveyDispatch",
				_updateSurveyDispatchParameterTypes6);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyDispatchId, methodId, courseSessionIds,
				triggerType, delayDays, windowStartDate, closeDate,
				reminderIntervalDays, maxReminders, status);

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

			return (se.livsviktig.survey.model.SurveyDispatch)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.survey.model.SurveyDispatch
			updateSurveyDispatchStatus(
				HttpPrincipal httpPrincipal, long surveyDispatchId, int status)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				SurveyDispatchServiceUtil.class, "updateSurveyDispatchStatus",
				_updateSurveyDispatchStatusParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, surveyDispatchId, status);

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

			return (se.livsviktig.survey.model.SurveyDispatch)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		SurveyDispatchServiceHttp.class);

	private static final Class<?>[] _addSurveyDispatchParameterTypes0 =
		new Class[] {
			long.class, long.class, long[].class, int.class, int.class,
			java.util.Date.class, java.util.Date.class, int.class, int.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _deleteSurveyDispatchParameterTypes1 =
		new Class[] {long.class};
	private static final Class<?>[] _getDispatchProgressParameterTypes2 =
		new Class[] {long.class};
	private static final Class<?>[] _getSurveyDispatchesParameterTypes3 =
		new Class[] {long.class};
	private static final Class<?>[]
		_getSurveyDispatchCourseSessionIdsParameterTypes4 = new Class[] {
			long.class
		};
	private static final Class<?>[] _updateSurveyDispatchParameterTypes5 =
		new Class[] {
			long.class, long.class, long[].class, int.class, int.class,
			java.util.Date.class, java.util.Date.class, int.class, int.class
		};
	private static final Class<?>[] _updateSurveyDispatchParameterTypes6 =
		new Class[] {
			long.class, long.class, long[].class, int.class, int.class,
			java.util.Date.class, java.util.Date.class, int.class, int.class,
			int.class
		};
	private static final Class<?>[] _updateSurveyDispatchStatusParameterTypes7 =
		new Class[] {long.class, int.class};

}