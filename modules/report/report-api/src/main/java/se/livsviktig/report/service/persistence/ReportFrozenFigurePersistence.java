/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.report.exception.NoSuchReportFrozenFigureException;
import se.livsviktig.report.model.ReportFrozenFigure;

/**
 * The persistence interface for the report frozen figure service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see ReportFrozenFigureUtil
 * @generated
 */
@ProviderType
public interface ReportFrozenFigurePersistence
	extends BasePersistence<ReportFrozenFigure> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link ReportFrozenFigureUtil} to access the report frozen figure persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the report frozen figures where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @return the matching report frozen figures
	 */
	public java.util.List<ReportFrozenFigure> findByReportFreezeId(
		long reportFreezeId);

	/**
	 * Returns a range of all the report frozen figures where reportFreezeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFrozenFigureModelImpl</code>.
	 * </p>
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param start the lower bound of the range of report frozen figures
	 * @param end the upper bound of the range of report frozen figures (not inclusive)
	 * @return the range of matching report frozen figures
	 */
	public java.util.List<ReportFrozenFigure> findByReportFreezeId(
		long reportFreezeId, int start, int end);

	/**
	 * Returns an ordered range of all the report frozen figures where reportFreezeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFrozenFigureModelImpl</code>.
	 * </p>
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param start the lower bound of the range of report frozen figures
	 * @param end the upper bound of the range of report frozen figures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching report frozen figures
	 */
	public java.util.List<ReportFrozenFigure> findByReportFreezeId(
		long reportFreezeId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFrozenFigure>
			orderByComparator);

	/**
	 * Returns an ordered range of all the report frozen figures where reportFreezeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFrozenFigureModelImpl</code>.
	 * </p>
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param start the lower bound of the range of report frozen figures
	 * @param end the upper bound of the range of report frozen figures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching report frozen figures
	 */
	public java.util.List<ReportFrozenFigure> findByReportFreezeId(
		long reportFreezeId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFrozenFigure>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report frozen figure
	 * @throws NoSuchReportFrozenFigureException if a matching report frozen figure could not be found
	 */
	public ReportFrozenFigure findByReportFreezeId_First(
			long reportFreezeId,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFrozenFigure>
				orderByComparator)
		throws NoSuchReportFrozenFigureException;

	/**
	 * Returns the first report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report frozen figure, or <code>null</code> if a matching report frozen figure could not be found
	 */
	public ReportFrozenFigure fetchByReportFreezeId_First(
		long reportFreezeId,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFrozenFigure>
			orderByComparator);

	/**
	 * Returns the last report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report frozen figure
	 * @throws NoSuchReportFrozenFigureException if a matching report frozen figure could not be found
	 */
	public ReportFrozenFigure findByReportFreezeId_Last(
			long reportFreezeId,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFrozenFigure>
				orderByComparator)
		throws NoSuchReportFrozenFigureException;

	/**
	 * Returns the last report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report frozen figure, or <code>null</code> if a matching report frozen figure could not be found
	 */
	public ReportFrozenFigure fetchByReportFreezeId_Last(
		long reportFreezeId,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFrozenFigure>
			orderByComparator);

	/**
	 * Returns the report frozen figures before and after the current report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFrozenFigureId the primary key of the current report frozen figure
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report frozen figure
	 * @throws NoSuchReportFrozenFigureException if a report frozen figure with the primary key could not be found
	 */
	public ReportFrozenFigure[] findByReportFreezeId_PrevAndNext(
			long reportFrozenFigureId, long reportFreezeId,
			com.liferay.portal.kernel.util.OrderByComparator<ReportFrozenFigure>
				orderByComparator)
		throws NoSuchReportFrozenFigureException;

	/**
	 * Removes all the report frozen figures where reportFreezeId = &#63; from the database.
	 *
	 * @param reportFreezeId the report freeze ID
	 */
	public void removeByReportFreezeId(long reportFreezeId);

	/**
	 * Returns the number of report frozen figures where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @return the number of matching report frozen figures
	 */
	public int countByReportFreezeId(long reportFreezeId);

	/**
	 * Caches the report frozen figure in the entity cache if it is enabled.
	 *
	 * @param reportFrozenFigure the report frozen figure
	 */
	public void cacheResult(ReportFrozenFigure reportFrozenFigure);

	/**
	 * Caches the report frozen figures in the entity cache if it is enabled.
	 *
	 * @param reportFrozenFigures the report frozen figures
	 */
	public void cacheResult(
		java.util.List<ReportFrozenFigure> reportFrozenFigures);

	/**
	 * Creates a new report frozen figure with the primary key. Does not add the report frozen figure to the database.
	 *
	 * @param reportFrozenFigureId the primary key for the new report frozen figure
	 * @return the new report frozen figure
	 */
	public ReportFrozenFigure create(long reportFrozenFigureId);

	/**
	 * Removes the report frozen figure with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param reportFrozenFigureId the primary key of the report frozen figure
	 * @return the report frozen figure that was removed
	 * @throws NoSuchReportFrozenFigureException if a report frozen figure with the primary key could not be found
	 */
	public ReportFrozenFigure remove(long reportFrozenFigureId)
		throws NoSuchReportFrozenFigureException;

	public ReportFrozenFigure updateImpl(ReportFrozenFigure reportFrozenFigure);

	/**
	 * Returns the report frozen figure with the primary key or throws a <code>NoSuchReportFrozenFigureException</code> if it could not be found.
	 *
	 * @param reportFrozenFigureId the primary key of the report frozen figure
	 * @return the report frozen figure
	 * @throws NoSuchReportFrozenFigureException if a report frozen figure with the primary key could not be found
	 */
	public ReportFrozenFigure findByPrimaryKey(long reportFrozenFigureId)
		throws NoSuchReportFrozenFigureException;

	/**
	 * Returns the report frozen figure with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param reportFrozenFigureId the primary key of the report frozen figure
	 * @return the report frozen figure, or <code>null</code> if a report frozen figure with the primary key could not be found
	 */
	public ReportFrozenFigure fetchByPrimaryKey(long reportFrozenFigureId);

	/**
	 * Returns all the report frozen figures.
	 *
	 * @return the report frozen figures
	 */
	public java.util.List<ReportFrozenFigure> findAll();

	/**
	 * Returns a range of all the report frozen figures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFrozenFigureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report frozen figures
	 * @param end the upper bound of the range of report frozen figures (not inclusive)
	 * @return the range of report frozen figures
	 */
	public java.util.List<ReportFrozenFigure> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the report frozen figures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFrozenFigureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report frozen figures
	 * @param end the upper bound of the range of report frozen figures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of report frozen figures
	 */
	public java.util.List<ReportFrozenFigure> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFrozenFigure>
			orderByComparator);

	/**
	 * Returns an ordered range of all the report frozen figures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFrozenFigureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report frozen figures
	 * @param end the upper bound of the range of report frozen figures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of report frozen figures
	 */
	public java.util.List<ReportFrozenFigure> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<ReportFrozenFigure>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the report frozen figures from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of report frozen figures.
	 *
	 * @return the number of report frozen figures
	 */
	public int countAll();

}