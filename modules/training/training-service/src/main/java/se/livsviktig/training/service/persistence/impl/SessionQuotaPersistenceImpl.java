/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence.impl;

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

import java.sql.Timestamp;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.exception.NoSuchSessionQuotaException;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.model.SessionQuotaTable;
import se.livsviktig.training.model.impl.SessionQuotaImpl;
import se.livsviktig.training.model.impl.SessionQuotaModelImpl;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;
import se.livsviktig.training.service.persistence.SessionQuotaUtil;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The persistence implementation for the session quota service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = SessionQuotaPersistence.class)
public class SessionQuotaPersistenceImpl
	extends BasePersistenceImpl<SessionQuota>
	implements SessionQuotaPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>SessionQuotaUtil</code> to access the session quota persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		SessionQuotaImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByCourseSessionId;
	private FinderPath _finderPathWithoutPaginationFindByCourseSessionId;
	private FinderPath _finderPathCountByCourseSessionId;

	/**
	 * Returns all the session quotas where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching session quotas
	 */
	@Override
	public List<SessionQuota> findByCourseSessionId(long courseSessionId) {
		return findByCourseSessionId(
			courseSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session quotas where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @return the range of matching session quotas
	 */
	@Override
	public List<SessionQuota> findByCourseSessionId(
		long courseSessionId, int start, int end) {

		return findByCourseSessionId(courseSessionId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session quotas where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session quotas
	 */
	@Override
	public List<SessionQuota> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionQuota> orderByComparator) {

		return findByCourseSessionId(
			courseSessionId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session quotas where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session quotas
	 */
	@Override
	public List<SessionQuota> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionQuota> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByCourseSessionId;
				finderArgs = new Object[] {courseSessionId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByCourseSessionId;
			finderArgs = new Object[] {
				courseSessionId, start, end, orderByComparator
			};
		}

		List<SessionQuota> list = null;

		if (useFinderCache) {
			list = (List<SessionQuota>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionQuota sessionQuota : list) {
					if (courseSessionId != sessionQuota.getCourseSessionId()) {
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

			sb.append(_SQL_SELECT_SESSIONQUOTA_WHERE);

			sb.append(_FINDER_COLUMN_COURSESESSIONID_COURSESESSIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SessionQuotaModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				list = (List<SessionQuota>)QueryUtil.list(
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
	 * Returns the first session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	@Override
	public SessionQuota findByCourseSessionId_First(
			long courseSessionId,
			OrderByComparator<SessionQuota> orderByComparator)
		throws NoSuchSessionQuotaException {

		SessionQuota sessionQuota = fetchByCourseSessionId_First(
			courseSessionId, orderByComparator);

		if (sessionQuota != null) {
			return sessionQuota;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append("}");

		throw new NoSuchSessionQuotaException(sb.toString());
	}

	/**
	 * Returns the first session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	@Override
	public SessionQuota fetchByCourseSessionId_First(
		long courseSessionId,
		OrderByComparator<SessionQuota> orderByComparator) {

		List<SessionQuota> list = findByCourseSessionId(
			courseSessionId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	@Override
	public SessionQuota findByCourseSessionId_Last(
			long courseSessionId,
			OrderByComparator<SessionQuota> orderByComparator)
		throws NoSuchSessionQuotaException {

		SessionQuota sessionQuota = fetchByCourseSessionId_Last(
			courseSessionId, orderByComparator);

		if (sessionQuota != null) {
			return sessionQuota;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append("}");

		throw new NoSuchSessionQuotaException(sb.toString());
	}

	/**
	 * Returns the last session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	@Override
	public SessionQuota fetchByCourseSessionId_Last(
		long courseSessionId,
		OrderByComparator<SessionQuota> orderByComparator) {

		int count = countByCourseSessionId(courseSessionId);

		if (count == 0) {
			return null;
		}

		List<SessionQuota> list = findByCourseSessionId(
			courseSessionId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the session quotas before and after the current session quota in the ordered set where courseSessionId = &#63;.
	 *
	 * @param sessionQuotaId the primary key of the current session quota
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session quota
	 * @throws NoSuchSessionQuotaException if a session quota with the primary key could not be found
	 */
	@Override
	public SessionQuota[] findByCourseSessionId_PrevAndNext(
			long sessionQuotaId, long courseSessionId,
			OrderByComparator<SessionQuota> orderByComparator)
		throws NoSuchSessionQuotaException {

		SessionQuota sessionQuota = findByPrimaryKey(sessionQuotaId);

		Session session = null;

		try {
			session = openSession();

			SessionQuota[] array = new SessionQuotaImpl[3];

			array[0] = getByCourseSessionId_PrevAndNext(
				session, sessionQuota, courseSessionId, orderByComparator,
				true);

			array[1] = sessionQuota;

			array[2] = getByCourseSessionId_PrevAndNext(
				session, sessionQuota, courseSessionId, orderByComparator,
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

	protected SessionQuota getByCourseSessionId_PrevAndNext(
		Session session, SessionQuota sessionQuota, long courseSessionId,
		OrderByComparator<SessionQuota> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_SESSIONQUOTA_WHERE);

		sb.append(_FINDER_COLUMN_COURSESESSIONID_COURSESESSIONID_2);

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
			sb.append(SessionQuotaModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(courseSessionId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(sessionQuota)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SessionQuota> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the session quotas where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	@Override
	public void removeByCourseSessionId(long courseSessionId) {
		for (SessionQuota sessionQuota :
				findByCourseSessionId(
					courseSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(sessionQuota);
		}
	}

	/**
	 * Returns the number of session quotas where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching session quotas
	 */
	@Override
	public int countByCourseSessionId(long courseSessionId) {
		FinderPath finderPath = _finderPathCountByCourseSessionId;

		Object[] finderArgs = new Object[] {courseSessionId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SESSIONQUOTA_WHERE);

			sb.append(_FINDER_COLUMN_COURSESESSIONID_COURSESESSIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

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

	private static final String
		_FINDER_COLUMN_COURSESESSIONID_COURSESESSIONID_2 =
			"sessionQuota.courseSessionId = ?";

	private FinderPath _finderPathFetchByCS_O;
	private FinderPath _finderPathCountByCS_O;

	/**
	 * Returns the session quota where courseSessionId = &#63; and organizationId = &#63; or throws a <code>NoSuchSessionQuotaException</code> if it could not be found.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	@Override
	public SessionQuota findByCS_O(long courseSessionId, long organizationId)
		throws NoSuchSessionQuotaException {

		SessionQuota sessionQuota = fetchByCS_O(
			courseSessionId, organizationId);

		if (sessionQuota == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("courseSessionId=");
			sb.append(courseSessionId);

			sb.append(", organizationId=");
			sb.append(organizationId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchSessionQuotaException(sb.toString());
		}

		return sessionQuota;
	}

	/**
	 * Returns the session quota where courseSessionId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	@Override
	public SessionQuota fetchByCS_O(long courseSessionId, long organizationId) {
		return fetchByCS_O(courseSessionId, organizationId, true);
	}

	/**
	 * Returns the session quota where courseSessionId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	@Override
	public SessionQuota fetchByCS_O(
		long courseSessionId, long organizationId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {courseSessionId, organizationId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByCS_O, finderArgs, this);
		}

		if (result instanceof SessionQuota) {
			SessionQuota sessionQuota = (SessionQuota)result;

			if ((courseSessionId != sessionQuota.getCourseSessionId()) ||
				(organizationId != sessionQuota.getOrganizationId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_SESSIONQUOTA_WHERE);

			sb.append(_FINDER_COLUMN_CS_O_COURSESESSIONID_2);

			sb.append(_FINDER_COLUMN_CS_O_ORGANIZATIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				queryPos.add(organizationId);

				List<SessionQuota> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByCS_O, finderArgs, list);
					}
				}
				else {
					SessionQuota sessionQuota = list.get(0);

					result = sessionQuota;

					cacheResult(sessionQuota);
				}
			}
			catch (Exception exception) {
				throw processException(exception);
			}
			finally {
				closeSession(session);
			}
		}

		if (result instanceof List<?>) {
			return null;
		}
		else {
			return (SessionQuota)result;
		}
	}

	/**
	 * Removes the session quota where courseSessionId = &#63; and organizationId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the session quota that was removed
	 */
	@Override
	public SessionQuota removeByCS_O(long courseSessionId, long organizationId)
		throws NoSuchSessionQuotaException {

		SessionQuota sessionQuota = findByCS_O(courseSessionId, organizationId);

		return remove(sessionQuota);
	}

	/**
	 * Returns the number of session quotas where courseSessionId = &#63; and organizationId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the number of matching session quotas
	 */
	@Override
	public int countByCS_O(long courseSessionId, long organizationId) {
		FinderPath finderPath = _finderPathCountByCS_O;

		Object[] finderArgs = new Object[] {courseSessionId, organizationId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SESSIONQUOTA_WHERE);

			sb.append(_FINDER_COLUMN_CS_O_COURSESESSIONID_2);

			sb.append(_FINDER_COLUMN_CS_O_ORGANIZATIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				queryPos.add(organizationId);

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

	private static final String _FINDER_COLUMN_CS_O_COURSESESSIONID_2 =
		"sessionQuota.courseSessionId = ? AND ";

	private static final String _FINDER_COLUMN_CS_O_ORGANIZATIONID_2 =
		"sessionQuota.organizationId = ?";

	private FinderPath _finderPathWithPaginationFindByR_LtRD;
	private FinderPath _finderPathWithPaginationCountByR_LtRD;

	/**
	 * Returns all the session quotas where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @return the matching session quotas
	 */
	@Override
	public List<SessionQuota> findByR_LtRD(boolean released, Date releaseDate) {
		return findByR_LtRD(
			released, releaseDate, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session quotas where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @return the range of matching session quotas
	 */
	@Override
	public List<SessionQuota> findByR_LtRD(
		boolean released, Date releaseDate, int start, int end) {

		return findByR_LtRD(released, releaseDate, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session quotas where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session quotas
	 */
	@Override
	public List<SessionQuota> findByR_LtRD(
		boolean released, Date releaseDate, int start, int end,
		OrderByComparator<SessionQuota> orderByComparator) {

		return findByR_LtRD(
			released, releaseDate, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session quotas where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session quotas
	 */
	@Override
	public List<SessionQuota> findByR_LtRD(
		boolean released, Date releaseDate, int start, int end,
		OrderByComparator<SessionQuota> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		finderPath = _finderPathWithPaginationFindByR_LtRD;
		finderArgs = new Object[] {
			released, _getTime(releaseDate), start, end, orderByComparator
		};

		List<SessionQuota> list = null;

		if (useFinderCache) {
			list = (List<SessionQuota>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionQuota sessionQuota : list) {
					if ((released != sessionQuota.isReleased()) ||
						(releaseDate.getTime() <= sessionQuota.getReleaseDate(
						).getTime())) {

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
					4 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(4);
			}

			sb.append(_SQL_SELECT_SESSIONQUOTA_WHERE);

			sb.append(_FINDER_COLUMN_R_LTRD_RELEASED_2);

			boolean bindReleaseDate = false;

			if (releaseDate == null) {
				sb.append(_FINDER_COLUMN_R_LTRD_RELEASEDATE_1);
			}
			else {
				bindReleaseDate = true;

				sb.append(_FINDER_COLUMN_R_LTRD_RELEASEDATE_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SessionQuotaModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(released);

				if (bindReleaseDate) {
					queryPos.add(new Timestamp(releaseDate.getTime()));
				}

				list = (List<SessionQuota>)QueryUtil.list(
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
	 * Returns the first session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	@Override
	public SessionQuota findByR_LtRD_First(
			boolean released, Date releaseDate,
			OrderByComparator<SessionQuota> orderByComparator)
		throws NoSuchSessionQuotaException {

		SessionQuota sessionQuota = fetchByR_LtRD_First(
			released, releaseDate, orderByComparator);

		if (sessionQuota != null) {
			return sessionQuota;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("released=");
		sb.append(released);

		sb.append(", releaseDate<");
		sb.append(releaseDate);

		sb.append("}");

		throw new NoSuchSessionQuotaException(sb.toString());
	}

	/**
	 * Returns the first session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	@Override
	public SessionQuota fetchByR_LtRD_First(
		boolean released, Date releaseDate,
		OrderByComparator<SessionQuota> orderByComparator) {

		List<SessionQuota> list = findByR_LtRD(
			released, releaseDate, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session quota
	 * @throws NoSuchSessionQuotaException if a matching session quota could not be found
	 */
	@Override
	public SessionQuota findByR_LtRD_Last(
			boolean released, Date releaseDate,
			OrderByComparator<SessionQuota> orderByComparator)
		throws NoSuchSessionQuotaException {

		SessionQuota sessionQuota = fetchByR_LtRD_Last(
			released, releaseDate, orderByComparator);

		if (sessionQuota != null) {
			return sessionQuota;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("released=");
		sb.append(released);

		sb.append(", releaseDate<");
		sb.append(releaseDate);

		sb.append("}");

		throw new NoSuchSessionQuotaException(sb.toString());
	}

	/**
	 * Returns the last session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session quota, or <code>null</code> if a matching session quota could not be found
	 */
	@Override
	public SessionQuota fetchByR_LtRD_Last(
		boolean released, Date releaseDate,
		OrderByComparator<SessionQuota> orderByComparator) {

		int count = countByR_LtRD(released, releaseDate);

		if (count == 0) {
			return null;
		}

		List<SessionQuota> list = findByR_LtRD(
			released, releaseDate, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the session quotas before and after the current session quota in the ordered set where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param sessionQuotaId the primary key of the current session quota
	 * @param released the released
	 * @param releaseDate the release date
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session quota
	 * @throws NoSuchSessionQuotaException if a session quota with the primary key could not be found
	 */
	@Override
	public SessionQuota[] findByR_LtRD_PrevAndNext(
			long sessionQuotaId, boolean released, Date releaseDate,
			OrderByComparator<SessionQuota> orderByComparator)
		throws NoSuchSessionQuotaException {

		SessionQuota sessionQuota = findByPrimaryKey(sessionQuotaId);

		Session session = null;

		try {
			session = openSession();

			SessionQuota[] array = new SessionQuotaImpl[3];

			array[0] = getByR_LtRD_PrevAndNext(
				session, sessionQuota, released, releaseDate, orderByComparator,
				true);

			array[1] = sessionQuota;

			array[2] = getByR_LtRD_PrevAndNext(
				session, sessionQuota, released, releaseDate, orderByComparator,
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

	protected SessionQuota getByR_LtRD_PrevAndNext(
		Session session, SessionQuota sessionQuota, boolean released,
		Date releaseDate, OrderByComparator<SessionQuota> orderByComparator,
		boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_SESSIONQUOTA_WHERE);

		sb.append(_FINDER_COLUMN_R_LTRD_RELEASED_2);

		boolean bindReleaseDate = false;

		if (releaseDate == null) {
			sb.append(_FINDER_COLUMN_R_LTRD_RELEASEDATE_1);
		}
		else {
			bindReleaseDate = true;

			sb.append(_FINDER_COLUMN_R_LTRD_RELEASEDATE_2);
		}

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
			sb.append(SessionQuotaModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(released);

		if (bindReleaseDate) {
			queryPos.add(new Timestamp(releaseDate.getTime()));
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(sessionQuota)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SessionQuota> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the session quotas where released = &#63; and releaseDate &lt; &#63; from the database.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 */
	@Override
	public void removeByR_LtRD(boolean released, Date releaseDate) {
		for (SessionQuota sessionQuota :
				findByR_LtRD(
					released, releaseDate, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(sessionQuota);
		}
	}

	/**
	 * Returns the number of session quotas where released = &#63; and releaseDate &lt; &#63;.
	 *
	 * @param released the released
	 * @param releaseDate the release date
	 * @return the number of matching session quotas
	 */
	@Override
	public int countByR_LtRD(boolean released, Date releaseDate) {
		FinderPath finderPath = _finderPathWithPaginationCountByR_LtRD;

		Object[] finderArgs = new Object[] {released, _getTime(releaseDate)};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SESSIONQUOTA_WHERE);

			sb.append(_FINDER_COLUMN_R_LTRD_RELEASED_2);

			boolean bindReleaseDate = false;

			if (releaseDate == null) {
				sb.append(_FINDER_COLUMN_R_LTRD_RELEASEDATE_1);
			}
			else {
				bindReleaseDate = true;

				sb.append(_FINDER_COLUMN_R_LTRD_RELEASEDATE_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(released);

				if (bindReleaseDate) {
					queryPos.add(new Timestamp(releaseDate.getTime()));
				}

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

	private static final String _FINDER_COLUMN_R_LTRD_RELEASED_2 =
		"sessionQuota.released = ? AND ";

	private static final String _FINDER_COLUMN_R_LTRD_RELEASEDATE_1 =
		"sessionQuota.releaseDate IS NULL";

	private static final String _FINDER_COLUMN_R_LTRD_RELEASEDATE_2 =
		"sessionQuota.releaseDate < ?";

	public SessionQuotaPersistenceImpl() {
		setModelClass(SessionQuota.class);

		setModelImplClass(SessionQuotaImpl.class);
		setModelPKClass(long.class);

		setTable(SessionQuotaTable.INSTANCE);
	}

	/**
	 * Caches the session quota in the entity cache if it is enabled.
	 *
	 * @param sessionQuota the session quota
	 */
	@Override
	public void cacheResult(SessionQuota sessionQuota) {
		entityCache.putResult(
			SessionQuotaImpl.class, sessionQuota.getPrimaryKey(), sessionQuota);

		finderCache.putResult(
			_finderPathFetchByCS_O,
			new Object[] {
				sessionQuota.getCourseSessionId(),
				sessionQuota.getOrganizationId()
			},
			sessionQuota);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the session quotas in the entity cache if it is enabled.
	 *
	 * @param sessionQuotas the session quotas
	 */
	@Override
	public void cacheResult(List<SessionQuota> sessionQuotas) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (sessionQuotas.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (SessionQuota sessionQuota : sessionQuotas) {
			if (entityCache.getResult(
					SessionQuotaImpl.class, sessionQuota.getPrimaryKey()) ==
						null) {

				cacheResult(sessionQuota);
			}
		}
	}

	/**
	 * Clears the cache for all session quotas.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(SessionQuotaImpl.class);

		finderCache.clearCache(SessionQuotaImpl.class);
	}

	/**
	 * Clears the cache for the session quota.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(SessionQuota sessionQuota) {
		entityCache.removeResult(SessionQuotaImpl.class, sessionQuota);
	}

	@Override
	public void clearCache(List<SessionQuota> sessionQuotas) {
		for (SessionQuota sessionQuota : sessionQuotas) {
			entityCache.removeResult(SessionQuotaImpl.class, sessionQuota);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(SessionQuotaImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(SessionQuotaImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		SessionQuotaModelImpl sessionQuotaModelImpl) {

		Object[] args = new Object[] {
			sessionQuotaModelImpl.getCourseSessionId(),
			sessionQuotaModelImpl.getOrganizationId()
		};

		finderCache.putResult(_finderPathCountByCS_O, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByCS_O, args, sessionQuotaModelImpl);
	}

	/**
	 * Creates a new session quota with the primary key. Does not add the session quota to the database.
	 *
	 * @param sessionQuotaId the primary key for the new session quota
	 * @return the new session quota
	 */
	@Override
	public SessionQuota create(long sessionQuotaId) {
		SessionQuota sessionQuota = new SessionQuotaImpl();

		sessionQuota.setNew(true);
		sessionQuota.setPrimaryKey(sessionQuotaId);

		sessionQuota.setCompanyId(CompanyThreadLocal.getCompanyId());

		return sessionQuota;
	}

	/**
	 * Removes the session quota with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param sessionQuotaId the primary key of the session quota
	 * @return the session quota that was removed
	 * @throws NoSuchSessionQuotaException if a session quota with the primary key could not be found
	 */
	@Override
	public SessionQuota remove(long sessionQuotaId)
		throws NoSuchSessionQuotaException {

		return remove((Serializable)sessionQuotaId);
	}

	/**
	 * Removes the session quota with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the session quota
	 * @return the session quota that was removed
	 * @throws NoSuchSessionQuotaException if a session quota with the primary key could not be found
	 */
	@Override
	public SessionQuota remove(Serializable primaryKey)
		throws NoSuchSessionQuotaException {

		Session session = null;

		try {
			session = openSession();

			SessionQuota sessionQuota = (SessionQuota)session.get(
				SessionQuotaImpl.class, primaryKey);

			if (sessionQuota == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchSessionQuotaException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(sessionQuota);
		}
		catch (NoSuchSessionQuotaException noSuchEntityException) {
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
	protected SessionQuota removeImpl(SessionQuota sessionQuota) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(sessionQuota)) {
				sessionQuota = (SessionQuota)session.get(
					SessionQuotaImpl.class, sessionQuota.getPrimaryKeyObj());
			}

			if (sessionQuota != null) {
				session.delete(sessionQuota);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (sessionQuota != null) {
			clearCache(sessionQuota);
		}

		return sessionQuota;
	}

	@Override
	public SessionQuota updateImpl(SessionQuota sessionQuota) {
		boolean isNew = sessionQuota.isNew();

		if (!(sessionQuota instanceof SessionQuotaModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(sessionQuota.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					sessionQuota);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in sessionQuota proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom SessionQuota implementation " +
					sessionQuota.getClass());
		}

		SessionQuotaModelImpl sessionQuotaModelImpl =
			(SessionQuotaModelImpl)sessionQuota;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (sessionQuota.getCreateDate() == null)) {
			if (serviceContext == null) {
				sessionQuota.setCreateDate(date);
			}
			else {
				sessionQuota.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!sessionQuotaModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				sessionQuota.setModifiedDate(date);
			}
			else {
				sessionQuota.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(sessionQuota);
			}
			else {
				sessionQuota = (SessionQuota)session.merge(sessionQuota);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			SessionQuotaImpl.class, sessionQuotaModelImpl, false, true);

		cacheUniqueFindersCache(sessionQuotaModelImpl);

		if (isNew) {
			sessionQuota.setNew(false);
		}

		sessionQuota.resetOriginalValues();

		return sessionQuota;
	}

	/**
	 * Returns the session quota with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the session quota
	 * @return the session quota
	 * @throws NoSuchSessionQuotaException if a session quota with the primary key could not be found
	 */
	@Override
	public SessionQuota findByPrimaryKey(Serializable primaryKey)
		throws NoSuchSessionQuotaException {

		SessionQuota sessionQuota = fetchByPrimaryKey(primaryKey);

		if (sessionQuota == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchSessionQuotaException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return sessionQuota;
	}

	/**
	 * Returns the session quota with the primary key or throws a <code>NoSuchSessionQuotaException</code> if it could not be found.
	 *
	 * @param sessionQuotaId the primary key of the session quota
	 * @return the session quota
	 * @throws NoSuchSessionQuotaException if a session quota with the primary key could not be found
	 */
	@Override
	public SessionQuota findByPrimaryKey(long sessionQuotaId)
		throws NoSuchSessionQuotaException {

		return findByPrimaryKey((Serializable)sessionQuotaId);
	}

	/**
	 * Returns the session quota with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param sessionQuotaId the primary key of the session quota
	 * @return the session quota, or <code>null</code> if a session quota with the primary key could not be found
	 */
	@Override
	public SessionQuota fetchByPrimaryKey(long sessionQuotaId) {
		return fetchByPrimaryKey((Serializable)sessionQuotaId);
	}

	/**
	 * Returns all the session quotas.
	 *
	 * @return the session quotas
	 */
	@Override
	public List<SessionQuota> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session quotas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @return the range of session quotas
	 */
	@Override
	public List<SessionQuota> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the session quotas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of session quotas
	 */
	@Override
	public List<SessionQuota> findAll(
		int start, int end, OrderByComparator<SessionQuota> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session quotas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of session quotas
	 */
	@Override
	public List<SessionQuota> findAll(
		int start, int end, OrderByComparator<SessionQuota> orderByComparator,
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

		List<SessionQuota> list = null;

		if (useFinderCache) {
			list = (List<SessionQuota>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_SESSIONQUOTA);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_SESSIONQUOTA;

				sql = sql.concat(SessionQuotaModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<SessionQuota>)QueryUtil.list(
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
	 * Removes all the session quotas from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (SessionQuota sessionQuota : findAll()) {
			remove(sessionQuota);
		}
	}

	/**
	 * Returns the number of session quotas.
	 *
	 * @return the number of session quotas
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_SESSIONQUOTA);

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
		return "sessionQuotaId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_SESSIONQUOTA;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return SessionQuotaModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the session quota persistence.
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

		_finderPathWithPaginationFindByCourseSessionId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByCourseSessionId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"courseSessionId"}, true);

		_finderPathWithoutPaginationFindByCourseSessionId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByCourseSessionId",
			new String[] {Long.class.getName()},
			new String[] {"courseSessionId"}, true);

		_finderPathCountByCourseSessionId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByCourseSessionId",
			new String[] {Long.class.getName()},
			new String[] {"courseSessionId"}, false);

		_finderPathFetchByCS_O = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByCS_O",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"courseSessionId", "organizationId"}, true);

		_finderPathCountByCS_O = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByCS_O",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"courseSessionId", "organizationId"}, false);

		_finderPathWithPaginationFindByR_LtRD = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByR_LtRD",
			new String[] {
				Boolean.class.getName(), Date.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"released", "releaseDate"}, true);

		_finderPathWithPaginationCountByR_LtRD = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "countByR_LtRD",
			new String[] {Boolean.class.getName(), Date.class.getName()},
			new String[] {"released", "releaseDate"}, false);

		SessionQuotaUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		SessionQuotaUtil.setPersistence(null);

		entityCache.removeCache(SessionQuotaImpl.class.getName());
	}

	@Override
	@Reference(
		target = LVTrainingPersistenceConstants.SERVICE_CONFIGURATION_FILTER,
		unbind = "-"
	)
	public void setConfiguration(Configuration configuration) {
	}

	@Override
	@Reference(
		target = LVTrainingPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setDataSource(DataSource dataSource) {
		super.setDataSource(dataSource);
	}

	@Override
	@Reference(
		target = LVTrainingPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setSessionFactory(SessionFactory sessionFactory) {
		super.setSessionFactory(sessionFactory);
	}

	@Reference
	protected EntityCache entityCache;

	@Reference
	protected FinderCache finderCache;

	private static Long _getTime(Date date) {
		if (date == null) {
			return null;
		}

		return date.getTime();
	}

	private static final String _SQL_SELECT_SESSIONQUOTA =
		"SELECT sessionQuota FROM SessionQuota sessionQuota";

	private static final String _SQL_SELECT_SESSIONQUOTA_WHERE =
		"SELECT sessionQuota FROM SessionQuota sessionQuota WHERE ";

	private static final String _SQL_COUNT_SESSIONQUOTA =
		"SELECT COUNT(sessionQuota) FROM SessionQuota sessionQuota";

	private static final String _SQL_COUNT_SESSIONQUOTA_WHERE =
		"SELECT COUNT(sessionQuota) FROM SessionQuota sessionQuota WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "sessionQuota.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No SessionQuota exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No SessionQuota exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		SessionQuotaPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}