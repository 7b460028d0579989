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

import se.livsviktig.instructor.exception.NoSuchNetworkMemberException;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.model.NetworkMemberTable;
import se.livsviktig.instructor.model.impl.NetworkMemberImpl;
import se.livsviktig.instructor.model.impl.NetworkMemberModelImpl;
import se.livsviktig.instructor.service.persistence.NetworkMemberPersistence;
import se.livsviktig.instructor.service.persistence.NetworkMemberUtil;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;

/**
 * The persistence implementation for the network member service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = NetworkMemberPersistence.class)
public class NetworkMemberPersistenceImpl
	extends BasePersistenceImpl<NetworkMember>
	implements NetworkMemberPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>NetworkMemberUtil</code> to access the network member persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		NetworkMemberImpl.class.getName();

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
	 * Returns all the network members where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching network members
	 */
	@Override
	public List<NetworkMember> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the network members where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @return the range of matching network members
	 */
	@Override
	public List<NetworkMember> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
	}

	/**
	 * Returns an ordered range of all the network members where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network members
	 */
	@Override
	public List<NetworkMember> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the network members where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network members
	 */
	@Override
	public List<NetworkMember> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator,
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

		List<NetworkMember> list = null;

		if (useFinderCache) {
			list = (List<NetworkMember>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (NetworkMember networkMember : list) {
					if (!uuid.equals(networkMember.getUuid())) {
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

			sb.append(_SQL_SELECT_NETWORKMEMBER_WHERE);

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
				sb.append(NetworkMemberModelImpl.ORDER_BY_JPQL);
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

				list = (List<NetworkMember>)QueryUtil.list(
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
	 * Returns the first network member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	@Override
	public NetworkMember findByUuid_First(
			String uuid, OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = fetchByUuid_First(
			uuid, orderByComparator);

		if (networkMember != null) {
			return networkMember;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchNetworkMemberException(sb.toString());
	}

	/**
	 * Returns the first network member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByUuid_First(
		String uuid, OrderByComparator<NetworkMember> orderByComparator) {

		List<NetworkMember> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last network member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	@Override
	public NetworkMember findByUuid_Last(
			String uuid, OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = fetchByUuid_Last(uuid, orderByComparator);

		if (networkMember != null) {
			return networkMember;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchNetworkMemberException(sb.toString());
	}

	/**
	 * Returns the last network member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByUuid_Last(
		String uuid, OrderByComparator<NetworkMember> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<NetworkMember> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the network members before and after the current network member in the ordered set where uuid = &#63;.
	 *
	 * @param networkMemberId the primary key of the current network member
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	@Override
	public NetworkMember[] findByUuid_PrevAndNext(
			long networkMemberId, String uuid,
			OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		uuid = Objects.toString(uuid, "");

		NetworkMember networkMember = findByPrimaryKey(networkMemberId);

		Session session = null;

		try {
			session = openSession();

			NetworkMember[] array = new NetworkMemberImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, networkMember, uuid, orderByComparator, true);

			array[1] = networkMember;

			array[2] = getByUuid_PrevAndNext(
				session, networkMember, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected NetworkMember getByUuid_PrevAndNext(
		Session session, NetworkMember networkMember, String uuid,
		OrderByComparator<NetworkMember> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_NETWORKMEMBER_WHERE);

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
			sb.append(NetworkMemberModelImpl.ORDER_BY_JPQL);
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
						networkMember)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<NetworkMember> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the network members where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (NetworkMember networkMember :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(networkMember);
		}
	}

	/**
	 * Returns the number of network members where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching network members
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_NETWORKMEMBER_WHERE);

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
		"networkMember.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(networkMember.uuid IS NULL OR networkMember.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;
	private FinderPath _finderPathCountByUUID_G;

	/**
	 * Returns the network member where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchNetworkMemberException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	@Override
	public NetworkMember findByUUID_G(String uuid, long groupId)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = fetchByUUID_G(uuid, groupId);

		if (networkMember == null) {
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

			throw new NoSuchNetworkMemberException(sb.toString());
		}

		return networkMember;
	}

	/**
	 * Returns the network member where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the network member where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByUUID_G(
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

		if (result instanceof NetworkMember) {
			NetworkMember networkMember = (NetworkMember)result;

			if (!Objects.equals(uuid, networkMember.getUuid()) ||
				(groupId != networkMember.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_NETWORKMEMBER_WHERE);

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

				List<NetworkMember> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					NetworkMember networkMember = list.get(0);

					result = networkMember;

					cacheResult(networkMember);
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
			return (NetworkMember)result;
		}
	}

	/**
	 * Removes the network member where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the network member that was removed
	 */
	@Override
	public NetworkMember removeByUUID_G(String uuid, long groupId)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = findByUUID_G(uuid, groupId);

		return remove(networkMember);
	}

	/**
	 * Returns the number of network members where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching network members
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUUID_G;

		Object[] finderArgs = new Object[] {uuid, groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_NETWORKMEMBER_WHERE);

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
		"networkMember.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(networkMember.uuid IS NULL OR networkMember.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"networkMember.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the network members where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching network members
	 */
	@Override
	public List<NetworkMember> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the network members where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @return the range of matching network members
	 */
	@Override
	public List<NetworkMember> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the network members where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network members
	 */
	@Override
	public List<NetworkMember> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the network members where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network members
	 */
	@Override
	public List<NetworkMember> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator,
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

		List<NetworkMember> list = null;

		if (useFinderCache) {
			list = (List<NetworkMember>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (NetworkMember networkMember : list) {
					if (!uuid.equals(networkMember.getUuid()) ||
						(companyId != networkMember.getCompanyId())) {

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

			sb.append(_SQL_SELECT_NETWORKMEMBER_WHERE);

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
				sb.append(NetworkMemberModelImpl.ORDER_BY_JPQL);
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

				list = (List<NetworkMember>)QueryUtil.list(
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
	 * Returns the first network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	@Override
	public NetworkMember findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (networkMember != null) {
			return networkMember;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchNetworkMemberException(sb.toString());
	}

	/**
	 * Returns the first network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<NetworkMember> orderByComparator) {

		List<NetworkMember> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	@Override
	public NetworkMember findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (networkMember != null) {
			return networkMember;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchNetworkMemberException(sb.toString());
	}

	/**
	 * Returns the last network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<NetworkMember> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<NetworkMember> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the network members before and after the current network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param networkMemberId the primary key of the current network member
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	@Override
	public NetworkMember[] findByUuid_C_PrevAndNext(
			long networkMemberId, String uuid, long companyId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		uuid = Objects.toString(uuid, "");

		NetworkMember networkMember = findByPrimaryKey(networkMemberId);

		Session session = null;

		try {
			session = openSession();

			NetworkMember[] array = new NetworkMemberImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, networkMember, uuid, companyId, orderByComparator,
				true);

			array[1] = networkMember;

			array[2] = getByUuid_C_PrevAndNext(
				session, networkMember, uuid, companyId, orderByComparator,
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

	protected NetworkMember getByUuid_C_PrevAndNext(
		Session session, NetworkMember networkMember, String uuid,
		long companyId, OrderByComparator<NetworkMember> orderByComparator,
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

		sb.append(_SQL_SELECT_NETWORKMEMBER_WHERE);

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
			sb.append(NetworkMemberModelImpl.ORDER_BY_JPQL);
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
						networkMember)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<NetworkMember> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the network members where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (NetworkMember networkMember :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(networkMember);
		}
	}

	/**
	 * Returns the number of network members where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching network members
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_NETWORKMEMBER_WHERE);

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
		"networkMember.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(networkMember.uuid IS NULL OR networkMember.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"networkMember.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByInstructorNetworkId;
	private FinderPath _finderPathWithoutPaginationFindByInstructorNetworkId;
	private FinderPath _finderPathCountByInstructorNetworkId;

	/**
	 * Returns all the network members where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @return the matching network members
	 */
	@Override
	public List<NetworkMember> findByInstructorNetworkId(
		long instructorNetworkId) {

		return findByInstructorNetworkId(
			instructorNetworkId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the network members where instructorNetworkId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @return the range of matching network members
	 */
	@Override
	public List<NetworkMember> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end) {

		return findByInstructorNetworkId(instructorNetworkId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the network members where instructorNetworkId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network members
	 */
	@Override
	public List<NetworkMember> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return findByInstructorNetworkId(
			instructorNetworkId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the network members where instructorNetworkId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network members
	 */
	@Override
	public List<NetworkMember> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator,
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

		List<NetworkMember> list = null;

		if (useFinderCache) {
			list = (List<NetworkMember>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (NetworkMember networkMember : list) {
					if (instructorNetworkId !=
							networkMember.getInstructorNetworkId()) {

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

			sb.append(_SQL_SELECT_NETWORKMEMBER_WHERE);

			sb.append(_FINDER_COLUMN_INSTRUCTORNETWORKID_INSTRUCTORNETWORKID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(NetworkMemberModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(instructorNetworkId);

				list = (List<NetworkMember>)QueryUtil.list(
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
	 * Returns the first network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	@Override
	public NetworkMember findByInstructorNetworkId_First(
			long instructorNetworkId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = fetchByInstructorNetworkId_First(
			instructorNetworkId, orderByComparator);

		if (networkMember != null) {
			return networkMember;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("instructorNetworkId=");
		sb.append(instructorNetworkId);

		sb.append("}");

		throw new NoSuchNetworkMemberException(sb.toString());
	}

	/**
	 * Returns the first network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByInstructorNetworkId_First(
		long instructorNetworkId,
		OrderByComparator<NetworkMember> orderByComparator) {

		List<NetworkMember> list = findByInstructorNetworkId(
			instructorNetworkId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	@Override
	public NetworkMember findByInstructorNetworkId_Last(
			long instructorNetworkId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = fetchByInstructorNetworkId_Last(
			instructorNetworkId, orderByComparator);

		if (networkMember != null) {
			return networkMember;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("instructorNetworkId=");
		sb.append(instructorNetworkId);

		sb.append("}");

		throw new NoSuchNetworkMemberException(sb.toString());
	}

	/**
	 * Returns the last network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByInstructorNetworkId_Last(
		long instructorNetworkId,
		OrderByComparator<NetworkMember> orderByComparator) {

		int count = countByInstructorNetworkId(instructorNetworkId);

		if (count == 0) {
			return null;
		}

		List<NetworkMember> list = findByInstructorNetworkId(
			instructorNetworkId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the network members before and after the current network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param networkMemberId the primary key of the current network member
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	@Override
	public NetworkMember[] findByInstructorNetworkId_PrevAndNext(
			long networkMemberId, long instructorNetworkId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = findByPrimaryKey(networkMemberId);

		Session session = null;

		try {
			session = openSession();

			NetworkMember[] array = new NetworkMemberImpl[3];

			array[0] = getByInstructorNetworkId_PrevAndNext(
				session, networkMember, instructorNetworkId, orderByComparator,
				true);

			array[1] = networkMember;

			array[2] = getByInstructorNetworkId_PrevAndNext(
				session, networkMember, instructorNetworkId, orderByComparator,
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

	protected NetworkMember getByInstructorNetworkId_PrevAndNext(
		Session session, NetworkMember networkMember, long instructorNetworkId,
		OrderByComparator<NetworkMember> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_NETWORKMEMBER_WHERE);

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
			sb.append(NetworkMemberModelImpl.ORDER_BY_JPQL);
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
						networkMember)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<NetworkMember> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the network members where instructorNetworkId = &#63; from the database.
	 *
	 * @param instructorNetworkId the instructor network ID
	 */
	@Override
	public void removeByInstructorNetworkId(long instructorNetworkId) {
		for (NetworkMember networkMember :
				findByInstructorNetworkId(
					instructorNetworkId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(networkMember);
		}
	}

	/**
	 * Returns the number of network members where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @return the number of matching network members
	 */
	@Override
	public int countByInstructorNetworkId(long instructorNetworkId) {
		FinderPath finderPath = _finderPathCountByInstructorNetworkId;

		Object[] finderArgs = new Object[] {instructorNetworkId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_NETWORKMEMBER_WHERE);

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
			"networkMember.instructorNetworkId = ?";

	private FinderPath _finderPathWithPaginationFindByMemberUserId;
	private FinderPath _finderPathWithoutPaginationFindByMemberUserId;
	private FinderPath _finderPathCountByMemberUserId;

	/**
	 * Returns all the network members where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @return the matching network members
	 */
	@Override
	public List<NetworkMember> findByMemberUserId(long memberUserId) {
		return findByMemberUserId(
			memberUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the network members where memberUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param memberUserId the member user ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @return the range of matching network members
	 */
	@Override
	public List<NetworkMember> findByMemberUserId(
		long memberUserId, int start, int end) {

		return findByMemberUserId(memberUserId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the network members where memberUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param memberUserId the member user ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network members
	 */
	@Override
	public List<NetworkMember> findByMemberUserId(
		long memberUserId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return findByMemberUserId(
			memberUserId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the network members where memberUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param memberUserId the member user ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network members
	 */
	@Override
	public List<NetworkMember> findByMemberUserId(
		long memberUserId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByMemberUserId;
				finderArgs = new Object[] {memberUserId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByMemberUserId;
			finderArgs = new Object[] {
				memberUserId, start, end, orderByComparator
			};
		}

		List<NetworkMember> list = null;

		if (useFinderCache) {
			list = (List<NetworkMember>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (NetworkMember networkMember : list) {
					if (memberUserId != networkMember.getMemberUserId()) {
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

			sb.append(_SQL_SELECT_NETWORKMEMBER_WHERE);

			sb.append(_FINDER_COLUMN_MEMBERUSERID_MEMBERUSERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(NetworkMemberModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(memberUserId);

				list = (List<NetworkMember>)QueryUtil.list(
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
	 * Returns the first network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	@Override
	public NetworkMember findByMemberUserId_First(
			long memberUserId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = fetchByMemberUserId_First(
			memberUserId, orderByComparator);

		if (networkMember != null) {
			return networkMember;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("memberUserId=");
		sb.append(memberUserId);

		sb.append("}");

		throw new NoSuchNetworkMemberException(sb.toString());
	}

	/**
	 * Returns the first network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByMemberUserId_First(
		long memberUserId, OrderByComparator<NetworkMember> orderByComparator) {

		List<NetworkMember> list = findByMemberUserId(
			memberUserId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	@Override
	public NetworkMember findByMemberUserId_Last(
			long memberUserId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = fetchByMemberUserId_Last(
			memberUserId, orderByComparator);

		if (networkMember != null) {
			return networkMember;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("memberUserId=");
		sb.append(memberUserId);

		sb.append("}");

		throw new NoSuchNetworkMemberException(sb.toString());
	}

	/**
	 * Returns the last network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByMemberUserId_Last(
		long memberUserId, OrderByComparator<NetworkMember> orderByComparator) {

		int count = countByMemberUserId(memberUserId);

		if (count == 0) {
			return null;
		}

		List<NetworkMember> list = findByMemberUserId(
			memberUserId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the network members before and after the current network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param networkMemberId the primary key of the current network member
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	@Override
	public NetworkMember[] findByMemberUserId_PrevAndNext(
			long networkMemberId, long memberUserId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = findByPrimaryKey(networkMemberId);

		Session session = null;

		try {
			session = openSession();

			NetworkMember[] array = new NetworkMemberImpl[3];

			array[0] = getByMemberUserId_PrevAndNext(
				session, networkMember, memberUserId, orderByComparator, true);

			array[1] = networkMember;

			array[2] = getByMemberUserId_PrevAndNext(
				session, networkMember, memberUserId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected NetworkMember getByMemberUserId_PrevAndNext(
		Session session, NetworkMember networkMember, long memberUserId,
		OrderByComparator<NetworkMember> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_NETWORKMEMBER_WHERE);

		sb.append(_FINDER_COLUMN_MEMBERUSERID_MEMBERUSERID_2);

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
			sb.append(NetworkMemberModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(memberUserId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						networkMember)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<NetworkMember> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the network members where memberUserId = &#63; from the database.
	 *
	 * @param memberUserId the member user ID
	 */
	@Override
	public void removeByMemberUserId(long memberUserId) {
		for (NetworkMember networkMember :
				findByMemberUserId(
					memberUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(networkMember);
		}
	}

	/**
	 * Returns the number of network members where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @return the number of matching network members
	 */
	@Override
	public int countByMemberUserId(long memberUserId) {
		FinderPath finderPath = _finderPathCountByMemberUserId;

		Object[] finderArgs = new Object[] {memberUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_NETWORKMEMBER_WHERE);

			sb.append(_FINDER_COLUMN_MEMBERUSERID_MEMBERUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(memberUserId);

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

	private static final String _FINDER_COLUMN_MEMBERUSERID_MEMBERUSERID_2 =
		"networkMember.memberUserId = ?";

	private FinderPath _finderPathFetchByIN_MU;
	private FinderPath _finderPathCountByIN_MU;

	/**
	 * Returns the network member where instructorNetworkId = &#63; and memberUserId = &#63; or throws a <code>NoSuchNetworkMemberException</code> if it could not be found.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @return the matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	@Override
	public NetworkMember findByIN_MU(
			long instructorNetworkId, long memberUserId)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = fetchByIN_MU(
			instructorNetworkId, memberUserId);

		if (networkMember == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("instructorNetworkId=");
			sb.append(instructorNetworkId);

			sb.append(", memberUserId=");
			sb.append(memberUserId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchNetworkMemberException(sb.toString());
		}

		return networkMember;
	}

	/**
	 * Returns the network member where instructorNetworkId = &#63; and memberUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByIN_MU(
		long instructorNetworkId, long memberUserId) {

		return fetchByIN_MU(instructorNetworkId, memberUserId, true);
	}

	/**
	 * Returns the network member where instructorNetworkId = &#63; and memberUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByIN_MU(
		long instructorNetworkId, long memberUserId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {instructorNetworkId, memberUserId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByIN_MU, finderArgs, this);
		}

		if (result instanceof NetworkMember) {
			NetworkMember networkMember = (NetworkMember)result;

			if ((instructorNetworkId !=
					networkMember.getInstructorNetworkId()) ||
				(memberUserId != networkMember.getMemberUserId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_NETWORKMEMBER_WHERE);

			sb.append(_FINDER_COLUMN_IN_MU_INSTRUCTORNETWORKID_2);

			sb.append(_FINDER_COLUMN_IN_MU_MEMBERUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(instructorNetworkId);

				queryPos.add(memberUserId);

				List<NetworkMember> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByIN_MU, finderArgs, list);
					}
				}
				else {
					NetworkMember networkMember = list.get(0);

					result = networkMember;

					cacheResult(networkMember);
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
			return (NetworkMember)result;
		}
	}

	/**
	 * Removes the network member where instructorNetworkId = &#63; and memberUserId = &#63; from the database.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @return the network member that was removed
	 */
	@Override
	public NetworkMember removeByIN_MU(
			long instructorNetworkId, long memberUserId)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = findByIN_MU(
			instructorNetworkId, memberUserId);

		return remove(networkMember);
	}

	/**
	 * Returns the number of network members where instructorNetworkId = &#63; and memberUserId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @return the number of matching network members
	 */
	@Override
	public int countByIN_MU(long instructorNetworkId, long memberUserId) {
		FinderPath finderPath = _finderPathCountByIN_MU;

		Object[] finderArgs = new Object[] {instructorNetworkId, memberUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_NETWORKMEMBER_WHERE);

			sb.append(_FINDER_COLUMN_IN_MU_INSTRUCTORNETWORKID_2);

			sb.append(_FINDER_COLUMN_IN_MU_MEMBERUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(instructorNetworkId);

				queryPos.add(memberUserId);

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

	private static final String _FINDER_COLUMN_IN_MU_INSTRUCTORNETWORKID_2 =
		"networkMember.instructorNetworkId = ? AND ";

	private static final String _FINDER_COLUMN_IN_MU_MEMBERUSERID_2 =
		"networkMember.memberUserId = ?";

	private FinderPath _finderPathWithPaginationFindByIN_R;
	private FinderPath _finderPathWithoutPaginationFindByIN_R;
	private FinderPath _finderPathCountByIN_R;

	/**
	 * Returns all the network members where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @return the matching network members
	 */
	@Override
	public List<NetworkMember> findByIN_R(long instructorNetworkId, int role) {
		return findByIN_R(
			instructorNetworkId, role, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
			null);
	}

	/**
	 * Returns a range of all the network members where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @return the range of matching network members
	 */
	@Override
	public List<NetworkMember> findByIN_R(
		long instructorNetworkId, int role, int start, int end) {

		return findByIN_R(instructorNetworkId, role, start, end, null);
	}

	/**
	 * Returns an ordered range of all the network members where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network members
	 */
	@Override
	public List<NetworkMember> findByIN_R(
		long instructorNetworkId, int role, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return findByIN_R(
			instructorNetworkId, role, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the network members where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network members
	 */
	@Override
	public List<NetworkMember> findByIN_R(
		long instructorNetworkId, int role, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByIN_R;
				finderArgs = new Object[] {instructorNetworkId, role};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByIN_R;
			finderArgs = new Object[] {
				instructorNetworkId, role, start, end, orderByComparator
			};
		}

		List<NetworkMember> list = null;

		if (useFinderCache) {
			list = (List<NetworkMember>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (NetworkMember networkMember : list) {
					if ((instructorNetworkId !=
							networkMember.getInstructorNetworkId()) ||
						(role != networkMember.getRole())) {

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

			sb.append(_SQL_SELECT_NETWORKMEMBER_WHERE);

			sb.append(_FINDER_COLUMN_IN_R_INSTRUCTORNETWORKID_2);

			sb.append(_FINDER_COLUMN_IN_R_ROLE_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(NetworkMemberModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(instructorNetworkId);

				queryPos.add(role);

				list = (List<NetworkMember>)QueryUtil.list(
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
	 * Returns the first network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	@Override
	public NetworkMember findByIN_R_First(
			long instructorNetworkId, int role,
			OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = fetchByIN_R_First(
			instructorNetworkId, role, orderByComparator);

		if (networkMember != null) {
			return networkMember;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("instructorNetworkId=");
		sb.append(instructorNetworkId);

		sb.append(", role=");
		sb.append(role);

		sb.append("}");

		throw new NoSuchNetworkMemberException(sb.toString());
	}

	/**
	 * Returns the first network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByIN_R_First(
		long instructorNetworkId, int role,
		OrderByComparator<NetworkMember> orderByComparator) {

		List<NetworkMember> list = findByIN_R(
			instructorNetworkId, role, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	@Override
	public NetworkMember findByIN_R_Last(
			long instructorNetworkId, int role,
			OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = fetchByIN_R_Last(
			instructorNetworkId, role, orderByComparator);

		if (networkMember != null) {
			return networkMember;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("instructorNetworkId=");
		sb.append(instructorNetworkId);

		sb.append(", role=");
		sb.append(role);

		sb.append("}");

		throw new NoSuchNetworkMemberException(sb.toString());
	}

	/**
	 * Returns the last network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	@Override
	public NetworkMember fetchByIN_R_Last(
		long instructorNetworkId, int role,
		OrderByComparator<NetworkMember> orderByComparator) {

		int count = countByIN_R(instructorNetworkId, role);

		if (count == 0) {
			return null;
		}

		List<NetworkMember> list = findByIN_R(
			instructorNetworkId, role, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the network members before and after the current network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param networkMemberId the primary key of the current network member
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	@Override
	public NetworkMember[] findByIN_R_PrevAndNext(
			long networkMemberId, long instructorNetworkId, int role,
			OrderByComparator<NetworkMember> orderByComparator)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = findByPrimaryKey(networkMemberId);

		Session session = null;

		try {
			session = openSession();

			NetworkMember[] array = new NetworkMemberImpl[3];

			array[0] = getByIN_R_PrevAndNext(
				session, networkMember, instructorNetworkId, role,
				orderByComparator, true);

			array[1] = networkMember;

			array[2] = getByIN_R_PrevAndNext(
				session, networkMember, instructorNetworkId, role,
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

	protected NetworkMember getByIN_R_PrevAndNext(
		Session session, NetworkMember networkMember, long instructorNetworkId,
		int role, OrderByComparator<NetworkMember> orderByComparator,
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

		sb.append(_SQL_SELECT_NETWORKMEMBER_WHERE);

		sb.append(_FINDER_COLUMN_IN_R_INSTRUCTORNETWORKID_2);

		sb.append(_FINDER_COLUMN_IN_R_ROLE_2);

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
			sb.append(NetworkMemberModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(instructorNetworkId);

		queryPos.add(role);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						networkMember)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<NetworkMember> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the network members where instructorNetworkId = &#63; and role = &#63; from the database.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 */
	@Override
	public void removeByIN_R(long instructorNetworkId, int role) {
		for (NetworkMember networkMember :
				findByIN_R(
					instructorNetworkId, role, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(networkMember);
		}
	}

	/**
	 * Returns the number of network members where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @return the number of matching network members
	 */
	@Override
	public int countByIN_R(long instructorNetworkId, int role) {
		FinderPath finderPath = _finderPathCountByIN_R;

		Object[] finderArgs = new Object[] {instructorNetworkId, role};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_NETWORKMEMBER_WHERE);

			sb.append(_FINDER_COLUMN_IN_R_INSTRUCTORNETWORKID_2);

			sb.append(_FINDER_COLUMN_IN_R_ROLE_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(instructorNetworkId);

				queryPos.add(role);

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

	private static final String _FINDER_COLUMN_IN_R_INSTRUCTORNETWORKID_2 =
		"networkMember.instructorNetworkId = ? AND ";

	private static final String _FINDER_COLUMN_IN_R_ROLE_2 =
		"networkMember.role = ?";

	public NetworkMemberPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");
		dbColumnNames.put("role", "role_");

		setDBColumnNames(dbColumnNames);

		setModelClass(NetworkMember.class);

		setModelImplClass(NetworkMemberImpl.class);
		setModelPKClass(long.class);

		setTable(NetworkMemberTable.INSTANCE);
	}

	/**
	 * Caches the network member in the entity cache if it is enabled.
	 *
	 * @param networkMember the network member
	 */
	@Override
	public void cacheResult(NetworkMember networkMember) {
		entityCache.putResult(
			NetworkMemberImpl.class, networkMember.getPrimaryKey(),
			networkMember);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {networkMember.getUuid(), networkMember.getGroupId()},
			networkMember);

		finderCache.putResult(
			_finderPathFetchByIN_MU,
			new Object[] {
				networkMember.getInstructorNetworkId(),
				networkMember.getMemberUserId()
			},
			networkMember);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the network members in the entity cache if it is enabled.
	 *
	 * @param networkMembers the network members
	 */
	@Override
	public void cacheResult(List<NetworkMember> networkMembers) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (networkMembers.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (NetworkMember networkMember : networkMembers) {
			if (entityCache.getResult(
					NetworkMemberImpl.class, networkMember.getPrimaryKey()) ==
						null) {

				cacheResult(networkMember);
			}
		}
	}

	/**
	 * Clears the cache for all network members.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(NetworkMemberImpl.class);

		finderCache.clearCache(NetworkMemberImpl.class);
	}

	/**
	 * Clears the cache for the network member.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(NetworkMember networkMember) {
		entityCache.removeResult(NetworkMemberImpl.class, networkMember);
	}

	@Override
	public void clearCache(List<NetworkMember> networkMembers) {
		for (NetworkMember networkMember : networkMembers) {
			entityCache.removeResult(NetworkMemberImpl.class, networkMember);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(NetworkMemberImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(NetworkMemberImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		NetworkMemberModelImpl networkMemberModelImpl) {

		Object[] args = new Object[] {
			networkMemberModelImpl.getUuid(),
			networkMemberModelImpl.getGroupId()
		};

		finderCache.putResult(_finderPathCountByUUID_G, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByUUID_G, args, networkMemberModelImpl);

		args = new Object[] {
			networkMemberModelImpl.getInstructorNetworkId(),
			networkMemberModelImpl.getMemberUserId()
		};

		finderCache.putResult(_finderPathCountByIN_MU, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByIN_MU, args, networkMemberModelImpl);
	}

	/**
	 * Creates a new network member with the primary key. Does not add the network member to the database.
	 *
	 * @param networkMemberId the primary key for the new network member
	 * @return the new network member
	 */
	@Override
	public NetworkMember create(long networkMemberId) {
		NetworkMember networkMember = new NetworkMemberImpl();

		networkMember.setNew(true);
		networkMember.setPrimaryKey(networkMemberId);

		String uuid = PortalUUIDUtil.generate();

		networkMember.setUuid(uuid);

		networkMember.setCompanyId(CompanyThreadLocal.getCompanyId());

		return networkMember;
	}

	/**
	 * Removes the network member with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param networkMemberId the primary key of the network member
	 * @return the network member that was removed
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	@Override
	public NetworkMember remove(long networkMemberId)
		throws NoSuchNetworkMemberException {

		return remove((Serializable)networkMemberId);
	}

	/**
	 * Removes the network member with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the network member
	 * @return the network member that was removed
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	@Override
	public NetworkMember remove(Serializable primaryKey)
		throws NoSuchNetworkMemberException {

		Session session = null;

		try {
			session = openSession();

			NetworkMember networkMember = (NetworkMember)session.get(
				NetworkMemberImpl.class, primaryKey);

			if (networkMember == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchNetworkMemberException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(networkMember);
		}
		catch (NoSuchNetworkMemberException noSuchEntityException) {
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
	protected NetworkMember removeImpl(NetworkMember networkMember) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(networkMember)) {
				networkMember = (NetworkMember)session.get(
					NetworkMemberImpl.class, networkMember.getPrimaryKeyObj());
			}

			if (networkMember != null) {
				session.delete(networkMember);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (networkMember != null) {
			clearCache(networkMember);
		}

		return networkMember;
	}

	@Override
	public NetworkMember updateImpl(NetworkMember networkMember) {
		boolean isNew = networkMember.isNew();

		if (!(networkMember instanceof NetworkMemberModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(networkMember.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					networkMember);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in networkMember proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom NetworkMember implementation " +
					networkMember.getClass());
		}

		NetworkMemberModelImpl networkMemberModelImpl =
			(NetworkMemberModelImpl)networkMember;

		if (Validator.isNull(networkMember.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			networkMember.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (networkMember.getCreateDate() == null)) {
			if (serviceContext == null) {
				networkMember.setCreateDate(date);
			}
			else {
				networkMember.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!networkMemberModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				networkMember.setModifiedDate(date);
			}
			else {
				networkMember.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(networkMember);
			}
			else {
				networkMember = (NetworkMember)session.merge(networkMember);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			NetworkMemberImpl.class, networkMemberModelImpl, false, true);

		cacheUniqueFindersCache(networkMemberModelImpl);

		if (isNew) {
			networkMember.setNew(false);
		}

		networkMember.resetOriginalValues();

		return networkMember;
	}

	/**
	 * Returns the network member with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the network member
	 * @return the network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	@Override
	public NetworkMember findByPrimaryKey(Serializable primaryKey)
		throws NoSuchNetworkMemberException {

		NetworkMember networkMember = fetchByPrimaryKey(primaryKey);

		if (networkMember == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchNetworkMemberException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return networkMember;
	}

	/**
	 * Returns the network member with the primary key or throws a <code>NoSuchNetworkMemberException</code> if it could not be found.
	 *
	 * @param networkMemberId the primary key of the network member
	 * @return the network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	@Override
	public NetworkMember findByPrimaryKey(long networkMemberId)
		throws NoSuchNetworkMemberException {

		return findByPrimaryKey((Serializable)networkMemberId);
	}

	/**
	 * Returns the network member with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param networkMemberId the primary key of the network member
	 * @return the network member, or <code>null</code> if a network member with the primary key could not be found
	 */
	@Override
	public NetworkMember fetchByPrimaryKey(long networkMemberId) {
		return fetchByPrimaryKey((Serializable)networkMemberId);
	}

	/**
	 * Returns all the network members.
	 *
	 * @return the network members
	 */
	@Override
	public List<NetworkMember> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the network members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @return the range of network members
	 */
	@Override
	public List<NetworkMember> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the network members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of network members
	 */
	@Override
	public List<NetworkMember> findAll(
		int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the network members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of network members
	 */
	@Override
	public List<NetworkMember> findAll(
		int start, int end, OrderByComparator<NetworkMember> orderByComparator,
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

		List<NetworkMember> list = null;

		if (useFinderCache) {
			list = (List<NetworkMember>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_NETWORKMEMBER);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_NETWORKMEMBER;

				sql = sql.concat(NetworkMemberModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<NetworkMember>)QueryUtil.list(
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
	 * Removes all the network members from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (NetworkMember networkMember : findAll()) {
			remove(networkMember);
		}
	}

	/**
	 * Returns the number of network members.
	 *
	 * @return the number of network members
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_NETWORKMEMBER);

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
		return "networkMemberId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_NETWORKMEMBER;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return NetworkMemberModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the network member persistence.
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

		_finderPathWithPaginationFindByMemberUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByMemberUserId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"memberUserId"}, true);

		_finderPathWithoutPaginationFindByMemberUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByMemberUserId",
			new String[] {Long.class.getName()}, new String[] {"memberUserId"},
			true);

		_finderPathCountByMemberUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByMemberUserId",
			new String[] {Long.class.getName()}, new String[] {"memberUserId"},
			false);

		_finderPathFetchByIN_MU = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByIN_MU",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"instructorNetworkId", "memberUserId"}, true);

		_finderPathCountByIN_MU = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByIN_MU",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"instructorNetworkId", "memberUserId"}, false);

		_finderPathWithPaginationFindByIN_R = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByIN_R",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"instructorNetworkId", "role_"}, true);

		_finderPathWithoutPaginationFindByIN_R = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByIN_R",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"instructorNetworkId", "role_"}, true);

		_finderPathCountByIN_R = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByIN_R",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"instructorNetworkId", "role_"}, false);

		NetworkMemberUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		NetworkMemberUtil.setPersistence(null);

		entityCache.removeCache(NetworkMemberImpl.class.getName());
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

	private static final String _SQL_SELECT_NETWORKMEMBER =
		"SELECT networkMember FROM NetworkMember networkMember";

	private static final String _SQL_SELECT_NETWORKMEMBER_WHERE =
		"SELECT networkMember FROM NetworkMember networkMember WHERE ";

	private static final String _SQL_COUNT_NETWORKMEMBER =
		"SELECT COUNT(networkMember) FROM NetworkMember networkMember";

	private static final String _SQL_COUNT_NETWORKMEMBER_WHERE =
		"SELECT COUNT(networkMember) FROM NetworkMember networkMember WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "networkMember.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No NetworkMember exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No NetworkMember exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		NetworkMemberPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid", "role"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}