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

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.model.Course;

/**
 * Provides the remote service interface for Course. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see CourseServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface CourseService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.training.service.impl.CourseServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the course remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link CourseServiceUtil} if injection and service tracking are not available.
	 */
	public Course addCourse(
			long groupId, long trainingMethodId, Map<Locale, String> titleMap,
			Map<Locale, String> descriptionMap,
			Map<Locale, String> targetAudienceMap, double durationHours,
			boolean autoBookInterested, ServiceContext serviceContext)
		throws PortalException;

	public Course deleteCourse(long courseId) throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Course getCourse(long courseId) throws PortalException;

	/**
	 * The site's courses of a status that the caller may view; archived courses only to those who may update
	 * them.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Course> getCourses(
		long groupId, int status, int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCoursesCount(long groupId, int status);

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * The site's published courses the caller may view that have no upcoming published session.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Course> getUnscheduledCourses(long groupId, int start, int end);

	/**
	 * The coordinators' list: the site's courses the caller may view, archived ones only when the caller may
	 * update them, filtered by the database.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Course> searchCourses(
		long groupId, String keywords, int status, long trainingMethodId,
		int start, int end, OrderByComparator<Course> orderByComparator);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int searchCoursesCount(
		long groupId, String keywords, int status, long trainingMethodId);

	public Course updateCourse(
			long courseId, long trainingMethodId, Map<Locale, String> titleMap,
			Map<Locale, String> descriptionMap,
			Map<Locale, String> targetAudienceMap, double durationHours,
			boolean autoBookInterested, ServiceContext serviceContext)
		throws PortalException;

	public Course updateStatus(long courseId, int status)
		throws PortalException;

}