/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.util.List;

import se.livsviktig.training.model.CourseSession;

/**
 * Provides the remote service utility for CourseSession. This utility wraps
 * <code>se.livsviktig.training.service.impl.CourseSessionServiceImpl</code> and is an
 * access point for service operations in application layer code running on a
 * remote server. Methods of this service are expected to have security checks
 * based on the propagated JAAS credentials because this service can be
 * accessed remotely.
 *
 * @author Livsviktig
 * @see CourseSessionService
 * @generated
 */
public class CourseSessionServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.training.service.impl.CourseSessionServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static CourseSession addCourseSession(
			long courseId, long coordinatorUserId, int deliveryMode,
			String venueName, String venueAddress, String locality,
			String onlineMeetingURL, int seats,
			java.util.Date registrationOpenDate,
			java.util.Date registrationCloseDate,
			java.util.Date cancellationDeadline, boolean approvalRequired,
			int waitlistMode, int offerHours, boolean dietaryNeedsRequested,
			String note, java.util.Date[] startDates, java.util.Date[] endDates,
			long[] audienceOrganizationIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addCourseSession(
			courseId, coordinatorUserId, deliveryMode, venueName, venueAddress,
			locality, onlineMeetingURL, seats, registrationOpenDate,
			registrationCloseDate, cancellationDeadline, approvalRequired,
			waitlistMode, offerHours, dietaryNeedsRequested, note, startDates,
			endDates, audienceOrganizationIds, serviceContext);
	}

	public static CourseSession archiveCourseSession(long courseSessionId)
		throws PortalException {

		return getService().archiveCourseSession(courseSessionId);
	}

	public static CourseSession cancelCourseSession(
			long courseSessionId, String reason)
		throws PortalException {

		return getService().cancelCourseSession(courseSessionId, reason);
	}

	public static CourseSession deleteCourseSession(long courseSessionId)
		throws PortalException {

		return getService().deleteCourseSession(courseSessionId);
	}

	/**
	 * The catalogue as the caller may see it.
	 */
	public static List<CourseSession> getCatalogCourseSessions(
		long groupId, long trainingMethodId, java.util.Date startDateFrom,
		java.util.Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, int start, int end) {

		return getService().getCatalogCourseSessions(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, start, end);
	}

	public static int getCatalogCourseSessionsCount(
		long groupId, long trainingMethodId, java.util.Date startDateFrom,
		java.util.Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats) {

		return getService().getCatalogCourseSessionsCount(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats);
	}

	/**
	 * The catalogue's page as the caller may see it, each row with its course's title, in one statement.
	 */
	public static List<se.livsviktig.training.catalog.CatalogEntry>
		getCatalogEntries(
			long groupId, long trainingMethodId, java.util.Date startDateFrom,
			java.util.Date startDateTo, String locality, int deliveryMode,
			boolean onlyWithFreeSeats, int start, int end) {

		return getService().getCatalogEntries(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, start, end);
	}

	/**
	 * The catalogue's page as the caller may see it and the number of sessions of every page, in one statement.
	 */
	public static se.livsviktig.training.catalog.CatalogPage getCatalogPage(
		long groupId, long trainingMethodId, java.util.Date startDateFrom,
		java.util.Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, int start, int end) {

		return getService().getCatalogPage(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, start, end);
	}

	public static CourseSession getCourseSession(long courseSessionId)
		throws PortalException {

		return getService().getCourseSession(courseSessionId);
	}

	/**
	 * The site's sessions of a status that the caller may view; drafts and archived sessions only to those who
	 * may update them.
	 */
	public static List<CourseSession> getCourseSessions(
		long groupId, int status, int start, int end) {

		return getService().getCourseSessions(groupId, status, start, end);
	}

	public static int getCourseSessionsCount(long groupId, int status) {
		return getService().getCourseSessionsCount(groupId, status);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	public static List<se.livsviktig.training.model.SessionDate>
			getSessionDates(long courseSessionId)
		throws PortalException {

		return getService().getSessionDates(courseSessionId);
	}

	public static CourseSession publishCourseSession(long courseSessionId)
		throws PortalException {

		return getService().publishCourseSession(courseSessionId);
	}

	/**
	 * The coordinators' list: the site's sessions the caller may view, drafts and archived ones only when the
	 * caller may update them, filtered by the database so paging stays right.
	 */
	public static List<CourseSession> searchCourseSessions(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId, int start, int end,
		OrderByComparator<CourseSession> orderByComparator) {

		return getService().searchCourseSessions(
			groupId, keywords, status, trainingMethodId, courseId, start, end,
			orderByComparator);
	}

	public static int searchCourseSessionsCount(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId) {

		return getService().searchCourseSessionsCount(
			groupId, keywords, status, trainingMethodId, courseId);
	}

	public static CourseSession updateCourseSession(
			long courseSessionId, long coordinatorUserId, int deliveryMode,
			String venueName, String venueAddress, String locality,
			String onlineMeetingURL, int seats,
			java.util.Date registrationOpenDate,
			java.util.Date registrationCloseDate,
			java.util.Date cancellationDeadline, boolean approvalRequired,
			int waitlistMode, int offerHours, boolean dietaryNeedsRequested,
			String note, java.util.Date[] startDates, java.util.Date[] endDates,
			long[] audienceOrganizationIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateCourseSession(
			courseSessionId, coordinatorUserId, deliveryMode, venueName,
			venueAddress, locality, onlineMeetingURL, seats,
			registrationOpenDate, registrationCloseDate, cancellationDeadline,
			approvalRequired, waitlistMode, offerHours, dietaryNeedsRequested,
			note, startDates, endDates, audienceOrganizationIds,
			serviceContext);
	}

	public static List<se.livsviktig.training.model.SessionQuota>
			updateSessionQuotas(
				long courseSessionId, long[] organizationIds, int[] seats,
				java.util.Date[] releaseDates)
		throws PortalException {

		return getService().updateSessionQuotas(
			courseSessionId, organizationIds, seats, releaseDates);
	}

	public static CourseSessionService getService() {
		return _service;
	}

	public static void setService(CourseSessionService service) {
		_service = service;
	}

	private static volatile CourseSessionService _service;

}