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
import com.liferay.portal.kernel.util.SetUtil;
import com.liferay.portal.kernel.util.StringUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.uuid.PortalUUIDUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.exception.NoSuchSessionDateException;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionDateTable;
import se.livsviktig.training.model.impl.SessionDateImpl;
import se.livsviktig.training.model.impl.SessionDateModelImpl;
import se.livsviktig.training.service.persistence.SessionDatePersistence;
import se.livsviktig.training.service.persistence.SessionDateUtil;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The persistence implementation for the session date service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = SessionDatePersistence.class)
public class SessionDatePersistenceImpl
	extends BasePersistenceImpl<SessionDate> implements SessionDatePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>SessionDateUtil</code> to access the session date persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		SessionDateImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByUuid;
	private FinderPath _finderPathWithoutPaginationFindByUuid;
	private FinderPath _finderPathCountByUuid;

	/**
	 * Returns all the session dates where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching session dates
	 */
	@Override
	public List<SessionDate> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session dates where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @return the range of matching session dates
	 */
	@Override
	public List<SessionDate> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session dates where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session dates
	 */
	@Override
	public List<SessionDate> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SessionDate> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session dates where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session dates
	 */
	@Override
	public List<SessionDate> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SessionDate> orderByComparator,
		boolean useFinderCache) {

		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByUuid;
				finderArgs = new Object[] {uuid};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByUuid;
			finderArgs = new Object[] {uuid, start, end, orderByComparator};
		}

		List<SessionDate> list = null;

		if (useFinderCache) {
			list = (List<SessionDate>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionDate sessionDate : list) {
					if (!uuid.equals(sessionDate.getUuid())) {
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

			sb.append(_SQL_SELECT_SESSIONDATE_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_UUID_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SessionDateModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				list = (List<SessionDate>)QueryUtil.list(
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
	 * Returns the first session date in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	@Override
	public SessionDate findByUuid_First(
			String uuid, OrderByComparator<SessionDate> orderByComparator)
		throws NoSuchSessionDateException {

		SessionDate sessionDate = fetchByUuid_First(uuid, orderByComparator);

		if (sessionDate != null) {
			return sessionDate;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchSessionDateException(sb.toString());
	}

	/**
	 * Returns the first session date in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date, or <code>null</code> if a matching session date could not be found
	 */
	@Override
	public SessionDate fetchByUuid_First(
		String uuid, OrderByComparator<SessionDate> orderByComparator) {

		List<SessionDate> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last session date in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	@Override
	public SessionDate findByUuid_Last(
			String uuid, OrderByComparator<SessionDate> orderByComparator)
		throws NoSuchSessionDateException {

		SessionDate sessionDate = fetchByUuid_Last(uuid, orderByComparator);

		if (sessionDate != null) {
			return sessionDate;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchSessionDateException(sb.toString());
	}

	/**
	 * Returns the last session date in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date, or <code>null</code> if a matching session date could not be found
	 */
	@Override
	public SessionDate fetchByUuid_Last(
		String uuid, OrderByComparator<SessionDate> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<SessionDate> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the session dates before and after the current session date in the ordered set where uuid = &#63;.
	 *
	 * @param sessionDateId the primary key of the current session date
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session date
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	@Override
	public SessionDate[] findByUuid_PrevAndNext(
			long sessionDateId, String uuid,
			OrderByComparator<SessionDate> orderByComparator)
		throws NoSuchSessionDateException {

		uuid = Objects.toString(uuid, "");

		SessionDate sessionDate = findByPrimaryKey(sessionDateId);

		Session session = null;

		try {
			session = openSession();

			SessionDate[] array = new SessionDateImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, sessionDate, uuid, orderByComparator, true);

			array[1] = sessionDate;

			array[2] = getByUuid_PrevAndNext(
				session, sessionDate, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected SessionDate getByUuid_PrevAndNext(
		Session session, SessionDate sessionDate, String uuid,
		OrderByComparator<SessionDate> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_SESSIONDATE_WHERE);

		boolean bindUuid = false;

		if (uuid.isEmpty()) {
			sb.append(_FINDER_COLUMN_UUID_UUID_3);
		}
		else {
			bindUuid = true;

			sb.append(_FINDER_COLUMN_UUID_UUID_2);
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
			sb.append(SessionDateModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		if (bindUuid) {
			queryPos.add(uuid);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(sessionDate)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SessionDate> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the session dates where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (SessionDate sessionDate :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(sessionDate);
		}
	}

	/**
	 * Returns the number of session dates where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching session dates
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SESSIONDATE_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_UUID_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
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

	private static final String _FINDER_COLUMN_UUID_UUID_2 =
		"sessionDate.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(sessionDate.uuid IS NULL OR sessionDate.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;
	private FinderPath _finderPathCountByUUID_G;

	/**
	 * Returns the session date where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSessionDateException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	@Override
	public SessionDate findByUUID_G(String uuid, long groupId)
		throws NoSuchSessionDateException {

		SessionDate sessionDate = fetchByUUID_G(uuid, groupId);

		if (sessionDate == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("uuid=");
			sb.append(uuid);

			sb.append(", groupId=");
			sb.append(groupId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchSessionDateException(sb.toString());
		}

		return sessionDate;
	}

	/**
	 * Returns the session date where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching session date, or <code>null</code> if a matching session date could not be found
	 */
	@Override
	public SessionDate fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the session date where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session date, or <code>null</code> if a matching session date could not be found
	 */
	@Override
	public SessionDate fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		uuid = Objects.toString(uuid, "");

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {uuid, groupId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByUUID_G, finderArgs, this);
		}

		if (result instanceof SessionDate) {
			SessionDate sessionDate = (SessionDate)result;

			if (!Objects.equals(uuid, sessionDate.getUuid()) ||
				(groupId != sessionDate.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_SESSIONDATE_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_G_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_G_UUID_2);
			}

			sb.append(_FINDER_COLUMN_UUID_G_GROUPID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				queryPos.add(groupId);

				List<SessionDate> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					SessionDate sessionDate = list.get(0);

					result = sessionDate;

					cacheResult(sessionDate);
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
			return (SessionDate)result;
		}
	}

	/**
	 * Removes the session date where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the session date that was removed
	 */
	@Override
	public SessionDate removeByUUID_G(String uuid, long groupId)
		throws NoSuchSessionDateException {

		SessionDate sessionDate = findByUUID_G(uuid, groupId);

		return remove(sessionDate);
	}

	/**
	 * Returns the number of session dates where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching session dates
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUUID_G;

		Object[] finderArgs = new Object[] {uuid, groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SESSIONDATE_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_G_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_G_UUID_2);
			}

			sb.append(_FINDER_COLUMN_UUID_G_GROUPID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

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

	private static final String _FINDER_COLUMN_UUID_G_UUID_2 =
		"sessionDate.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(sessionDate.uuid IS NULL OR sessionDate.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"sessionDate.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the session dates where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching session dates
	 */
	@Override
	public List<SessionDate> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session dates where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @return the range of matching session dates
	 */
	@Override
	public List<SessionDate> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session dates where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session dates
	 */
	@Override
	public List<SessionDate> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SessionDate> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session dates where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session dates
	 */
	@Override
	public List<SessionDate> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SessionDate> orderByComparator,
		boolean useFinderCache) {

		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByUuid_C;
				finderArgs = new Object[] {uuid, companyId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByUuid_C;
			finderArgs = new Object[] {
				uuid, companyId, start, end, orderByComparator
			};
		}

		List<SessionDate> list = null;

		if (useFinderCache) {
			list = (List<SessionDate>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionDate sessionDate : list) {
					if (!uuid.equals(sessionDate.getUuid()) ||
						(companyId != sessionDate.getCompanyId())) {

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

			sb.append(_SQL_SELECT_SESSIONDATE_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_C_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_C_UUID_2);
			}

			sb.append(_FINDER_COLUMN_UUID_C_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SessionDateModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				queryPos.add(companyId);

				list = (List<SessionDate>)QueryUtil.list(
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
	 * Returns the first session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	@Override
	public SessionDate findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<SessionDate> orderByComparator)
		throws NoSuchSessionDateException {

		SessionDate sessionDate = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (sessionDate != null) {
			return sessionDate;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchSessionDateException(sb.toString());
	}

	/**
	 * Returns the first session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date, or <code>null</code> if a matching session date could not be found
	 */
	@Override
	public SessionDate fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<SessionDate> orderByComparator) {

		List<SessionDate> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	@Override
	public SessionDate findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<SessionDate> orderByComparator)
		throws NoSuchSessionDateException {

		SessionDate sessionDate = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (sessionDate != null) {
			return sessionDate;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchSessionDateException(sb.toString());
	}

	/**
	 * Returns the last session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date, or <code>null</code> if a matching session date could not be found
	 */
	@Override
	public SessionDate fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<SessionDate> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<SessionDate> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the session dates before and after the current session date in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param sessionDateId the primary key of the current session date
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session date
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	@Override
	public SessionDate[] findByUuid_C_PrevAndNext(
			long sessionDateId, String uuid, long companyId,
			OrderByComparator<SessionDate> orderByComparator)
		throws NoSuchSessionDateException {

		uuid = Objects.toString(uuid, "");

		SessionDate sessionDate = findByPrimaryKey(sessionDateId);

		Session session = null;

		try {
			session = openSession();

			SessionDate[] array = new SessionDateImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, sessionDate, uuid, companyId, orderByComparator, true);

			array[1] = sessionDate;

			array[2] = getByUuid_C_PrevAndNext(
				session, sessionDate, uuid, companyId, orderByComparator,
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

	protected SessionDate getByUuid_C_PrevAndNext(
		Session session, SessionDate sessionDate, String uuid, long companyId,
		OrderByComparator<SessionDate> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_SESSIONDATE_WHERE);

		boolean bindUuid = false;

		if (uuid.isEmpty()) {
			sb.append(_FINDER_COLUMN_UUID_C_UUID_3);
		}
		else {
			bindUuid = true;

			sb.append(_FINDER_COLUMN_UUID_C_UUID_2);
		}

		sb.append(_FINDER_COLUMN_UUID_C_COMPANYID_2);

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
			sb.append(SessionDateModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		if (bindUuid) {
			queryPos.add(uuid);
		}

		queryPos.add(companyId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(sessionDate)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SessionDate> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the session dates where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (SessionDate sessionDate :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(sessionDate);
		}
	}

	/**
	 * Returns the number of session dates where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching session dates
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SESSIONDATE_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_C_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_C_UUID_2);
			}

			sb.append(_FINDER_COLUMN_UUID_C_COMPANYID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				queryPos.add(companyId);

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

	private static final String _FINDER_COLUMN_UUID_C_UUID_2 =
		"sessionDate.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(sessionDate.uuid IS NULL OR sessionDate.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"sessionDate.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByCourseSessionId;
	private FinderPath _finderPathWithoutPaginationFindByCourseSessionId;
	private FinderPath _finderPathCountByCourseSessionId;

	/**
	 * Returns all the session dates where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching session dates
	 */
	@Override
	public List<SessionDate> findByCourseSessionId(long courseSessionId) {
		return findByCourseSessionId(
			courseSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session dates where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @return the range of matching session dates
	 */
	@Override
	public List<SessionDate> findByCourseSessionId(
		long courseSessionId, int start, int end) {

		return findByCourseSessionId(courseSessionId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session dates where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session dates
	 */
	@Override
	public List<SessionDate> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionDate> orderByComparator) {

		return findByCourseSessionId(
			courseSessionId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session dates where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session dates
	 */
	@Override
	public List<SessionDate> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionDate> orderByComparator,
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

		List<SessionDate> list = null;

		if (useFinderCache) {
			list = (List<SessionDate>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionDate sessionDate : list) {
					if (courseSessionId != sessionDate.getCourseSessionId()) {
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

			sb.append(_SQL_SELECT_SESSIONDATE_WHERE);

			sb.append(_FINDER_COLUMN_COURSESESSIONID_COURSESESSIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SessionDateModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				list = (List<SessionDate>)QueryUtil.list(
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
	 * Returns the first session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	@Override
	public SessionDate findByCourseSessionId_First(
			long courseSessionId,
			OrderByComparator<SessionDate> orderByComparator)
		throws NoSuchSessionDateException {

		SessionDate sessionDate = fetchByCourseSessionId_First(
			courseSessionId, orderByComparator);

		if (sessionDate != null) {
			return sessionDate;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append("}");

		throw new NoSuchSessionDateException(sb.toString());
	}

	/**
	 * Returns the first session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session date, or <code>null</code> if a matching session date could not be found
	 */
	@Override
	public SessionDate fetchByCourseSessionId_First(
		long courseSessionId,
		OrderByComparator<SessionDate> orderByComparator) {

		List<SessionDate> list = findByCourseSessionId(
			courseSessionId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	@Override
	public SessionDate findByCourseSessionId_Last(
			long courseSessionId,
			OrderByComparator<SessionDate> orderByComparator)
		throws NoSuchSessionDateException {

		SessionDate sessionDate = fetchByCourseSessionId_Last(
			courseSessionId, orderByComparator);

		if (sessionDate != null) {
			return sessionDate;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append("}");

		throw new NoSuchSessionDateException(sb.toString());
	}

	/**
	 * Returns the last session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session date, or <code>null</code> if a matching session date could not be found
	 */
	@Override
	public SessionDate fetchByCourseSessionId_Last(
		long courseSessionId,
		OrderByComparator<SessionDate> orderByComparator) {

		int count = countByCourseSessionId(courseSessionId);

		if (count == 0) {
			return null;
		}

		List<SessionDate> list = findByCourseSessionId(
			courseSessionId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the session dates before and after the current session date in the ordered set where courseSessionId = &#63;.
	 *
	 * @param sessionDateId the primary key of the current session date
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session date
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	@Override
	public SessionDate[] findByCourseSessionId_PrevAndNext(
			long sessionDateId, long courseSessionId,
			OrderByComparator<SessionDate> orderByComparator)
		throws NoSuchSessionDateException {

		SessionDate sessionDate = findByPrimaryKey(sessionDateId);

		Session session = null;

		try {
			session = openSession();

			SessionDate[] array = new SessionDateImpl[3];

			array[0] = getByCourseSessionId_PrevAndNext(
				session, sessionDate, courseSessionId, orderByComparator, true);

			array[1] = sessionDate;

			array[2] = getByCourseSessionId_PrevAndNext(
				session, sessionDate, courseSessionId, orderByComparator,
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

	protected SessionDate getByCourseSessionId_PrevAndNext(
		Session session, SessionDate sessionDate, long courseSessionId,
		OrderByComparator<SessionDate> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_SESSIONDATE_WHERE);

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
			sb.append(SessionDateModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(courseSessionId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(sessionDate)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SessionDate> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the session dates where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	@Override
	public void removeByCourseSessionId(long courseSessionId) {
		for (SessionDate sessionDate :
				findByCourseSessionId(
					courseSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(sessionDate);
		}
	}

	/**
	 * Returns the number of session dates where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching session dates
	 */
	@Override
	public int countByCourseSessionId(long courseSessionId) {
		FinderPath finderPath = _finderPathCountByCourseSessionId;

		Object[] finderArgs = new Object[] {courseSessionId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SESSIONDATE_WHERE);

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
			"sessionDate.courseSessionId = ?";

	private FinderPath _finderPathFetchByCS_CIC;
	private FinderPath _finderPathCountByCS_CIC;

	/**
	 * Returns the session date where courseSessionId = &#63; and checkInCode = &#63; or throws a <code>NoSuchSessionDateException</code> if it could not be found.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @return the matching session date
	 * @throws NoSuchSessionDateException if a matching session date could not be found
	 */
	@Override
	public SessionDate findByCS_CIC(long courseSessionId, String checkInCode)
		throws NoSuchSessionDateException {

		SessionDate sessionDate = fetchByCS_CIC(courseSessionId, checkInCode);

		if (sessionDate == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("courseSessionId=");
			sb.append(courseSessionId);

			sb.append(", checkInCode=");
			sb.append(checkInCode);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchSessionDateException(sb.toString());
		}

		return sessionDate;
	}

	/**
	 * Returns the session date where courseSessionId = &#63; and checkInCode = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @return the matching session date, or <code>null</code> if a matching session date could not be found
	 */
	@Override
	public SessionDate fetchByCS_CIC(long courseSessionId, String checkInCode) {
		return fetchByCS_CIC(courseSessionId, checkInCode, true);
	}

	/**
	 * Returns the session date where courseSessionId = &#63; and checkInCode = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session date, or <code>null</code> if a matching session date could not be found
	 */
	@Override
	public SessionDate fetchByCS_CIC(
		long courseSessionId, String checkInCode, boolean useFinderCache) {

		checkInCode = Objects.toString(checkInCode, "");

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {courseSessionId, checkInCode};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByCS_CIC, finderArgs, this);
		}

		if (result instanceof SessionDate) {
			SessionDate sessionDate = (SessionDate)result;

			if ((courseSessionId != sessionDate.getCourseSessionId()) ||
				!Objects.equals(checkInCode, sessionDate.getCheckInCode())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_SESSIONDATE_WHERE);

			sb.append(_FINDER_COLUMN_CS_CIC_COURSESESSIONID_2);

			boolean bindCheckInCode = false;

			if (checkInCode.isEmpty()) {
				sb.append(_FINDER_COLUMN_CS_CIC_CHECKINCODE_3);
			}
			else {
				bindCheckInCode = true;

				sb.append(_FINDER_COLUMN_CS_CIC_CHECKINCODE_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				if (bindCheckInCode) {
					queryPos.add(checkInCode);
				}

				List<SessionDate> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByCS_CIC, finderArgs, list);
					}
				}
				else {
					if (list.size() > 1) {
						Collections.sort(list, Collections.reverseOrder());

						if (_log.isWarnEnabled()) {
							if (!useFinderCache) {
								finderArgs = new Object[] {
									courseSessionId, checkInCode
								};
							}

							_log.warn(
								"SessionDatePersistenceImpl.fetchByCS_CIC(long, String, boolean) with parameters (" +
									StringUtil.merge(finderArgs) +
										") yields a result set with more than 1 result. This violates the logical unique restriction. There is no order guarantee on which result is returned by this finder.");
						}
					}

					SessionDate sessionDate = list.get(0);

					result = sessionDate;

					cacheResult(sessionDate);
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
			return (SessionDate)result;
		}
	}

	/**
	 * Removes the session date where courseSessionId = &#63; and checkInCode = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @return the session date that was removed
	 */
	@Override
	public SessionDate removeByCS_CIC(long courseSessionId, String checkInCode)
		throws NoSuchSessionDateException {

		SessionDate sessionDate = findByCS_CIC(courseSessionId, checkInCode);

		return remove(sessionDate);
	}

	/**
	 * Returns the number of session dates where courseSessionId = &#63; and checkInCode = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param checkInCode the check in code
	 * @return the number of matching session dates
	 */
	@Override
	public int countByCS_CIC(long courseSessionId, String checkInCode) {
		checkInCode = Objects.toString(checkInCode, "");

		FinderPath finderPath = _finderPathCountByCS_CIC;

		Object[] finderArgs = new Object[] {courseSessionId, checkInCode};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SESSIONDATE_WHERE);

			sb.append(_FINDER_COLUMN_CS_CIC_COURSESESSIONID_2);

			boolean bindCheckInCode = false;

			if (checkInCode.isEmpty()) {
				sb.append(_FINDER_COLUMN_CS_CIC_CHECKINCODE_3);
			}
			else {
				bindCheckInCode = true;

				sb.append(_FINDER_COLUMN_CS_CIC_CHECKINCODE_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				if (bindCheckInCode) {
					queryPos.add(checkInCode);
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

	private static final String _FINDER_COLUMN_CS_CIC_COURSESESSIONID_2 =
		"sessionDate.courseSessionId = ? AND ";

	private static final String _FINDER_COLUMN_CS_CIC_CHECKINCODE_2 =
		"sessionDate.checkInCode = ?";

	private static final String _FINDER_COLUMN_CS_CIC_CHECKINCODE_3 =
		"(sessionDate.checkInCode IS NULL OR sessionDate.checkInCode = '')";

	public SessionDatePersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(SessionDate.class);

		setModelImplClass(SessionDateImpl.class);
		setModelPKClass(long.class);

		setTable(SessionDateTable.INSTANCE);
	}

	/**
	 * Caches the session date in the entity cache if it is enabled.
	 *
	 * @param sessionDate the session date
	 */
	@Override
	public void cacheResult(SessionDate sessionDate) {
		entityCache.putResult(
			SessionDateImpl.class, sessionDate.getPrimaryKey(), sessionDate);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {sessionDate.getUuid(), sessionDate.getGroupId()},
			sessionDate);

		finderCache.putResult(
			_finderPathFetchByCS_CIC,
			new Object[] {
				sessionDate.getCourseSessionId(), sessionDate.getCheckInCode()
			},
			sessionDate);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the session dates in the entity cache if it is enabled.
	 *
	 * @param sessionDates the session dates
	 */
	@Override
	public void cacheResult(List<SessionDate> sessionDates) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (sessionDates.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (SessionDate sessionDate : sessionDates) {
			if (entityCache.getResult(
					SessionDateImpl.class, sessionDate.getPrimaryKey()) ==
						null) {

				cacheResult(sessionDate);
			}
		}
	}

	/**
	 * Clears the cache for all session dates.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(SessionDateImpl.class);

		finderCache.clearCache(SessionDateImpl.class);
	}

	/**
	 * Clears the cache for the session date.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(SessionDate sessionDate) {
		entityCache.removeResult(SessionDateImpl.class, sessionDate);
	}

	@Override
	public void clearCache(List<SessionDate> sessionDates) {
		for (SessionDate sessionDate : sessionDates) {
			entityCache.removeResult(SessionDateImpl.class, sessionDate);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(SessionDateImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(SessionDateImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		SessionDateModelImpl sessionDateModelImpl) {

		Object[] args = new Object[] {
			sessionDateModelImpl.getUuid(), sessionDateModelImpl.getGroupId()
		};

		finderCache.putResult(_finderPathCountByUUID_G, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByUUID_G, args, sessionDateModelImpl);

		args = new Object[] {
			sessionDateModelImpl.getCourseSessionId(),
			sessionDateModelImpl.getCheckInCode()
		};

		finderCache.putResult(_finderPathCountByCS_CIC, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByCS_CIC, args, sessionDateModelImpl);
	}

	/**
	 * Creates a new session date with the primary key. Does not add the session date to the database.
	 *
	 * @param sessionDateId the primary key for the new session date
	 * @return the new session date
	 */
	@Override
	public SessionDate create(long sessionDateId) {
		SessionDate sessionDate = new SessionDateImpl();

		sessionDate.setNew(true);
		sessionDate.setPrimaryKey(sessionDateId);

		String uuid = PortalUUIDUtil.generate();

		sessionDate.setUuid(uuid);

		sessionDate.setCompanyId(CompanyThreadLocal.getCompanyId());

		return sessionDate;
	}

	/**
	 * Removes the session date with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param sessionDateId the primary key of the session date
	 * @return the session date that was removed
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	@Override
	public SessionDate remove(long sessionDateId)
		throws NoSuchSessionDateException {

		return remove((Serializable)sessionDateId);
	}

	/**
	 * Removes the session date with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the session date
	 * @return the session date that was removed
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	@Override
	public SessionDate remove(Serializable primaryKey)
		throws NoSuchSessionDateException {

		Session session = null;

		try {
			session = openSession();

			SessionDate sessionDate = (SessionDate)session.get(
				SessionDateImpl.class, primaryKey);

			if (sessionDate == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchSessionDateException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(sessionDate);
		}
		catch (NoSuchSessionDateException noSuchEntityException) {
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
	protected SessionDate removeImpl(SessionDate sessionDate) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(sessionDate)) {
				sessionDate = (SessionDate)session.get(
					SessionDateImpl.class, sessionDate.getPrimaryKeyObj());
			}

			if (sessionDate != null) {
				session.delete(sessionDate);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (sessionDate != null) {
			clearCache(sessionDate);
		}

		return sessionDate;
	}

	@Override
	public SessionDate updateImpl(SessionDate sessionDate) {
		boolean isNew = sessionDate.isNew();

		if (!(sessionDate instanceof SessionDateModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(sessionDate.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(sessionDate);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in sessionDate proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom SessionDate implementation " +
					sessionDate.getClass());
		}

		SessionDateModelImpl sessionDateModelImpl =
			(SessionDateModelImpl)sessionDate;

		if (Validator.isNull(sessionDate.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			sessionDate.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (sessionDate.getCreateDate() == null)) {
			if (serviceContext == null) {
				sessionDate.setCreateDate(date);
			}
			else {
				sessionDate.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!sessionDateModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				sessionDate.setModifiedDate(date);
			}
			else {
				sessionDate.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(sessionDate);
			}
			else {
				sessionDate = (SessionDate)session.merge(sessionDate);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			SessionDateImpl.class, sessionDateModelImpl, false, true);

		cacheUniqueFindersCache(sessionDateModelImpl);

		if (isNew) {
			sessionDate.setNew(false);
		}

		sessionDate.resetOriginalValues();

		return sessionDate;
	}

	/**
	 * Returns the session date with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the session date
	 * @return the session date
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	@Override
	public SessionDate findByPrimaryKey(Serializable primaryKey)
		throws NoSuchSessionDateException {

		SessionDate sessionDate = fetchByPrimaryKey(primaryKey);

		if (sessionDate == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchSessionDateException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return sessionDate;
	}

	/**
	 * Returns the session date with the primary key or throws a <code>NoSuchSessionDateException</code> if it could not be found.
	 *
	 * @param sessionDateId the primary key of the session date
	 * @return the session date
	 * @throws NoSuchSessionDateException if a session date with the primary key could not be found
	 */
	@Override
	public SessionDate findByPrimaryKey(long sessionDateId)
		throws NoSuchSessionDateException {

		return findByPrimaryKey((Serializable)sessionDateId);
	}

	/**
	 * Returns the session date with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param sessionDateId the primary key of the session date
	 * @return the session date, or <code>null</code> if a session date with the primary key could not be found
	 */
	@Override
	public SessionDate fetchByPrimaryKey(long sessionDateId) {
		return fetchByPrimaryKey((Serializable)sessionDateId);
	}

	/**
	 * Returns all the session dates.
	 *
	 * @return the session dates
	 */
	@Override
	public List<SessionDate> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session dates.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @return the range of session dates
	 */
	@Override
	public List<SessionDate> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the session dates.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of session dates
	 */
	@Override
	public List<SessionDate> findAll(
		int start, int end, OrderByComparator<SessionDate> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session dates.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of session dates
	 */
	@Override
	public List<SessionDate> findAll(
		int start, int end, OrderByComparator<SessionDate> orderByComparator,
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

		List<SessionDate> list = null;

		if (useFinderCache) {
			list = (List<SessionDate>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_SESSIONDATE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_SESSIONDATE;

				sql = sql.concat(SessionDateModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<SessionDate>)QueryUtil.list(
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
	 * Removes all the session dates from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (SessionDate sessionDate : findAll()) {
			remove(sessionDate);
		}
	}

	/**
	 * Returns the number of session dates.
	 *
	 * @return the number of session dates
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_SESSIONDATE);

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
	public Set<String> getBadColumnNames() {
		return _badColumnNames;
	}

	@Override
	protected EntityCache getEntityCache() {
		return entityCache;
	}

	@Override
	protected String getPKDBName() {
		return "sessionDateId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_SESSIONDATE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return SessionDateModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the session date persistence.
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

		_finderPathWithPaginationFindByUuid = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByUuid",
			new String[] {
				String.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"uuid_"}, true);

		_finderPathWithoutPaginationFindByUuid = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByUuid",
			new String[] {String.class.getName()}, new String[] {"uuid_"},
			true);

		_finderPathCountByUuid = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByUuid",
			new String[] {String.class.getName()}, new String[] {"uuid_"},
			false);

		_finderPathFetchByUUID_G = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByUUID_G",
			new String[] {String.class.getName(), Long.class.getName()},
			new String[] {"uuid_", "groupId"}, true);

		_finderPathCountByUUID_G = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByUUID_G",
			new String[] {String.class.getName(), Long.class.getName()},
			new String[] {"uuid_", "groupId"}, false);

		_finderPathWithPaginationFindByUuid_C = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByUuid_C",
			new String[] {
				String.class.getName(), Long.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"uuid_", "companyId"}, true);

		_finderPathWithoutPaginationFindByUuid_C = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByUuid_C",
			new String[] {String.class.getName(), Long.class.getName()},
			new String[] {"uuid_", "companyId"}, true);

		_finderPathCountByUuid_C = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByUuid_C",
			new String[] {String.class.getName(), Long.class.getName()},
			new String[] {"uuid_", "companyId"}, false);

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

		_finderPathFetchByCS_CIC = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByCS_CIC",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"courseSessionId", "checkInCode"}, true);

		_finderPathCountByCS_CIC = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByCS_CIC",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"courseSessionId", "checkInCode"}, false);

		SessionDateUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		SessionDateUtil.setPersistence(null);

		entityCache.removeCache(SessionDateImpl.class.getName());
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

	private static final String _SQL_SELECT_SESSIONDATE =
		"SELECT sessionDate FROM SessionDate sessionDate";

	private static final String _SQL_SELECT_SESSIONDATE_WHERE =
		"SELECT sessionDate FROM SessionDate sessionDate WHERE ";

	private static final String _SQL_COUNT_SESSIONDATE =
		"SELECT COUNT(sessionDate) FROM SessionDate sessionDate";

	private static final String _SQL_COUNT_SESSIONDATE_WHERE =
		"SELECT COUNT(sessionDate) FROM SessionDate sessionDate WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "sessionDate.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No SessionDate exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No SessionDate exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		SessionDatePersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}