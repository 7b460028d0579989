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

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.exception.NoSuchSessionAudienceException;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.model.SessionAudienceTable;
import se.livsviktig.training.model.impl.SessionAudienceImpl;
import se.livsviktig.training.model.impl.SessionAudienceModelImpl;
import se.livsviktig.training.service.persistence.SessionAudiencePersistence;
import se.livsviktig.training.service.persistence.SessionAudienceUtil;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The persistence implementation for the session audience service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = SessionAudiencePersistence.class)
public class SessionAudiencePersistenceImpl
	extends BasePersistenceImpl<SessionAudience>
	implements SessionAudiencePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>SessionAudienceUtil</code> to access the session audience persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		SessionAudienceImpl.class.getName();

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
	 * Returns all the session audiences where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching session audiences
	 */
	@Override
	public List<SessionAudience> findByCourseSessionId(long courseSessionId) {
		return findByCourseSessionId(
			courseSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session audiences where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @return the range of matching session audiences
	 */
	@Override
	public List<SessionAudience> findByCourseSessionId(
		long courseSessionId, int start, int end) {

		return findByCourseSessionId(courseSessionId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session audiences where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session audiences
	 */
	@Override
	public List<SessionAudience> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionAudience> orderByComparator) {

		return findByCourseSessionId(
			courseSessionId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session audiences where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session audiences
	 */
	@Override
	public List<SessionAudience> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionAudience> orderByComparator,
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

		List<SessionAudience> list = null;

		if (useFinderCache) {
			list = (List<SessionAudience>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionAudience sessionAudience : list) {
					if (courseSessionId !=
							sessionAudience.getCourseSessionId()) {

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

			sb.append(_SQL_SELECT_SESSIONAUDIENCE_WHERE);

			sb.append(_FINDER_COLUMN_COURSESESSIONID_COURSESESSIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SessionAudienceModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				list = (List<SessionAudience>)QueryUtil.list(
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
	 * Returns the first session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	@Override
	public SessionAudience findByCourseSessionId_First(
			long courseSessionId,
			OrderByComparator<SessionAudience> orderByComparator)
		throws NoSuchSessionAudienceException {

		SessionAudience sessionAudience = fetchByCourseSessionId_First(
			courseSessionId, orderByComparator);

		if (sessionAudience != null) {
			return sessionAudience;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append("}");

		throw new NoSuchSessionAudienceException(sb.toString());
	}

	/**
	 * Returns the first session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	@Override
	public SessionAudience fetchByCourseSessionId_First(
		long courseSessionId,
		OrderByComparator<SessionAudience> orderByComparator) {

		List<SessionAudience> list = findByCourseSessionId(
			courseSessionId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	@Override
	public SessionAudience findByCourseSessionId_Last(
			long courseSessionId,
			OrderByComparator<SessionAudience> orderByComparator)
		throws NoSuchSessionAudienceException {

		SessionAudience sessionAudience = fetchByCourseSessionId_Last(
			courseSessionId, orderByComparator);

		if (sessionAudience != null) {
			return sessionAudience;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append("}");

		throw new NoSuchSessionAudienceException(sb.toString());
	}

	/**
	 * Returns the last session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	@Override
	public SessionAudience fetchByCourseSessionId_Last(
		long courseSessionId,
		OrderByComparator<SessionAudience> orderByComparator) {

		int count = countByCourseSessionId(courseSessionId);

		if (count == 0) {
			return null;
		}

		List<SessionAudience> list = findByCourseSessionId(
			courseSessionId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the session audiences before and after the current session audience in the ordered set where courseSessionId = &#63;.
	 *
	 * @param sessionAudienceId the primary key of the current session audience
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session audience
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	@Override
	public SessionAudience[] findByCourseSessionId_PrevAndNext(
			long sessionAudienceId, long courseSessionId,
			OrderByComparator<SessionAudience> orderByComparator)
		throws NoSuchSessionAudienceException {

		SessionAudience sessionAudience = findByPrimaryKey(sessionAudienceId);

		Session session = null;

		try {
			session = openSession();

			SessionAudience[] array = new SessionAudienceImpl[3];

			array[0] = getByCourseSessionId_PrevAndNext(
				session, sessionAudience, courseSessionId, orderByComparator,
				true);

			array[1] = sessionAudience;

			array[2] = getByCourseSessionId_PrevAndNext(
				session, sessionAudience, courseSessionId, orderByComparator,
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

	protected SessionAudience getByCourseSessionId_PrevAndNext(
		Session session, SessionAudience sessionAudience, long courseSessionId,
		OrderByComparator<SessionAudience> orderByComparator,
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

		sb.append(_SQL_SELECT_SESSIONAUDIENCE_WHERE);

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
			sb.append(SessionAudienceModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(courseSessionId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						sessionAudience)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SessionAudience> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the session audiences where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	@Override
	public void removeByCourseSessionId(long courseSessionId) {
		for (SessionAudience sessionAudience :
				findByCourseSessionId(
					courseSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(sessionAudience);
		}
	}

	/**
	 * Returns the number of session audiences where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching session audiences
	 */
	@Override
	public int countByCourseSessionId(long courseSessionId) {
		FinderPath finderPath = _finderPathCountByCourseSessionId;

		Object[] finderArgs = new Object[] {courseSessionId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SESSIONAUDIENCE_WHERE);

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
			"sessionAudience.courseSessionId = ?";

	private FinderPath _finderPathFetchByCS_O;
	private FinderPath _finderPathCountByCS_O;

	/**
	 * Returns the session audience where courseSessionId = &#63; and organizationId = &#63; or throws a <code>NoSuchSessionAudienceException</code> if it could not be found.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	@Override
	public SessionAudience findByCS_O(long courseSessionId, long organizationId)
		throws NoSuchSessionAudienceException {

		SessionAudience sessionAudience = fetchByCS_O(
			courseSessionId, organizationId);

		if (sessionAudience == null) {
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

			throw new NoSuchSessionAudienceException(sb.toString());
		}

		return sessionAudience;
	}

	/**
	 * Returns the session audience where courseSessionId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	@Override
	public SessionAudience fetchByCS_O(
		long courseSessionId, long organizationId) {

		return fetchByCS_O(courseSessionId, organizationId, true);
	}

	/**
	 * Returns the session audience where courseSessionId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	@Override
	public SessionAudience fetchByCS_O(
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

		if (result instanceof SessionAudience) {
			SessionAudience sessionAudience = (SessionAudience)result;

			if ((courseSessionId != sessionAudience.getCourseSessionId()) ||
				(organizationId != sessionAudience.getOrganizationId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_SESSIONAUDIENCE_WHERE);

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

				List<SessionAudience> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByCS_O, finderArgs, list);
					}
				}
				else {
					SessionAudience sessionAudience = list.get(0);

					result = sessionAudience;

					cacheResult(sessionAudience);
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
			return (SessionAudience)result;
		}
	}

	/**
	 * Removes the session audience where courseSessionId = &#63; and organizationId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the session audience that was removed
	 */
	@Override
	public SessionAudience removeByCS_O(
			long courseSessionId, long organizationId)
		throws NoSuchSessionAudienceException {

		SessionAudience sessionAudience = findByCS_O(
			courseSessionId, organizationId);

		return remove(sessionAudience);
	}

	/**
	 * Returns the number of session audiences where courseSessionId = &#63; and organizationId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param organizationId the organization ID
	 * @return the number of matching session audiences
	 */
	@Override
	public int countByCS_O(long courseSessionId, long organizationId) {
		FinderPath finderPath = _finderPathCountByCS_O;

		Object[] finderArgs = new Object[] {courseSessionId, organizationId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SESSIONAUDIENCE_WHERE);

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
		"sessionAudience.courseSessionId = ? AND ";

	private static final String _FINDER_COLUMN_CS_O_ORGANIZATIONID_2 =
		"sessionAudience.organizationId = ?";

	private FinderPath _finderPathWithPaginationFindByOrganizationId;
	private FinderPath _finderPathWithoutPaginationFindByOrganizationId;
	private FinderPath _finderPathCountByOrganizationId;

	/**
	 * Returns all the session audiences where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the matching session audiences
	 */
	@Override
	public List<SessionAudience> findByOrganizationId(long organizationId) {
		return findByOrganizationId(
			organizationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session audiences where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @return the range of matching session audiences
	 */
	@Override
	public List<SessionAudience> findByOrganizationId(
		long organizationId, int start, int end) {

		return findByOrganizationId(organizationId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session audiences where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session audiences
	 */
	@Override
	public List<SessionAudience> findByOrganizationId(
		long organizationId, int start, int end,
		OrderByComparator<SessionAudience> orderByComparator) {

		return findByOrganizationId(
			organizationId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session audiences where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session audiences
	 */
	@Override
	public List<SessionAudience> findByOrganizationId(
		long organizationId, int start, int end,
		OrderByComparator<SessionAudience> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByOrganizationId;
				finderArgs = new Object[] {organizationId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByOrganizationId;
			finderArgs = new Object[] {
				organizationId, start, end, orderByComparator
			};
		}

		List<SessionAudience> list = null;

		if (useFinderCache) {
			list = (List<SessionAudience>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionAudience sessionAudience : list) {
					if (organizationId != sessionAudience.getOrganizationId()) {
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

			sb.append(_SQL_SELECT_SESSIONAUDIENCE_WHERE);

			sb.append(_FINDER_COLUMN_ORGANIZATIONID_ORGANIZATIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SessionAudienceModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(organizationId);

				list = (List<SessionAudience>)QueryUtil.list(
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
	 * Returns the first session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	@Override
	public SessionAudience findByOrganizationId_First(
			long organizationId,
			OrderByComparator<SessionAudience> orderByComparator)
		throws NoSuchSessionAudienceException {

		SessionAudience sessionAudience = fetchByOrganizationId_First(
			organizationId, orderByComparator);

		if (sessionAudience != null) {
			return sessionAudience;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("organizationId=");
		sb.append(organizationId);

		sb.append("}");

		throw new NoSuchSessionAudienceException(sb.toString());
	}

	/**
	 * Returns the first session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	@Override
	public SessionAudience fetchByOrganizationId_First(
		long organizationId,
		OrderByComparator<SessionAudience> orderByComparator) {

		List<SessionAudience> list = findByOrganizationId(
			organizationId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session audience
	 * @throws NoSuchSessionAudienceException if a matching session audience could not be found
	 */
	@Override
	public SessionAudience findByOrganizationId_Last(
			long organizationId,
			OrderByComparator<SessionAudience> orderByComparator)
		throws NoSuchSessionAudienceException {

		SessionAudience sessionAudience = fetchByOrganizationId_Last(
			organizationId, orderByComparator);

		if (sessionAudience != null) {
			return sessionAudience;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("organizationId=");
		sb.append(organizationId);

		sb.append("}");

		throw new NoSuchSessionAudienceException(sb.toString());
	}

	/**
	 * Returns the last session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session audience, or <code>null</code> if a matching session audience could not be found
	 */
	@Override
	public SessionAudience fetchByOrganizationId_Last(
		long organizationId,
		OrderByComparator<SessionAudience> orderByComparator) {

		int count = countByOrganizationId(organizationId);

		if (count == 0) {
			return null;
		}

		List<SessionAudience> list = findByOrganizationId(
			organizationId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the session audiences before and after the current session audience in the ordered set where organizationId = &#63;.
	 *
	 * @param sessionAudienceId the primary key of the current session audience
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session audience
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	@Override
	public SessionAudience[] findByOrganizationId_PrevAndNext(
			long sessionAudienceId, long organizationId,
			OrderByComparator<SessionAudience> orderByComparator)
		throws NoSuchSessionAudienceException {

		SessionAudience sessionAudience = findByPrimaryKey(sessionAudienceId);

		Session session = null;

		try {
			session = openSession();

			SessionAudience[] array = new SessionAudienceImpl[3];

			array[0] = getByOrganizationId_PrevAndNext(
				session, sessionAudience, organizationId, orderByComparator,
				true);

			array[1] = sessionAudience;

			array[2] = getByOrganizationId_PrevAndNext(
				session, sessionAudience, organizationId, orderByComparator,
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

	protected SessionAudience getByOrganizationId_PrevAndNext(
		Session session, SessionAudience sessionAudience, long organizationId,
		OrderByComparator<SessionAudience> orderByComparator,
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

		sb.append(_SQL_SELECT_SESSIONAUDIENCE_WHERE);

		sb.append(_FINDER_COLUMN_ORGANIZATIONID_ORGANIZATIONID_2);

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
			sb.append(SessionAudienceModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(organizationId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						sessionAudience)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SessionAudience> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the session audiences where organizationId = &#63; from the database.
	 *
	 * @param organizationId the organization ID
	 */
	@Override
	public void removeByOrganizationId(long organizationId) {
		for (SessionAudience sessionAudience :
				findByOrganizationId(
					organizationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(sessionAudience);
		}
	}

	/**
	 * Returns the number of session audiences where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the number of matching session audiences
	 */
	@Override
	public int countByOrganizationId(long organizationId) {
		FinderPath finderPath = _finderPathCountByOrganizationId;

		Object[] finderArgs = new Object[] {organizationId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SESSIONAUDIENCE_WHERE);

			sb.append(_FINDER_COLUMN_ORGANIZATIONID_ORGANIZATIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

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

	private static final String _FINDER_COLUMN_ORGANIZATIONID_ORGANIZATIONID_2 =
		"sessionAudience.organizationId = ?";

	public SessionAudiencePersistenceImpl() {
		setModelClass(SessionAudience.class);

		setModelImplClass(SessionAudienceImpl.class);
		setModelPKClass(long.class);

		setTable(SessionAudienceTable.INSTANCE);
	}

	/**
	 * Caches the session audience in the entity cache if it is enabled.
	 *
	 * @param sessionAudience the session audience
	 */
	@Override
	public void cacheResult(SessionAudience sessionAudience) {
		entityCache.putResult(
			SessionAudienceImpl.class, sessionAudience.getPrimaryKey(),
			sessionAudience);

		finderCache.putResult(
			_finderPathFetchByCS_O,
			new Object[] {
				sessionAudience.getCourseSessionId(),
				sessionAudience.getOrganizationId()
			},
			sessionAudience);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the session audiences in the entity cache if it is enabled.
	 *
	 * @param sessionAudiences the session audiences
	 */
	@Override
	public void cacheResult(List<SessionAudience> sessionAudiences) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (sessionAudiences.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (SessionAudience sessionAudience : sessionAudiences) {
			if (entityCache.getResult(
					SessionAudienceImpl.class,
					sessionAudience.getPrimaryKey()) == null) {

				cacheResult(sessionAudience);
			}
		}
	}

	/**
	 * Clears the cache for all session audiences.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(SessionAudienceImpl.class);

		finderCache.clearCache(SessionAudienceImpl.class);
	}

	/**
	 * Clears the cache for the session audience.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(SessionAudience sessionAudience) {
		entityCache.removeResult(SessionAudienceImpl.class, sessionAudience);
	}

	@Override
	public void clearCache(List<SessionAudience> sessionAudiences) {
		for (SessionAudience sessionAudience : sessionAudiences) {
			entityCache.removeResult(
				SessionAudienceImpl.class, sessionAudience);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(SessionAudienceImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(SessionAudienceImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		SessionAudienceModelImpl sessionAudienceModelImpl) {

		Object[] args = new Object[] {
			sessionAudienceModelImpl.getCourseSessionId(),
			sessionAudienceModelImpl.getOrganizationId()
		};

		finderCache.putResult(_finderPathCountByCS_O, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByCS_O, args, sessionAudienceModelImpl);
	}

	/**
	 * Creates a new session audience with the primary key. Does not add the session audience to the database.
	 *
	 * @param sessionAudienceId the primary key for the new session audience
	 * @return the new session audience
	 */
	@Override
	public SessionAudience create(long sessionAudienceId) {
		SessionAudience sessionAudience = new SessionAudienceImpl();

		sessionAudience.setNew(true);
		sessionAudience.setPrimaryKey(sessionAudienceId);

		sessionAudience.setCompanyId(CompanyThreadLocal.getCompanyId());

		return sessionAudience;
	}

	/**
	 * Removes the session audience with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param sessionAudienceId the primary key of the session audience
	 * @return the session audience that was removed
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	@Override
	public SessionAudience remove(long sessionAudienceId)
		throws NoSuchSessionAudienceException {

		return remove((Serializable)sessionAudienceId);
	}

	/**
	 * Removes the session audience with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the session audience
	 * @return the session audience that was removed
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	@Override
	public SessionAudience remove(Serializable primaryKey)
		throws NoSuchSessionAudienceException {

		Session session = null;

		try {
			session = openSession();

			SessionAudience sessionAudience = (SessionAudience)session.get(
				SessionAudienceImpl.class, primaryKey);

			if (sessionAudience == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchSessionAudienceException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(sessionAudience);
		}
		catch (NoSuchSessionAudienceException noSuchEntityException) {
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
	protected SessionAudience removeImpl(SessionAudience sessionAudience) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(sessionAudience)) {
				sessionAudience = (SessionAudience)session.get(
					SessionAudienceImpl.class,
					sessionAudience.getPrimaryKeyObj());
			}

			if (sessionAudience != null) {
				session.delete(sessionAudience);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (sessionAudience != null) {
			clearCache(sessionAudience);
		}

		return sessionAudience;
	}

	@Override
	public SessionAudience updateImpl(SessionAudience sessionAudience) {
		boolean isNew = sessionAudience.isNew();

		if (!(sessionAudience instanceof SessionAudienceModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(sessionAudience.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					sessionAudience);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in sessionAudience proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom SessionAudience implementation " +
					sessionAudience.getClass());
		}

		SessionAudienceModelImpl sessionAudienceModelImpl =
			(SessionAudienceModelImpl)sessionAudience;

		if (isNew && (sessionAudience.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				sessionAudience.setCreateDate(date);
			}
			else {
				sessionAudience.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(sessionAudience);
			}
			else {
				sessionAudience = (SessionAudience)session.merge(
					sessionAudience);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			SessionAudienceImpl.class, sessionAudienceModelImpl, false, true);

		cacheUniqueFindersCache(sessionAudienceModelImpl);

		if (isNew) {
			sessionAudience.setNew(false);
		}

		sessionAudience.resetOriginalValues();

		return sessionAudience;
	}

	/**
	 * Returns the session audience with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the session audience
	 * @return the session audience
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	@Override
	public SessionAudience findByPrimaryKey(Serializable primaryKey)
		throws NoSuchSessionAudienceException {

		SessionAudience sessionAudience = fetchByPrimaryKey(primaryKey);

		if (sessionAudience == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchSessionAudienceException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return sessionAudience;
	}

	/**
	 * Returns the session audience with the primary key or throws a <code>NoSuchSessionAudienceException</code> if it could not be found.
	 *
	 * @param sessionAudienceId the primary key of the session audience
	 * @return the session audience
	 * @throws NoSuchSessionAudienceException if a session audience with the primary key could not be found
	 */
	@Override
	public SessionAudience findByPrimaryKey(long sessionAudienceId)
		throws NoSuchSessionAudienceException {

		return findByPrimaryKey((Serializable)sessionAudienceId);
	}

	/**
	 * Returns the session audience with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param sessionAudienceId the primary key of the session audience
	 * @return the session audience, or <code>null</code> if a session audience with the primary key could not be found
	 */
	@Override
	public SessionAudience fetchByPrimaryKey(long sessionAudienceId) {
		return fetchByPrimaryKey((Serializable)sessionAudienceId);
	}

	/**
	 * Returns all the session audiences.
	 *
	 * @return the session audiences
	 */
	@Override
	public List<SessionAudience> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session audiences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @return the range of session audiences
	 */
	@Override
	public List<SessionAudience> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the session audiences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of session audiences
	 */
	@Override
	public List<SessionAudience> findAll(
		int start, int end,
		OrderByComparator<SessionAudience> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session audiences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of session audiences
	 */
	@Override
	public List<SessionAudience> findAll(
		int start, int end,
		OrderByComparator<SessionAudience> orderByComparator,
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

		List<SessionAudience> list = null;

		if (useFinderCache) {
			list = (List<SessionAudience>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_SESSIONAUDIENCE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_SESSIONAUDIENCE;

				sql = sql.concat(SessionAudienceModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<SessionAudience>)QueryUtil.list(
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
	 * Removes all the session audiences from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (SessionAudience sessionAudience : findAll()) {
			remove(sessionAudience);
		}
	}

	/**
	 * Returns the number of session audiences.
	 *
	 * @return the number of session audiences
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_SESSIONAUDIENCE);

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
		return "sessionAudienceId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_SESSIONAUDIENCE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return SessionAudienceModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the session audience persistence.
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

		_finderPathWithPaginationFindByOrganizationId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByOrganizationId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"organizationId"}, true);

		_finderPathWithoutPaginationFindByOrganizationId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByOrganizationId",
			new String[] {Long.class.getName()},
			new String[] {"organizationId"}, true);

		_finderPathCountByOrganizationId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByOrganizationId",
			new String[] {Long.class.getName()},
			new String[] {"organizationId"}, false);

		SessionAudienceUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		SessionAudienceUtil.setPersistence(null);

		entityCache.removeCache(SessionAudienceImpl.class.getName());
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

	private static final String _SQL_SELECT_SESSIONAUDIENCE =
		"SELECT sessionAudience FROM SessionAudience sessionAudience";

	private static final String _SQL_SELECT_SESSIONAUDIENCE_WHERE =
		"SELECT sessionAudience FROM SessionAudience sessionAudience WHERE ";

	private static final String _SQL_COUNT_SESSIONAUDIENCE =
		"SELECT COUNT(sessionAudience) FROM SessionAudience sessionAudience";

	private static final String _SQL_COUNT_SESSIONAUDIENCE_WHERE =
		"SELECT COUNT(sessionAudience) FROM SessionAudience sessionAudience WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "sessionAudience.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No SessionAudience exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No SessionAudience exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		SessionAudiencePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}