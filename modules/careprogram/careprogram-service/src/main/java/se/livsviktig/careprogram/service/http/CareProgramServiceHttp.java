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

import se.livsviktig.careprogram.service.CareProgramServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>CareProgramServiceUtil</code> service
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
public class CareProgramServiceHttp {

	public static com.liferay.asset.kernel.model.AssetVocabulary
			addTargetGroupVocabulary(HttpPrincipal httpPrincipal, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CareProgramServiceUtil.class, "addTargetGroupVocabulary",
				_addTargetGroupVocabularyParameterTypes0);

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

			return (com.liferay.asset.kernel.model.AssetVocabulary)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.careprogram.model.CareProgram addCareProgram(
			HttpPrincipal httpPrincipal, long groupId,
			java.util.Map<java.util.Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CareProgramServiceUtil.class, "addCareProgram",
				_addCareProgramParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, titleMap, articleResourcePrimKey,
				nationalURL, ownerUserId, reviewIntervalMonths,
				targetGroupCategoryIds, methodIds, contactUserIds,
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

			return (se.livsviktig.careprogram.model.CareProgram)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.careprogram.model.CareProgram>
			addNationalCarePrograms(
				HttpPrincipal httpPrincipal, long groupId,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CareProgramServiceUtil.class, "addNationalCarePrograms",
				_addNationalCareProgramsParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, serviceContext);

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

			return (java.util.List<se.livsviktig.careprogram.model.CareProgram>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.careprogram.model.CareProgram
			confirmCareProgramReview(
				HttpPrincipal httpPrincipal, long careProgramId, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CareProgramServiceUtil.class, "confirmCareProgramReview",
				_confirmCareProgramReviewParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, careProgramId, comment);

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

			return (se.livsviktig.careprogram.model.CareProgram)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.careprogram.model.CareProgram deleteCareProgram(
			HttpPrincipal httpPrincipal, long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CareProgramServiceUtil.class, "deleteCareProgram",
				_deleteCareProgramParameterTypes4);

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

			return (se.livsviktig.careprogram.model.CareProgram)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.careprogram.model.CareProgram getCareProgram(
			HttpPrincipal httpPrincipal, long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CareProgramServiceUtil.class, "getCareProgram",
				_getCareProgramParameterTypes5);

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

			return (se.livsviktig.careprogram.model.CareProgram)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static long[] getContactUserIds(
			HttpPrincipal httpPrincipal, long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CareProgramServiceUtil.class, "getContactUserIds",
				_getContactUserIdsParameterTypes6);

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

			return (long[])returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.careprogram.model.CareProgram>
			getGroupCarePrograms(
				HttpPrincipal httpPrincipal, long groupId, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CareProgramServiceUtil.class, "getGroupCarePrograms",
				_getGroupCareProgramsParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, start, end);

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

			return (java.util.List<se.livsviktig.careprogram.model.CareProgram>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static long[] getMethodIds(
			HttpPrincipal httpPrincipal, long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CareProgramServiceUtil.class, "getMethodIds",
				_getMethodIdsParameterTypes8);

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

			return (long[])returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static long[] getTargetGroupCategoryIds(
			HttpPrincipal httpPrincipal, long careProgramId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CareProgramServiceUtil.class, "getTargetGroupCategoryIds",
				_getTargetGroupCategoryIdsParameterTypes9);

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

			return (long[])returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.careprogram.model.CareProgram>
			searchCarePrograms(
				HttpPrincipal httpPrincipal, long groupId, String keywords,
				long targetGroupCategoryId, long organizationId,
				int reviewState, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CareProgramServiceUtil.class, "searchCarePrograms",
				_searchCareProgramsParameterTypes10);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, keywords, targetGroupCategoryId,
				organizationId, reviewState, start, end);

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

			return (java.util.List<se.livsviktig.careprogram.model.CareProgram>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static int searchCareProgramsCount(
			HttpPrincipal httpPrincipal, long groupId, String keywords,
			long targetGroupCategoryId, long organizationId, int reviewState)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CareProgramServiceUtil.class, "searchCareProgramsCount",
				_searchCareProgramsCountParameterTypes11);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, keywords, targetGroupCategoryId,
				organizationId, reviewState);

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

			return ((Integer)returnObj).intValue();
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.careprogram.model.CareProgram updateCareProgram(
			HttpPrincipal httpPrincipal, long careProgramId,
			java.util.Map<java.util.Locale, String> titleMap,
			long articleResourcePrimKey, String nationalURL, long ownerUserId,
			int reviewIntervalMonths, long[] targetGroupCategoryIds,
			long[] methodIds, long[] contactUserIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CareProgramServiceUtil.class, "updateCareProgram",
				_updateCareProgramParameterTypes12);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, careProgramId, titleMap, articleResourcePrimKey,
				nationalURL, ownerUserId, reviewIntervalMonths,
				targetGroupCategoryIds, methodIds, contactUserIds);

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

			return (se.livsviktig.careprogram.model.CareProgram)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		CareProgramServiceHttp.class);

	private static final Class<?>[] _addTargetGroupVocabularyParameterTypes0 =
		new Class[] {long.class};
	private static final Class<?>[] _addCareProgramParameterTypes1 =
		new Class[] {
			long.class, java.util.Map.class, long.class, String.class,
			long.class, int.class, long[].class, long[].class, long[].class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _addNationalCareProgramsParameterTypes2 =
		new Class[] {
			long.class, com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _confirmCareProgramReviewParameterTypes3 =
		new Class[] {long.class, String.class};
	private static final Class<?>[] _deleteCareProgramParameterTypes4 =
		new Class[] {long.class};
	private static final Class<?>[] _getCareProgramParameterTypes5 =
		new Class[] {long.class};
	private static final Class<?>[] _getContactUserIdsParameterTypes6 =
		new Class[] {long.class};
	private static final Class<?>[] _getGroupCareProgramsParameterTypes7 =
		new Class[] {long.class, int.class, int.class};
	private static final Class<?>[] _getMethodIdsParameterTypes8 = new Class[] {
		long.class
	};
	private static final Class<?>[] _getTargetGroupCategoryIdsParameterTypes9 =
		new Class[] {long.class};
	private static final Class<?>[] _searchCareProgramsParameterTypes10 =
		new Class[] {
			long.class, String.class, long.class, long.class, int.class,
			int.class, int.class
		};
	private static final Class<?>[] _searchCareProgramsCountParameterTypes11 =
		new Class[] {
			long.class, String.class, long.class, long.class, int.class
		};
	private static final Class<?>[] _updateCareProgramParameterTypes12 =
		new Class[] {
			long.class, java.util.Map.class, long.class, String.class,
			long.class, int.class, long[].class, long[].class, long[].class
		};

}