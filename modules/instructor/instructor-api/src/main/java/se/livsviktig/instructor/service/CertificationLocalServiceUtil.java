/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import se.livsviktig.instructor.model.Certification;

/**
 * Provides the local service utility for Certification. This utility wraps
 * <code>se.livsviktig.instructor.service.impl.CertificationLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see CertificationLocalService
 * @generated
 */
public class CertificationLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.instructor.service.impl.CertificationLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
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
	public static Certification addCertification(Certification certification) {
		return getService().addCertification(certification);
	}

	public static Certification addCertification(
			long userId, long holderUserId, long trainingMethodId,
			java.util.Date certifiedDate, java.util.Date validUntil,
			String issuer, String number,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addCertification(
			userId, holderUserId, trainingMethodId, certifiedDate, validUntil,
			issuer, number, serviceContext);
	}

	/**
	 * Creates a new certification with the primary key. Does not add the certification to the database.
	 *
	 * @param certificationId the primary key for the new certification
	 * @return the new certification
	 */
	public static Certification createCertification(long certificationId) {
		return getService().createCertification(certificationId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
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
	public static Certification deleteCertification(Certification certification)
		throws PortalException {

		return getService().deleteCertification(certification);
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
	public static Certification deleteCertification(long certificationId)
		throws PortalException {

		return getService().deleteCertification(certificationId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
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
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static Certification fetchCertification(long certificationId) {
		return getService().fetchCertification(certificationId);
	}

	/**
	 * Returns the certification matching the UUID and group.
	 *
	 * @param uuid the certification's UUID
	 * @param groupId the primary key of the group
	 * @return the matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public static Certification fetchCertificationByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchCertificationByUuidAndGroupId(uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * @return the person's certifications for the method that are active (whatever their dates)
	 */
	public static List<Certification> getActiveCertifications(
		long companyId, long holderUserId, long trainingMethodId) {

		return getService().getActiveCertifications(
			companyId, holderUserId, trainingMethodId);
	}

	/**
	 * The company's active certifications with a valid-until date on or before the given one, passed ones
	 * included: the certifications the expiry notices are about. Open-ended ones never expire.
	 */
	public static List<Certification> getActiveCertificationsValidUntilBy(
		long companyId, java.util.Date validUntilBy) {

		return getService().getActiveCertificationsValidUntilBy(
			companyId, validUntilBy);
	}

	/**
	 * Returns the certification with the primary key.
	 *
	 * @param certificationId the primary key of the certification
	 * @return the certification
	 * @throws PortalException if a certification with the primary key could not be found
	 */
	public static Certification getCertification(long certificationId)
		throws PortalException {

		return getService().getCertification(certificationId);
	}

	/**
	 * Returns the certification matching the UUID and group.
	 *
	 * @param uuid the certification's UUID
	 * @param groupId the primary key of the group
	 * @return the matching certification
	 * @throws PortalException if a matching certification could not be found
	 */
	public static Certification getCertificationByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getCertificationByUuidAndGroupId(uuid, groupId);
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
	public static List<Certification> getCertifications(int start, int end) {
		return getService().getCertifications(start, end);
	}

	/**
	 * Returns all the certifications matching the UUID and company.
	 *
	 * @param uuid the UUID of the certifications
	 * @param companyId the primary key of the company
	 * @return the matching certifications, or an empty list if no matches were found
	 */
	public static List<Certification> getCertificationsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getCertificationsByUuidAndCompanyId(
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
	public static List<Certification> getCertificationsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return getService().getCertificationsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of certifications.
	 *
	 * @return the number of certifications
	 */
	public static int getCertificationsCount() {
		return getService().getCertificationsCount();
	}

	public static com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return getService().getExportActionableDynamicQuery(portletDataContext);
	}

	/**
	 * @return every certification the person holds or held, newest certified first
	 */
	public static List<Certification> getHolderCertifications(
		long holderUserId) {

		return getService().getHolderCertifications(holderUserId);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
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
	public static List
		<se.livsviktig.instructor.directory.InstructorDirectoryEntry>
			getInstructorDirectory(
				long companyId, long trainingMethodId, long organizationId,
				String keywords, int start, int end) {

		return getService().getInstructorDirectory(
			companyId, trainingMethodId, organizationId, keywords, start, end);
	}

	/**
	 * @return the number of people {@link #getInstructorDirectory} pages through, in one statement
	 */
	public static int getInstructorDirectoryCount(
		long companyId, long trainingMethodId, long organizationId,
		String keywords) {

		return getService().getInstructorDirectoryCount(
			companyId, trainingMethodId, organizationId, keywords);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Marks an active certification lapsed: it no longer qualifies its holder and stays as history. Nobody chose
	 * this (a date passed), so no person is recorded as having changed the state.
	 */
	public static Certification lapseCertification(long certificationId)
		throws PortalException {

		return getService().lapseCertification(certificationId);
	}

	/**
	 * A renewal is a new certification of the same person and method; the renewed one stays as it was.
	 */
	public static Certification renewCertification(
			long userId, long certificationId, java.util.Date certifiedDate,
			java.util.Date validUntil, String issuer, String number,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().renewCertification(
			userId, certificationId, certifiedDate, validUntil, issuer, number,
			serviceContext);
	}

	public static Certification revokeCertification(
			long userId, long certificationId, String reason)
		throws PortalException {

		return getService().revokeCertification(
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
	public static List<Certification> searchCertifications(
		long companyId, long trainingMethodId, int state,
		int expiringWithinDays, String holderName, int start, int end) {

		return getService().searchCertifications(
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
	public static com.liferay.portal.kernel.search.BaseModelSearchResult
		<Certification> searchCertifications(
			long companyId, long trainingMethodId, int state,
			int expiringWithinDays, String holderName,
			List<se.livsviktig.instructor.standing.LicenceStanding>
				licenceStandings,
			int start, int end) {

		return getService().searchCertifications(
			companyId, trainingMethodId, state, expiringWithinDays, holderName,
			licenceStandings, start, end);
	}

	public static int searchCertificationsCount(
		long companyId, long trainingMethodId, int state,
		int expiringWithinDays, String holderName) {

		return getService().searchCertificationsCount(
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
	public static Certification updateCertification(
		Certification certification) {

		return getService().updateCertification(certification);
	}

	public static CertificationLocalService getService() {
		return _service;
	}

	public static void setService(CertificationLocalService service) {
		_service = service;
	}

	private static volatile CertificationLocalService _service;

}