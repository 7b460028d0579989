/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.exportimport.kernel.lar.PortletDataContext;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.Projection;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.search.BaseModelSearchResult;
import com.liferay.portal.kernel.search.Indexable;
import com.liferay.portal.kernel.search.IndexableType;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.service.PersistedModelLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.directory.InstructorDirectoryEntry;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.standing.LicenceStanding;

/**
 * Provides the local service interface for Certification. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see CertificationLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface CertificationLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.CertificationLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the certification local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link CertificationLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Adds the certification to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CertificationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param certification the certification
	 * @return the certification that was added
	 */
	@Indexable(type = IndexableType.REINDEX)
	public Certification addCertification(Certification certification);

	public Certification addCertification(
			long userId, long holderUserId, long trainingMethodId,
			Date certifiedDate, Date validUntil, String issuer, String number,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Creates a new certification with the primary key. Does not add the certification to the database.
	 *
	 * @param certificationId the primary key for the new certification
	 * @return the new certification
	 */
	@Transactional(enabled = false)
	public Certification createCertification(long certificationId);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Deletes the certification from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CertificationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param certification the certification
	 * @return the certification that was removed
	 * @throws PortalException
	 */
	@Indexable(type = IndexableType.DELETE)
	public Certification deleteCertification(Certification certification)
		throws PortalException;

	/**
	 * Deletes the certification with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CertificationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param certificationId the primary key of the certification
	 * @return the certification that was removed
	 * @throws PortalException if a certification with the primary key could not be found
	 */
	@Indexable(type = IndexableType.DELETE)
	public Certification deleteCertification(long certificationId)
		throws PortalException;

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> T dslQuery(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int dslQueryCount(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DynamicQuery dynamicQuery();

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(DynamicQuery dynamicQuery);

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end);

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(DynamicQuery dynamicQuery);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(
		DynamicQuery dynamicQuery, Projection projection);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Certification fetchCertification(long certificationId);

	/**
	 * Returns the certification matching the UUID and group.
	 *
	 * @param uuid the certification's UUID
	 * @param groupId the primary key of the group
	 * @return the matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Certification fetchCertificationByUuidAndGroupId(
		String uuid, long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	/**
	 * @return the person's certifications for the method that are active (whatever their dates)
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Certification> getActiveCertifications(
		long companyId, long holderUserId, long trainingMethodId);

	/**
	 * The company's active certifications with a valid-until date on or before the given one, passed ones
	 * included: the certifications the expiry notices are about. Open-ended ones never expire.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Certification> getActiveCertificationsValidUntilBy(
		long companyId, Date validUntilBy);

	/**
	 * Returns the certification with the primary key.
	 *
	 * @param certificationId the primary key of the certification
	 * @return the certification
	 * @throws PortalException if a certification with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Certification getCertification(long certificationId)
		throws PortalException;

	/**
	 * Returns the certification matching the UUID and group.
	 *
	 * @param uuid the certification's UUID
	 * @param groupId the primary key of the group
	 * @return the matching certification
	 * @throws PortalException if a matching certification could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Certification getCertificationByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException;

	/**
	 * Returns a range of all the certifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.instructor.model.impl.CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @return the range of certifications
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Certification> getCertifications(int start, int end);

	/**
	 * Returns all the certifications matching the UUID and company.
	 *
	 * @param uuid the UUID of the certifications
	 * @param companyId the primary key of the company
	 * @return the matching certifications, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Certification> getCertificationsByUuidAndCompanyId(
		String uuid, long companyId);

	/**
	 * Returns a range of certifications matching the UUID and company.
	 *
	 * @param uuid the UUID of the certifications
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching certifications, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Certification> getCertificationsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Certification> orderByComparator);

	/**
	 * Returns the number of certifications.
	 *
	 * @return the number of certifications
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCertificationsCount();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ExportActionableDynamicQuery getExportActionableDynamicQuery(
		PortletDataContext portletDataContext);

	/**
	 * @return every certification the person holds or held, newest certified first
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Certification> getHolderCertifications(long holderUserId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	/**
	 * The instructor directory: the company's active users holding an active certification valid today, one
	 * entry per person with their methods and organisations, sorted by last and first name, a page at a time.
	 * Two statements (the page's people, then their methods and organisations); none more when the page is
	 * empty.
	 *
	 * @param trainingMethodId only instructors of this method, or 0 for all
	 * @param organizationId only members of this organisation, or 0 for all
	 * @param keywords words that must each occur in the name or screen name, in any case, or blank
	 */
	@Transactional(readOnly = true)
	public List<InstructorDirectoryEntry> getInstructorDirectory(
		long companyId, long trainingMethodId, long organizationId,
		String keywords, int start, int end);

	/**
	 * @return the number of people {@link #getInstructorDirectory} pages through, in one statement
	 */
	@Transactional(readOnly = true)
	public int getInstructorDirectoryCount(
		long companyId, long trainingMethodId, long organizationId,
		String keywords);

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * @throws PortalException
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Marks an active certification lapsed: it no longer qualifies its holder and stays as history. Nobody chose
	 * this (a date passed), so no person is recorded as having changed the state.
	 */
	public Certification lapseCertification(long certificationId)
		throws PortalException;

	/**
	 * A renewal is a new certification of the same person and method; the renewed one stays as it was.
	 */
	public Certification renewCertification(
			long userId, long certificationId, Date certifiedDate,
			Date validUntil, String issuer, String number,
			ServiceContext serviceContext)
		throws PortalException;

	public Certification revokeCertification(
			long userId, long certificationId, String reason)
		throws PortalException;

	/**
	 * The coordinators' list of a company's certifications, newest certified first, a page at a time, filtered
	 * in the database (joined with the holders for their names).
	 *
	 * @param trainingMethodId a method, or 0 for all
	 * @param state a state, or {@link CertificationConstants#STATE_ANY}
	 * @param expiringWithinDays only those whose valid-until falls between now and that many days ahead; 0 or
	 less for no such filter
	 * @param holderName words that must each occur in the holder's name or screen name, or null
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Certification> searchCertifications(
		long companyId, long trainingMethodId, int state,
		int expiringWithinDays, String holderName, int start, int end);

	/**
	 * As {@link #searchCertifications(long, long, int, int, String, int, int)}, restricted to the certifications of
	 * the given instructors for the given methods (the coordinators' "at risk" and "lapsed" filters hand in the
	 * standings {@code LicenceStandingLocalService} found), and with the total: two statements, the page and its
	 * count, whatever the number of standings (one {@code IN} list per method).
	 *
	 * @param licenceStandings whose holder and method a certification must have; empty for none at all
	 */
	@Transactional(readOnly = true)
	public BaseModelSearchResult<Certification> searchCertifications(
		long companyId, long trainingMethodId, int state,
		int expiringWithinDays, String holderName,
		List<LicenceStanding> licenceStandings, int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int searchCertificationsCount(
		long companyId, long trainingMethodId, int state,
		int expiringWithinDays, String holderName);

	/**
	 * Updates the certification in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CertificationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param certification the certification
	 * @return the certification that was updated
	 */
	@Indexable(type = IndexableType.REINDEX)
	public Certification updateCertification(Certification certification);

}