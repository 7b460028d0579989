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

import se.livsviktig.training.model.TrainingMethod;

/**
 * Provides the remote service interface for TrainingMethod. Methods of this
 * service are expected to have security checks based on the propagated JAAS
 * credentials because this service can be accessed remotely.
 *
 * @author Livsviktig
 * @see TrainingMethodServiceUtil
 * @generated
 */
@AccessControlled
@JSONWebService
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface TrainingMethodService extends BaseService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.training.service.impl.TrainingMethodServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the training method remote service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link TrainingMethodServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Training methods are the company's: every site's courses and every instructor's certification refer to
	 * the same ones. So a method is added to the company's group (the Global site) of the group given, and
	 * adding one needs ADD_TRAINING_METHOD there: a regular role's grant, which holds in every site, or the
	 * Global site's own. A grant on one site does not let its coordinators change what every site uses.
	 */
	public TrainingMethod addTrainingMethod(
			long groupId, String externalReferenceCode,
			Map<Locale, String> nameMap, Map<Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			ServiceContext serviceContext)
		throws PortalException;

	public TrainingMethod deleteTrainingMethod(long trainingMethodId)
		throws PortalException;

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public TrainingMethod getTrainingMethod(long trainingMethodId)
		throws PortalException;

	/**
	 * Only the methods the caller may view. Archived methods only to those who may update them.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TrainingMethod> getTrainingMethods(
		long groupId, int status, int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getTrainingMethodsCount(long groupId, int status);

	/**
	 * The coordinators' list: the company's methods the caller may view, archived ones only when the caller
	 * may update them, filtered by the database.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TrainingMethod> searchTrainingMethods(
		long groupId, String keywords, int status, int start, int end,
		OrderByComparator<TrainingMethod> orderByComparator);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int searchTrainingMethodsCount(
		long groupId, String keywords, int status);

	public TrainingMethod updateStatus(long trainingMethodId, int status)
		throws PortalException;

	public TrainingMethod updateTrainingMethod(
			long trainingMethodId, Map<Locale, String> nameMap,
			Map<Locale, String> descriptionMap,
			boolean certifiedInstructorsRequired, int instructorsPerSession,
			int requiredAttendancePercent, int licenceSessionsRequired,
			int licencePeriodMonths, int followUpSurveyDays,
			ServiceContext serviceContext)
		throws PortalException;

}