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

import se.livsviktig.training.service.CourseSessionServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>CourseSessionServiceUtil</code> service
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
public class CourseSessionServiceHttp {

	public static se.livsviktig.training.model.CourseSession addCourseSession(
			HttpPrincipal httpPrincipal, long courseId, long coordinatorUserId,
			int deliveryMode, String venueName, String venueAddress,
			String locality, String onlineMeetingURL, int seats,
			java.util.Date registrationOpenDate,
			java.util.Date registrationCloseDate,
			java.util.Date cancellationDeadline, boolean approvalRequired,
			int waitlistMode, int offerHours, boolean dietaryNeedsRequested,
			String note, java.util.Date[] startDates, java.util.Date[] endDates,
			long[] audienceOrganizationIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "addCourseSession",
				_addCourseSessionParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, courseId, coordinatorUserId, deliveryMode, venueName,
				venueAddress, locality, onlineMeetingURL, seats,
				registrationOpenDate, registrationCloseDate,
				cancellationDeadline, approvalRequired, waitlistMode,
				offerHours, dietaryNeedsRequested, note, startDates, endDates,
				audienceOrganizationIds, serviceContext);

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

			return (se.livsviktig.training.model.CourseSession)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.training.model.CourseSession
			archiveCourseSession(
				HttpPrincipal httpPrincipal, long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "archiveCourseSession",
				_archiveCourseSessionParameterTypes1);

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

