/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;

/**
 * Provides a wrapper for {@link CourseSessionService}.
 *
 * @author Livsviktig
 * @see CourseSessionService
 * @generated
 */
public class CourseSessionServiceWrapper
	implements CourseSessionService, ServiceWrapper<CourseSessionService> {

	public CourseSessionServiceWrapper() {
		this(null);
	}

	public CourseSessionServiceWrapper(
		CourseSessionService courseSessionService) {

		_courseSessionService = courseSessionService;
	}

	@Override
	public se.livsviktig.training.model.CourseSession addCourseSession(
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
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionService.addCourseSession(
			courseId, coordinatorUserId, deliveryMode, venueName, venueAddress,
			locality, onlineMeetingURL, seats, registrationOpenDate,
			registrationCloseDate, cancellationDeadline, approvalRequired,
			waitlistMode, offerHours, dietaryNeedsRequested, note, startDates,
			endDates, audienceOrganizationIds, serviceContext);
	}

	@Override
	public se.livsviktig.training.model.CourseSession archiveCourseSession(
			long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionService.archiveCourseSession(courseSessionId);
	}

	@Override
	public se.livsviktig.training.model.CourseSession cancelCourseSession(
			long courseSessionId, String reason)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionService.cancelCourseSession(
			courseSessionId, reason);
	}

	@Override
	public se.livsviktig.training.model.CourseSession deleteCourseSession(
			long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionService.deleteCourseSession(courseSessionId);
	}

	/**
	 * The catalogue as the caller may see it.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.CourseSession>
		getCatalogCourseSessions(
			long groupId, long trainingMethodId, java.util.Date startDateFrom,
			java.util.Date startDateTo, String locality, int deliveryMode,
			boolean onlyWithFreeSeats, int start, int end) {

		return _courseSessionService.getCatalogCourseSessions(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, start, end);
	}

	@Override
	public int getCatalogCourseSessionsCount(
		long groupId, long trainingMethodId, java.util.Date startDateFrom,
		java.util.Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats) {

		return _courseSessionService.getCatalogCourseSessionsCount(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats);
	}

	/**
	 * The catalogue's page as the caller may see it, each row with its course's title, in one statement.
	 */
	@Override
	public java.util.List<se.livsviktig.training.catalog.CatalogEntry>
		getCatalogEntries(
			long groupId, long trainingMethodId, java.util.Date startDateFrom,
			java.util.Date startDateTo, String locality, int deliveryMode,
			boolean onlyWithFreeSeats, int start, int end) {

		return _courseSessionService.getCatalogEntries(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, start, end);
	}

	/**
	 * The catalogue's page as the caller may see it and the number of sessions of every page, in one statement.
	 */
	@Override
	public se.livsviktig.training.catalog.CatalogPage getCatalogPage(
		long groupId, long trainingMethodId, java.util.Date startDateFrom,
		java.util.Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, int start, int end) {

		return _courseSessionService.getCatalogPage(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, start, end);
	}

	@Override
	public se.livsviktig.training.model.CourseSession getCourseSession(
			long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionService.getCourseSession(courseSessionId);
	}

	/**
	 * The site's sessions of a status that the caller may view; drafts and archived sessions only to those who
	 * may update them.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.CourseSession>
		getCourseSessions(long groupId, int status, int start, int end) {

		return _courseSessionService.getCourseSessions(
			groupId, status, start, end);
	}

	@Override
	public int getCourseSessionsCount(long groupId, int status) {
		return _courseSessionService.getCourseSessionsCount(groupId, status);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _courseSessionService.getOSGiServiceIdentifier();
	}

	@Override
	public java.util.List<se.livsviktig.training.model.SessionDate>
			getSessionDates(long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionService.getSessionDates(courseSessionId);
	}

	@Override
	public se.livsviktig.training.model.CourseSession publishCourseSession(
			long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionService.publishCourseSession(courseSessionId);
	}

	/**
	 * The coordinators' list: the site's sessions the caller may view, drafts and archived ones only when the
	 * caller may update them, filtered by the database so paging stays right.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.CourseSession>
		searchCourseSessions(
			long groupId, String keywords, int status, long trainingMethodId,
			long courseId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.training.model.CourseSession>
					orderByComparator) {

		return _courseSessionService.searchCourseSessions(
			groupId, keywords, status, trainingMethodId, courseId, start, end,
			orderByComparator);
	}

	@Override
	public int searchCourseSessionsCount(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId) {

		return _courseSessionService.searchCourseSessionsCount(
			groupId, keywords, status, trainingMethodId, courseId);
	}

	@Override
	public se.livsviktig.training.model.CourseSession updateCourseSession(
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
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionService.updateCourseSession(
			courseSessionId, coordinatorUserId, deliveryMode, venueName,
			venueAddress, locality, onlineMeetingURL, seats,
			registrationOpenDate, registrationCloseDate, cancellationDeadline,
			approvalRequired, waitlistMode, offerHours, dietaryNeedsRequested,
			note, startDates, endDates, audienceOrganizationIds,
			serviceContext);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.SessionQuota>
			updateSessionQuotas(
				long courseSessionId, long[] organizationIds, int[] seats,
				java.util.Date[] releaseDates)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionService.updateSessionQuotas(
			courseSessionId, organizationIds, seats, releaseDates);
	}

	@Override
	public CourseSessionService getWrappedService() {
		return _courseSessionService;
	}

	@Override
	public void setWrappedService(CourseSessionService courseSessionService) {
		_courseSessionService = courseSessionService;
	}

	private CourseSessionService _courseSessionService;

}