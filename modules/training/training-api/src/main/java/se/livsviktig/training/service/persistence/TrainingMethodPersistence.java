/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.model.TrainingMethod;

/**
 * The persistence interface for the training method service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see TrainingMethodUtil
 * @generated
 */
@ProviderType
public interface TrainingMethodPersistence
	extends BasePersistence<TrainingMethod> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link TrainingMethodUtil} to access the training method persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the training methods where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching training methods
	 */
	public java.util.List<TrainingMethod> findByUuid(String uuid);

	/**
	 * Returns a range of all the training methods where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the training methods where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns an ordered range of all the training methods where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first training method in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public TrainingMethod findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the first training method in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns the last training method in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public TrainingMethod findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the last training method in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns the training methods before and after the current training method in the ordered set where uuid = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public TrainingMethod[] findByUuid_PrevAndNext(
			long trainingMethodId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Removes all the training methods where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of training methods where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching training methods
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the training method where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchTrainingMethodException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public TrainingMethod findByUUID_G(String uuid, long groupId)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the training method where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the training method where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the training method where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the training method that was removed
	 */
	public TrainingMethod removeByUUID_G(String uuid, long groupId)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the number of training methods where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching training methods
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the training methods where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching training methods
	 */
	public java.util.List<TrainingMethod> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the training methods where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the training methods where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns an ordered range of all the training methods where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first training method in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public TrainingMethod findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the first training method in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns the last training method in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public TrainingMethod findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the last training method in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns the training methods before and after the current training method in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public TrainingMethod[] findByUuid_C_PrevAndNext(
			long trainingMethodId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Removes all the training methods where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of training methods where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching training methods
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the training methods where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching training methods
	 */
	public java.util.List<TrainingMethod> findByGroupId(long groupId);

	/**
	 * Returns a range of all the training methods where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the training methods where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns an ordered range of all the training methods where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first training method in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public TrainingMethod findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the first training method in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns the last training method in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public TrainingMethod findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the last training method in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns the training methods before and after the current training method in the ordered set where groupId = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public TrainingMethod[] findByGroupId_PrevAndNext(
			long trainingMethodId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns all the training methods that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching training methods that the user has permission to view
	 */
	public java.util.List<TrainingMethod> filterFindByGroupId(long groupId);

	/**
	 * Returns a range of all the training methods that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods that the user has permission to view
	 */
	public java.util.List<TrainingMethod> filterFindByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the training methods that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods that the user has permission to view
	 */
	public java.util.List<TrainingMethod> filterFindByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns the training methods before and after the current training method in the ordered set of training methods that the user has permission to view where groupId = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public TrainingMethod[] filterFindByGroupId_PrevAndNext(
			long trainingMethodId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Removes all the training methods where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of training methods where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching training methods
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns the number of training methods that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching training methods that the user has permission to view
	 */
	public int filterCountByGroupId(long groupId);

	/**
	 * Returns all the training methods where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching training methods
	 */
	public java.util.List<TrainingMethod> findByG_S(long groupId, int status);

	/**
	 * Returns a range of all the training methods where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByG_S(
		long groupId, int status, int start, int end);

	/**
	 * Returns an ordered range of all the training methods where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByG_S(
		long groupId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns an ordered range of all the training methods where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByG_S(
		long groupId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first training method in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public TrainingMethod findByG_S_First(
			long groupId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the first training method in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByG_S_First(
		long groupId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns the last training method in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public TrainingMethod findByG_S_Last(
			long groupId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the last training method in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByG_S_Last(
		long groupId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns the training methods before and after the current training method in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public TrainingMethod[] findByG_S_PrevAndNext(
			long trainingMethodId, long groupId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns all the training methods that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching training methods that the user has permission to view
	 */
	public java.util.List<TrainingMethod> filterFindByG_S(
		long groupId, int status);

	/**
	 * Returns a range of all the training methods that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods that the user has permission to view
	 */
	public java.util.List<TrainingMethod> filterFindByG_S(
		long groupId, int status, int start, int end);

	/**
	 * Returns an ordered range of all the training methods that the user has permissions to view where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods that the user has permission to view
	 */
	public java.util.List<TrainingMethod> filterFindByG_S(
		long groupId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns the training methods before and after the current training method in the ordered set of training methods that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public TrainingMethod[] filterFindByG_S_PrevAndNext(
			long trainingMethodId, long groupId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Removes all the training methods where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	public void removeByG_S(long groupId, int status);

	/**
	 * Returns the number of training methods where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching training methods
	 */
	public int countByG_S(long groupId, int status);

	/**
	 * Returns the number of training methods that the user has permission to view where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching training methods that the user has permission to view
	 */
	public int filterCountByG_S(long groupId, int status);

	/**
	 * Returns all the training methods where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching training methods
	 */
	public java.util.List<TrainingMethod> findByCompanyId(long companyId);

	/**
	 * Returns a range of all the training methods where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByCompanyId(
		long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the training methods where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns an ordered range of all the training methods where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training methods
	 */
	public java.util.List<TrainingMethod> findByCompanyId(
		long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first training method in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public TrainingMethod findByCompanyId_First(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the first training method in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByCompanyId_First(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns the last training method in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public TrainingMethod findByCompanyId_Last(
			long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the last training method in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByCompanyId_Last(
		long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns the training methods before and after the current training method in the ordered set where companyId = &#63;.
	 *
	 * @param trainingMethodId the primary key of the current training method
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public TrainingMethod[] findByCompanyId_PrevAndNext(
			long trainingMethodId, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
				orderByComparator)
		throws NoSuchTrainingMethodException;

	/**
	 * Removes all the training methods where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public void removeByCompanyId(long companyId);

	/**
	 * Returns the number of training methods where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching training methods
	 */
	public int countByCompanyId(long companyId);

	/**
	 * Returns the training method where externalReferenceCode = &#63; and groupId = &#63; or throws a <code>NoSuchTrainingMethodException</code> if it could not be found.
	 *
	 * @param externalReferenceCode the external reference code
	 * @param groupId the group ID
	 * @return the matching training method
	 * @throws NoSuchTrainingMethodException if a matching training method could not be found
	 */
	public TrainingMethod findByERC_G(
			String externalReferenceCode, long groupId)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the training method where externalReferenceCode = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param externalReferenceCode the external reference code
	 * @param groupId the group ID
	 * @return the matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByERC_G(
		String externalReferenceCode, long groupId);

	/**
	 * Returns the training method where externalReferenceCode = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param externalReferenceCode the external reference code
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching training method, or <code>null</code> if a matching training method could not be found
	 */
	public TrainingMethod fetchByERC_G(
		String externalReferenceCode, long groupId, boolean useFinderCache);

	/**
	 * Removes the training method where externalReferenceCode = &#63; and groupId = &#63; from the database.
	 *
	 * @param externalReferenceCode the external reference code
	 * @param groupId the group ID
	 * @return the training method that was removed
	 */
	public TrainingMethod removeByERC_G(
			String externalReferenceCode, long groupId)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the number of training methods where externalReferenceCode = &#63; and groupId = &#63;.
	 *
	 * @param externalReferenceCode the external reference code
	 * @param groupId the group ID
	 * @return the number of matching training methods
	 */
	public int countByERC_G(String externalReferenceCode, long groupId);

	/**
	 * Caches the training method in the entity cache if it is enabled.
	 *
	 * @param trainingMethod the training method
	 */
	public void cacheResult(TrainingMethod trainingMethod);

	/**
	 * Caches the training methods in the entity cache if it is enabled.
	 *
	 * @param trainingMethods the training methods
	 */
	public void cacheResult(java.util.List<TrainingMethod> trainingMethods);

	/**
	 * Creates a new training method with the primary key. Does not add the training method to the database.
	 *
	 * @param trainingMethodId the primary key for the new training method
	 * @return the new training method
	 */
	public TrainingMethod create(long trainingMethodId);

	/**
	 * Removes the training method with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param trainingMethodId the primary key of the training method
	 * @return the training method that was removed
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public TrainingMethod remove(long trainingMethodId)
		throws NoSuchTrainingMethodException;

	public TrainingMethod updateImpl(TrainingMethod trainingMethod);

	/**
	 * Returns the training method with the primary key or throws a <code>NoSuchTrainingMethodException</code> if it could not be found.
	 *
	 * @param trainingMethodId the primary key of the training method
	 * @return the training method
	 * @throws NoSuchTrainingMethodException if a training method with the primary key could not be found
	 */
	public TrainingMethod findByPrimaryKey(long trainingMethodId)
		throws NoSuchTrainingMethodException;

	/**
	 * Returns the training method with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param trainingMethodId the primary key of the training method
	 * @return the training method, or <code>null</code> if a training method with the primary key could not be found
	 */
	public TrainingMethod fetchByPrimaryKey(long trainingMethodId);

	/**
	 * Returns all the training methods.
	 *
	 * @return the training methods
	 */
	public java.util.List<TrainingMethod> findAll();

	/**
	 * Returns a range of all the training methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @return the range of training methods
	 */
	public java.util.List<TrainingMethod> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the training methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of training methods
	 */
	public java.util.List<TrainingMethod> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator);

	/**
	 * Returns an ordered range of all the training methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training methods
	 * @param end the upper bound of the range of training methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of training methods
	 */
	public java.util.List<TrainingMethod> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<TrainingMethod>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the training methods from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of training methods.
	 *
	 * @return the number of training methods
	 */
	public int countAll();

}