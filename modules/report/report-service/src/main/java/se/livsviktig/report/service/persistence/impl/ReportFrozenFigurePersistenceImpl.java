/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service.persistence.impl;

import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.configuration.Configuration;
import com.liferay.portal.kernel.dao.orm.EntityCache;
import com.liferay.portal.kernel.dao.orm.FinderCache;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.dao.orm.Query;
import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.dao.orm.SessionFactory;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.CompanyThreadLocal;
import com.liferay.portal.kernel.service.persistence.impl.BasePersistenceImpl;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ProxyUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.exception.NoSuchReportFrozenFigureException;
import se.livsviktig.report.model.ReportFrozenFigure;
import se.livsviktig.report.model.ReportFrozenFigureTable;
import se.livsviktig.report.model.impl.ReportFrozenFigureImpl;
import se.livsviktig.report.model.impl.ReportFrozenFigureModelImpl;
import se.livsviktig.report.service.persistence.ReportFrozenFigurePersistence;
import se.livsviktig.report.service.persistence.ReportFrozenFigureUtil;
import se.livsviktig.report.service.persistence.impl.constants.LVReportPersistenceConstants;

/**
 * The persistence implementation for the report frozen figure service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = ReportFrozenFigurePersistence.class)
public class ReportFrozenFigurePersistenceImpl
	extends BasePersistenceImpl<ReportFrozenFigure>
	implements ReportFrozenFigurePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>ReportFrozenFigureUtil</code> to access the report frozen figure persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		ReportFrozenFigureImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByReportFreezeId;
	private FinderPath _finderPathWithoutPaginationFindByReportFreezeId;
	private FinderPath _finderPathCountByReportFreezeId;

	/**
	 * Returns all the report frozen figures where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @return the matching report frozen figures
	 */
	@Override
	public List<ReportFrozenFigure> findByReportFreezeId(long reportFreezeId) {
		return findByReportFreezeId(
			reportFreezeId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

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
	@Override
	public List<ReportFrozenFigure> findByReportFreezeId(
		long reportFreezeId, int start, int end) {

		return findByReportFreezeId(reportFreezeId, start, end, null);
	}

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
	@Override
	public List<ReportFrozenFigure> findByReportFreezeId(
		long reportFreezeId, int start, int end,
		OrderByComparator<ReportFrozenFigure> orderByComparator) {

		return findByReportFreezeId(
			reportFreezeId, start, end, orderByComparator, true);
	}

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
	@Override
	public List<ReportFrozenFigure> findByReportFreezeId(
		long reportFreezeId, int start, int end,
		OrderByComparator<ReportFrozenFigure> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByReportFreezeId;
				finderArgs = new Object[] {reportFreezeId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByReportFreezeId;
			finderArgs = new Object[] {
				reportFreezeId, start, end, orderByComparator
			};
		}

		List<ReportFrozenFigure> list = null;

		if (useFinderCache) {
			list = (List<ReportFrozenFigure>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ReportFrozenFigure reportFrozenFigure : list) {
					if (reportFreezeId !=
							reportFrozenFigure.getReportFreezeId()) {

						list = null;

						break;
					}
				}
			}
		}

		if (list == null) {
			StringBundler sb = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					3 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(3);
			}

			sb.append(_SQL_SELECT_REPORTFROZENFIGURE_WHERE);

			sb.append(_FINDER_COLUMN_REPORTFREEZEID_REPORTFREEZEID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ReportFrozenFigureModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(reportFreezeId);

				list = (List<ReportFrozenFigure>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(finderPath, finderArgs, list);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return list;
	}

	/**
	 * Returns the first report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report frozen figure
	 * @throws NoSuchReportFrozenFigureException if a matching report frozen figure could not be found
	 */
	@Override
	public ReportFrozenFigure findByReportFreezeId_First(
			long reportFreezeId,
			OrderByComparator<ReportFrozenFigure> orderByComparator)
		throws NoSuchReportFrozenFigureException {

		ReportFrozenFigure reportFrozenFigure = fetchByReportFreezeId_First(
			reportFreezeId, orderByComparator);

		if (reportFrozenFigure != null) {
			return reportFrozenFigure;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("reportFreezeId=");
		sb.append(reportFreezeId);

		sb.append("}");

		throw new NoSuchReportFrozenFigureException(sb.toString());
	}

	/**
	 * Returns the first report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report frozen figure, or <code>null</code> if a matching report frozen figure could not be found
	 */
	@Override
	public ReportFrozenFigure fetchByReportFreezeId_First(
		long reportFreezeId,
		OrderByComparator<ReportFrozenFigure> orderByComparator) {

		List<ReportFrozenFigure> list = findByReportFreezeId(
			reportFreezeId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report frozen figure
	 * @throws NoSuchReportFrozenFigureException if a matching report frozen figure could not be found
	 */
	@Override
	public ReportFrozenFigure findByReportFreezeId_Last(
			long reportFreezeId,
			OrderByComparator<ReportFrozenFigure> orderByComparator)
		throws NoSuchReportFrozenFigureException {

		ReportFrozenFigure reportFrozenFigure = fetchByReportFreezeId_Last(
			reportFreezeId, orderByComparator);

		if (reportFrozenFigure != null) {
			return reportFrozenFigure;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("reportFreezeId=");
		sb.append(reportFreezeId);

		sb.append("}");

		throw new NoSuchReportFrozenFigureException(sb.toString());
	}

	/**
	 * Returns the last report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report frozen figure, or <code>null</code> if a matching report frozen figure could not be found
	 */
	@Override
	public ReportFrozenFigure fetchByReportFreezeId_Last(
		long reportFreezeId,
		OrderByComparator<ReportFrozenFigure> orderByComparator) {

		int count = countByReportFreezeId(reportFreezeId);

		if (count == 0) {
			return null;
		}

		List<ReportFrozenFigure> list = findByReportFreezeId(
			reportFreezeId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the report frozen figures before and after the current report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFrozenFigureId the primary key of the current report frozen figure
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report frozen figure
	 * @throws NoSuchReportFrozenFigureException if a report frozen figure with the primary key could not be found
	 */
	@Override
	public ReportFrozenFigure[] findByReportFreezeId_PrevAndNext(
			long reportFrozenFigureId, long reportFreezeId,
			OrderByComparator<ReportFrozenFigure> orderByComparator)
		throws NoSuchReportFrozenFigureException {

		ReportFrozenFigure reportFrozenFigure = findByPrimaryKey(
			reportFrozenFigureId);

		Session session = null;

		try {
			session = openSession();

			ReportFrozenFigure[] array = new ReportFrozenFigureImpl[3];

			array[0] = getByReportFreezeId_PrevAndNext(
				session, reportFrozenFigure, reportFreezeId, orderByComparator,
				true);

			array[1] = reportFrozenFigure;

			array[2] = getByReportFreezeId_PrevAndNext(
				session, reportFrozenFigure, reportFreezeId, orderByComparator,
				false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ReportFrozenFigure getByReportFreezeId_PrevAndNext(
		Session session, ReportFrozenFigure reportFrozenFigure,
		long reportFreezeId,
		OrderByComparator<ReportFrozenFigure> orderByComparator,
		boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_REPORTFROZENFIGURE_WHERE);

		sb.append(_FINDER_COLUMN_REPORTFREEZEID_REPORTFREEZEID_2);

		if (orderByComparator != null) {
			String[] orderByConditionFields =
				orderByComparator.getOrderByConditionFields();

			if (orderByConditionFields.length > 0) {
				sb.append(WHERE_AND);
			}

			for (int i = 0; i < orderByConditionFields.length; i++) {
				sb.append(_ORDER_BY_ENTITY_ALIAS);
				sb.append(orderByConditionFields[i]);

				if ((i + 1) < orderByConditionFields.length) {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(WHERE_GREATER_THAN_HAS_NEXT);
					}
					else {
						sb.append(WHERE_LESSER_THAN_HAS_NEXT);
					}
				}
				else {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(WHERE_GREATER_THAN);
					}
					else {
						sb.append(WHERE_LESSER_THAN);
					}
				}
			}

			sb.append(ORDER_BY_CLAUSE);

			String[] orderByFields = orderByComparator.getOrderByFields();

			for (int i = 0; i < orderByFields.length; i++) {
				sb.append(_ORDER_BY_ENTITY_ALIAS);
				sb.append(orderByFields[i]);

				if ((i + 1) < orderByFields.length) {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(ORDER_BY_ASC_HAS_NEXT);
					}
					else {
						sb.append(ORDER_BY_DESC_HAS_NEXT);
					}
				}
				else {
					if (orderByComparator.isAscending() ^ previous) {
						sb.append(ORDER_BY_ASC);
					}
					else {
						sb.append(ORDER_BY_DESC);
					}
				}
			}
		}
		else {
			sb.append(ReportFrozenFigureModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(reportFreezeId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						reportFrozenFigure)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ReportFrozenFigure> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the report frozen figures where reportFreezeId = &#63; from the database.
	 *
	 * @param reportFreezeId the report freeze ID
	 */
	@Override
	public void removeByReportFreezeId(long reportFreezeId) {
		for (ReportFrozenFigure reportFrozenFigure :
				findByReportFreezeId(
					reportFreezeId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(reportFrozenFigure);
		}
	}

	/**
	 * Returns the number of report frozen figures where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @return the number of matching report frozen figures
	 */
	@Override
	public int countByReportFreezeId(long reportFreezeId) {
		FinderPath finderPath = _finderPathCountByReportFreezeId;

		Object[] finderArgs = new Object[] {reportFreezeId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_REPORTFROZENFIGURE_WHERE);

			sb.append(_FINDER_COLUMN_REPORTFREEZEID_REPORTFREEZEID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(reportFreezeId);

				count = (Long)query.uniqueResult();

				finderCache.putResult(finderPath, finderArgs, count);
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return count.intValue();
	}

	private static final String _FINDER_COLUMN_REPORTFREEZEID_REPORTFREEZEID_2 =
		"reportFrozenFigure.reportFreezeId = ?";

	public ReportFrozenFigurePersistenceImpl() {
		setModelClass(ReportFrozenFigure.class);

		setModelImplClass(ReportFrozenFigureImpl.class);
		setModelPKClass(long.class);

		setTable(ReportFrozenFigureTable.INSTANCE);
	}

	/**
	 * Caches the report frozen figure in the entity cache if it is enabled.
	 *
	 * @param reportFrozenFigure the report frozen figure
	 */
	@Override
	public void cacheResult(ReportFrozenFigure reportFrozenFigure) {
		entityCache.putResult(
			ReportFrozenFigureImpl.class, reportFrozenFigure.getPrimaryKey(),
			reportFrozenFigure);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the report frozen figures in the entity cache if it is enabled.
	 *
	 * @param reportFrozenFigures the report frozen figures
	 */
	@Override
	public void cacheResult(List<ReportFrozenFigure> reportFrozenFigures) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (reportFrozenFigures.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (ReportFrozenFigure reportFrozenFigure : reportFrozenFigures) {
			if (entityCache.getResult(
					ReportFrozenFigureImpl.class,
					reportFrozenFigure.getPrimaryKey()) == null) {

				cacheResult(reportFrozenFigure);
			}
		}
	}

	/**
	 * Clears the cache for all report frozen figures.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(ReportFrozenFigureImpl.class);

		finderCache.clearCache(ReportFrozenFigureImpl.class);
	}

	/**
	 * Clears the cache for the report frozen figure.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(ReportFrozenFigure reportFrozenFigure) {
		entityCache.removeResult(
			ReportFrozenFigureImpl.class, reportFrozenFigure);
	}

	@Override
	public void clearCache(List<ReportFrozenFigure> reportFrozenFigures) {
		for (ReportFrozenFigure reportFrozenFigure : reportFrozenFigures) {
			entityCache.removeResult(
				ReportFrozenFigureImpl.class, reportFrozenFigure);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(ReportFrozenFigureImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(ReportFrozenFigureImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new report frozen figure with the primary key. Does not add the report frozen figure to the database.
	 *
	 * @param reportFrozenFigureId the primary key for the new report frozen figure
	 * @return the new report frozen figure
	 */
	@Override
	public ReportFrozenFigure create(long reportFrozenFigureId) {
		ReportFrozenFigure reportFrozenFigure = new ReportFrozenFigureImpl();

		reportFrozenFigure.setNew(true);
		reportFrozenFigure.setPrimaryKey(reportFrozenFigureId);

		reportFrozenFigure.setCompanyId(CompanyThreadLocal.getCompanyId());

		return reportFrozenFigure;
	}

	/**
	 * Removes the report frozen figure with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param reportFrozenFigureId the primary key of the report frozen figure
	 * @return the report frozen figure that was removed
	 * @throws NoSuchReportFrozenFigureException if a report frozen figure with the primary key could not be found
	 */
	@Override
	public ReportFrozenFigure remove(long reportFrozenFigureId)
		throws NoSuchReportFrozenFigureException {

		return remove((Serializable)reportFrozenFigureId);
	}

	/**
	 * Removes the report frozen figure with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the report frozen figure
	 * @return the report frozen figure that was removed
	 * @throws NoSuchReportFrozenFigureException if a report frozen figure with the primary key could not be found
	 */
	@Override
	public ReportFrozenFigure remove(Serializable primaryKey)
		throws NoSuchReportFrozenFigureException {

		Session session = null;

		try {
			session = openSession();

			ReportFrozenFigure reportFrozenFigure =
				(ReportFrozenFigure)session.get(
					ReportFrozenFigureImpl.class, primaryKey);

			if (reportFrozenFigure == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchReportFrozenFigureException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(reportFrozenFigure);
		}
		catch (NoSuchReportFrozenFigureException noSuchEntityException) {
			throw noSuchEntityException;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	@Override
	protected ReportFrozenFigure removeImpl(
		ReportFrozenFigure reportFrozenFigure) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(reportFrozenFigure)) {
				reportFrozenFigure = (ReportFrozenFigure)session.get(
					ReportFrozenFigureImpl.class,
					reportFrozenFigure.getPrimaryKeyObj());
			}

			if (reportFrozenFigure != null) {
				session.delete(reportFrozenFigure);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (reportFrozenFigure != null) {
			clearCache(reportFrozenFigure);
		}

		return reportFrozenFigure;
	}

	@Override
	public ReportFrozenFigure updateImpl(
		ReportFrozenFigure reportFrozenFigure) {

		boolean isNew = reportFrozenFigure.isNew();

		if (!(reportFrozenFigure instanceof ReportFrozenFigureModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(reportFrozenFigure.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					reportFrozenFigure);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in reportFrozenFigure proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom ReportFrozenFigure implementation " +
					reportFrozenFigure.getClass());
		}

		ReportFrozenFigureModelImpl reportFrozenFigureModelImpl =
			(ReportFrozenFigureModelImpl)reportFrozenFigure;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(reportFrozenFigure);
			}
			else {
				reportFrozenFigure = (ReportFrozenFigure)session.merge(
					reportFrozenFigure);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			ReportFrozenFigureImpl.class, reportFrozenFigureModelImpl, false,
			true);

		if (isNew) {
			reportFrozenFigure.setNew(false);
		}

		reportFrozenFigure.resetOriginalValues();

		return reportFrozenFigure;
	}

	/**
	 * Returns the report frozen figure with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the report frozen figure
	 * @return the report frozen figure
	 * @throws NoSuchReportFrozenFigureException if a report frozen figure with the primary key could not be found
	 */
	@Override
	public ReportFrozenFigure findByPrimaryKey(Serializable primaryKey)
		throws NoSuchReportFrozenFigureException {

		ReportFrozenFigure reportFrozenFigure = fetchByPrimaryKey(primaryKey);

		if (reportFrozenFigure == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchReportFrozenFigureException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return reportFrozenFigure;
	}

	/**
	 * Returns the report frozen figure with the primary key or throws a <code>NoSuchReportFrozenFigureException</code> if it could not be found.
	 *
	 * @param reportFrozenFigureId the primary key of the report frozen figure
	 * @return the report frozen figure
	 * @throws NoSuchReportFrozenFigureException if a report frozen figure with the primary key could not be found
	 */
	@Override
	public ReportFrozenFigure findByPrimaryKey(long reportFrozenFigureId)
		throws NoSuchReportFrozenFigureException {

		return findByPrimaryKey((Serializable)reportFrozenFigureId);
	}

	/**
	 * Returns the report frozen figure with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param reportFrozenFigureId the primary key of the report frozen figure
	 * @return the report frozen figure, or <code>null</code> if a report frozen figure with the primary key could not be found
	 */
	@Override
	public ReportFrozenFigure fetchByPrimaryKey(long reportFrozenFigureId) {
		return fetchByPrimaryKey((Serializable)reportFrozenFigureId);
	}

	/**
	 * Returns all the report frozen figures.
	 *
	 * @return the report frozen figures
	 */
	@Override
	public List<ReportFrozenFigure> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

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
	@Override
	public List<ReportFrozenFigure> findAll(int start, int end) {
		return findAll(start, end, null);
	}

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
	@Override
	public List<ReportFrozenFigure> findAll(
		int start, int end,
		OrderByComparator<ReportFrozenFigure> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

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
	@Override
	public List<ReportFrozenFigure> findAll(
		int start, int end,
		OrderByComparator<ReportFrozenFigure> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindAll;
				finderArgs = FINDER_ARGS_EMPTY;
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindAll;
			finderArgs = new Object[] {start, end, orderByComparator};
		}

		List<ReportFrozenFigure> list = null;

		if (useFinderCache) {
			list = (List<ReportFrozenFigure>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_REPORTFROZENFIGURE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_REPORTFROZENFIGURE;

				sql = sql.concat(ReportFrozenFigureModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<ReportFrozenFigure>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(finderPath, finderArgs, list);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return list;
	}

	/**
	 * Removes all the report frozen figures from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (ReportFrozenFigure reportFrozenFigure : findAll()) {
			remove(reportFrozenFigure);
		}
	}

	/**
	 * Returns the number of report frozen figures.
	 *
	 * @return the number of report frozen figures
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(
					_SQL_COUNT_REPORTFROZENFIGURE);

				count = (Long)query.uniqueResult();

				finderCache.putResult(
					_finderPathCountAll, FINDER_ARGS_EMPTY, count);
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		return count.intValue();
	}

	@Override
	protected EntityCache getEntityCache() {
		return entityCache;
	}

	@Override
	protected String getPKDBName() {
		return "reportFrozenFigureId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_REPORTFROZENFIGURE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return ReportFrozenFigureModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the report frozen figure persistence.
	 */
	@Activate
	public void activate() {
		_valueObjectFinderCacheListThreshold = GetterUtil.getInteger(
			PropsUtil.get(PropsKeys.VALUE_OBJECT_FINDER_CACHE_LIST_THRESHOLD));

		_finderPathWithPaginationFindAll = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findAll", new String[0],
			new String[0], true);

		_finderPathWithoutPaginationFindAll = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findAll", new String[0],
			new String[0], true);

		_finderPathCountAll = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countAll",
			new String[0], new String[0], false);

		_finderPathWithPaginationFindByReportFreezeId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByReportFreezeId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"reportFreezeId"}, true);

		_finderPathWithoutPaginationFindByReportFreezeId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByReportFreezeId",
			new String[] {Long.class.getName()},
			new String[] {"reportFreezeId"}, true);

		_finderPathCountByReportFreezeId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByReportFreezeId",
			new String[] {Long.class.getName()},
			new String[] {"reportFreezeId"}, false);

		ReportFrozenFigureUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		ReportFrozenFigureUtil.setPersistence(null);

		entityCache.removeCache(ReportFrozenFigureImpl.class.getName());
	}

	@Override
	@Reference(
		target = LVReportPersistenceConstants.SERVICE_CONFIGURATION_FILTER,
		unbind = "-"
	)
	public void setConfiguration(Configuration configuration) {
	}

	@Override
	@Reference(
		target = LVReportPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setDataSource(DataSource dataSource) {
		super.setDataSource(dataSource);
	}

	@Override
	@Reference(
		target = LVReportPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setSessionFactory(SessionFactory sessionFactory) {
		super.setSessionFactory(sessionFactory);
	}

	@Reference
	protected EntityCache entityCache;

	@Reference
	protected FinderCache finderCache;

	private static final String _SQL_SELECT_REPORTFROZENFIGURE =
		"SELECT reportFrozenFigure FROM ReportFrozenFigure reportFrozenFigure";

	private static final String _SQL_SELECT_REPORTFROZENFIGURE_WHERE =
		"SELECT reportFrozenFigure FROM ReportFrozenFigure reportFrozenFigure WHERE ";

	private static final String _SQL_COUNT_REPORTFROZENFIGURE =
		"SELECT COUNT(reportFrozenFigure) FROM ReportFrozenFigure reportFrozenFigure";

	private static final String _SQL_COUNT_REPORTFROZENFIGURE_WHERE =
		"SELECT COUNT(reportFrozenFigure) FROM ReportFrozenFigure reportFrozenFigure WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "reportFrozenFigure.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No ReportFrozenFigure exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No ReportFrozenFigure exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		ReportFrozenFigurePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}