			return (se.livsviktig.training.model.CourseSession)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.training.model.CourseSession
			cancelCourseSession(
				HttpPrincipal httpPrincipal, long courseSessionId,
				String reason)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "cancelCourseSession",
				_cancelCourseSessionParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, courseSessionId, reason);

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

			return (se.livsviktig.training.model.CourseSession)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.training.model.CourseSession
			deleteCourseSession(
				HttpPrincipal httpPrincipal, long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "deleteCourseSession",
				_deleteCourseSessionParameterTypes3);

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

			return (se.livsviktig.training.model.CourseSession)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.training.model.CourseSession>
		getCatalogCourseSessions(
			HttpPrincipal httpPrincipal, long groupId, long trainingMethodId,
			java.util.Date startDateFrom, java.util.Date startDateTo,
			String locality, int deliveryMode, boolean onlyWithFreeSeats,
			int start, int end) {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "getCatalogCourseSessions",
				_getCatalogCourseSessionsParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, trainingMethodId, startDateFrom,
				startDateTo, locality, deliveryMode, onlyWithFreeSeats, start,
				end);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List<se.livsviktig.training.model.CourseSession>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.training.catalog.CatalogEntry>
		getCatalogEntries(
			HttpPrincipal httpPrincipal, long groupId, long trainingMethodId,
			java.util.Date startDateFrom, java.util.Date startDateTo,
			String locality, int deliveryMode, boolean onlyWithFreeSeats,
			int start, int end) {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "getCatalogEntries",
				_getCatalogEntriesParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, trainingMethodId, startDateFrom,
				startDateTo, locality, deliveryMode, onlyWithFreeSeats, start,
				end);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List<se.livsviktig.training.catalog.CatalogEntry>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.training.catalog.CatalogPage getCatalogPage(
		HttpPrincipal httpPrincipal, long groupId, long trainingMethodId,
		java.util.Date startDateFrom, java.util.Date startDateTo,
		String locality, int deliveryMode, boolean onlyWithFreeSeats, int start,
		int end) {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "getCatalogPage",
				_getCatalogPageParameterTypes6);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, trainingMethodId, startDateFrom,
				startDateTo, locality, deliveryMode, onlyWithFreeSeats, start,
				end);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (se.livsviktig.training.catalog.CatalogPage)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static int getCatalogCourseSessionsCount(
		HttpPrincipal httpPrincipal, long groupId, long trainingMethodId,
		java.util.Date startDateFrom, java.util.Date startDateTo,
		String locality, int deliveryMode, boolean onlyWithFreeSeats) {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "getCatalogCourseSessionsCount",
				_getCatalogCourseSessionsCountParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, trainingMethodId, startDateFrom,
				startDateTo, locality, deliveryMode, onlyWithFreeSeats);

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

	public static se.livsviktig.training.model.CourseSession getCourseSession(
			HttpPrincipal httpPrincipal, long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "getCourseSession",
				_getCourseSessionParameterTypes8);

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

			return (se.livsviktig.training.model.CourseSession)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.training.model.CourseSession>
		getCourseSessions(
			HttpPrincipal httpPrincipal, long groupId, int status, int start,
			int end) {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "getCourseSessions",
				_getCourseSessionsParameterTypes9);

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

			return (java.util.List<se.livsviktig.training.model.CourseSession>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static int getCourseSessionsCount(
		HttpPrincipal httpPrincipal, long groupId, int status) {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "getCourseSessionsCount",
				_getCourseSessionsCountParameterTypes10);

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

	public static java.util.List<se.livsviktig.training.model.SessionDate>
			getSessionDates(HttpPrincipal httpPrincipal, long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "getSessionDates",
				_getSessionDatesParameterTypes11);

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

			return (java.util.List<se.livsviktig.training.model.SessionDate>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.training.model.CourseSession
			publishCourseSession(
				HttpPrincipal httpPrincipal, long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "publishCourseSession",
				_publishCourseSessionParameterTypes12);

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

			return (se.livsviktig.training.model.CourseSession)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.training.model.CourseSession>
		searchCourseSessions(
			HttpPrincipal httpPrincipal, long groupId, String keywords,
			int status, long trainingMethodId, long courseId, int start,
			int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.training.model.CourseSession>
					orderByComparator) {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "searchCourseSessions",
				_searchCourseSessionsParameterTypes13);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, keywords, status, trainingMethodId,
				courseId, start, end, orderByComparator);

			Object returnObj = null;

			try {
				returnObj = TunnelUtil.invoke(httpPrincipal, methodHandler);
			}
			catch (Exception exception) {
				throw new com.liferay.portal.kernel.exception.SystemException(
					exception);
			}

			return (java.util.List<se.livsviktig.training.model.CourseSession>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static int searchCourseSessionsCount(
		HttpPrincipal httpPrincipal, long groupId, String keywords, int status,
		long trainingMethodId, long courseId) {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "searchCourseSessionsCount",
				_searchCourseSessionsCountParameterTypes14);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, groupId, keywords, status, trainingMethodId,
				courseId);

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

	public static se.livsviktig.training.model.CourseSession
			updateCourseSession(
				HttpPrincipal httpPrincipal, long courseSessionId,
				long coordinatorUserId, int deliveryMode, String venueName,
				String venueAddress, String locality, String onlineMeetingURL,
				int seats, java.util.Date registrationOpenDate,
				java.util.Date registrationCloseDate,
				java.util.Date cancellationDeadline, boolean approvalRequired,
				int waitlistMode, int offerHours, boolean dietaryNeedsRequested,
				String note, java.util.Date[] startDates,
				java.util.Date[] endDates, long[] audienceOrganizationIds,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "updateCourseSession",
				_updateCourseSessionParameterTypes15);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, courseSessionId, coordinatorUserId, deliveryMode,
				venueName, venueAddress, locality, onlineMeetingURL, seats,
				registrationOpenDate, registrationCloseDate,
				cancellationDeadline, approvalRequired, waitlistMode,
				offerHours, dietaryNeedsRequested, note, startDates, endDates,
				audienceOrganizationIds, serviceContext);

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

			return (se.livsviktig.training.model.CourseSession)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.training.model.SessionQuota>
			updateSessionQuotas(
				HttpPrincipal httpPrincipal, long courseSessionId,
				long[] organizationIds, int[] seats,
				java.util.Date[] releaseDates)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CourseSessionServiceUtil.class, "updateSessionQuotas",
				_updateSessionQuotasParameterTypes16);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, courseSessionId, organizationIds, seats,
				releaseDates);

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

			return (java.util.List<se.livsviktig.training.model.SessionQuota>)
				returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		CourseSessionServiceHttp.class);

	private static final Class<?>[] _addCourseSessionParameterTypes0 =
		new Class[] {
			long.class, long.class, int.class, String.class, String.class,
			String.class, String.class, int.class, java.util.Date.class,
			java.util.Date.class, java.util.Date.class, boolean.class,
			int.class, int.class, boolean.class, String.class,
			java.util.Date[].class, java.util.Date[].class, long[].class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _archiveCourseSessionParameterTypes1 =
		new Class[] {long.class};
	private static final Class<?>[] _cancelCourseSessionParameterTypes2 =
		new Class[] {long.class, String.class};
	private static final Class<?>[] _deleteCourseSessionParameterTypes3 =
		new Class[] {long.class};
	private static final Class<?>[] _getCatalogCourseSessionsParameterTypes4 =
		new Class[] {
			long.class, long.class, java.util.Date.class, java.util.Date.class,
			String.class, int.class, boolean.class, int.class, int.class
		};
	private static final Class<?>[] _getCatalogEntriesParameterTypes5 =
		new Class[] {
			long.class, long.class, java.util.Date.class, java.util.Date.class,
			String.class, int.class, boolean.class, int.class, int.class
		};
	private static final Class<?>[] _getCatalogPageParameterTypes6 =
		new Class[] {
			long.class, long.class, java.util.Date.class, java.util.Date.class,
			String.class, int.class, boolean.class, int.class, int.class
		};
	private static final Class<?>[]
		_getCatalogCourseSessionsCountParameterTypes7 = new Class[] {
			long.class, long.class, java.util.Date.class, java.util.Date.class,
			String.class, int.class, boolean.class
		};
	private static final Class<?>[] _getCourseSessionParameterTypes8 =
		new Class[] {long.class};
	private static final Class<?>[] _getCourseSessionsParameterTypes9 =
		new Class[] {long.class, int.class, int.class, int.class};
	private static final Class<?>[] _getCourseSessionsCountParameterTypes10 =
		new Class[] {long.class, int.class};
	private static final Class<?>[] _getSessionDatesParameterTypes11 =
		new Class[] {long.class};
	private static final Class<?>[] _publishCourseSessionParameterTypes12 =
		new Class[] {long.class};
	private static final Class<?>[] _searchCourseSessionsParameterTypes13 =
		new Class[] {
			long.class, String.class, int.class, long.class, long.class,
			int.class, int.class,
			com.liferay.portal.kernel.util.OrderByComparator.class
		};
	private static final Class<?>[] _searchCourseSessionsCountParameterTypes14 =
		new Class[] {
			long.class, String.class, int.class, long.class, long.class
		};
	private static final Class<?>[] _updateCourseSessionParameterTypes15 =
		new Class[] {
			long.class, long.class, int.class, String.class, String.class,
			String.class, String.class, int.class, java.util.Date.class,
			java.util.Date.class, java.util.Date.class, boolean.class,
			int.class, int.class, boolean.class, String.class,
			java.util.Date[].class, java.util.Date[].class, long[].class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _updateSessionQuotasParameterTypes16 =
		new Class[] {
			long.class, long[].class, int[].class, java.util.Date[].class
		};

}