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
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.model.CourseInterest;

/**
 * Provides the remote service interface for CourseInterest. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see CourseInterestServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface CourseInterestService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.training.service.impl.CourseInterestServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the course interest remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link CourseInterestServiceUtil} if injection and service tracking are not available.
	 */
	public CourseInterest addCourseInterest(long courseId)
		throws PortalException;

	public CourseInterest deleteCourseInterest(long courseId)
		throws PortalException;

	/**
	 * A course's interest list, for whoever may edit the course (its coordinators): who waits is theirs to
	 * plan for, not for everyone who may see the course.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseInterest> getCourseInterests(
			long courseId, int start, int end)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCourseInterestsCount(long courseId) throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseInterest> getMyCourseInterests() throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

}