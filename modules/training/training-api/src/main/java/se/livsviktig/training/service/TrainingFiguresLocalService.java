/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;
import se.livsviktig.training.figures.TrainingFigureCell;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;

/**
 * Provides the local service interface for TrainingFigures. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see TrainingFiguresLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface TrainingFiguresLocalService extends BaseLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.training.service.impl.TrainingFiguresLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the training figures local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link TrainingFiguresLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * The registrations behind one figure: those it counts (one per person for distinct participants), or for a
	 * session family every registration of its sessions.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Registration> getFigureRegistrations(
		TrainingFigureCell trainingFigureCell, int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getFigureRegistrationsCount(
		TrainingFigureCell trainingFigureCell);

	/**
	 * The sessions behind one figure: those it counts, or for a person-based family the sessions of the
	 * registrations it counts.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseSession> getFigureSessions(
		TrainingFigureCell trainingFigureCell, int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getFigureSessionsCount(TrainingFigureCell trainingFigureCell);

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * Registrations and their outcomes per registration organisation and training method, for the sessions
	 * whose first date is in [from, to).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ParticipantFigures> getParticipantFigures(
		long companyId, Date from, Date to);

	/**
	 * The same figures with every child organisation of the parent as one row holding its whole subtree.
	 *
	 * @param parentOrganizationId the organisation whose children are the rows, or 0 for the top-level
	 administrations
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ParticipantFigures> getRolledUpParticipantFigures(
		long companyId, long parentOrganizationId, Date from, Date to);

	/**
	 * Sessions held and cancelled per training method, for the sessions whose first date is in [from, to).
	 *
	 * @param now held means its last date ended before this moment
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SessionFigures> getSessionFigures(
		long companyId, Date from, Date to, Date now);

}