/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.jsonwebservice.JSONWebService;
import com.liferay.portal.kernel.security.access.control.AccessControlled;
import com.liferay.portal.kernel.service.BaseService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.catalog.CatalogPage;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionQuota;

/**
 * Provides the remote service interface for CourseSession. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see CourseSessionServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface CourseSessionService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.training.service.impl.CourseSessionServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the course session remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link CourseSessionServiceUtil} if injection and service tracking are not available.
	 */
	public CourseSession addCourseSession(
			long courseId, long coordinatorUserId, int deliveryMode,
			String venueName, String venueAddress, String locality,
			String onlineMeetingURL, int seats, Date registrationOpenDate,
			Date registrationCloseDate, Date cancellationDeadline,
			boolean approvalRequired, int waitlistMode, int offerHours,
			boolean dietaryNeedsRequested, String note, Date[] startDates,
			Date[] endDates, long[] audienceOrganizationIds,
			ServiceContext serviceContext)
		throws PortalException;

	public CourseSession archiveCourseSession(long courseSessionId)
		throws PortalException;

	public CourseSession cancelCourseSession(
			long courseSessionId, String reason)
		throws PortalException;

	public CourseSession deleteCourseSession(long courseSessionId)
		throws PortalException;

	/**
	 * The catalogue as the caller may see it.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseSession> getCatalogCourseSessions(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCatalogCourseSessionsCount(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats);

	/**
	 * The catalogue's page as the caller may see it, each row with its course's title, in one statement.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CatalogEntry> getCatalogEntries(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, int start, int end);

	/**
	 * The catalogue's page as the caller may see it and the number of sessions of every page, in one statement.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CatalogPage getCatalogPage(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CourseSession getCourseSession(long courseSessionId)
		throws PortalException;

	/**
	 * The site's sessions of a status that the caller may view; drafts and archived sessions only to those who
	 * may update them.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseSession> getCourseSessions(
		long groupId, int status, int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCourseSessionsCount(long groupId, int status);

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SessionDate> getSessionDates(long courseSessionId)
		throws PortalException;

	public CourseSession publishCourseSession(long courseSessionId)
		throws PortalException;

	/**
	 * The coordinators' list: the site's sessions the caller may view, drafts and archived ones only when the
	 * caller may update them, filtered by the database so paging stays right.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseSession> searchCourseSessions(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId, int start, int end,
		OrderByComparator<CourseSession> orderByComparator);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int searchCourseSessionsCount(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId);

	public CourseSession updateCourseSession(
			long courseSessionId, long coordinatorUserId, int deliveryMode,
			String venueName, String venueAddress, String locality,
			String onlineMeetingURL, int seats, Date registrationOpenDate,
			Date registrationCloseDate, Date cancellationDeadline,
			boolean approvalRequired, int waitlistMode, int offerHours,
			boolean dietaryNeedsRequested, String note, Date[] startDates,
			Date[] endDates, long[] audienceOrganizationIds,
			ServiceContext serviceContext)
		throws PortalException;

	public List<SessionQuota> updateSessionQuotas(
			long courseSessionId, long[] organizationIds, int[] seats,
			Date[] releaseDates)
		throws PortalException;

}