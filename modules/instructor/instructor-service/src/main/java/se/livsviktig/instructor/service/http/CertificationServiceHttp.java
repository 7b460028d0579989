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

import se.livsviktig.instructor.service.CertificationServiceUtil;

/**
 * Provides the HTTP utility for the
 * <code>CertificationServiceUtil</code> service
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
public class CertificationServiceHttp {

	public static se.livsviktig.instructor.model.Certification addCertification(
			HttpPrincipal httpPrincipal, long holderUserId,
			long trainingMethodId, java.util.Date certifiedDate,
			java.util.Date validUntil, String issuer, String number,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CertificationServiceUtil.class, "addCertification",
				_addCertificationParameterTypes0);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, holderUserId, trainingMethodId, certifiedDate,
				validUntil, issuer, number, serviceContext);

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

			return (se.livsviktig.instructor.model.Certification)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.instructor.model.Certification getCertification(
			HttpPrincipal httpPrincipal, long certificationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CertificationServiceUtil.class, "getCertification",
				_getCertificationParameterTypes1);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, certificationId);

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

			return (se.livsviktig.instructor.model.Certification)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.instructor.model.Certification>
			getHolderCertifications(
				HttpPrincipal httpPrincipal, long holderUserId)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CertificationServiceUtil.class, "getHolderCertifications",
				_getHolderCertificationsParameterTypes2);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, holderUserId);

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
				<se.livsviktig.instructor.model.Certification>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List
		<se.livsviktig.instructor.directory.InstructorDirectoryEntry>
				getInstructorDirectory(
					HttpPrincipal httpPrincipal, long trainingMethodId,
					long organizationId, String keywords, int start, int end)
			throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CertificationServiceUtil.class, "getInstructorDirectory",
				_getInstructorDirectoryParameterTypes3);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, trainingMethodId, organizationId, keywords, start,
				end);

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
				<se.livsviktig.instructor.directory.InstructorDirectoryEntry>)
					returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static int getInstructorDirectoryCount(
			HttpPrincipal httpPrincipal, long trainingMethodId,
			long organizationId, String keywords)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CertificationServiceUtil.class, "getInstructorDirectoryCount",
				_getInstructorDirectoryCountParameterTypes4);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, trainingMethodId, organizationId, keywords);

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

	public static se.livsviktig.instructor.model.Certification
			renewCertification(
				HttpPrincipal httpPrincipal, long certificationId,
				java.util.Date certifiedDate, java.util.Date validUntil,
				String issuer, String number,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CertificationServiceUtil.class, "renewCertification",
				_renewCertificationParameterTypes5);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, certificationId, certifiedDate, validUntil, issuer,
				number, serviceContext);

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

			return (se.livsviktig.instructor.model.Certification)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static se.livsviktig.instructor.model.Certification
			revokeCertification(
				HttpPrincipal httpPrincipal, long certificationId,
				String reason)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CertificationServiceUtil.class, "revokeCertification",
				_revokeCertificationParameterTypes6);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, certificationId, reason);

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

			return (se.livsviktig.instructor.model.Certification)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static java.util.List<se.livsviktig.instructor.model.Certification>
			searchCertifications(
				HttpPrincipal httpPrincipal, long trainingMethodId, int state,
				int expiringWithinDays, String holderName, int start, int end)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CertificationServiceUtil.class, "searchCertifications",
				_searchCertificationsParameterTypes7);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, trainingMethodId, state, expiringWithinDays,
				holderName, start, end);

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
				<se.livsviktig.instructor.model.Certification>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	public static int searchCertificationsCount(
			HttpPrincipal httpPrincipal, long trainingMethodId, int state,
			int expiringWithinDays, String holderName)
		throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CertificationServiceUtil.class, "searchCertificationsCount",
				_searchCertificationsCountParameterTypes8);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, trainingMethodId, state, expiringWithinDays,
				holderName);

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

	public static com.liferay.portal.kernel.search.BaseModelSearchResult
		<se.livsviktig.instructor.model.Certification> searchCertifications(
				HttpPrincipal httpPrincipal, long trainingMethodId, int state,
				int expiringWithinDays, String holderName, String standing,
				int start, int end)
			throws com.liferay.portal.kernel.exception.PortalException {

		try {
			MethodKey methodKey = new MethodKey(
				CertificationServiceUtil.class, "searchCertifications",
				_searchCertificationsParameterTypes9);

			MethodHandler methodHandler = new MethodHandler(
				methodKey, trainingMethodId, state, expiringWithinDays,
				holderName, standing, start, end);

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

			return (com.liferay.portal.kernel.search.BaseModelSearchResult
				<se.livsviktig.instructor.model.Certification>)returnObj;
		}
		catch (com.liferay.portal.kernel.exception.SystemException
					systemException) {

			_log.error(systemException, systemException);

			throw systemException;
		}
	}

	private static Log _log = LogFactoryUtil.getLog(
		CertificationServiceHttp.class);

	private static final Class<?>[] _addCertificationParameterTypes0 =
		new Class[] {
			long.class, long.class, java.util.Date.class, java.util.Date.class,
			String.class, String.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _getCertificationParameterTypes1 =
		new Class[] {long.class};
	private static final Class<?>[] _getHolderCertificationsParameterTypes2 =
		new Class[] {long.class};
	private static final Class<?>[] _getInstructorDirectoryParameterTypes3 =
		new Class[] {
			long.class, long.class, String.class, int.class, int.class
		};
	private static final Class<?>[]
		_getInstructorDirectoryCountParameterTypes4 = new Class[] {
			long.class, long.class, String.class
		};
	private static final Class<?>[] _renewCertificationParameterTypes5 =
		new Class[] {
			long.class, java.util.Date.class, java.util.Date.class,
			String.class, String.class,
			com.liferay.portal.kernel.service.ServiceContext.class
		};
	private static final Class<?>[] _revokeCertificationParameterTypes6 =
		new Class[] {long.class, String.class};
	private static final Class<?>[] _searchCertificationsParameterTypes7 =
		new Class[] {
			long.class, int.class, int.class, String.class, int.class, int.class
		};
	private static final Class<?>[] _searchCertificationsCountParameterTypes8 =
		new Class[] {long.class, int.class, int.class, String.class};
	private static final Class<?>[] _searchCertificationsParameterTypes9 =
		new Class[] {
			long.class, int.class, int.class, String.class, String.class,
			int.class, int.class
		};

}