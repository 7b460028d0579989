/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.exception.NoSuchCertificationException;
import se.livsviktig.instructor.model.Certification;

/**
 * The persistence interface for the certification service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see CertificationUtil
 * @generated
 */
@ProviderType
public interface CertificationPersistence
	extends BasePersistence<Certification> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link CertificationUtil} to access the certification persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the certifications where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching certifications
	 */
	public java.util.List<Certification> findByUuid(String uuid);

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
	public java.util.List<Certification> findByUuid(
		String uuid, int start, int end);

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
	public java.util.List<Certification> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

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
	public java.util.List<Certification> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first certification in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public Certification findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

	/**
	 * Returns the first certification in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public Certification fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

	/**
	 * Returns the last certification in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public Certification findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

	/**
	 * Returns the last certification in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public Certification fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

	/**
	 * Returns the certifications before and after the current certification in the ordered set where uuid = &#63;.
	 *
	 * @param certificationId the primary key of the current certification
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	public Certification[] findByUuid_PrevAndNext(
			long certificationId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

	/**
	 * Removes all the certifications where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of certifications where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching certifications
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the certification where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchCertificationException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public Certification findByUUID_G(String uuid, long groupId)
		throws NoSuchCertificationException;

	/**
	 * Returns the certification where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public Certification fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the certification where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public Certification fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the certification where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the certification that was removed
	 */
	public Certification removeByUUID_G(String uuid, long groupId)
		throws NoSuchCertificationException;

	/**
	 * Returns the number of certifications where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching certifications
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the certifications where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching certifications
	 */
	public java.util.List<Certification> findByUuid_C(
		String uuid, long companyId);

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
	public java.util.List<Certification> findByUuid_C(
		String uuid, long companyId, int start, int end);

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
	public java.util.List<Certification> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

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
	public java.util.List<Certification> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public Certification findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

	/**
	 * Returns the first certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public Certification fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

	/**
	 * Returns the last certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public Certification findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

	/**
	 * Returns the last certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public Certification fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

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
	public Certification[] findByUuid_C_PrevAndNext(
			long certificationId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

	/**
	 * Removes all the certifications where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of certifications where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching certifications
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the certifications where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @return the matching certifications
	 */
	public java.util.List<Certification> findByHolderUserId(long holderUserId);

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
	public java.util.List<Certification> findByHolderUserId(
		long holderUserId, int start, int end);

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
	public java.util.List<Certification> findByHolderUserId(
		long holderUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

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
	public java.util.List<Certification> findByHolderUserId(
		long holderUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public Certification findByHolderUserId_First(
			long holderUserId,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

	/**
	 * Returns the first certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public Certification fetchByHolderUserId_First(
		long holderUserId,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

	/**
	 * Returns the last certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	public Certification findByHolderUserId_Last(
			long holderUserId,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

	/**
	 * Returns the last certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification, or <code>null</code> if a matching certification could not be found
	 */
	public Certification fetchByHolderUserId_Last(
		long holderUserId,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

	/**
	 * Returns the certifications before and after the current certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param certificationId the primary key of the current certification
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	public Certification[] findByHolderUserId_PrevAndNext(
			long certificationId, long holderUserId,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

	/**
	 * Removes all the certifications where holderUserId = &#63; from the database.
	 *
	 * @param holderUserId the holder user ID
	 */
	public void removeByHolderUserId(long holderUserId);

	/**
	 * Returns the number of certifications where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @return the number of matching certifications
	 */
	public int countByHolderUserId(long holderUserId);

	/**
	 * Returns all the certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @return the matching certifications
	 */
	public java.util.List<Certification> findByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state);

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
	public java.util.List<Certification> findByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state,
		int start, int end);

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
	public java.util.List<Certification> findByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state,
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

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
	public java.util.List<Certification> findByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state,
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator,
		boolean useFinderCache);

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
	public Certification findByC_HU_TM_S_First(
			long companyId, long holderUserId, long trainingMethodId, int state,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

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
	public Certification fetchByC_HU_TM_S_First(
		long companyId, long holderUserId, long trainingMethodId, int state,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

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
	public Certification findByC_HU_TM_S_Last(
			long companyId, long holderUserId, long trainingMethodId, int state,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

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
	public Certification fetchByC_HU_TM_S_Last(
		long companyId, long holderUserId, long trainingMethodId, int state,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

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
	public Certification[] findByC_HU_TM_S_PrevAndNext(
			long certificationId, long companyId, long holderUserId,
			long trainingMethodId, int state,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

	/**
	 * Removes all the certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 */
	public void removeByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state);

	/**
	 * Returns the number of certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @return the number of matching certifications
	 */
	public int countByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state);

	/**
	 * Returns all the certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @return the matching certifications
	 */
	public java.util.List<Certification> findByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number);

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
	public java.util.List<Certification> findByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number,
		int start, int end);

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
	public java.util.List<Certification> findByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number,
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

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
	public java.util.List<Certification> findByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number,
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator,
		boolean useFinderCache);

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
	public Certification findByC_TM_I_N_First(
			long companyId, long trainingMethodId, String issuer, String number,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

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
	public Certification fetchByC_TM_I_N_First(
		long companyId, long trainingMethodId, String issuer, String number,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

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
	public Certification findByC_TM_I_N_Last(
			long companyId, long trainingMethodId, String issuer, String number,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

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
	public Certification fetchByC_TM_I_N_Last(
		long companyId, long trainingMethodId, String issuer, String number,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

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
	public Certification[] findByC_TM_I_N_PrevAndNext(
			long certificationId, long companyId, long trainingMethodId,
			String issuer, String number,
			com.liferay.portal.kernel.util.OrderByComparator<Certification>
				orderByComparator)
		throws NoSuchCertificationException;

	/**
	 * Removes all the certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 */
	public void removeByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number);

	/**
	 * Returns the number of certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @return the number of matching certifications
	 */
	public int countByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number);

	/**
	 * Caches the certification in the entity cache if it is enabled.
	 *
	 * @param certification the certification
	 */
	public void cacheResult(Certification certification);

	/**
	 * Caches the certifications in the entity cache if it is enabled.
	 *
	 * @param certifications the certifications
	 */
	public void cacheResult(java.util.List<Certification> certifications);

	/**
	 * Creates a new certification with the primary key. Does not add the certification to the database.
	 *
	 * @param certificationId the primary key for the new certification
	 * @return the new certification
	 */
	public Certification create(long certificationId);

	/**
	 * Removes the certification with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param certificationId the primary key of the certification
	 * @return the certification that was removed
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	public Certification remove(long certificationId)
		throws NoSuchCertificationException;

	public Certification updateImpl(Certification certification);

	/**
	 * Returns the certification with the primary key or throws a <code>NoSuchCertificationException</code> if it could not be found.
	 *
	 * @param certificationId the primary key of the certification
	 * @return the certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	public Certification findByPrimaryKey(long certificationId)
		throws NoSuchCertificationException;

	/**
	 * Returns the certification with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param certificationId the primary key of the certification
	 * @return the certification, or <code>null</code> if a certification with the primary key could not be found
	 */
	public Certification fetchByPrimaryKey(long certificationId);

	/**
	 * Returns all the certifications.
	 *
	 * @return the certifications
	 */
	public java.util.List<Certification> findAll();

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
	public java.util.List<Certification> findAll(int start, int end);

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
	public java.util.List<Certification> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator);

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
	public java.util.List<Certification> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<Certification>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the certifications from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of certifications.
	 *
	 * @return the number of certifications
	 */
	public int countAll();

}