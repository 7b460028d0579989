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

import se.livsviktig.training.service.TrainingMethodServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>TrainingMethodServiceUtil</code> service
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
public class TrainingMethodServiceHttp {

	public static se.livsviktig.training.model.TrainingMethod addTrainingMethod(
			HttpPrincipal httpPrincipal, long groupId,
			String externalReferenceCode,
			java.util.Map<java.util.Locale, String> nameMap,
			java.util.Map<java.util.Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				TrainingMethodServiceUtil.class, "addTrainingMethod",
				_addTrainingMethodParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, externalReferenceCode, nameMap,
				descriptionMap, certifiedInstructorsRequired,
				instructorsPerSession, requiredAttendancePercent,
				licenceSessionsRequired, licencePeriodMonths,
				followUpSurveyDays, serviceContext);

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

			return (se.livsviktig.training.model.TrainingMethod)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.training.model.TrainingMethod
			deleteTrainingMethod(
				HttpPrincipal httpPrincipal, long trainingMethodId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				TrainingMethodServiceUtil.class, "deleteTrainingMethod",
				_deleteTrainingMethodParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, trainingMethodId);

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

			return (se.livsviktig.training.model.TrainingMethod)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.training.model.TrainingMethod getTrainingMethod(
			HttpPrincipal httpPrincipal, long trainingMethodId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				TrainingMethodServiceUtil.class, "getTrainingMethod",
				_getTrainingMethodParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, trainingMethodId);

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

			return (se.livsviktig.training.model.TrainingMethod)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.training.model.TrainingMethod>
		getTrainingMethods(
			HttpPrincipal httpPrincipal, long groupId, int status, int start,
			int end) {

		try {
			MethodKey methodKey = new MethodKey(
				TrainingMethodServiceUtil.class, "getTrainingMethods",
				_getTrainingMethodsParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, status, start, end);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List<se.livsviktig.training.model.TrainingMethod>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static int getTrainingMethodsCount(
		HttpPrincipal httpPrincipal, long groupId, int status) {

		try {
			MethodKey methodKey = new MethodKey(
				TrainingMethodServiceUtil.class, "getTrainingMethodsCount",
				_getTrainingMethodsCountParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, status);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return ((Integer)returnObj).intValue();
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.training.model.TrainingMethod>
		searchTrainingMethods(
			HttpPrincipal httpPrincipal, long groupId, String keywords,
			int status, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.training.model.TrainingMethod>
					orderByComparator) {

		try {
			MethodKey methodKey = new MethodKey(
				TrainingMethodServiceUtil.class, "searchTrainingMethods",
				_searchTrainingMethodsParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, keywords, status, start, end,
				orderByComparator);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List<se.livsviktig.training.model.TrainingMethod>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static int searchTrainingMethodsCount(
		HttpPrincipal httpPrincipal, long groupId, String keywords,
		int status) {

		try {
			MethodKey methodKey = new MethodKey(
				TrainingMethodServiceUtil.class, "searchTrainingMethodsCount",
				_searchTrainingMethodsCountParameterTypes6);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, keywords, status);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return ((Integer)returnObj).intValue();
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.training.model.TrainingMethod updateStatus(
			HttpPrincipal httpPrincipal, long trainingMethodId, int status)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				TrainingMethodServiceUtil.class, "updateStatus",
				_updateStatusParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, trainingMethodId, status);

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

			return (se.livsviktig.training.model.TrainingMethod)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.training.model.TrainingMethod
			updateTrainingMethod(
				HttpPrincipal httpPrincipal, long trainingMethodId,
				java.util.Map<java.util.Locale, String> nameMap,
				java.util.Map<java.util.Locale, String> descriptionMap,
				boolean certifiedInstructorsRequired, int instructorsPerSession,
				int requiredAttendancePercent, int licenceSessionsRequired,
				int licencePeriodMonths, int followUpSurveyDays,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				TrainingMethodServiceUtil.class, "updateTrainingMethod",
				_updateTrainingMethodParameterTypes8);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, trainingMethodId, nameMap, descriptionMap,
				certifiedInstructorsRequired, instructorsPerSession,
				requiredAttendancePercent, licenceSessionsRequired,
				licencePeriodMonths, followUpSurveyDays, serviceContext);

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

			return (se.livsviktig.training.model.TrainingMethod)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		TrainingMethodServiceHttp.class);

	private static final Class<?>[] _addTrainingMethodParameterTypes0 =
		new Class[] {
			long.class, String.class, java.util.Map.class, java.util.Map.class,
			boolean.class, int.class, int.class, int.class, int.class,
			int.class, com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _deleteTrainingMethodParameterTypes1 =
		new Class[] {long.class};
	private static final Class<?>[] _getTrainingMethodParameterTypes2 =
		new Class[] {long.class};
	private static final Class<?>[] _getTrainingMethodsParameterTypes3 =
		new Class[] {long.class, int.class, int.class, int.class};
	private static final Class<?>[] _getTrainingMethodsCountParameterTypes4 =
		new Class[] {long.class, int.class};
	private static final Class<?>[] _searchTrainingMethodsParameterTypes5 =
		new Class[] {
			long.class, String.class, int.class, int.class, int.class,
			com.liferay.portal.kernel.util.OrderByComparator.class
		};
	private static final Class<?>[] _searchTrainingMethodsCountParameterTypes6 =
		new Class[] {long.class, String.class, int.class};
	private static final Class<?>[] _updateStatusParameterTypes7 = new Class[] {
		long.class, int.class
	};
	private static final Class<?>[] _updateTrainingMethodParameterTypes8 =
		new Class[] {
			long.class, java.util.Map.class, java.util.Map.class, boolean.class,
			int.class, int.class, int.class, int.class, int.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};

}