/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CertificationLocalService}.
 *
 * @author Livsviktig
 * @see CertificationLocalService
 * @generated
 */
public class CertificationLocalServiceWrapper
	implements CertificationLocalService,
			   ServiceWrapper<CertificationLocalService> {

	public CertificationLocalServiceWrapper() {
		this(null);
	}

	public CertificationLocalServiceWrapper(
		CertificationLocalService certificationLocalService) {

		_certificationLocalService = certificationLocalService;
	}

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
	@Override
	public se.livsviktig.instructor.model.Certification addCertification(
		se.livsviktig.instructor.model.Certification certification) {

		return _certificationLocalService.addCertification(certification);
	}

	@Override
	public se.livsviktig.instructor.model.Certification addCertification(
			long userId, long holderUserId, long trainingMethodId,
			java.util.Date certifiedDate, java.util.Date validUntil,
			String issuer, String number,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationLocalService.addCertification(
			userId, holderUserId, trainingMethodId, certifiedDate, validUntil,
			issuer, number, serviceContext);
	}

	/**
	 * Creates a new certification with the primary key. Does not add the certification to the database.
	 *
	 * @param certificationId the primary key for the new certification
	 * @return the new certification
	 */
	@Override
	public se.livsviktig.instructor.model.Certification createCertification(
		long certificationId) {

		return _certificationLocalService.createCertification(certificationId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationLocalService.createPersistedModel(primaryKeyObj);
	}

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
	@Override
	public se.livsviktig.instructor.model.Certification deleteCertification(
			se.livsviktig.instructor.model.Certification certification)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationLocalService.deleteCertification(certification);
	}

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
	@Override
	public se.livsviktig.instructor.model.Certification deleteCertification(
			long certificationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationLocalService.deleteCertification(certificationId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _certificationLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _certificationLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _certificationLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _certificationLocalService.dynamicQuery(dynamicQuery);
	}

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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _certificationLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _certificationLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _certificationLocalService.dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _certificationLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.instructor.model.Certification fetchCertification(
		long certificationId) {

		return _certificationLocalService.fetchCertification(certificationId);
	}

	/**
	 * Returns the certification matching the UUID and group.
	 *
	 * @param uuid the certification's UUID
	 * @param groupId the primary key of the group
	 * @return the matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.Certification
		fetchCertificationByUuidAndGroupId(String uuid, long groupId) {

		return _certificationLocalService.fetchCertificationByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _certificationLocalService.getActionableDynamicQuery();
	}

	/**
	 * @return the person's certifications for the method that are active (whatever their dates)
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.Certification>
		getActiveCertifications(
			long companyId, long holderUserId, long trainingMethodId) {

		return _certificationLocalService.getActiveCertifications(
			companyId, holderUserId, trainingMethodId);
	}

	/**
	 * The company's active certifications with a valid-until date on or before the given one, passed ones
	 * included: the certifications the expiry notices are about. Open-ended ones never expire.
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.Certification>
		getActiveCertificationsValidUntilBy(
			long companyId, java.util.Date validUntilBy) {

		return _certificationLocalService.getActiveCertificationsValidUntilBy(
			companyId, validUntilBy);
	}

	/**
	 * Returns the certification with the primary key.
	 *
	 * @param certificationId the primary key of the certification
	 * @return the certification
	 * @throws PortalException if a certification with the primary key could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.Certification getCertification(
			long certificationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationLocalService.getCertification(certificationId);
	}

	/**
	 * Returns the certification matching the UUID and group.
	 *
	 * @param uuid the certification's UUID
	 * @param groupId the primary key of the group
	 * @return the matching certification
	 * @throws PortalException if a matching certification could not be found
	 */
	@Override
	public se.livsviktig.instructor.model.Certification
			getCertificationByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationLocalService.getCertificationByUuidAndGroupId(
			uuid, groupId);
	}

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
	@Override
	public java.util.List<se.livsviktig.instructor.model.Certification>
		getCertifications(int start, int end) {

		return _certificationLocalService.getCertifications(start, end);
	}

	/**
	 * Returns all the certifications matching the UUID and company.
	 *
	 * @param uuid the UUID of the certifications
	 * @param companyId the primary key of the company
	 * @return the matching certifications, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.Certification>
		getCertificationsByUuidAndCompanyId(String uuid, long companyId) {

		return _certificationLocalService.getCertificationsByUuidAndCompanyId(
			uuid, companyId);
	}

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
	@Override
	public java.util.List<se.livsviktig.instructor.model.Certification>
		getCertificationsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.instructor.model.Certification>
					orderByComparator) {

		return _certificationLocalService.getCertificationsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of certifications.
	 *
	 * @return the number of certifications
	 */
	@Override
	public int getCertificationsCount() {
		return _certificationLocalService.getCertificationsCount();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _certificationLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	/**
	 * @return every certification the person holds or held, newest certified first
	 */
	@Override
	public java.util.List<se.livsviktig.instructor.model.Certification>
		getHolderCertifications(long holderUserId) {

		return _certificationLocalService.getHolderCertifications(holderUserId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _certificationLocalService.getIndexableActionableDynamicQuery();
	}

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
	@Override
	public java.util.List
		<se.livsviktig.instructor.directory.InstructorDirectoryEntry>
			getInstructorDirectory(
				long companyId, long trainingMethodId, long organizationId,
				String keywords, int start, int end) {

		return _certificationLocalService.getInstructorDirectory(
			companyId, trainingMethodId, organizationId, keywords, start, end);
	}

	/**
	 * @return the number of people {@link #getInstructorDirectory} pages through, in one statement
	 */
	@Override
	public int getInstructorDirectoryCount(
		long companyId, long trainingMethodId, long organizationId,
		String keywords) {

		return _certificationLocalService.getInstructorDirectoryCount(
			companyId, trainingMethodId, organizationId, keywords);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _certificationLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Marks an active certification lapsed: it no longer qualifies its holder and stays as history. Nobody chose
	 * this (a date passed), so no person is recorded as having changed the state.
	 */
	@Override
	public se.livsviktig.instructor.model.Certification lapseCertification(
			long certificationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationLocalService.lapseCertification(certificationId);
	}

	/**
	 * A renewal is a new certification of the same person and method; the renewed one stays as it was.
	 */
	@Override
	public se.livsviktig.instructor.model.Certification renewCertification(
			long userId, long certificationId, java.util.Date certifiedDate,
			java.util.Date validUntil, String issuer, String number,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationLocalService.renewCertification(
			userId, certificationId, certifiedDate, validUntil, issuer, number,
			serviceContext);
	}

	@Override
	public se.livsviktig.instructor.model.Certification revokeCertification(
			long userId, long certificationId, String reason)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _certificationLocalService.revokeCertification(
			userId, certificationId, reason);
	}

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
	@Override
	public java.util.List<se.livsviktig.instructor.model.Certification>
		searchCertifications(
			long companyId, long trainingMethodId, int state,
			int expiringWithinDays, String holderName, int start, int end) {

		return _certificationLocalService.searchCertifications(
			companyId, trainingMethodId, state, expiringWithinDays, holderName,
			start, end);
	}

	/**
	 * As {@link #searchCertifications(long, long, int, int, String, int, int)}, restricted to the certifications of
	 * the given instructors for the given methods (the coordinators' "at risk" and "lapsed" filters hand in the
	 * standings {@code LicenceStandingLocalService} found), and with the total: two statements, the page and its
	 * count, whatever the number of standings (one {@code IN} list per method).
	 *
	 * @param licenceStandings whose holder and method a certification must have; empty for none at all
	 */
	@Override
	public com.liferay.portal.kernel.search.BaseModelSearchResult
		<se.livsviktig.instructor.model.Certification> searchCertifications(
			long companyId, long trainingMethodId, int state,
			int expiringWithinDays, String holderName,
			java.util.List<se.livsviktig.instructor.standing.LicenceStanding>
				licenceStandings,
			int start, int end) {

		return _certificationLocalService.searchCertifications(
			companyId, trainingMethodId, state, expiringWithinDays, holderName,
			licenceStandings, start, end);
	}

	@Override
	public int searchCertificationsCount(
		long companyId, long trainingMethodId, int state,
		int expiringWithinDays, String holderName) {

		return _certificationLocalService.searchCertificationsCount(
			companyId, trainingMethodId, state, expiringWithinDays, holderName);
	}

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
	@Override
	public se.livsviktig.instructor.model.Certification updateCertification(
		se.livsviktig.instructor.model.Certification certification) {

		return _certificationLocalService.updateCertification(certification);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _certificationLocalService.getBasePersistence();
	}

	@Override
	public CertificationLocalService getWrappedService() {
		return _certificationLocalService;
	}

	@Override
	public void setWrappedService(
		CertificationLocalService certificationLocalService) {

		_certificationLocalService = certificationLocalService;
	}

	private CertificationLocalService _certificationLocalService;

}