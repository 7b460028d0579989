/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.report.exception.NoSuchReportExportRowException;
import se.livsviktig.report.model.ReportExportRow;

/**
 * The persistence interface for the report export row service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see ReportExportRowUtil
 * @generated
 */
@ProviderType
public interface ReportExportRowPersistence
	extends BasePersistence<ReportExportRow> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link ReportExportRowUtil} to access the report export row persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the report export rows where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching report export rows
	 */
	public java.util.List<ReportExportRow> findByGroupId(long groupId);

	/**
	 * Returns a range of all the report export rows where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of report export rows
	 * @param end the upper bound of the range of report export rows (not inclusive)
	 * @return the range of matching report export rows
	 */
	public java.util.List<ReportExportRow> findByGroupId(
		long groupId, int start, int end);

	/**
	 * Returns an ordered range of all the report export rows where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of report export rows
	 * @param end the upper bound of the range of report export rows (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching report export rows
	 */
	public java.util.List<ReportExportRow> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportExportRow>
			orderByComparator);

	/**
	 * Returns an ordered range of all the report export rows where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of report export rows
	 * @param end the upper bound of the range of report export rows (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching report export rows
	 */
	public java.util.List<ReportExportRow> findByGroupId(
		long groupId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportExportRow>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first report export row in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report export row
	 * @throws NoSuchReportExportRowException if a matching report export row could not be found
	 */
	public ReportExportRow findByGroupId_First(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<ReportExportRow>
				orderByComparator)
		throws NoSuchReportExportRowException;

	/**
	 * Returns the first report export row in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report export row, or <code>null</code> if a matching report export row could not be found
	 */
	public ReportExportRow fetchByGroupId_First(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<ReportExportRow>
			orderByComparator);

	/**
	 * Returns the last report export row in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report export row
	 * @throws NoSuchReportExportRowException if a matching report export row could not be found
	 */
	public ReportExportRow findByGroupId_Last(
			long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<ReportExportRow>
				orderByComparator)
		throws NoSuchReportExportRowException;

	/**
	 * Returns the last report export row in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report export row, or <code>null</code> if a matching report export row could not be found
	 */
	public ReportExportRow fetchByGroupId_Last(
		long groupId,
		com.liferay.portal.kernel.util.OrderByComparator<ReportExportRow>
			orderByComparator);

	/**
	 * Returns the report export rows before and after the current report export row in the ordered set where groupId = &#63;.
	 *
	 * @param reportExportRowId the primary key of the current report export row
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report export row
	 * @throws NoSuchReportExportRowException if a report export row with the primary key could not be found
	 */
	public ReportExportRow[] findByGroupId_PrevAndNext(
			long reportExportRowId, long groupId,
			com.liferay.portal.kernel.util.OrderByComparator<ReportExportRow>
				orderByComparator)
		throws NoSuchReportExportRowException;

	/**
	 * Removes all the report export rows where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public void removeByGroupId(long groupId);

	/**
	 * Returns the number of report export rows where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching report export rows
	 */
	public int countByGroupId(long groupId);

	/**
	 * Caches the report export row in the entity cache if it is enabled.
	 *
	 * @param reportExportRow the report export row
	 */
	public void cacheResult(ReportExportRow reportExportRow);

	/**
	 * Caches the report export rows in the entity cache if it is enabled.
	 *
	 * @param reportExportRows the report export rows
	 */
	public void cacheResult(java.util.List<ReportExportRow> reportExportRows);

	/**
	 * Creates a new report export row with the primary key. Does not add the report export row to the database.
	 *
	 * @param reportExportRowId the primary key for the new report export row
	 * @return the new report export row
	 */
	public ReportExportRow create(long reportExportRowId);

	/**
	 * Removes the report export row with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param reportExportRowId the primary key of the report export row
	 * @return the report export row that was removed
	 * @throws NoSuchReportExportRowException if a report export row with the primary key could not be found
	 */
	public ReportExportRow remove(long reportExportRowId)
		throws NoSuchReportExportRowException;

	public ReportExportRow updateImpl(ReportExportRow reportExportRow);

	/**
	 * Returns the report export row with the primary key or throws a <code>NoSuchReportExportRowException</code> if it could not be found.
	 *
	 * @param reportExportRowId the primary key of the report export row
	 * @return the report export row
	 * @throws NoSuchReportExportRowException if a report export row with the primary key could not be found
	 */
	public ReportExportRow findByPrimaryKey(long reportExportRowId)
		throws NoSuchReportExportRowException;

	/**
	 * Returns the report export row with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param reportExportRowId the primary key of the report export row
	 * @return the report export row, or <code>null</code> if a report export row with the primary key could not be found
	 */
	public ReportExportRow fetchByPrimaryKey(long reportExportRowId);

	/**
	 * Returns all the report export rows.
	 *
	 * @return the report export rows
	 */
	public java.util.List<ReportExportRow> findAll();

	/**
	 * Returns a range of all the report export rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report export rows
	 * @param end the upper bound of the range of report export rows (not inclusive)
	 * @return the range of report export rows
	 */
	public java.util.List<ReportExportRow> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the report export rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report export rows
	 * @param end the upper bound of the range of report export rows (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of report export rows
	 */
	public java.util.List<ReportExportRow> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportExportRow>
			orderByComparator);

	/**
	 * Returns an ordered range of all the report export rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report export rows
	 * @param end the upper bound of the range of report export rows (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of report export rows
	 */
	public java.util.List<ReportExportRow> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportExportRow>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the report export rows from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of report export rows.
	 *
	 * @return the number of report export rows
	 */
	public int countAll();

}