/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.report.exception.NoSuchReportFreezeException;
import se.livsviktig.report.model.ReportFreeze;

/**
 * The persistence interface for the report freeze service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see ReportFreezeUtil
 * @generated
 */
@ProviderType
public interface ReportFreezePersistence extends BasePersistence<ReportFreeze> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link ReportFreezeUtil} to access the report freeze persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the report freezes where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching report freezes
	 */
	public java.util.List<ReportFreeze> findByUuid(String uuid);

	/**
	 * Returns a range of all the report freezes where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @return the range of matching report freezes
	 */
	public java.util.List<ReportFreeze> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the report freezes where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching report freezes
	 */
	public java.util.List<ReportFreeze> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator);

	/**
	 * Returns an ordered range of all the report freezes where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching report freezes
	 */
	public java.util.List<ReportFreeze> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first report freeze in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public ReportFreeze findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
				orderByComparator)
		throws NoSuchReportFreezeException;

	/**
	 * Returns the first report freeze in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public ReportFreeze fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator);

	/**
	 * Returns the last report freeze in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public ReportFreeze findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
				orderByComparator)
		throws NoSuchReportFreezeException;

	/**
	 * Returns the last report freeze in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public ReportFreeze fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator);

	/**
	 * Returns the report freezes before and after the current report freeze in the ordered set where uuid = &#63;.
	 *
	 * @param reportFreezeId the primary key of the current report freeze
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report freeze
	 * @throws NoSuchReportFreezeException if a report freeze with the primary key could not be found
	 */
	public ReportFreeze[] findByUuid_PrevAndNext(
			long reportFreezeId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
				orderByComparator)
		throws NoSuchReportFreezeException;

	/**
	 * Removes all the report freezes where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of report freezes where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching report freezes
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the report freeze where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchReportFreezeException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public ReportFreeze findByUUID_G(String uuid, long groupId)
		throws NoSuchReportFreezeException;

	/**
	 * Returns the report freeze where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public ReportFreeze fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the report freeze where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public ReportFreeze fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the report freeze where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the report freeze that was removed
	 */
	public ReportFreeze removeByUUID_G(String uuid, long groupId)
		throws NoSuchReportFreezeException;

	/**
	 * Returns the number of report freezes where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching report freezes
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the report freezes where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching report freezes
	 */
	public java.util.List<ReportFreeze> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the report freezes where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @return the range of matching report freezes
	 */
	public java.util.List<ReportFreeze> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the report freezes where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching report freezes
	 */
	public java.util.List<ReportFreeze> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator);

	/**
	 * Returns an ordered range of all the report freezes where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching report freezes
	 */
	public java.util.List<ReportFreeze> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first report freeze in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public ReportFreeze findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
				orderByComparator)
		throws NoSuchReportFreezeException;

	/**
	 * Returns the first report freeze in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public ReportFreeze fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator);

	/**
	 * Returns the last report freeze in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public ReportFreeze findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
				orderByComparator)
		throws NoSuchReportFreezeException;

	/**
	 * Returns the last report freeze in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public ReportFreeze fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator);

	/**
	 * Returns the report freezes before and after the current report freeze in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param reportFreezeId the primary key of the current report freeze
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report freeze
	 * @throws NoSuchReportFreezeException if a report freeze with the primary key could not be found
	 */
	public ReportFreeze[] findByUuid_C_PrevAndNext(
			long reportFreezeId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
				orderByComparator)
		throws NoSuchReportFreezeException;

	/**
	 * Removes all the report freezes where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of report freezes where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching report freezes
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the report freezes where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching report freezes
	 */
	public java.util.List<ReportFreeze> findByGroupId(long groupId);

	/**
	 * Returns a range of all the report freezes where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @return the range of matching report freezes
	 */
	public java.util.List<ReportFreeze> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the report freezes where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching report freezes
	 */
	public java.util.List<ReportFreeze> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator);

	/**
	 * Returns an ordered range of all the report freezes where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching report freezes
	 */
	public java.util.List<ReportFreeze> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first report freeze in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public ReportFreeze findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
				orderByComparator)
		throws NoSuchReportFreezeException;

	/**
	 * Returns the first report freeze in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public ReportFreeze fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator);

	/**
	 * Returns the last report freeze in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public ReportFreeze findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
				orderByComparator)
		throws NoSuchReportFreezeException;

	/**
	 * Returns the last report freeze in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public ReportFreeze fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator);

	/**
	 * Returns the report freezes before and after the current report freeze in the ordered set where groupId = &#63;.
	 *
	 * @param reportFreezeId the primary key of the current report freeze
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report freeze
	 * @throws NoSuchReportFreezeException if a report freeze with the primary key could not be found
	 */
	public ReportFreeze[] findByGroupId_PrevAndNext(
			long reportFreezeId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
				orderByComparator)
		throws NoSuchReportFreezeException;

	/**
	 * Removes all the report freezes where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of report freezes where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching report freezes
	 */
	public int countByGroupId(long groupId);

	/**
	 * Returns all the report freezes where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching report freezes
	 */
	public java.util.List<ReportFreeze> findByG_S(long groupId, int status);

	/**
	 * Returns a range of all the report freezes where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @return the range of matching report freezes
	 */
	public java.util.List<ReportFreeze> findByG_S(
		long groupId, int status, int start, int end);

	/**
	 * Returns an ordered range of all the report freezes where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching report freezes
	 */
	public java.util.List<ReportFreeze> findByG_S(
		long groupId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator);

	/**
	 * Returns an ordered range of all the report freezes where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching report freezes
	 */
	public java.util.List<ReportFreeze> findByG_S(
		long groupId, int status, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first report freeze in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public ReportFreeze findByG_S_First(
			long groupId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
				orderByComparator)
		throws NoSuchReportFreezeException;

	/**
	 * Returns the first report freeze in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public ReportFreeze fetchByG_S_First(
		long groupId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator);

	/**
	 * Returns the last report freeze in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public ReportFreeze findByG_S_Last(
			long groupId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
				orderByComparator)
		throws NoSuchReportFreezeException;

	/**
	 * Returns the last report freeze in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public ReportFreeze fetchByG_S_Last(
		long groupId, int status,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator);

	/**
	 * Returns the report freezes before and after the current report freeze in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param reportFreezeId the primary key of the current report freeze
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report freeze
	 * @throws NoSuchReportFreezeException if a report freeze with the primary key could not be found
	 */
	public ReportFreeze[] findByG_S_PrevAndNext(
			long reportFreezeId, long groupId, int status,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
				orderByComparator)
		throws NoSuchReportFreezeException;

	/**
	 * Removes all the report freezes where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	public void removeByG_S(long groupId, int status);

	/**
	 * Returns the number of report freezes where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching report freezes
	 */
	public int countByG_S(long groupId, int status);

	/**
	 * Caches the report freeze in the entity cache if it is enabled.
	 *
	 * @param reportFreeze the report freeze
	 */
	public void cacheResult(ReportFreeze reportFreeze);

	/**
	 * Caches the report freezes in the entity cache if it is enabled.
	 *
	 * @param reportFreezes the report freezes
	 */
	public void cacheResult(java.util.List<ReportFreeze> reportFreezes);

	/**
	 * Creates a new report freeze with the primary key. Does not add the report freeze to the database.
	 *
	 * @param reportFreezeId the primary key for the new report freeze
	 * @return the new report freeze
	 */
	public ReportFreeze create(long reportFreezeId);

	/**
	 * Removes the report freeze with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param reportFreezeId the primary key of the report freeze
	 * @return the report freeze that was removed
	 * @throws NoSuchReportFreezeException if a report freeze with the primary key could not be found
	 */
	public ReportFreeze remove(long reportFreezeId)
		throws NoSuchReportFreezeException;

	public ReportFreeze updateImpl(ReportFreeze reportFreeze);

	/**
	 * Returns the report freeze with the primary key or throws a <code>NoSuchReportFreezeException</code> if it could not be found.
	 *
	 * @param reportFreezeId the primary key of the report freeze
	 * @return the report freeze
	 * @throws NoSuchReportFreezeException if a report freeze with the primary key could not be found
	 */
	public ReportFreeze findByPrimaryKey(long reportFreezeId)
		throws NoSuchReportFreezeException;

	/**
	 * Returns the report freeze with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param reportFreezeId the primary key of the report freeze
	 * @return the report freeze, or <code>null</code> if a report freeze with the primary key could not be found
	 */
	public ReportFreeze fetchByPrimaryKey(long reportFreezeId);

	/**
	 * Returns all the report freezes.
	 *
	 * @return the report freezes
	 */
	public java.util.List<ReportFreeze> findAll();

	/**
	 * Returns a range of all the report freezes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @return the range of report freezes
	 */
	public java.util.List<ReportFreeze> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the report freezes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of report freezes
	 */
	public java.util.List<ReportFreeze> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator);

	/**
	 * Returns an ordered range of all the report freezes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of report freezes
	 */
	public java.util.List<ReportFreeze> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFreeze>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the report freezes from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of report freezes.
	 *
	 * @return the number of report freezes
	 */
	public int countAll();

}