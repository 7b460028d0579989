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
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextThreadLocal;
import com.liferay.portal.kernel.service.persistence.impl.BasePersistenceImpl;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ProxyUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.exception.NoSuchReportExportRowException;
import se.livsviktig.report.model.ReportExportRow;
import se.livsviktig.report.model.ReportExportRowTable;
import se.livsviktig.report.model.impl.ReportExportRowImpl;
import se.livsviktig.report.model.impl.ReportExportRowModelImpl;
import se.livsviktig.report.service.persistence.ReportExportRowPersistence;
import se.livsviktig.report.service.persistence.ReportExportRowUtil;
import se.livsviktig.report.service.persistence.impl.constants.LVReportPersistenceConstants;

/**
 * The persistence implementation for the report export row service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = ReportExportRowPersistence.class)
public class ReportExportRowPersistenceImpl
	extends BasePersistenceImpl<ReportExportRow>
	implements ReportExportRowPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>ReportExportRowUtil</code> to access the report export row persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		ReportExportRowImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByGroupId;
	private FinderPath _finderPathWithoutPaginationFindByGroupId;
	private FinderPath _finderPathCountByGroupId;

	/**
	 * Returns all the report export rows where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching report export rows
	 */
	@Override
	public List<ReportExportRow> findByGroupId(long groupId) {
		return findByGroupId(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

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
	@Override
	public List<ReportExportRow> findByGroupId(
		long groupId, int start, int end) {

		return findByGroupId(groupId, start, end, null);
	}

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
	@Override
	public List<ReportExportRow> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<ReportExportRow> orderByComparator) {

		return findByGroupId(groupId, start, end, orderByComparator, true);
	}

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
	@Override
	public List<ReportExportRow> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<ReportExportRow> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByGroupId;
				finderArgs = new Object[] {groupId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByGroupId;
			finderArgs = new Object[] {groupId, start, end, orderByComparator};
		}

		List<ReportExportRow> list = null;

		if (useFinderCache) {
			list = (List<ReportExportRow>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ReportExportRow reportExportRow : list) {
					if (groupId != reportExportRow.getGroupId()) {
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

			sb.append(_SQL_SELECT_REPORTEXPORTROW_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ReportExportRowModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				list = (List<ReportExportRow>)QueryUtil.list(
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
	 * Returns the first report export row in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report export row
	 * @throws NoSuchReportExportRowException if a matching report export row could not be found
	 */
	@Override
	public ReportExportRow findByGroupId_First(
			long groupId, OrderByComparator<ReportExportRow> orderByComparator)
		throws NoSuchReportExportRowException {

		ReportExportRow reportExportRow = fetchByGroupId_First(
			groupId, orderByComparator);

		if (reportExportRow != null) {
			return reportExportRow;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchReportExportRowException(sb.toString());
	}

	/**
	 * Returns the first report export row in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report export row, or <code>null</code> if a matching report export row could not be found
	 */
	@Override
	public ReportExportRow fetchByGroupId_First(
		long groupId, OrderByComparator<ReportExportRow> orderByComparator) {

		List<ReportExportRow> list = findByGroupId(
			groupId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last report export row in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report export row
	 * @throws NoSuchReportExportRowException if a matching report export row could not be found
	 */
	@Override
	public ReportExportRow findByGroupId_Last(
			long groupId, OrderByComparator<ReportExportRow> orderByComparator)
		throws NoSuchReportExportRowException {

		ReportExportRow reportExportRow = fetchByGroupId_Last(
			groupId, orderByComparator);

		if (reportExportRow != null) {
			return reportExportRow;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchReportExportRowException(sb.toString());
	}

	/**
	 * Returns the last report export row in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report export row, or <code>null</code> if a matching report export row could not be found
	 */
	@Override
	public ReportExportRow fetchByGroupId_Last(
		long groupId, OrderByComparator<ReportExportRow> orderByComparator) {

		int count = countByGroupId(groupId);

		if (count == 0) {
			return null;
		}

		List<ReportExportRow> list = findByGroupId(
			groupId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the report export rows before and after the current report export row in the ordered set where groupId = &#63;.
	 *
	 * @param reportExportRowId the primary key of the current report export row
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report export row
	 * @throws NoSuchReportExportRowException if a report export row with the primary key could not be found
	 */
	@Override
	public ReportExportRow[] findByGroupId_PrevAndNext(
			long reportExportRowId, long groupId,
			OrderByComparator<ReportExportRow> orderByComparator)
		throws NoSuchReportExportRowException {

		ReportExportRow reportExportRow = findByPrimaryKey(reportExportRowId);

		Session session = null;

		try {
			session = openSession();

			ReportExportRow[] array = new ReportExportRowImpl[3];

			array[0] = getByGroupId_PrevAndNext(
				session, reportExportRow, groupId, orderByComparator, true);

			array[1] = reportExportRow;

			array[2] = getByGroupId_PrevAndNext(
				session, reportExportRow, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ReportExportRow getByGroupId_PrevAndNext(
		Session session, ReportExportRow reportExportRow, long groupId,
		OrderByComparator<ReportExportRow> orderByComparator,
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

		sb.append(_SQL_SELECT_REPORTEXPORTROW_WHERE);

		sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

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
			sb.append(ReportExportRowModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						reportExportRow)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ReportExportRow> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the report export rows where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	@Override
	public void removeByGroupId(long groupId) {
		for (ReportExportRow reportExportRow :
				findByGroupId(
					groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(reportExportRow);
		}
	}

	/**
	 * Returns the number of report export rows where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching report export rows
	 */
	@Override
	public int countByGroupId(long groupId) {
		FinderPath finderPath = _finderPathCountByGroupId;

		Object[] finderArgs = new Object[] {groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_REPORTEXPORTROW_WHERE);

			sb.append(_FINDER_COLUMN_GROUPID_GROUPID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

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

	private static final String _FINDER_COLUMN_GROUPID_GROUPID_2 =
		"reportExportRow.groupId = ?";

	public ReportExportRowPersistenceImpl() {
		setModelClass(ReportExportRow.class);

		setModelImplClass(ReportExportRowImpl.class);
		setModelPKClass(long.class);

		setTable(ReportExportRowTable.INSTANCE);
	}

	/**
	 * Caches the report export row in the entity cache if it is enabled.
	 *
	 * @param reportExportRow the report export row
	 */
	@Override
	public void cacheResult(ReportExportRow reportExportRow) {
		entityCache.putResult(
			ReportExportRowImpl.class, reportExportRow.getPrimaryKey(),
			reportExportRow);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the report export rows in the entity cache if it is enabled.
	 *
	 * @param reportExportRows the report export rows
	 */
	@Override
	public void cacheResult(List<ReportExportRow> reportExportRows) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (reportExportRows.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (ReportExportRow reportExportRow : reportExportRows) {
			if (entityCache.getResult(
					ReportExportRowImpl.class,
					reportExportRow.getPrimaryKey()) == null) {

				cacheResult(reportExportRow);
			}
		}
	}

	/**
	 * Clears the cache for all report export rows.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(ReportExportRowImpl.class);

		finderCache.clearCache(ReportExportRowImpl.class);
	}

	/**
	 * Clears the cache for the report export row.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(ReportExportRow reportExportRow) {
		entityCache.removeResult(ReportExportRowImpl.class, reportExportRow);
	}

	@Override
	public void clearCache(List<ReportExportRow> reportExportRows) {
		for (ReportExportRow reportExportRow : reportExportRows) {
			entityCache.removeResult(
				ReportExportRowImpl.class, reportExportRow);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(ReportExportRowImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(ReportExportRowImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new report export row with the primary key. Does not add the report export row to the database.
	 *
	 * @param reportExportRowId the primary key for the new report export row
	 * @return the new report export row
	 */
	@Override
	public ReportExportRow create(long reportExportRowId) {
		ReportExportRow reportExportRow = new ReportExportRowImpl();

		reportExportRow.setNew(true);
		reportExportRow.setPrimaryKey(reportExportRowId);

		reportExportRow.setCompanyId(CompanyThreadLocal.getCompanyId());

		return reportExportRow;
	}

	/**
	 * Removes the report export row with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param reportExportRowId the primary key of the report export row
	 * @return the report export row that was removed
	 * @throws NoSuchReportExportRowException if a report export row with the primary key could not be found
	 */
	@Override
	public ReportExportRow remove(long reportExportRowId)
		throws NoSuchReportExportRowException {

		return remove((Serializable)reportExportRowId);
	}

	/**
	 * Removes the report export row with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the report export row
	 * @return the report export row that was removed
	 * @throws NoSuchReportExportRowException if a report export row with the primary key could not be found
	 */
	@Override
	public ReportExportRow remove(Serializable primaryKey)
		throws NoSuchReportExportRowException {

		Session session = null;

		try {
			session = openSession();

			ReportExportRow reportExportRow = (ReportExportRow)session.get(
				ReportExportRowImpl.class, primaryKey);

			if (reportExportRow == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchReportExportRowException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(reportExportRow);
		}
		catch (NoSuchReportExportRowException noSuchEntityException) {
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
	protected ReportExportRow removeImpl(ReportExportRow reportExportRow) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(reportExportRow)) {
				reportExportRow = (ReportExportRow)session.get(
					ReportExportRowImpl.class,
					reportExportRow.getPrimaryKeyObj());
			}

			if (reportExportRow != null) {
				session.delete(reportExportRow);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (reportExportRow != null) {
			clearCache(reportExportRow);
		}

		return reportExportRow;
	}

	@Override
	public ReportExportRow updateImpl(ReportExportRow reportExportRow) {
		boolean isNew = reportExportRow.isNew();

		if (!(reportExportRow instanceof ReportExportRowModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(reportExportRow.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					reportExportRow);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in reportExportRow proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom ReportExportRow implementation " +
					reportExportRow.getClass());
		}

		ReportExportRowModelImpl reportExportRowModelImpl =
			(ReportExportRowModelImpl)reportExportRow;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (reportExportRow.getCreateDate() == null)) {
			if (serviceContext == null) {
				reportExportRow.setCreateDate(date);
			}
			else {
				reportExportRow.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!reportExportRowModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				reportExportRow.setModifiedDate(date);
			}
			else {
				reportExportRow.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(reportExportRow);
			}
			else {
				reportExportRow = (ReportExportRow)session.merge(
					reportExportRow);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			ReportExportRowImpl.class, reportExportRowModelImpl, false, true);

		if (isNew) {
			reportExportRow.setNew(false);
		}

		reportExportRow.resetOriginalValues();

		return reportExportRow;
	}

	/**
	 * Returns the report export row with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the report export row
	 * @return the report export row
	 * @throws NoSuchReportExportRowException if a report export row with the primary key could not be found
	 */
	@Override
	public ReportExportRow findByPrimaryKey(Serializable primaryKey)
		throws NoSuchReportExportRowException {

		ReportExportRow reportExportRow = fetchByPrimaryKey(primaryKey);

		if (reportExportRow == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchReportExportRowException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return reportExportRow;
	}

	/**
	 * Returns the report export row with the primary key or throws a <code>NoSuchReportExportRowException</code> if it could not be found.
	 *
	 * @param reportExportRowId the primary key of the report export row
	 * @return the report export row
	 * @throws NoSuchReportExportRowException if a report export row with the primary key could not be found
	 */
	@Override
	public ReportExportRow findByPrimaryKey(long reportExportRowId)
		throws NoSuchReportExportRowException {

		return findByPrimaryKey((Serializable)reportExportRowId);
	}

	/**
	 * Returns the report export row with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param reportExportRowId the primary key of the report export row
	 * @return the report export row, or <code>null</code> if a report export row with the primary key could not be found
	 */
	@Override
	public ReportExportRow fetchByPrimaryKey(long reportExportRowId) {
		return fetchByPrimaryKey((Serializable)reportExportRowId);
	}

	/**
	 * Returns all the report export rows.
	 *
	 * @return the report export rows
	 */
	@Override
	public List<ReportExportRow> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

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
	@Override
	public List<ReportExportRow> findAll(int start, int end) {
		return findAll(start, end, null);
	}

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
	@Override
	public List<ReportExportRow> findAll(
		int start, int end,
		OrderByComparator<ReportExportRow> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

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
	@Override
	public List<ReportExportRow> findAll(
		int start, int end,
		OrderByComparator<ReportExportRow> orderByComparator,
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

		List<ReportExportRow> list = null;

		if (useFinderCache) {
			list = (List<ReportExportRow>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_REPORTEXPORTROW);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_REPORTEXPORTROW;

				sql = sql.concat(ReportExportRowModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<ReportExportRow>)QueryUtil.list(
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
	 * Removes all the report export rows from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (ReportExportRow reportExportRow : findAll()) {
			remove(reportExportRow);
		}
	}

	/**
	 * Returns the number of report export rows.
	 *
	 * @return the number of report export rows
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_REPORTEXPORTROW);

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
		return "reportExportRowId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_REPORTEXPORTROW;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return ReportExportRowModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the report export row persistence.
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

		_finderPathWithPaginationFindByGroupId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByGroupId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"groupId"}, true);

		_finderPathWithoutPaginationFindByGroupId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByGroupId",
			new String[] {Long.class.getName()}, new String[] {"groupId"},
			true);

		_finderPathCountByGroupId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByGroupId",
			new String[] {Long.class.getName()}, new String[] {"groupId"},
			false);

		ReportExportRowUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		ReportExportRowUtil.setPersistence(null);

		entityCache.removeCache(ReportExportRowImpl.class.getName());
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

	private static final String _SQL_SELECT_REPORTEXPORTROW =
		"SELECT reportExportRow FROM ReportExportRow reportExportRow";

	private static final String _SQL_SELECT_REPORTEXPORTROW_WHERE =
		"SELECT reportExportRow FROM ReportExportRow reportExportRow WHERE ";

	private static final String _SQL_COUNT_REPORTEXPORTROW =
		"SELECT COUNT(reportExportRow) FROM ReportExportRow reportExportRow";

	private static final String _SQL_COUNT_REPORTEXPORTROW_WHERE =
		"SELECT COUNT(reportExportRow) FROM ReportExportRow reportExportRow WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "reportExportRow.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No ReportExportRow exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No ReportExportRow exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		ReportExportRowPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}