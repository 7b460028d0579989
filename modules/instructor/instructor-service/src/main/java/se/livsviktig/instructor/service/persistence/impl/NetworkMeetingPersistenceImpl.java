/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.persistence.impl;

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

import se.livsviktig.instructor.exception.NoSuchNetworkMeetingException;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.NetworkMeetingTable;
import se.livsviktig.instructor.model.impl.NetworkMeetingImpl;
import se.livsviktig.instructor.model.impl.NetworkMeetingModelImpl;
import se.livsviktig.instructor.service.persistence.NetworkMeetingPersistence;
import se.livsviktig.instructor.service.persistence.NetworkMeetingUtil;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;

/**
 * The persistence implementation for the network meeting service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = NetworkMeetingPersistence.class)
public class NetworkMeetingPersistenceImpl
	extends BasePersistenceImpl<NetworkMeeting>
	implements NetworkMeetingPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>NetworkMeetingUtil</code> to access the network meeting persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		NetworkMeetingImpl.class.getName();

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
	 * Returns all the network meetings where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching network meetings
	 */
	@Override
	public List<NetworkMeeting> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the network meetings where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @return the range of matching network meetings
	 */
	@Override
	public List<NetworkMeeting> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
	}

	/**
	 * Returns an ordered range of all the network meetings where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network meetings
	 */
	@Override
	public List<NetworkMeeting> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the network meetings where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network meetings
	 */
	@Override
	public List<NetworkMeeting> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator,
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

		List<NetworkMeeting> list = null;

		if (useFinderCache) {
			list = (List<NetworkMeeting>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (NetworkMeeting networkMeeting : list) {
					if (!uuid.equals(networkMeeting.getUuid())) {
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

			sb.append(_SQL_SELECT_NETWORKMEETING_WHERE);

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
				sb.append(NetworkMeetingModelImpl.ORDER_BY_JPQL);
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

				list = (List<NetworkMeeting>)QueryUtil.list(
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
	 * Returns the first network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting findByUuid_First(
			String uuid, OrderByComparator<NetworkMeeting> orderByComparator)
		throws NoSuchNetworkMeetingException {

		NetworkMeeting networkMeeting = fetchByUuid_First(
			uuid, orderByComparator);

		if (networkMeeting != null) {
			return networkMeeting;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchNetworkMeetingException(sb.toString());
	}

	/**
	 * Returns the first network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting fetchByUuid_First(
		String uuid, OrderByComparator<NetworkMeeting> orderByComparator) {

		List<NetworkMeeting> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting findByUuid_Last(
			String uuid, OrderByComparator<NetworkMeeting> orderByComparator)
		throws NoSuchNetworkMeetingException {

		NetworkMeeting networkMeeting = fetchByUuid_Last(
			uuid, orderByComparator);

		if (networkMeeting != null) {
			return networkMeeting;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchNetworkMeetingException(sb.toString());
	}

	/**
	 * Returns the last network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting fetchByUuid_Last(
		String uuid, OrderByComparator<NetworkMeeting> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<NetworkMeeting> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the network meetings before and after the current network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param networkMeetingId the primary key of the current network meeting
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network meeting
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	@Override
	public NetworkMeeting[] findByUuid_PrevAndNext(
			long networkMeetingId, String uuid,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws NoSuchNetworkMeetingException {

		uuid = Objects.toString(uuid, "");

		NetworkMeeting networkMeeting = findByPrimaryKey(networkMeetingId);

		Session session = null;

		try {
			session = openSession();

			NetworkMeeting[] array = new NetworkMeetingImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, networkMeeting, uuid, orderByComparator, true);

			array[1] = networkMeeting;

			array[2] = getByUuid_PrevAndNext(
				session, networkMeeting, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected NetworkMeeting getByUuid_PrevAndNext(
		Session session, NetworkMeeting networkMeeting, String uuid,
		OrderByComparator<NetworkMeeting> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_NETWORKMEETING_WHERE);

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
			sb.append(NetworkMeetingModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(
						networkMeeting)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<NetworkMeeting> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the network meetings where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (NetworkMeeting networkMeeting :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(networkMeeting);
		}
	}

	/**
	 * Returns the number of network meetings where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching network meetings
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_NETWORKMEETING_WHERE);

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
		"networkMeeting.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(networkMeeting.uuid IS NULL OR networkMeeting.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;
	private FinderPath _finderPathCountByUUID_G;

	/**
	 * Returns the network meeting where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchNetworkMeetingException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting findByUUID_G(String uuid, long groupId)
		throws NoSuchNetworkMeetingException {

		NetworkMeeting networkMeeting = fetchByUUID_G(uuid, groupId);

		if (networkMeeting == null) {
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

			throw new NoSuchNetworkMeetingException(sb.toString());
		}

		return networkMeeting;
	}

	/**
	 * Returns the network meeting where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the network meeting where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting fetchByUUID_G(
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

		if (result instanceof NetworkMeeting) {
			NetworkMeeting networkMeeting = (NetworkMeeting)result;

			if (!Objects.equals(uuid, networkMeeting.getUuid()) ||
				(groupId != networkMeeting.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_NETWORKMEETING_WHERE);

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

				List<NetworkMeeting> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					NetworkMeeting networkMeeting = list.get(0);

					result = networkMeeting;

					cacheResult(networkMeeting);
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
			return (NetworkMeeting)result;
		}
	}

	/**
	 * Removes the network meeting where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the network meeting that was removed
	 */
	@Override
	public NetworkMeeting removeByUUID_G(String uuid, long groupId)
		throws NoSuchNetworkMeetingException {

		NetworkMeeting networkMeeting = findByUUID_G(uuid, groupId);

		return remove(networkMeeting);
	}

	/**
	 * Returns the number of network meetings where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching network meetings
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUUID_G;

		Object[] finderArgs = new Object[] {uuid, groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_NETWORKMEETING_WHERE);

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
		"networkMeeting.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(networkMeeting.uuid IS NULL OR networkMeeting.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"networkMeeting.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the network meetings where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching network meetings
	 */
	@Override
	public List<NetworkMeeting> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the network meetings where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @return the range of matching network meetings
	 */
	@Override
	public List<NetworkMeeting> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the network meetings where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network meetings
	 */
	@Override
	public List<NetworkMeeting> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the network meetings where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network meetings
	 */
	@Override
	public List<NetworkMeeting> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator,
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

		List<NetworkMeeting> list = null;

		if (useFinderCache) {
			list = (List<NetworkMeeting>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (NetworkMeeting networkMeeting : list) {
					if (!uuid.equals(networkMeeting.getUuid()) ||
						(companyId != networkMeeting.getCompanyId())) {

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

			sb.append(_SQL_SELECT_NETWORKMEETING_WHERE);

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
				sb.append(NetworkMeetingModelImpl.ORDER_BY_JPQL);
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

				list = (List<NetworkMeeting>)QueryUtil.list(
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
	 * Returns the first network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws NoSuchNetworkMeetingException {

		NetworkMeeting networkMeeting = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (networkMeeting != null) {
			return networkMeeting;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchNetworkMeetingException(sb.toString());
	}

	/**
	 * Returns the first network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		List<NetworkMeeting> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws NoSuchNetworkMeetingException {

		NetworkMeeting networkMeeting = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (networkMeeting != null) {
			return networkMeeting;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchNetworkMeetingException(sb.toString());
	}

	/**
	 * Returns the last network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<NetworkMeeting> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the network meetings before and after the current network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param networkMeetingId the primary key of the current network meeting
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network meeting
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	@Override
	public NetworkMeeting[] findByUuid_C_PrevAndNext(
			long networkMeetingId, String uuid, long companyId,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws NoSuchNetworkMeetingException {

		uuid = Objects.toString(uuid, "");

		NetworkMeeting networkMeeting = findByPrimaryKey(networkMeetingId);

		Session session = null;

		try {
			session = openSession();

			NetworkMeeting[] array = new NetworkMeetingImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, networkMeeting, uuid, companyId, orderByComparator,
				true);

			array[1] = networkMeeting;

			array[2] = getByUuid_C_PrevAndNext(
				session, networkMeeting, uuid, companyId, orderByComparator,
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

	protected NetworkMeeting getByUuid_C_PrevAndNext(
		Session session, NetworkMeeting networkMeeting, String uuid,
		long companyId, OrderByComparator<NetworkMeeting> orderByComparator,
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

		sb.append(_SQL_SELECT_NETWORKMEETING_WHERE);

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
			sb.append(NetworkMeetingModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(
						networkMeeting)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<NetworkMeeting> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the network meetings where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (NetworkMeeting networkMeeting :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(networkMeeting);
		}
	}

	/**
	 * Returns the number of network meetings where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching network meetings
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_NETWORKMEETING_WHERE);

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
		"networkMeeting.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(networkMeeting.uuid IS NULL OR networkMeeting.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"networkMeeting.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByInstructorNetworkId;
	private FinderPath _finderPathWithoutPaginationFindByInstructorNetworkId;
	private FinderPath _finderPathCountByInstructorNetworkId;

	/**
	 * Returns all the network meetings where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @return the matching network meetings
	 */
	@Override
	public List<NetworkMeeting> findByInstructorNetworkId(
		long instructorNetworkId) {

		return findByInstructorNetworkId(
			instructorNetworkId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the network meetings where instructorNetworkId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @return the range of matching network meetings
	 */
	@Override
	public List<NetworkMeeting> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end) {

		return findByInstructorNetworkId(instructorNetworkId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the network meetings where instructorNetworkId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network meetings
	 */
	@Override
	public List<NetworkMeeting> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return findByInstructorNetworkId(
			instructorNetworkId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the network meetings where instructorNetworkId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network meetings
	 */
	@Override
	public List<NetworkMeeting> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath =
					_finderPathWithoutPaginationFindByInstructorNetworkId;
				finderArgs = new Object[] {instructorNetworkId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByInstructorNetworkId;
			finderArgs = new Object[] {
				instructorNetworkId, start, end, orderByComparator
			};
		}

		List<NetworkMeeting> list = null;

		if (useFinderCache) {
			list = (List<NetworkMeeting>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (NetworkMeeting networkMeeting : list) {
					if (instructorNetworkId !=
							networkMeeting.getInstructorNetworkId()) {

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

			sb.append(_SQL_SELECT_NETWORKMEETING_WHERE);

			sb.append(_FINDER_COLUMN_INSTRUCTORNETWORKID_INSTRUCTORNETWORKID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(NetworkMeetingModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(instructorNetworkId);

				list = (List<NetworkMeeting>)QueryUtil.list(
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
	 * Returns the first network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting findByInstructorNetworkId_First(
			long instructorNetworkId,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws NoSuchNetworkMeetingException {

		NetworkMeeting networkMeeting = fetchByInstructorNetworkId_First(
			instructorNetworkId, orderByComparator);

		if (networkMeeting != null) {
			return networkMeeting;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("instructorNetworkId=");
		sb.append(instructorNetworkId);

		sb.append("}");

		throw new NoSuchNetworkMeetingException(sb.toString());
	}

	/**
	 * Returns the first network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting fetchByInstructorNetworkId_First(
		long instructorNetworkId,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		List<NetworkMeeting> list = findByInstructorNetworkId(
			instructorNetworkId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting findByInstructorNetworkId_Last(
			long instructorNetworkId,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws NoSuchNetworkMeetingException {

		NetworkMeeting networkMeeting = fetchByInstructorNetworkId_Last(
			instructorNetworkId, orderByComparator);

		if (networkMeeting != null) {
			return networkMeeting;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("instructorNetworkId=");
		sb.append(instructorNetworkId);

		sb.append("}");

		throw new NoSuchNetworkMeetingException(sb.toString());
	}

	/**
	 * Returns the last network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	@Override
	public NetworkMeeting fetchByInstructorNetworkId_Last(
		long instructorNetworkId,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		int count = countByInstructorNetworkId(instructorNetworkId);

		if (count == 0) {
			return null;
		}

		List<NetworkMeeting> list = findByInstructorNetworkId(
			instructorNetworkId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the network meetings before and after the current network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param networkMeetingId the primary key of the current network meeting
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network meeting
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	@Override
	public NetworkMeeting[] findByInstructorNetworkId_PrevAndNext(
			long networkMeetingId, long instructorNetworkId,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws NoSuchNetworkMeetingException {

		NetworkMeeting networkMeeting = findByPrimaryKey(networkMeetingId);

		Session session = null;

		try {
			session = openSession();

			NetworkMeeting[] array = new NetworkMeetingImpl[3];

			array[0] = getByInstructorNetworkId_PrevAndNext(
				session, networkMeeting, instructorNetworkId, orderByComparator,
				true);

			array[1] = networkMeeting;

			array[2] = getByInstructorNetworkId_PrevAndNext(
				session, networkMeeting, instructorNetworkId, orderByComparator,
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

	protected NetworkMeeting getByInstructorNetworkId_PrevAndNext(
		Session session, NetworkMeeting networkMeeting,
		long instructorNetworkId,
		OrderByComparator<NetworkMeeting> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_NETWORKMEETING_WHERE);

		sb.append(_FINDER_COLUMN_INSTRUCTORNETWORKID_INSTRUCTORNETWORKID_2);

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
			sb.append(NetworkMeetingModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(instructorNetworkId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						networkMeeting)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<NetworkMeeting> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the network meetings where instructorNetworkId = &#63; from the database.
	 *
	 * @param instructorNetworkId the instructor network ID
	 */
	@Override
	public void removeByInstructorNetworkId(long instructorNetworkId) {
		for (NetworkMeeting networkMeeting :
				findByInstructorNetworkId(
					instructorNetworkId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(networkMeeting);
		}
	}

	/**
	 * Returns the number of network meetings where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @return the number of matching network meetings
	 */
	@Override
	public int countByInstructorNetworkId(long instructorNetworkId) {
		FinderPath finderPath = _finderPathCountByInstructorNetworkId;

		Object[] finderArgs = new Object[] {instructorNetworkId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_NETWORKMEETING_WHERE);

			sb.append(_FINDER_COLUMN_INSTRUCTORNETWORKID_INSTRUCTORNETWORKID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(instructorNetworkId);

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
		_FINDER_COLUMN_INSTRUCTORNETWORKID_INSTRUCTORNETWORKID_2 =
			"networkMeeting.instructorNetworkId = ?";

	public NetworkMeetingPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(NetworkMeeting.class);

		setModelImplClass(NetworkMeetingImpl.class);
		setModelPKClass(long.class);

		setTable(NetworkMeetingTable.INSTANCE);
	}

	/**
	 * Caches the network meeting in the entity cache if it is enabled.
	 *
	 * @param networkMeeting the network meeting
	 */
	@Override
	public void cacheResult(NetworkMeeting networkMeeting) {
		entityCache.putResult(
			NetworkMeetingImpl.class, networkMeeting.getPrimaryKey(),
			networkMeeting);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {
				networkMeeting.getUuid(), networkMeeting.getGroupId()
			},
			networkMeeting);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the network meetings in the entity cache if it is enabled.
	 *
	 * @param networkMeetings the network meetings
	 */
	@Override
	public void cacheResult(List<NetworkMeeting> networkMeetings) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (networkMeetings.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (NetworkMeeting networkMeeting : networkMeetings) {
			if (entityCache.getResult(
					NetworkMeetingImpl.class, networkMeeting.getPrimaryKey()) ==
						null) {

				cacheResult(networkMeeting);
			}
		}
	}

	/**
	 * Clears the cache for all network meetings.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(NetworkMeetingImpl.class);

		finderCache.clearCache(NetworkMeetingImpl.class);
	}

	/**
	 * Clears the cache for the network meeting.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(NetworkMeeting networkMeeting) {
		entityCache.removeResult(NetworkMeetingImpl.class, networkMeeting);
	}

	@Override
	public void clearCache(List<NetworkMeeting> networkMeetings) {
		for (NetworkMeeting networkMeeting : networkMeetings) {
			entityCache.removeResult(NetworkMeetingImpl.class, networkMeeting);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(NetworkMeetingImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(NetworkMeetingImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		NetworkMeetingModelImpl networkMeetingModelImpl) {

		Object[] args = new Object[] {
			networkMeetingModelImpl.getUuid(),
			networkMeetingModelImpl.getGroupId()
		};

		finderCache.putResult(_finderPathCountByUUID_G, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByUUID_G, args, networkMeetingModelImpl);
	}

	/**
	 * Creates a new network meeting with the primary key. Does not add the network meeting to the database.
	 *
	 * @param networkMeetingId the primary key for the new network meeting
	 * @return the new network meeting
	 */
	@Override
	public NetworkMeeting create(long networkMeetingId) {
		NetworkMeeting networkMeeting = new NetworkMeetingImpl();

		networkMeeting.setNew(true);
		networkMeeting.setPrimaryKey(networkMeetingId);

		String uuid = PortalUUIDUtil.generate();

		networkMeeting.setUuid(uuid);

		networkMeeting.setCompanyId(CompanyThreadLocal.getCompanyId());

		return networkMeeting;
	}

	/**
	 * Removes the network meeting with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param networkMeetingId the primary key of the network meeting
	 * @return the network meeting that was removed
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	@Override
	public NetworkMeeting remove(long networkMeetingId)
		throws NoSuchNetworkMeetingException {

		return remove((Serializable)networkMeetingId);
	}

	/**
	 * Removes the network meeting with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the network meeting
	 * @return the network meeting that was removed
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	@Override
	public NetworkMeeting remove(Serializable primaryKey)
		throws NoSuchNetworkMeetingException {

		Session session = null;

		try {
			session = openSession();

			NetworkMeeting networkMeeting = (NetworkMeeting)session.get(
				NetworkMeetingImpl.class, primaryKey);

			if (networkMeeting == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchNetworkMeetingException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(networkMeeting);
		}
		catch (NoSuchNetworkMeetingException noSuchEntityException) {
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
	protected NetworkMeeting removeImpl(NetworkMeeting networkMeeting) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(networkMeeting)) {
				networkMeeting = (NetworkMeeting)session.get(
					NetworkMeetingImpl.class,
					networkMeeting.getPrimaryKeyObj());
			}

			if (networkMeeting != null) {
				session.delete(networkMeeting);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (networkMeeting != null) {
			clearCache(networkMeeting);
		}

		return networkMeeting;
	}

	@Override
	public NetworkMeeting updateImpl(NetworkMeeting networkMeeting) {
		boolean isNew = networkMeeting.isNew();

		if (!(networkMeeting instanceof NetworkMeetingModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(networkMeeting.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					networkMeeting);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in networkMeeting proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom NetworkMeeting implementation " +
					networkMeeting.getClass());
		}

		NetworkMeetingModelImpl networkMeetingModelImpl =
			(NetworkMeetingModelImpl)networkMeeting;

		if (Validator.isNull(networkMeeting.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			networkMeeting.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (networkMeeting.getCreateDate() == null)) {
			if (serviceContext == null) {
				networkMeeting.setCreateDate(date);
			}
			else {
				networkMeeting.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!networkMeetingModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				networkMeeting.setModifiedDate(date);
			}
			else {
				networkMeeting.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(networkMeeting);
			}
			else {
				networkMeeting = (NetworkMeeting)session.merge(networkMeeting);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			NetworkMeetingImpl.class, networkMeetingModelImpl, false, true);

		cacheUniqueFindersCache(networkMeetingModelImpl);

		if (isNew) {
			networkMeeting.setNew(false);
		}

		networkMeeting.resetOriginalValues();

		return networkMeeting;
	}

	/**
	 * Returns the network meeting with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the network meeting
	 * @return the network meeting
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	@Override
	public NetworkMeeting findByPrimaryKey(Serializable primaryKey)
		throws NoSuchNetworkMeetingException {

		NetworkMeeting networkMeeting = fetchByPrimaryKey(primaryKey);

		if (networkMeeting == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchNetworkMeetingException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return networkMeeting;
	}

	/**
	 * Returns the network meeting with the primary key or throws a <code>NoSuchNetworkMeetingException</code> if it could not be found.
	 *
	 * @param networkMeetingId the primary key of the network meeting
	 * @return the network meeting
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	@Override
	public NetworkMeeting findByPrimaryKey(long networkMeetingId)
		throws NoSuchNetworkMeetingException {

		return findByPrimaryKey((Serializable)networkMeetingId);
	}

	/**
	 * Returns the network meeting with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param networkMeetingId the primary key of the network meeting
	 * @return the network meeting, or <code>null</code> if a network meeting with the primary key could not be found
	 */
	@Override
	public NetworkMeeting fetchByPrimaryKey(long networkMeetingId) {
		return fetchByPrimaryKey((Serializable)networkMeetingId);
	}

	/**
	 * Returns all the network meetings.
	 *
	 * @return the network meetings
	 */
	@Override
	public List<NetworkMeeting> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the network meetings.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @return the range of network meetings
	 */
	@Override
	public List<NetworkMeeting> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the network meetings.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of network meetings
	 */
	@Override
	public List<NetworkMeeting> findAll(
		int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the network meetings.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of network meetings
	 */
	@Override
	public List<NetworkMeeting> findAll(
		int start, int end, OrderByComparator<NetworkMeeting> orderByComparator,
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

		List<NetworkMeeting> list = null;

		if (useFinderCache) {
			list = (List<NetworkMeeting>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_NETWORKMEETING);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_NETWORKMEETING;

				sql = sql.concat(NetworkMeetingModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<NetworkMeeting>)QueryUtil.list(
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
	 * Removes all the network meetings from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (NetworkMeeting networkMeeting : findAll()) {
			remove(networkMeeting);
		}
	}

	/**
	 * Returns the number of network meetings.
	 *
	 * @return the number of network meetings
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_NETWORKMEETING);

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
		return "networkMeetingId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_NETWORKMEETING;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return NetworkMeetingModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the network meeting persistence.
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

		_finderPathWithPaginationFindByInstructorNetworkId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByInstructorNetworkId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"instructorNetworkId"}, true);

		_finderPathWithoutPaginationFindByInstructorNetworkId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"findByInstructorNetworkId", new String[] {Long.class.getName()},
			new String[] {"instructorNetworkId"}, true);

		_finderPathCountByInstructorNetworkId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countByInstructorNetworkId", new String[] {Long.class.getName()},
			new String[] {"instructorNetworkId"}, false);

		NetworkMeetingUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		NetworkMeetingUtil.setPersistence(null);

		entityCache.removeCache(NetworkMeetingImpl.class.getName());
	}

	@Override
	@Reference(
		target = LVInstructorPersistenceConstants.SERVICE_CONFIGURATION_FILTER,
		unbind = "-"
	)
	public void setConfiguration(Configuration configuration) {
	}

	@Override
	@Reference(
		target = LVInstructorPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setDataSource(DataSource dataSource) {
		super.setDataSource(dataSource);
	}

	@Override
	@Reference(
		target = LVInstructorPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setSessionFactory(SessionFactory sessionFactory) {
		super.setSessionFactory(sessionFactory);
	}

	@Reference
	protected EntityCache entityCache;

	@Reference
	protected FinderCache finderCache;

	private static final String _SQL_SELECT_NETWORKMEETING =
		"SELECT networkMeeting FROM NetworkMeeting networkMeeting";

	private static final String _SQL_SELECT_NETWORKMEETING_WHERE =
		"SELECT networkMeeting FROM NetworkMeeting networkMeeting WHERE ";

	private static final String _SQL_COUNT_NETWORKMEETING =
		"SELECT COUNT(networkMeeting) FROM NetworkMeeting networkMeeting";

	private static final String _SQL_COUNT_NETWORKMEETING_WHERE =
		"SELECT COUNT(networkMeeting) FROM NetworkMeeting networkMeeting WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "networkMeeting.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No NetworkMeeting exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No NetworkMeeting exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		NetworkMeetingPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}