/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.instructor.model.Certification;

/**
 * The persistence utility for the certification service. This utility wraps <code>se.livsviktig.instructor.service.persistence.impl.CertificationPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see CertificationPersistence
 * @generated
 */
public class CertificationUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache()
	 */
	public static void clearCache() {
		getPersistence().clearCache();
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static void clearCache(Certification certification) {
		getPersistence().clearCache(certification);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#countWithDynamicQuery(DynamicQuery)
	 */
	public static long countWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().countWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#fetchByPrimaryKeys(Set)
	 */
	public static Map<Serializable, Certification> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<Certification> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<Certification> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<Certification> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static Certification update(Certification certification) {
		return getPersistence().update(certification);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static Certification update(
		Certification certification, ServiceContext serviceContext) {

		return getPersistence().update(certification, serviceContext);
	}

	/**
	 * Returns all the certifications where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching certifications
	 */
	public static List<Certification> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the certifications where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @return the range of matching certifications
	 */
	public static List<Certification> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the certifications where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching certifications
	 */
	public static List<Certification> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the certifications where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching certifications
	 */
	public static List<Certification> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Certification> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first certification in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public static Certification findByUuid_First(
			String uuid, OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first certification in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public static Certification fetchByUuid_First(
		String uuid, OrderByComparator<Certification> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last certification in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public static Certification findByUuid_Last(
			String uuid, OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last certification in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public static Certification fetchByUuid_Last(
		String uuid, OrderByComparator<Certification> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the certifications before and after the current certification in the ordered set where uuid = &#63;.
	 *
	 * @param certificationId the primary key of the current certification
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	public static Certification[] findByUuid_PrevAndNext(
			long certificationId, String uuid,
			OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByUuid_PrevAndNext(
			certificationId, uuid, orderByComparator);
	}

	/**
	 * Removes all the certifications where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of certifications where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching certifications
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the certification where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchCertificationException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public static Certification findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the certification where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public static Certification fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the certification where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public static Certification fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the certification where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the certification that was removed
	 */
	public static Certification removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of certifications where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching certifications
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the certifications where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching certifications
	 */
	public static List<Certification> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the certifications where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @return the range of matching certifications
	 */
	public static List<Certification> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the certifications where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching certifications
	 */
	public static List<Certification> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the certifications where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching certifications
	 */
	public static List<Certification> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Certification> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public static Certification findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public static Certification fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<Certification> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public static Certification findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public static Certification fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<Certification> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the certifications before and after the current certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param certificationId the primary key of the current certification
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	public static Certification[] findByUuid_C_PrevAndNext(
			long certificationId, String uuid, long companyId,
			OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByUuid_C_PrevAndNext(
			certificationId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the certifications where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of certifications where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching certifications
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the certifications where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @return the matching certifications
	 */
	public static List<Certification> findByHolderUserId(long holderUserId) {
		return getPersistence().findByHolderUserId(holderUserId);
	}

	/**
	 * Returns a range of all the certifications where holderUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param holderUserId the holder user ID
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @return the range of matching certifications
	 */
	public static List<Certification> findByHolderUserId(
		long holderUserId, int start, int end) {

		return getPersistence().findByHolderUserId(holderUserId, start, end);
	}

	/**
	 * Returns an ordered range of all the certifications where holderUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param holderUserId the holder user ID
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching certifications
	 */
	public static List<Certification> findByHolderUserId(
		long holderUserId, int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return getPersistence().findByHolderUserId(
			holderUserId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the certifications where holderUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param holderUserId the holder user ID
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching certifications
	 */
	public static List<Certification> findByHolderUserId(
		long holderUserId, int start, int end,
		OrderByComparator<Certification> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByHolderUserId(
			holderUserId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public static Certification findByHolderUserId_First(
			long holderUserId,
			OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByHolderUserId_First(
			holderUserId, orderByComparator);
	}

	/**
	 * Returns the first certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public static Certification fetchByHolderUserId_First(
		long holderUserId, OrderByComparator<Certification> orderByComparator) {

		return getPersistence().fetchByHolderUserId_First(
			holderUserId, orderByComparator);
	}

	/**
	 * Returns the last certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public static Certification findByHolderUserId_Last(
			long holderUserId,
			OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByHolderUserId_Last(
			holderUserId, orderByComparator);
	}

	/**
	 * Returns the last certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public static Certification fetchByHolderUserId_Last(
		long holderUserId, OrderByComparator<Certification> orderByComparator) {

		return getPersistence().fetchByHolderUserId_Last(
			holderUserId, orderByComparator);
	}

	/**
	 * Returns the certifications before and after the current certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param certificationId the primary key of the current certification
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	public static Certification[] findByHolderUserId_PrevAndNext(
			long certificationId, long holderUserId,
			OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByHolderUserId_PrevAndNext(
			certificationId, holderUserId, orderByComparator);
	}

	/**
	 * Removes all the certifications where holderUserId = &#63; from the database.
	 *
	 * @param holderUserId the holder user ID
	 */
	public static void removeByHolderUserId(long holderUserId) {
		getPersistence().removeByHolderUserId(holderUserId);
	}

	/**
	 * Returns the number of certifications where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @return the number of matching certifications
	 */
	public static int countByHolderUserId(long holderUserId) {
		return getPersistence().countByHolderUserId(holderUserId);
	}

	/**
	 * Returns all the certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @return the matching certifications
	 */
	public static List<Certification> findByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state) {

		return getPersistence().findByC_HU_TM_S(
			companyId, holderUserId, trainingMethodId, state);
	}

	/**
	 * Returns a range of all the certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @return the range of matching certifications
	 */
	public static List<Certification> findByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state,
		int start, int end) {

		return getPersistence().findByC_HU_TM_S(
			companyId, holderUserId, trainingMethodId, state, start, end);
	}

	/**
	 * Returns an ordered range of all the certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching certifications
	 */
	public static List<Certification> findByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state,
		int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return getPersistence().findByC_HU_TM_S(
			companyId, holderUserId, trainingMethodId, state, start, end,
			orderByComparator);
	}

	/**
	 * Returns an ordered range of all the certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching certifications
	 */
	public static List<Certification> findByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state,
		int start, int end, OrderByComparator<Certification> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_HU_TM_S(
			companyId, holderUserId, trainingMethodId, state, start, end,
			orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first certification in the ordered set where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public static Certification findByC_HU_TM_S_First(
			long companyId, long holderUserId, long trainingMethodId, int state,
			OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByC_HU_TM_S_First(
			companyId, holderUserId, trainingMethodId, state,
			orderByComparator);
	}

	/**
	 * Returns the first certification in the ordered set where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public static Certification fetchByC_HU_TM_S_First(
		long companyId, long holderUserId, long trainingMethodId, int state,
		OrderByComparator<Certification> orderByComparator) {

		return getPersistence().fetchByC_HU_TM_S_First(
			companyId, holderUserId, trainingMethodId, state,
			orderByComparator);
	}

	/**
	 * Returns the last certification in the ordered set where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public static Certification findByC_HU_TM_S_Last(
			long companyId, long holderUserId, long trainingMethodId, int state,
			OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByC_HU_TM_S_Last(
			companyId, holderUserId, trainingMethodId, state,
			orderByComparator);
	}

	/**
	 * Returns the last certification in the ordered set where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public static Certification fetchByC_HU_TM_S_Last(
		long companyId, long holderUserId, long trainingMethodId, int state,
		OrderByComparator<Certification> orderByComparator) {

		return getPersistence().fetchByC_HU_TM_S_Last(
			companyId, holderUserId, trainingMethodId, state,
			orderByComparator);
	}

	/**
	 * Returns the certifications before and after the current certification in the ordered set where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param certificationId the primary key of the current certification
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	public static Certification[] findByC_HU_TM_S_PrevAndNext(
			long certificationId, long companyId, long holderUserId,
			long trainingMethodId, int state,
			OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByC_HU_TM_S_PrevAndNext(
			certificationId, companyId, holderUserId, trainingMethodId, state,
			orderByComparator);
	}

	/**
	 * Removes all the certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 */
	public static void removeByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state) {

		getPersistence().removeByC_HU_TM_S(
			companyId, holderUserId, trainingMethodId, state);
	}

	/**
	 * Returns the number of certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @return the number of matching certifications
	 */
	public static int countByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state) {

		return getPersistence().countByC_HU_TM_S(
			companyId, holderUserId, trainingMethodId, state);
	}

	/**
	 * Returns all the certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @return the matching certifications
	 */
	public static List<Certification> findByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number) {

		return getPersistence().findByC_TM_I_N(
			companyId, trainingMethodId, issuer, number);
	}

	/**
	 * Returns a range of all the certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @return the range of matching certifications
	 */
	public static List<Certification> findByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number,
		int start, int end) {

		return getPersistence().findByC_TM_I_N(
			companyId, trainingMethodId, issuer, number, start, end);
	}

	/**
	 * Returns an ordered range of all the certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching certifications
	 */
	public static List<Certification> findByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number,
		int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return getPersistence().findByC_TM_I_N(
			companyId, trainingMethodId, issuer, number, start, end,
			orderByComparator);
	}

	/**
	 * Returns an ordered range of all the certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching certifications
	 */
	public static List<Certification> findByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number,
		int start, int end, OrderByComparator<Certification> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC_TM_I_N(
			companyId, trainingMethodId, issuer, number, start, end,
			orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first certification in the ordered set where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public static Certification findByC_TM_I_N_First(
			long companyId, long trainingMethodId, String issuer, String number,
			OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByC_TM_I_N_First(
			companyId, trainingMethodId, issuer, number, orderByComparator);
	}

	/**
	 * Returns the first certification in the ordered set where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public static Certification fetchByC_TM_I_N_First(
		long companyId, long trainingMethodId, String issuer, String number,
		OrderByComparator<Certification> orderByComparator) {

		return getPersistence().fetchByC_TM_I_N_First(
			companyId, trainingMethodId, issuer, number, orderByComparator);
	}

	/**
	 * Returns the last certification in the ordered set where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public static Certification findByC_TM_I_N_Last(
			long companyId, long trainingMethodId, String issuer, String number,
			OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByC_TM_I_N_Last(
			companyId, trainingMethodId, issuer, number, orderByComparator);
	}

	/**
	 * Returns the last certification in the ordered set where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public static Certification fetchByC_TM_I_N_Last(
		long companyId, long trainingMethodId, String issuer, String number,
		OrderByComparator<Certification> orderByComparator) {

		return getPersistence().fetchByC_TM_I_N_Last(
			companyId, trainingMethodId, issuer, number, orderByComparator);
	}

	/**
	 * Returns the certifications before and after the current certification in the ordered set where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param certificationId the primary key of the current certification
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	public static Certification[] findByC_TM_I_N_PrevAndNext(
			long certificationId, long companyId, long trainingMethodId,
			String issuer, String number,
			OrderByComparator<Certification> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByC_TM_I_N_PrevAndNext(
			certificationId, companyId, trainingMethodId, issuer, number,
			orderByComparator);
	}

	/**
	 * Removes all the certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 */
	public static void removeByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number) {

		getPersistence().removeByC_TM_I_N(
			companyId, trainingMethodId, issuer, number);
	}

	/**
	 * Returns the number of certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @return the number of matching certifications
	 */
	public static int countByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number) {

		return getPersistence().countByC_TM_I_N(
			companyId, trainingMethodId, issuer, number);
	}

	/**
	 * Caches the certification in the entity cache if it is enabled.
	 *
	 * @param certification the certification
	 */
	public static void cacheResult(Certification certification) {
		getPersistence().cacheResult(certification);
	}

	/**
	 * Caches the certifications in the entity cache if it is enabled.
	 *
	 * @param certifications the certifications
	 */
	public static void cacheResult(List<Certification> certifications) {
		getPersistence().cacheResult(certifications);
	}

	/**
	 * Creates a new certification with the primary key. Does not add the certification to the database.
	 *
	 * @param certificationId the primary key for the new certification
	 * @return the new certification
	 */
	public static Certification create(long certificationId) {
		return getPersistence().create(certificationId);
	}

	/**
	 * Removes the certification with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param certificationId the primary key of the certification
	 * @return the certification that was removed
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	public static Certification remove(long certificationId)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().remove(certificationId);
	}

	public static Certification updateImpl(Certification certification) {
		return getPersistence().updateImpl(certification);
	}

	/**
	 * Returns the certification with the primary key or throws a <code>NoSuchCertificationException</code> if it could not be found.
	 *
	 * @param certificationId the primary key of the certification
	 * @return the certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	public static Certification findByPrimaryKey(long certificationId)
		throws se.livsviktig.instructor.exception.NoSuchCertificationException {

		return getPersistence().findByPrimaryKey(certificationId);
	}

	/**
	 * Returns the certification with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param certificationId the primary key of the certification
	 * @return the certification, or <code>null</code> if a certification with the primary key could not be found
	 */
	public static Certification fetchByPrimaryKey(long certificationId) {
		return getPersistence().fetchByPrimaryKey(certificationId);
	}

	/**
	 * Returns all the certifications.
	 *
	 * @return the certifications
	 */
	public static List<Certification> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the certifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @return the range of certifications
	 */
	public static List<Certification> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the certifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of certifications
	 */
	public static List<Certification> findAll(
		int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the certifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of certifications
	 */
	public static List<Certification> findAll(
		int start, int end, OrderByComparator<Certification> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the certifications from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of certifications.
	 *
	 * @return the number of certifications
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static CertificationPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(CertificationPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile CertificationPersistence _persistence;

}