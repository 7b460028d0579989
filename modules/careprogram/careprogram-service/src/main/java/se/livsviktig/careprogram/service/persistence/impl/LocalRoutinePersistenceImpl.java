/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.persistence.impl;

import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.configuration.Configuration;
import com.liferay.portal.kernel.dao.orm.EntityCache;
import com.liferay.portal.kernel.dao.orm.FinderCache;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.dao.orm.Query;
import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.dao.orm.SessionFactory;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.CompanyThreadLocal;
import com.liferay.portal.kernel.security.permission.InlineSQLHelperUtil;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextThreadLocal;
import com.liferay.portal.kernel.service.persistence.impl.BasePersistenceImpl;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ProxyUtil;
import com.liferay.portal.kernel.util.SetUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.uuid.PortalUUIDUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

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

import se.livsviktig.careprogram.exception.NoSuchLocalRoutineException;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.model.LocalRoutineTable;
import se.livsviktig.careprogram.model.impl.LocalRoutineImpl;
import se.livsviktig.careprogram.model.impl.LocalRoutineModelImpl;
import se.livsviktig.careprogram.service.persistence.LocalRoutinePersistence;
import se.livsviktig.careprogram.service.persistence.LocalRoutineUtil;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;

/**
 * The persistence implementation for the local routine service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = LocalRoutinePersistence.class)
public class LocalRoutinePersistenceImpl
	extends BasePersistenceImpl<LocalRoutine>
	implements LocalRoutinePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>LocalRoutineUtil</code> to access the local routine persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		LocalRoutineImpl.class.getName();

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
	 * Returns all the local routines where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching local routines
	 */
	@Override
	public List<LocalRoutine> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the local routines where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
	}

	/**
	 * Returns an ordered range of all the local routines where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the local routines where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
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

		List<LocalRoutine> list = null;

		if (useFinderCache) {
			list = (List<LocalRoutine>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (LocalRoutine localRoutine : list) {
					if (!uuid.equals(localRoutine.getUuid())) {
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

			sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

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
				sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
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

				list = (List<LocalRoutine>)QueryUtil.list(
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
	 * Returns the first local routine in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByUuid_First(
			String uuid, OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByUuid_First(uuid, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the first local routine in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByUuid_First(
		String uuid, OrderByComparator<LocalRoutine> orderByComparator) {

		List<LocalRoutine> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last local routine in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByUuid_Last(
			String uuid, OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByUuid_Last(uuid, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the last local routine in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByUuid_Last(
		String uuid, OrderByComparator<LocalRoutine> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<LocalRoutine> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where uuid = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	@Override
	public LocalRoutine[] findByUuid_PrevAndNext(
			long localRoutineId, String uuid,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		uuid = Objects.toString(uuid, "");

		LocalRoutine localRoutine = findByPrimaryKey(localRoutineId);

		Session session = null;

		try {
			session = openSession();

			LocalRoutine[] array = new LocalRoutineImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, localRoutine, uuid, orderByComparator, true);

			array[1] = localRoutine;

			array[2] = getByUuid_PrevAndNext(
				session, localRoutine, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected LocalRoutine getByUuid_PrevAndNext(
		Session session, LocalRoutine localRoutine, String uuid,
		OrderByComparator<LocalRoutine> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

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
			sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(localRoutine)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<LocalRoutine> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the local routines where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (LocalRoutine localRoutine :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(localRoutine);
		}
	}

	/**
	 * Returns the number of local routines where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching local routines
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_LOCALROUTINE_WHERE);

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
		"localRoutine.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(localRoutine.uuid IS NULL OR localRoutine.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;
	private FinderPath _finderPathCountByUUID_G;

	/**
	 * Returns the local routine where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchLocalRoutineException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByUUID_G(String uuid, long groupId)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByUUID_G(uuid, groupId);

		if (localRoutine == null) {
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

			throw new NoSuchLocalRoutineException(sb.toString());
		}

		return localRoutine;
	}

	/**
	 * Returns the local routine where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the local routine where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByUUID_G(
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

		if (result instanceof LocalRoutine) {
			LocalRoutine localRoutine = (LocalRoutine)result;

			if (!Objects.equals(uuid, localRoutine.getUuid()) ||
				(groupId != localRoutine.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

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

				List<LocalRoutine> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					LocalRoutine localRoutine = list.get(0);

					result = localRoutine;

					cacheResult(localRoutine);
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
			return (LocalRoutine)result;
		}
	}

	/**
	 * Removes the local routine where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the local routine that was removed
	 */
	@Override
	public LocalRoutine removeByUUID_G(String uuid, long groupId)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = findByUUID_G(uuid, groupId);

		return remove(localRoutine);
	}

	/**
	 * Returns the number of local routines where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching local routines
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUUID_G;

		Object[] finderArgs = new Object[] {uuid, groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_LOCALROUTINE_WHERE);

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
		"localRoutine.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(localRoutine.uuid IS NULL OR localRoutine.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"localRoutine.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching local routines
	 */
	@Override
	public List<LocalRoutine> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
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

		List<LocalRoutine> list = null;

		if (useFinderCache) {
			list = (List<LocalRoutine>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (LocalRoutine localRoutine : list) {
					if (!uuid.equals(localRoutine.getUuid()) ||
						(companyId != localRoutine.getCompanyId())) {

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

			sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

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
				sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
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

				list = (List<LocalRoutine>)QueryUtil.list(
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
	 * Returns the first local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the first local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<LocalRoutine> orderByComparator) {

		List<LocalRoutine> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the last local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<LocalRoutine> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<LocalRoutine> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	@Override
	public LocalRoutine[] findByUuid_C_PrevAndNext(
			long localRoutineId, String uuid, long companyId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		uuid = Objects.toString(uuid, "");

		LocalRoutine localRoutine = findByPrimaryKey(localRoutineId);

		Session session = null;

		try {
			session = openSession();

			LocalRoutine[] array = new LocalRoutineImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, localRoutine, uuid, companyId, orderByComparator,
				true);

			array[1] = localRoutine;

			array[2] = getByUuid_C_PrevAndNext(
				session, localRoutine, uuid, companyId, orderByComparator,
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

	protected LocalRoutine getByUuid_C_PrevAndNext(
		Session session, LocalRoutine localRoutine, String uuid, long companyId,
		OrderByComparator<LocalRoutine> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

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
			sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(localRoutine)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<LocalRoutine> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the local routines where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (LocalRoutine localRoutine :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(localRoutine);
		}
	}

	/**
	 * Returns the number of local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching local routines
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_LOCALROUTINE_WHERE);

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
		"localRoutine.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(localRoutine.uuid IS NULL OR localRoutine.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"localRoutine.companyId = ?";

	private FinderPath _finderPathFetchByP_O;
	private FinderPath _finderPathCountByP_O;

	/**
	 * Returns the local routine where careProgramId = &#63; and organizationId = &#63; or throws a <code>NoSuchLocalRoutineException</code> if it could not be found.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @return the matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByP_O(long careProgramId, long organizationId)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByP_O(careProgramId, organizationId);

		if (localRoutine == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("careProgramId=");
			sb.append(careProgramId);

			sb.append(", organizationId=");
			sb.append(organizationId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchLocalRoutineException(sb.toString());
		}

		return localRoutine;
	}

	/**
	 * Returns the local routine where careProgramId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByP_O(long careProgramId, long organizationId) {
		return fetchByP_O(careProgramId, organizationId, true);
	}

	/**
	 * Returns the local routine where careProgramId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByP_O(
		long careProgramId, long organizationId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {careProgramId, organizationId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByP_O, finderArgs, this);
		}

		if (result instanceof LocalRoutine) {
			LocalRoutine localRoutine = (LocalRoutine)result;

			if ((careProgramId != localRoutine.getCareProgramId()) ||
				(organizationId != localRoutine.getOrganizationId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

			sb.append(_FINDER_COLUMN_P_O_CAREPROGRAMID_2);

			sb.append(_FINDER_COLUMN_P_O_ORGANIZATIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

				queryPos.add(organizationId);

				List<LocalRoutine> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByP_O, finderArgs, list);
					}
				}
				else {
					LocalRoutine localRoutine = list.get(0);

					result = localRoutine;

					cacheResult(localRoutine);
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
			return (LocalRoutine)result;
		}
	}

	/**
	 * Removes the local routine where careProgramId = &#63; and organizationId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @return the local routine that was removed
	 */
	@Override
	public LocalRoutine removeByP_O(long careProgramId, long organizationId)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = findByP_O(careProgramId, organizationId);

		return remove(localRoutine);
	}

	/**
	 * Returns the number of local routines where careProgramId = &#63; and organizationId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @return the number of matching local routines
	 */
	@Override
	public int countByP_O(long careProgramId, long organizationId) {
		FinderPath finderPath = _finderPathCountByP_O;

		Object[] finderArgs = new Object[] {careProgramId, organizationId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_LOCALROUTINE_WHERE);

			sb.append(_FINDER_COLUMN_P_O_CAREPROGRAMID_2);

			sb.append(_FINDER_COLUMN_P_O_ORGANIZATIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

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

	private static final String _FINDER_COLUMN_P_O_CAREPROGRAMID_2 =
		"localRoutine.careProgramId = ? AND ";

	private static final String _FINDER_COLUMN_P_O_ORGANIZATIONID_2 =
		"localRoutine.organizationId = ?";

	private FinderPath _finderPathWithPaginationFindByCareProgramId;
	private FinderPath _finderPathWithoutPaginationFindByCareProgramId;
	private FinderPath _finderPathCountByCareProgramId;

	/**
	 * Returns all the local routines where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching local routines
	 */
	@Override
	public List<LocalRoutine> findByCareProgramId(long careProgramId) {
		return findByCareProgramId(
			careProgramId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the local routines where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByCareProgramId(
		long careProgramId, int start, int end) {

		return findByCareProgramId(careProgramId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the local routines where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return findByCareProgramId(
			careProgramId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the local routines where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByCareProgramId;
				finderArgs = new Object[] {careProgramId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByCareProgramId;
			finderArgs = new Object[] {
				careProgramId, start, end, orderByComparator
			};
		}

		List<LocalRoutine> list = null;

		if (useFinderCache) {
			list = (List<LocalRoutine>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (LocalRoutine localRoutine : list) {
					if (careProgramId != localRoutine.getCareProgramId()) {
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

			sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

			sb.append(_FINDER_COLUMN_CAREPROGRAMID_CAREPROGRAMID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

				list = (List<LocalRoutine>)QueryUtil.list(
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
	 * Returns the first local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByCareProgramId_First(
			long careProgramId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByCareProgramId_First(
			careProgramId, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("careProgramId=");
		sb.append(careProgramId);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the first local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByCareProgramId_First(
		long careProgramId, OrderByComparator<LocalRoutine> orderByComparator) {

		List<LocalRoutine> list = findByCareProgramId(
			careProgramId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByCareProgramId_Last(
			long careProgramId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByCareProgramId_Last(
			careProgramId, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("careProgramId=");
		sb.append(careProgramId);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the last local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByCareProgramId_Last(
		long careProgramId, OrderByComparator<LocalRoutine> orderByComparator) {

		int count = countByCareProgramId(careProgramId);

		if (count == 0) {
			return null;
		}

		List<LocalRoutine> list = findByCareProgramId(
			careProgramId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	@Override
	public LocalRoutine[] findByCareProgramId_PrevAndNext(
			long localRoutineId, long careProgramId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = findByPrimaryKey(localRoutineId);

		Session session = null;

		try {
			session = openSession();

			LocalRoutine[] array = new LocalRoutineImpl[3];

			array[0] = getByCareProgramId_PrevAndNext(
				session, localRoutine, careProgramId, orderByComparator, true);

			array[1] = localRoutine;

			array[2] = getByCareProgramId_PrevAndNext(
				session, localRoutine, careProgramId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected LocalRoutine getByCareProgramId_PrevAndNext(
		Session session, LocalRoutine localRoutine, long careProgramId,
		OrderByComparator<LocalRoutine> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

		sb.append(_FINDER_COLUMN_CAREPROGRAMID_CAREPROGRAMID_2);

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
			sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(careProgramId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(localRoutine)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<LocalRoutine> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the local routines where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	@Override
	public void removeByCareProgramId(long careProgramId) {
		for (LocalRoutine localRoutine :
				findByCareProgramId(
					careProgramId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(localRoutine);
		}
	}

	/**
	 * Returns the number of local routines where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching local routines
	 */
	@Override
	public int countByCareProgramId(long careProgramId) {
		FinderPath finderPath = _finderPathCountByCareProgramId;

		Object[] finderArgs = new Object[] {careProgramId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_LOCALROUTINE_WHERE);

			sb.append(_FINDER_COLUMN_CAREPROGRAMID_CAREPROGRAMID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

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

	private static final String _FINDER_COLUMN_CAREPROGRAMID_CAREPROGRAMID_2 =
		"localRoutine.careProgramId = ?";

	private FinderPath _finderPathWithPaginationFindByOrganizationId;
	private FinderPath _finderPathWithoutPaginationFindByOrganizationId;
	private FinderPath _finderPathCountByOrganizationId;

	/**
	 * Returns all the local routines where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the matching local routines
	 */
	@Override
	public List<LocalRoutine> findByOrganizationId(long organizationId) {
		return findByOrganizationId(
			organizationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the local routines where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByOrganizationId(
		long organizationId, int start, int end) {

		return findByOrganizationId(organizationId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the local routines where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByOrganizationId(
		long organizationId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return findByOrganizationId(
			organizationId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the local routines where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByOrganizationId(
		long organizationId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
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

		List<LocalRoutine> list = null;

		if (useFinderCache) {
			list = (List<LocalRoutine>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (LocalRoutine localRoutine : list) {
					if (organizationId != localRoutine.getOrganizationId()) {
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

			sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

			sb.append(_FINDER_COLUMN_ORGANIZATIONID_ORGANIZATIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(organizationId);

				list = (List<LocalRoutine>)QueryUtil.list(
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
	 * Returns the first local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByOrganizationId_First(
			long organizationId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByOrganizationId_First(
			organizationId, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("organizationId=");
		sb.append(organizationId);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the first local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByOrganizationId_First(
		long organizationId,
		OrderByComparator<LocalRoutine> orderByComparator) {

		List<LocalRoutine> list = findByOrganizationId(
			organizationId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByOrganizationId_Last(
			long organizationId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByOrganizationId_Last(
			organizationId, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("organizationId=");
		sb.append(organizationId);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the last local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByOrganizationId_Last(
		long organizationId,
		OrderByComparator<LocalRoutine> orderByComparator) {

		int count = countByOrganizationId(organizationId);

		if (count == 0) {
			return null;
		}

		List<LocalRoutine> list = findByOrganizationId(
			organizationId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	@Override
	public LocalRoutine[] findByOrganizationId_PrevAndNext(
			long localRoutineId, long organizationId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = findByPrimaryKey(localRoutineId);

		Session session = null;

		try {
			session = openSession();

			LocalRoutine[] array = new LocalRoutineImpl[3];

			array[0] = getByOrganizationId_PrevAndNext(
				session, localRoutine, organizationId, orderByComparator, true);

			array[1] = localRoutine;

			array[2] = getByOrganizationId_PrevAndNext(
				session, localRoutine, organizationId, orderByComparator,
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

	protected LocalRoutine getByOrganizationId_PrevAndNext(
		Session session, LocalRoutine localRoutine, long organizationId,
		OrderByComparator<LocalRoutine> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

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
			sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(organizationId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(localRoutine)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<LocalRoutine> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the local routines where organizationId = &#63; from the database.
	 *
	 * @param organizationId the organization ID
	 */
	@Override
	public void removeByOrganizationId(long organizationId) {
		for (LocalRoutine localRoutine :
				findByOrganizationId(
					organizationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(localRoutine);
		}
	}

	/**
	 * Returns the number of local routines where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the number of matching local routines
	 */
	@Override
	public int countByOrganizationId(long organizationId) {
		FinderPath finderPath = _finderPathCountByOrganizationId;

		Object[] finderArgs = new Object[] {organizationId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_LOCALROUTINE_WHERE);

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
		"localRoutine.organizationId = ?";

	private FinderPath _finderPathWithPaginationFindByOwnerUserId;
	private FinderPath _finderPathWithoutPaginationFindByOwnerUserId;
	private FinderPath _finderPathCountByOwnerUserId;

	/**
	 * Returns all the local routines where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @return the matching local routines
	 */
	@Override
	public List<LocalRoutine> findByOwnerUserId(long ownerUserId) {
		return findByOwnerUserId(
			ownerUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the local routines where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByOwnerUserId(
		long ownerUserId, int start, int end) {

		return findByOwnerUserId(ownerUserId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the local routines where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByOwnerUserId(
		long ownerUserId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return findByOwnerUserId(
			ownerUserId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the local routines where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByOwnerUserId(
		long ownerUserId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByOwnerUserId;
				finderArgs = new Object[] {ownerUserId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByOwnerUserId;
			finderArgs = new Object[] {
				ownerUserId, start, end, orderByComparator
			};
		}

		List<LocalRoutine> list = null;

		if (useFinderCache) {
			list = (List<LocalRoutine>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (LocalRoutine localRoutine : list) {
					if (ownerUserId != localRoutine.getOwnerUserId()) {
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

			sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

			sb.append(_FINDER_COLUMN_OWNERUSERID_OWNERUSERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(ownerUserId);

				list = (List<LocalRoutine>)QueryUtil.list(
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
	 * Returns the first local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByOwnerUserId_First(
			long ownerUserId, OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByOwnerUserId_First(
			ownerUserId, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("ownerUserId=");
		sb.append(ownerUserId);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the first local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByOwnerUserId_First(
		long ownerUserId, OrderByComparator<LocalRoutine> orderByComparator) {

		List<LocalRoutine> list = findByOwnerUserId(
			ownerUserId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByOwnerUserId_Last(
			long ownerUserId, OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByOwnerUserId_Last(
			ownerUserId, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("ownerUserId=");
		sb.append(ownerUserId);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the last local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByOwnerUserId_Last(
		long ownerUserId, OrderByComparator<LocalRoutine> orderByComparator) {

		int count = countByOwnerUserId(ownerUserId);

		if (count == 0) {
			return null;
		}

		List<LocalRoutine> list = findByOwnerUserId(
			ownerUserId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	@Override
	public LocalRoutine[] findByOwnerUserId_PrevAndNext(
			long localRoutineId, long ownerUserId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = findByPrimaryKey(localRoutineId);

		Session session = null;

		try {
			session = openSession();

			LocalRoutine[] array = new LocalRoutineImpl[3];

			array[0] = getByOwnerUserId_PrevAndNext(
				session, localRoutine, ownerUserId, orderByComparator, true);

			array[1] = localRoutine;

			array[2] = getByOwnerUserId_PrevAndNext(
				session, localRoutine, ownerUserId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected LocalRoutine getByOwnerUserId_PrevAndNext(
		Session session, LocalRoutine localRoutine, long ownerUserId,
		OrderByComparator<LocalRoutine> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

		sb.append(_FINDER_COLUMN_OWNERUSERID_OWNERUSERID_2);

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
			sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(ownerUserId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(localRoutine)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<LocalRoutine> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the local routines where ownerUserId = &#63; from the database.
	 *
	 * @param ownerUserId the owner user ID
	 */
	@Override
	public void removeByOwnerUserId(long ownerUserId) {
		for (LocalRoutine localRoutine :
				findByOwnerUserId(
					ownerUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(localRoutine);
		}
	}

	/**
	 * Returns the number of local routines where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @return the number of matching local routines
	 */
	@Override
	public int countByOwnerUserId(long ownerUserId) {
		FinderPath finderPath = _finderPathCountByOwnerUserId;

		Object[] finderArgs = new Object[] {ownerUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_LOCALROUTINE_WHERE);

			sb.append(_FINDER_COLUMN_OWNERUSERID_OWNERUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(ownerUserId);

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

	private static final String _FINDER_COLUMN_OWNERUSERID_OWNERUSERID_2 =
		"localRoutine.ownerUserId = ?";

	private FinderPath _finderPathWithPaginationFindByArticleResourcePrimKey;
	private FinderPath _finderPathWithoutPaginationFindByArticleResourcePrimKey;
	private FinderPath _finderPathCountByArticleResourcePrimKey;

	/**
	 * Returns all the local routines where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @return the matching local routines
	 */
	@Override
	public List<LocalRoutine> findByArticleResourcePrimKey(
		long articleResourcePrimKey) {

		return findByArticleResourcePrimKey(
			articleResourcePrimKey, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the local routines where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end) {

		return findByArticleResourcePrimKey(
			articleResourcePrimKey, start, end, null);
	}

	/**
	 * Returns an ordered range of all the local routines where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return findByArticleResourcePrimKey(
			articleResourcePrimKey, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the local routines where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath =
					_finderPathWithoutPaginationFindByArticleResourcePrimKey;
				finderArgs = new Object[] {articleResourcePrimKey};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByArticleResourcePrimKey;
			finderArgs = new Object[] {
				articleResourcePrimKey, start, end, orderByComparator
			};
		}

		List<LocalRoutine> list = null;

		if (useFinderCache) {
			list = (List<LocalRoutine>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (LocalRoutine localRoutine : list) {
					if (articleResourcePrimKey !=
							localRoutine.getArticleResourcePrimKey()) {

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

			sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

			sb.append(
				_FINDER_COLUMN_ARTICLERESOURCEPRIMKEY_ARTICLERESOURCEPRIMKEY_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(articleResourcePrimKey);

				list = (List<LocalRoutine>)QueryUtil.list(
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
	 * Returns the first local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByArticleResourcePrimKey_First(
			long articleResourcePrimKey,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByArticleResourcePrimKey_First(
			articleResourcePrimKey, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("articleResourcePrimKey=");
		sb.append(articleResourcePrimKey);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the first local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByArticleResourcePrimKey_First(
		long articleResourcePrimKey,
		OrderByComparator<LocalRoutine> orderByComparator) {

		List<LocalRoutine> list = findByArticleResourcePrimKey(
			articleResourcePrimKey, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByArticleResourcePrimKey_Last(
			long articleResourcePrimKey,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByArticleResourcePrimKey_Last(
			articleResourcePrimKey, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("articleResourcePrimKey=");
		sb.append(articleResourcePrimKey);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the last local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByArticleResourcePrimKey_Last(
		long articleResourcePrimKey,
		OrderByComparator<LocalRoutine> orderByComparator) {

		int count = countByArticleResourcePrimKey(articleResourcePrimKey);

		if (count == 0) {
			return null;
		}

		List<LocalRoutine> list = findByArticleResourcePrimKey(
			articleResourcePrimKey, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	@Override
	public LocalRoutine[] findByArticleResourcePrimKey_PrevAndNext(
			long localRoutineId, long articleResourcePrimKey,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = findByPrimaryKey(localRoutineId);

		Session session = null;

		try {
			session = openSession();

			LocalRoutine[] array = new LocalRoutineImpl[3];

			array[0] = getByArticleResourcePrimKey_PrevAndNext(
				session, localRoutine, articleResourcePrimKey,
				orderByComparator, true);

			array[1] = localRoutine;

			array[2] = getByArticleResourcePrimKey_PrevAndNext(
				session, localRoutine, articleResourcePrimKey,
				orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected LocalRoutine getByArticleResourcePrimKey_PrevAndNext(
		Session session, LocalRoutine localRoutine, long articleResourcePrimKey,
		OrderByComparator<LocalRoutine> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

		sb.append(
			_FINDER_COLUMN_ARTICLERESOURCEPRIMKEY_ARTICLERESOURCEPRIMKEY_2);

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
			sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(articleResourcePrimKey);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(localRoutine)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<LocalRoutine> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the local routines where articleResourcePrimKey = &#63; from the database.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 */
	@Override
	public void removeByArticleResourcePrimKey(long articleResourcePrimKey) {
		for (LocalRoutine localRoutine :
				findByArticleResourcePrimKey(
					articleResourcePrimKey, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(localRoutine);
		}
	}

	/**
	 * Returns the number of local routines where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @return the number of matching local routines
	 */
	@Override
	public int countByArticleResourcePrimKey(long articleResourcePrimKey) {
		FinderPath finderPath = _finderPathCountByArticleResourcePrimKey;

		Object[] finderArgs = new Object[] {articleResourcePrimKey};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_LOCALROUTINE_WHERE);

			sb.append(
				_FINDER_COLUMN_ARTICLERESOURCEPRIMKEY_ARTICLERESOURCEPRIMKEY_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(articleResourcePrimKey);

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
		_FINDER_COLUMN_ARTICLERESOURCEPRIMKEY_ARTICLERESOURCEPRIMKEY_2 =
			"localRoutine.articleResourcePrimKey = ?";

	private FinderPath _finderPathWithPaginationFindByG;
	private FinderPath _finderPathWithoutPaginationFindByG;
	private FinderPath _finderPathCountByG;

	/**
	 * Returns all the local routines where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching local routines
	 */
	@Override
	public List<LocalRoutine> findByG(long groupId) {
		return findByG(groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the local routines where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByG(long groupId, int start, int end) {
		return findByG(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the local routines where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByG(
		long groupId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return findByG(groupId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the local routines where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	@Override
	public List<LocalRoutine> findByG(
		long groupId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByG;
				finderArgs = new Object[] {groupId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByG;
			finderArgs = new Object[] {groupId, start, end, orderByComparator};
		}

		List<LocalRoutine> list = null;

		if (useFinderCache) {
			list = (List<LocalRoutine>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (LocalRoutine localRoutine : list) {
					if (groupId != localRoutine.getGroupId()) {
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

			sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

			sb.append(_FINDER_COLUMN_G_GROUPID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				list = (List<LocalRoutine>)QueryUtil.list(
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
	 * Returns the first local routine in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByG_First(
			long groupId, OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByG_First(groupId, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the first local routine in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByG_First(
		long groupId, OrderByComparator<LocalRoutine> orderByComparator) {

		List<LocalRoutine> list = findByG(groupId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last local routine in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine findByG_Last(
			long groupId, OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByG_Last(groupId, orderByComparator);

		if (localRoutine != null) {
			return localRoutine;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchLocalRoutineException(sb.toString());
	}

	/**
	 * Returns the last local routine in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	@Override
	public LocalRoutine fetchByG_Last(
		long groupId, OrderByComparator<LocalRoutine> orderByComparator) {

		int count = countByG(groupId);

		if (count == 0) {
			return null;
		}

		List<LocalRoutine> list = findByG(
			groupId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where groupId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	@Override
	public LocalRoutine[] findByG_PrevAndNext(
			long localRoutineId, long groupId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = findByPrimaryKey(localRoutineId);

		Session session = null;

		try {
			session = openSession();

			LocalRoutine[] array = new LocalRoutineImpl[3];

			array[0] = getByG_PrevAndNext(
				session, localRoutine, groupId, orderByComparator, true);

			array[1] = localRoutine;

			array[2] = getByG_PrevAndNext(
				session, localRoutine, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected LocalRoutine getByG_PrevAndNext(
		Session session, LocalRoutine localRoutine, long groupId,
		OrderByComparator<LocalRoutine> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_LOCALROUTINE_WHERE);

		sb.append(_FINDER_COLUMN_G_GROUPID_2);

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
			sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(localRoutine)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<LocalRoutine> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Returns all the local routines that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching local routines that the user has permission to view
	 */
	@Override
	public List<LocalRoutine> filterFindByG(long groupId) {
		return filterFindByG(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the local routines that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines that the user has permission to view
	 */
	@Override
	public List<LocalRoutine> filterFindByG(long groupId, int start, int end) {
		return filterFindByG(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the local routines that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines that the user has permission to view
	 */
	@Override
	public List<LocalRoutine> filterFindByG(
		long groupId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return findByG(groupId, start, end, orderByComparator);
		}

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				3 + (orderByComparator.getOrderByFields().length * 2));
		}
		else {
			sb = new StringBundler(4);
		}

		if (getDB().isSupportsInlineDistinct()) {
			sb.append(_FILTER_SQL_SELECT_LOCALROUTINE_WHERE);
		}
		else {
			sb.append(
				_FILTER_SQL_SELECT_LOCALROUTINE_NO_INLINE_DISTINCT_WHERE_1);
		}

		sb.append(_FINDER_COLUMN_G_GROUPID_2);

		if (!getDB().isSupportsInlineDistinct()) {
			sb.append(
				_FILTER_SQL_SELECT_LOCALROUTINE_NO_INLINE_DISTINCT_WHERE_2);
		}

		if (orderByComparator != null) {
			if (getDB().isSupportsInlineDistinct()) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator, true);
			}
			else {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_TABLE, orderByComparator, true);
			}
		}
		else {
			if (getDB().isSupportsInlineDistinct()) {
				sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
			}
			else {
				sb.append(LocalRoutineModelImpl.ORDER_BY_SQL);
			}
		}

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), LocalRoutine.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		Session session = null;

		try {
			session = openSession();

			SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

			if (getDB().isSupportsInlineDistinct()) {
				sqlQuery.addEntity(
					_FILTER_ENTITY_ALIAS, LocalRoutineImpl.class);
			}
			else {
				sqlQuery.addEntity(
					_FILTER_ENTITY_TABLE, LocalRoutineImpl.class);
			}

			QueryPos queryPos = QueryPos.getInstance(sqlQuery);

			queryPos.add(groupId);

			return (List<LocalRoutine>)QueryUtil.list(
				sqlQuery, getDialect(), start, end);
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set of local routines that the user has permission to view where groupId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	@Override
	public LocalRoutine[] filterFindByG_PrevAndNext(
			long localRoutineId, long groupId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws NoSuchLocalRoutineException {

		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return findByG_PrevAndNext(
				localRoutineId, groupId, orderByComparator);
		}

		LocalRoutine localRoutine = findByPrimaryKey(localRoutineId);

		Session session = null;

		try {
			session = openSession();

			LocalRoutine[] array = new LocalRoutineImpl[3];

			array[0] = filterGetByG_PrevAndNext(
				session, localRoutine, groupId, orderByComparator, true);

			array[1] = localRoutine;

			array[2] = filterGetByG_PrevAndNext(
				session, localRoutine, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected LocalRoutine filterGetByG_PrevAndNext(
		Session session, LocalRoutine localRoutine, long groupId,
		OrderByComparator<LocalRoutine> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		if (getDB().isSupportsInlineDistinct()) {
			sb.append(_FILTER_SQL_SELECT_LOCALROUTINE_WHERE);
		}
		else {
			sb.append(
				_FILTER_SQL_SELECT_LOCALROUTINE_NO_INLINE_DISTINCT_WHERE_1);
		}

		sb.append(_FINDER_COLUMN_G_GROUPID_2);

		if (!getDB().isSupportsInlineDistinct()) {
			sb.append(
				_FILTER_SQL_SELECT_LOCALROUTINE_NO_INLINE_DISTINCT_WHERE_2);
		}

		if (orderByComparator != null) {
			String[] orderByConditionFields =
				orderByComparator.getOrderByConditionFields();

			if (orderByConditionFields.length > 0) {
				sb.append(WHERE_AND);
			}

			for (int i = 0; i < orderByConditionFields.length; i++) {
				if (getDB().isSupportsInlineDistinct()) {
					sb.append(
						getColumnName(
							_ORDER_BY_ENTITY_ALIAS, orderByConditionFields[i],
							true));
				}
				else {
					sb.append(
						getColumnName(
							_ORDER_BY_ENTITY_TABLE, orderByConditionFields[i],
							true));
				}

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
				if (getDB().isSupportsInlineDistinct()) {
					sb.append(
						getColumnName(
							_ORDER_BY_ENTITY_ALIAS, orderByFields[i], true));
				}
				else {
					sb.append(
						getColumnName(
							_ORDER_BY_ENTITY_TABLE, orderByFields[i], true));
				}

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
			if (getDB().isSupportsInlineDistinct()) {
				sb.append(LocalRoutineModelImpl.ORDER_BY_JPQL);
			}
			else {
				sb.append(LocalRoutineModelImpl.ORDER_BY_SQL);
			}
		}

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), LocalRoutine.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

		sqlQuery.setFirstResult(0);
		sqlQuery.setMaxResults(2);

		if (getDB().isSupportsInlineDistinct()) {
			sqlQuery.addEntity(_FILTER_ENTITY_ALIAS, LocalRoutineImpl.class);
		}
		else {
			sqlQuery.addEntity(_FILTER_ENTITY_TABLE, LocalRoutineImpl.class);
		}

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(localRoutine)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<LocalRoutine> list = sqlQuery.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the local routines where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	@Override
	public void removeByG(long groupId) {
		for (LocalRoutine localRoutine :
				findByG(groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(localRoutine);
		}
	}

	/**
	 * Returns the number of local routines where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching local routines
	 */
	@Override
	public int countByG(long groupId) {
		FinderPath finderPath = _finderPathCountByG;

		Object[] finderArgs = new Object[] {groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_LOCALROUTINE_WHERE);

			sb.append(_FINDER_COLUMN_G_GROUPID_2);

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

	/**
	 * Returns the number of local routines that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching local routines that the user has permission to view
	 */
	@Override
	public int filterCountByG(long groupId) {
		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return countByG(groupId);
		}

		StringBundler sb = new StringBundler(2);

		sb.append(_FILTER_SQL_COUNT_LOCALROUTINE_WHERE);

		sb.append(_FINDER_COLUMN_G_GROUPID_2);

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), LocalRoutine.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		Session session = null;

		try {
			session = openSession();

			SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

			sqlQuery.addScalar(
				COUNT_COLUMN_NAME, com.liferay.portal.kernel.dao.orm.Type.LONG);

			QueryPos queryPos = QueryPos.getInstance(sqlQuery);

			queryPos.add(groupId);

			Long count = (Long)sqlQuery.uniqueResult();

			return count.intValue();
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	private static final String _FINDER_COLUMN_G_GROUPID_2 =
		"localRoutine.groupId = ?";

	public LocalRoutinePersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(LocalRoutine.class);

		setModelImplClass(LocalRoutineImpl.class);
		setModelPKClass(long.class);

		setTable(LocalRoutineTable.INSTANCE);
	}

	/**
	 * Caches the local routine in the entity cache if it is enabled.
	 *
	 * @param localRoutine the local routine
	 */
	@Override
	public void cacheResult(LocalRoutine localRoutine) {
		entityCache.putResult(
			LocalRoutineImpl.class, localRoutine.getPrimaryKey(), localRoutine);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {localRoutine.getUuid(), localRoutine.getGroupId()},
			localRoutine);

		finderCache.putResult(
			_finderPathFetchByP_O,
			new Object[] {
				localRoutine.getCareProgramId(),
				localRoutine.getOrganizationId()
			},
			localRoutine);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the local routines in the entity cache if it is enabled.
	 *
	 * @param localRoutines the local routines
	 */
	@Override
	public void cacheResult(List<LocalRoutine> localRoutines) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (localRoutines.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (LocalRoutine localRoutine : localRoutines) {
			if (entityCache.getResult(
					LocalRoutineImpl.class, localRoutine.getPrimaryKey()) ==
						null) {

				cacheResult(localRoutine);
			}
		}
	}

	/**
	 * Clears the cache for all local routines.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(LocalRoutineImpl.class);

		finderCache.clearCache(LocalRoutineImpl.class);
	}

	/**
	 * Clears the cache for the local routine.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(LocalRoutine localRoutine) {
		entityCache.removeResult(LocalRoutineImpl.class, localRoutine);
	}

	@Override
	public void clearCache(List<LocalRoutine> localRoutines) {
		for (LocalRoutine localRoutine : localRoutines) {
			entityCache.removeResult(LocalRoutineImpl.class, localRoutine);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(LocalRoutineImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(LocalRoutineImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		LocalRoutineModelImpl localRoutineModelImpl) {

		Object[] args = new Object[] {
			localRoutineModelImpl.getUuid(), localRoutineModelImpl.getGroupId()
		};

		finderCache.putResult(_finderPathCountByUUID_G, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByUUID_G, args, localRoutineModelImpl);

		args = new Object[] {
			localRoutineModelImpl.getCareProgramId(),
			localRoutineModelImpl.getOrganizationId()
		};

		finderCache.putResult(_finderPathCountByP_O, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByP_O, args, localRoutineModelImpl);
	}

	/**
	 * Creates a new local routine with the primary key. Does not add the local routine to the database.
	 *
	 * @param localRoutineId the primary key for the new local routine
	 * @return the new local routine
	 */
	@Override
	public LocalRoutine create(long localRoutineId) {
		LocalRoutine localRoutine = new LocalRoutineImpl();

		localRoutine.setNew(true);
		localRoutine.setPrimaryKey(localRoutineId);

		String uuid = PortalUUIDUtil.generate();

		localRoutine.setUuid(uuid);

		localRoutine.setCompanyId(CompanyThreadLocal.getCompanyId());

		return localRoutine;
	}

	/**
	 * Removes the local routine with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param localRoutineId the primary key of the local routine
	 * @return the local routine that was removed
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	@Override
	public LocalRoutine remove(long localRoutineId)
		throws NoSuchLocalRoutineException {

		return remove((Serializable)localRoutineId);
	}

	/**
	 * Removes the local routine with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the local routine
	 * @return the local routine that was removed
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	@Override
	public LocalRoutine remove(Serializable primaryKey)
		throws NoSuchLocalRoutineException {

		Session session = null;

		try {
			session = openSession();

			LocalRoutine localRoutine = (LocalRoutine)session.get(
				LocalRoutineImpl.class, primaryKey);

			if (localRoutine == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchLocalRoutineException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(localRoutine);
		}
		catch (NoSuchLocalRoutineException noSuchEntityException) {
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
	protected LocalRoutine removeImpl(LocalRoutine localRoutine) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(localRoutine)) {
				localRoutine = (LocalRoutine)session.get(
					LocalRoutineImpl.class, localRoutine.getPrimaryKeyObj());
			}

			if (localRoutine != null) {
				session.delete(localRoutine);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (localRoutine != null) {
			clearCache(localRoutine);
		}

		return localRoutine;
	}

	@Override
	public LocalRoutine updateImpl(LocalRoutine localRoutine) {
		boolean isNew = localRoutine.isNew();

		if (!(localRoutine instanceof LocalRoutineModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(localRoutine.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					localRoutine);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in localRoutine proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom LocalRoutine implementation " +
					localRoutine.getClass());
		}

		LocalRoutineModelImpl localRoutineModelImpl =
			(LocalRoutineModelImpl)localRoutine;

		if (Validator.isNull(localRoutine.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			localRoutine.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (localRoutine.getCreateDate() == null)) {
			if (serviceContext == null) {
				localRoutine.setCreateDate(date);
			}
			else {
				localRoutine.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!localRoutineModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				localRoutine.setModifiedDate(date);
			}
			else {
				localRoutine.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(localRoutine);
			}
			else {
				localRoutine = (LocalRoutine)session.merge(localRoutine);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			LocalRoutineImpl.class, localRoutineModelImpl, false, true);

		cacheUniqueFindersCache(localRoutineModelImpl);

		if (isNew) {
			localRoutine.setNew(false);
		}

		localRoutine.resetOriginalValues();

		return localRoutine;
	}

	/**
	 * Returns the local routine with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the local routine
	 * @return the local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	@Override
	public LocalRoutine findByPrimaryKey(Serializable primaryKey)
		throws NoSuchLocalRoutineException {

		LocalRoutine localRoutine = fetchByPrimaryKey(primaryKey);

		if (localRoutine == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchLocalRoutineException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return localRoutine;
	}

	/**
	 * Returns the local routine with the primary key or throws a <code>NoSuchLocalRoutineException</code> if it could not be found.
	 *
	 * @param localRoutineId the primary key of the local routine
	 * @return the local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	@Override
	public LocalRoutine findByPrimaryKey(long localRoutineId)
		throws NoSuchLocalRoutineException {

		return findByPrimaryKey((Serializable)localRoutineId);
	}

	/**
	 * Returns the local routine with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param localRoutineId the primary key of the local routine
	 * @return the local routine, or <code>null</code> if a local routine with the primary key could not be found
	 */
	@Override
	public LocalRoutine fetchByPrimaryKey(long localRoutineId) {
		return fetchByPrimaryKey((Serializable)localRoutineId);
	}

	/**
	 * Returns all the local routines.
	 *
	 * @return the local routines
	 */
	@Override
	public List<LocalRoutine> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the local routines.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of local routines
	 */
	@Override
	public List<LocalRoutine> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the local routines.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of local routines
	 */
	@Override
	public List<LocalRoutine> findAll(
		int start, int end, OrderByComparator<LocalRoutine> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the local routines.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of local routines
	 */
	@Override
	public List<LocalRoutine> findAll(
		int start, int end, OrderByComparator<LocalRoutine> orderByComparator,
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

		List<LocalRoutine> list = null;

		if (useFinderCache) {
			list = (List<LocalRoutine>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_LOCALROUTINE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_LOCALROUTINE;

				sql = sql.concat(LocalRoutineModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<LocalRoutine>)QueryUtil.list(
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
	 * Removes all the local routines from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (LocalRoutine localRoutine : findAll()) {
			remove(localRoutine);
		}
	}

	/**
	 * Returns the number of local routines.
	 *
	 * @return the number of local routines
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_LOCALROUTINE);

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
		return "localRoutineId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_LOCALROUTINE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return LocalRoutineModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the local routine persistence.
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

		_finderPathFetchByP_O = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByP_O",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"careProgramId", "organizationId"}, true);

		_finderPathCountByP_O = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByP_O",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"careProgramId", "organizationId"}, false);

		_finderPathWithPaginationFindByCareProgramId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByCareProgramId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"careProgramId"}, true);

		_finderPathWithoutPaginationFindByCareProgramId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByCareProgramId",
			new String[] {Long.class.getName()}, new String[] {"careProgramId"},
			true);

		_finderPathCountByCareProgramId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByCareProgramId",
			new String[] {Long.class.getName()}, new String[] {"careProgramId"},
			false);

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

		_finderPathWithPaginationFindByOwnerUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByOwnerUserId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"ownerUserId"}, true);

		_finderPathWithoutPaginationFindByOwnerUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByOwnerUserId",
			new String[] {Long.class.getName()}, new String[] {"ownerUserId"},
			true);

		_finderPathCountByOwnerUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByOwnerUserId",
			new String[] {Long.class.getName()}, new String[] {"ownerUserId"},
			false);

		_finderPathWithPaginationFindByArticleResourcePrimKey = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION,
			"findByArticleResourcePrimKey",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"articleResourcePrimKey"}, true);

		_finderPathWithoutPaginationFindByArticleResourcePrimKey =
			new FinderPath(
				FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
				"findByArticleResourcePrimKey",
				new String[] {Long.class.getName()},
				new String[] {"articleResourcePrimKey"}, true);

		_finderPathCountByArticleResourcePrimKey = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countByArticleResourcePrimKey",
			new String[] {Long.class.getName()},
			new String[] {"articleResourcePrimKey"}, false);

		_finderPathWithPaginationFindByG = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByG",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"groupId"}, true);

		_finderPathWithoutPaginationFindByG = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByG",
			new String[] {Long.class.getName()}, new String[] {"groupId"},
			true);

		_finderPathCountByG = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByG",
			new String[] {Long.class.getName()}, new String[] {"groupId"},
			false);

		LocalRoutineUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		LocalRoutineUtil.setPersistence(null);

		entityCache.removeCache(LocalRoutineImpl.class.getName());
	}

	@Override
	@Reference(
		target = LVCareProgramPersistenceConstants.SERVICE_CONFIGURATION_FILTER,
		unbind = "-"
	)
	public void setConfiguration(Configuration configuration) {
	}

	@Override
	@Reference(
		target = LVCareProgramPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setDataSource(DataSource dataSource) {
		super.setDataSource(dataSource);
	}

	@Override
	@Reference(
		target = LVCareProgramPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setSessionFactory(SessionFactory sessionFactory) {
		super.setSessionFactory(sessionFactory);
	}

	@Reference
	protected EntityCache entityCache;

	@Reference
	protected FinderCache finderCache;

	private static final String _SQL_SELECT_LOCALROUTINE =
		"SELECT localRoutine FROM LocalRoutine localRoutine";

	private static final String _SQL_SELECT_LOCALROUTINE_WHERE =
		"SELECT localRoutine FROM LocalRoutine localRoutine WHERE ";

	private static final String _SQL_COUNT_LOCALROUTINE =
		"SELECT COUNT(localRoutine) FROM LocalRoutine localRoutine";

	private static final String _SQL_COUNT_LOCALROUTINE_WHERE =
		"SELECT COUNT(localRoutine) FROM LocalRoutine localRoutine WHERE ";

	private static final String _FILTER_ENTITY_TABLE_FILTER_PK_COLUMN =
		"localRoutine.localRoutineId";

	private static final String _FILTER_SQL_SELECT_LOCALROUTINE_WHERE =
		"SELECT DISTINCT {localRoutine.*} FROM LVCareProgram_LocalRoutine localRoutine WHERE ";

	private static final String
		_FILTER_SQL_SELECT_LOCALROUTINE_NO_INLINE_DISTINCT_WHERE_1 =
			"SELECT {LVCareProgram_LocalRoutine.*} FROM (SELECT DISTINCT localRoutine.localRoutineId FROM LVCareProgram_LocalRoutine localRoutine WHERE ";

	private static final String
		_FILTER_SQL_SELECT_LOCALROUTINE_NO_INLINE_DISTINCT_WHERE_2 =
			") TEMP_TABLE INNER JOIN LVCareProgram_LocalRoutine ON TEMP_TABLE.localRoutineId = LVCareProgram_LocalRoutine.localRoutineId";

	private static final String _FILTER_SQL_COUNT_LOCALROUTINE_WHERE =
		"SELECT COUNT(DISTINCT localRoutine.localRoutineId) AS COUNT_VALUE FROM LVCareProgram_LocalRoutine localRoutine WHERE ";

	private static final String _FILTER_ENTITY_ALIAS = "localRoutine";

	private static final String _FILTER_ENTITY_TABLE =
		"LVCareProgram_LocalRoutine";

	private static final String _ORDER_BY_ENTITY_ALIAS = "localRoutine.";

	private static final String _ORDER_BY_ENTITY_TABLE =
		"LVCareProgram_LocalRoutine.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No LocalRoutine exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No LocalRoutine exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		LocalRoutinePersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}