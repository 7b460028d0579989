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

import se.livsviktig.instructor.exception.NoSuchMeetingParticipantException;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.MeetingParticipantTable;
import se.livsviktig.instructor.model.impl.MeetingParticipantImpl;
import se.livsviktig.instructor.model.impl.MeetingParticipantModelImpl;
import se.livsviktig.instructor.service.persistence.MeetingParticipantPersistence;
import se.livsviktig.instructor.service.persistence.MeetingParticipantUtil;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;

/**
 * The persistence implementation for the meeting participant service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = MeetingParticipantPersistence.class)
public class MeetingParticipantPersistenceImpl
	extends BasePersistenceImpl<MeetingParticipant>
	implements MeetingParticipantPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>MeetingParticipantUtil</code> to access the meeting participant persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		MeetingParticipantImpl.class.getName();

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
	 * Returns all the meeting participants where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the meeting participants where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByUuid(
		String uuid, int start, int end) {

		return findByUuid(uuid, start, end, null);
	}

	/**
	 * Returns an ordered range of all the meeting participants where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the meeting participants where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator,
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

		List<MeetingParticipant> list = null;

		if (useFinderCache) {
			list = (List<MeetingParticipant>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MeetingParticipant meetingParticipant : list) {
					if (!uuid.equals(meetingParticipant.getUuid())) {
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

			sb.append(_SQL_SELECT_MEETINGPARTICIPANT_WHERE);

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
				sb.append(MeetingParticipantModelImpl.ORDER_BY_JPQL);
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

				list = (List<MeetingParticipant>)QueryUtil.list(
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
	 * Returns the first meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant findByUuid_First(
			String uuid,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = fetchByUuid_First(
			uuid, orderByComparator);

		if (meetingParticipant != null) {
			return meetingParticipant;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchMeetingParticipantException(sb.toString());
	}

	/**
	 * Returns the first meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant fetchByUuid_First(
		String uuid, OrderByComparator<MeetingParticipant> orderByComparator) {

		List<MeetingParticipant> list = findByUuid(
			uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant findByUuid_Last(
			String uuid,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = fetchByUuid_Last(
			uuid, orderByComparator);

		if (meetingParticipant != null) {
			return meetingParticipant;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchMeetingParticipantException(sb.toString());
	}

	/**
	 * Returns the last meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant fetchByUuid_Last(
		String uuid, OrderByComparator<MeetingParticipant> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<MeetingParticipant> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the meeting participants before and after the current meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param meetingParticipantId the primary key of the current meeting participant
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	@Override
	public MeetingParticipant[] findByUuid_PrevAndNext(
			long meetingParticipantId, String uuid,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws NoSuchMeetingParticipantException {

		uuid = Objects.toString(uuid, "");

		MeetingParticipant meetingParticipant = findByPrimaryKey(
			meetingParticipantId);

		Session session = null;

		try {
			session = openSession();

			MeetingParticipant[] array = new MeetingParticipantImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, meetingParticipant, uuid, orderByComparator, true);

			array[1] = meetingParticipant;

			array[2] = getByUuid_PrevAndNext(
				session, meetingParticipant, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected MeetingParticipant getByUuid_PrevAndNext(
		Session session, MeetingParticipant meetingParticipant, String uuid,
		OrderByComparator<MeetingParticipant> orderByComparator,
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

		sb.append(_SQL_SELECT_MEETINGPARTICIPANT_WHERE);

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
			sb.append(MeetingParticipantModelImpl.ORDER_BY_JPQL);
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
						meetingParticipant)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MeetingParticipant> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the meeting participants where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (MeetingParticipant meetingParticipant :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(meetingParticipant);
		}
	}

	/**
	 * Returns the number of meeting participants where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching meeting participants
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MEETINGPARTICIPANT_WHERE);

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
		"meetingParticipant.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(meetingParticipant.uuid IS NULL OR meetingParticipant.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;
	private FinderPath _finderPathCountByUUID_G;

	/**
	 * Returns the meeting participant where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMeetingParticipantException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant findByUUID_G(String uuid, long groupId)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = fetchByUUID_G(uuid, groupId);

		if (meetingParticipant == null) {
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

			throw new NoSuchMeetingParticipantException(sb.toString());
		}

		return meetingParticipant;
	}

	/**
	 * Returns the meeting participant where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the meeting participant where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant fetchByUUID_G(
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

		if (result instanceof MeetingParticipant) {
			MeetingParticipant meetingParticipant = (MeetingParticipant)result;

			if (!Objects.equals(uuid, meetingParticipant.getUuid()) ||
				(groupId != meetingParticipant.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_MEETINGPARTICIPANT_WHERE);

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

				List<MeetingParticipant> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					MeetingParticipant meetingParticipant = list.get(0);

					result = meetingParticipant;

					cacheResult(meetingParticipant);
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
			return (MeetingParticipant)result;
		}
	}

	/**
	 * Removes the meeting participant where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the meeting participant that was removed
	 */
	@Override
	public MeetingParticipant removeByUUID_G(String uuid, long groupId)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = findByUUID_G(uuid, groupId);

		return remove(meetingParticipant);
	}

	/**
	 * Returns the number of meeting participants where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching meeting participants
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUUID_G;

		Object[] finderArgs = new Object[] {uuid, groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_MEETINGPARTICIPANT_WHERE);

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
		"meetingParticipant.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(meetingParticipant.uuid IS NULL OR meetingParticipant.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"meetingParticipant.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator,
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

		List<MeetingParticipant> list = null;

		if (useFinderCache) {
			list = (List<MeetingParticipant>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MeetingParticipant meetingParticipant : list) {
					if (!uuid.equals(meetingParticipant.getUuid()) ||
						(companyId != meetingParticipant.getCompanyId())) {

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

			sb.append(_SQL_SELECT_MEETINGPARTICIPANT_WHERE);

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
				sb.append(MeetingParticipantModelImpl.ORDER_BY_JPQL);
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

				list = (List<MeetingParticipant>)QueryUtil.list(
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
	 * Returns the first meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (meetingParticipant != null) {
			return meetingParticipant;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchMeetingParticipantException(sb.toString());
	}

	/**
	 * Returns the first meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		List<MeetingParticipant> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (meetingParticipant != null) {
			return meetingParticipant;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchMeetingParticipantException(sb.toString());
	}

	/**
	 * Returns the last meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<MeetingParticipant> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the meeting participants before and after the current meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param meetingParticipantId the primary key of the current meeting participant
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	@Override
	public MeetingParticipant[] findByUuid_C_PrevAndNext(
			long meetingParticipantId, String uuid, long companyId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws NoSuchMeetingParticipantException {

		uuid = Objects.toString(uuid, "");

		MeetingParticipant meetingParticipant = findByPrimaryKey(
			meetingParticipantId);

		Session session = null;

		try {
			session = openSession();

			MeetingParticipant[] array = new MeetingParticipantImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, meetingParticipant, uuid, companyId, orderByComparator,
				true);

			array[1] = meetingParticipant;

			array[2] = getByUuid_C_PrevAndNext(
				session, meetingParticipant, uuid, companyId, orderByComparator,
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

	protected MeetingParticipant getByUuid_C_PrevAndNext(
		Session session, MeetingParticipant meetingParticipant, String uuid,
		long companyId, OrderByComparator<MeetingParticipant> orderByComparator,
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

		sb.append(_SQL_SELECT_MEETINGPARTICIPANT_WHERE);

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
			sb.append(MeetingParticipantModelImpl.ORDER_BY_JPQL);
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
						meetingParticipant)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MeetingParticipant> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the meeting participants where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (MeetingParticipant meetingParticipant :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(meetingParticipant);
		}
	}

	/**
	 * Returns the number of meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching meeting participants
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_MEETINGPARTICIPANT_WHERE);

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
		"meetingParticipant.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(meetingParticipant.uuid IS NULL OR meetingParticipant.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"meetingParticipant.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByNetworkMeetingId;
	private FinderPath _finderPathWithoutPaginationFindByNetworkMeetingId;
	private FinderPath _finderPathCountByNetworkMeetingId;

	/**
	 * Returns all the meeting participants where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @return the matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByNetworkMeetingId(
		long networkMeetingId) {

		return findByNetworkMeetingId(
			networkMeetingId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the meeting participants where networkMeetingId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByNetworkMeetingId(
		long networkMeetingId, int start, int end) {

		return findByNetworkMeetingId(networkMeetingId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the meeting participants where networkMeetingId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByNetworkMeetingId(
		long networkMeetingId, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return findByNetworkMeetingId(
			networkMeetingId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the meeting participants where networkMeetingId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByNetworkMeetingId(
		long networkMeetingId, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByNetworkMeetingId;
				finderArgs = new Object[] {networkMeetingId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByNetworkMeetingId;
			finderArgs = new Object[] {
				networkMeetingId, start, end, orderByComparator
			};
		}

		List<MeetingParticipant> list = null;

		if (useFinderCache) {
			list = (List<MeetingParticipant>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MeetingParticipant meetingParticipant : list) {
					if (networkMeetingId !=
							meetingParticipant.getNetworkMeetingId()) {

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

			sb.append(_SQL_SELECT_MEETINGPARTICIPANT_WHERE);

			sb.append(_FINDER_COLUMN_NETWORKMEETINGID_NETWORKMEETINGID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MeetingParticipantModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(networkMeetingId);

				list = (List<MeetingParticipant>)QueryUtil.list(
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
	 * Returns the first meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant findByNetworkMeetingId_First(
			long networkMeetingId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = fetchByNetworkMeetingId_First(
			networkMeetingId, orderByComparator);

		if (meetingParticipant != null) {
			return meetingParticipant;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("networkMeetingId=");
		sb.append(networkMeetingId);

		sb.append("}");

		throw new NoSuchMeetingParticipantException(sb.toString());
	}

	/**
	 * Returns the first meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant fetchByNetworkMeetingId_First(
		long networkMeetingId,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		List<MeetingParticipant> list = findByNetworkMeetingId(
			networkMeetingId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant findByNetworkMeetingId_Last(
			long networkMeetingId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = fetchByNetworkMeetingId_Last(
			networkMeetingId, orderByComparator);

		if (meetingParticipant != null) {
			return meetingParticipant;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("networkMeetingId=");
		sb.append(networkMeetingId);

		sb.append("}");

		throw new NoSuchMeetingParticipantException(sb.toString());
	}

	/**
	 * Returns the last meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant fetchByNetworkMeetingId_Last(
		long networkMeetingId,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		int count = countByNetworkMeetingId(networkMeetingId);

		if (count == 0) {
			return null;
		}

		List<MeetingParticipant> list = findByNetworkMeetingId(
			networkMeetingId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the meeting participants before and after the current meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param meetingParticipantId the primary key of the current meeting participant
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	@Override
	public MeetingParticipant[] findByNetworkMeetingId_PrevAndNext(
			long meetingParticipantId, long networkMeetingId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = findByPrimaryKey(
			meetingParticipantId);

		Session session = null;

		try {
			session = openSession();

			MeetingParticipant[] array = new MeetingParticipantImpl[3];

			array[0] = getByNetworkMeetingId_PrevAndNext(
				session, meetingParticipant, networkMeetingId,
				orderByComparator, true);

			array[1] = meetingParticipant;

			array[2] = getByNetworkMeetingId_PrevAndNext(
				session, meetingParticipant, networkMeetingId,
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

	protected MeetingParticipant getByNetworkMeetingId_PrevAndNext(
		Session session, MeetingParticipant meetingParticipant,
		long networkMeetingId,
		OrderByComparator<MeetingParticipant> orderByComparator,
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

		sb.append(_SQL_SELECT_MEETINGPARTICIPANT_WHERE);

		sb.append(_FINDER_COLUMN_NETWORKMEETINGID_NETWORKMEETINGID_2);

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
			sb.append(MeetingParticipantModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(networkMeetingId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						meetingParticipant)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MeetingParticipant> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the meeting participants where networkMeetingId = &#63; from the database.
	 *
	 * @param networkMeetingId the network meeting ID
	 */
	@Override
	public void removeByNetworkMeetingId(long networkMeetingId) {
		for (MeetingParticipant meetingParticipant :
				findByNetworkMeetingId(
					networkMeetingId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(meetingParticipant);
		}
	}

	/**
	 * Returns the number of meeting participants where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @return the number of matching meeting participants
	 */
	@Override
	public int countByNetworkMeetingId(long networkMeetingId) {
		FinderPath finderPath = _finderPathCountByNetworkMeetingId;

		Object[] finderArgs = new Object[] {networkMeetingId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MEETINGPARTICIPANT_WHERE);

			sb.append(_FINDER_COLUMN_NETWORKMEETINGID_NETWORKMEETINGID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(networkMeetingId);

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
		_FINDER_COLUMN_NETWORKMEETINGID_NETWORKMEETINGID_2 =
			"meetingParticipant.networkMeetingId = ?";

	private FinderPath _finderPathWithPaginationFindByParticipantUserId;
	private FinderPath _finderPathWithoutPaginationFindByParticipantUserId;
	private FinderPath _finderPathCountByParticipantUserId;

	/**
	 * Returns all the meeting participants where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @return the matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByParticipantUserId(
		long participantUserId) {

		return findByParticipantUserId(
			participantUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the meeting participants where participantUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param participantUserId the participant user ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByParticipantUserId(
		long participantUserId, int start, int end) {

		return findByParticipantUserId(participantUserId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the meeting participants where participantUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param participantUserId the participant user ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByParticipantUserId(
		long participantUserId, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return findByParticipantUserId(
			participantUserId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the meeting participants where participantUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param participantUserId the participant user ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching meeting participants
	 */
	@Override
	public List<MeetingParticipant> findByParticipantUserId(
		long participantUserId, int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath =
					_finderPathWithoutPaginationFindByParticipantUserId;
				finderArgs = new Object[] {participantUserId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByParticipantUserId;
			finderArgs = new Object[] {
				participantUserId, start, end, orderByComparator
			};
		}

		List<MeetingParticipant> list = null;

		if (useFinderCache) {
			list = (List<MeetingParticipant>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (MeetingParticipant meetingParticipant : list) {
					if (participantUserId !=
							meetingParticipant.getParticipantUserId()) {

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

			sb.append(_SQL_SELECT_MEETINGPARTICIPANT_WHERE);

			sb.append(_FINDER_COLUMN_PARTICIPANTUSERID_PARTICIPANTUSERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(MeetingParticipantModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(participantUserId);

				list = (List<MeetingParticipant>)QueryUtil.list(
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
	 * Returns the first meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant findByParticipantUserId_First(
			long participantUserId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = fetchByParticipantUserId_First(
			participantUserId, orderByComparator);

		if (meetingParticipant != null) {
			return meetingParticipant;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("participantUserId=");
		sb.append(participantUserId);

		sb.append("}");

		throw new NoSuchMeetingParticipantException(sb.toString());
	}

	/**
	 * Returns the first meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant fetchByParticipantUserId_First(
		long participantUserId,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		List<MeetingParticipant> list = findByParticipantUserId(
			participantUserId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant findByParticipantUserId_Last(
			long participantUserId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = fetchByParticipantUserId_Last(
			participantUserId, orderByComparator);

		if (meetingParticipant != null) {
			return meetingParticipant;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("participantUserId=");
		sb.append(participantUserId);

		sb.append("}");

		throw new NoSuchMeetingParticipantException(sb.toString());
	}

	/**
	 * Returns the last meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant fetchByParticipantUserId_Last(
		long participantUserId,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		int count = countByParticipantUserId(participantUserId);

		if (count == 0) {
			return null;
		}

		List<MeetingParticipant> list = findByParticipantUserId(
			participantUserId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the meeting participants before and after the current meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param meetingParticipantId the primary key of the current meeting participant
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	@Override
	public MeetingParticipant[] findByParticipantUserId_PrevAndNext(
			long meetingParticipantId, long participantUserId,
			OrderByComparator<MeetingParticipant> orderByComparator)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = findByPrimaryKey(
			meetingParticipantId);

		Session session = null;

		try {
			session = openSession();

			MeetingParticipant[] array = new MeetingParticipantImpl[3];

			array[0] = getByParticipantUserId_PrevAndNext(
				session, meetingParticipant, participantUserId,
				orderByComparator, true);

			array[1] = meetingParticipant;

			array[2] = getByParticipantUserId_PrevAndNext(
				session, meetingParticipant, participantUserId,
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

	protected MeetingParticipant getByParticipantUserId_PrevAndNext(
		Session session, MeetingParticipant meetingParticipant,
		long participantUserId,
		OrderByComparator<MeetingParticipant> orderByComparator,
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

		sb.append(_SQL_SELECT_MEETINGPARTICIPANT_WHERE);

		sb.append(_FINDER_COLUMN_PARTICIPANTUSERID_PARTICIPANTUSERID_2);

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
			sb.append(MeetingParticipantModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(participantUserId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						meetingParticipant)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<MeetingParticipant> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the meeting participants where participantUserId = &#63; from the database.
	 *
	 * @param participantUserId the participant user ID
	 */
	@Override
	public void removeByParticipantUserId(long participantUserId) {
		for (MeetingParticipant meetingParticipant :
				findByParticipantUserId(
					participantUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(meetingParticipant);
		}
	}

	/**
	 * Returns the number of meeting participants where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @return the number of matching meeting participants
	 */
	@Override
	public int countByParticipantUserId(long participantUserId) {
		FinderPath finderPath = _finderPathCountByParticipantUserId;

		Object[] finderArgs = new Object[] {participantUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_MEETINGPARTICIPANT_WHERE);

			sb.append(_FINDER_COLUMN_PARTICIPANTUSERID_PARTICIPANTUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(participantUserId);

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
		_FINDER_COLUMN_PARTICIPANTUSERID_PARTICIPANTUSERID_2 =
			"meetingParticipant.participantUserId = ?";

	private FinderPath _finderPathFetchByNM_PU;
	private FinderPath _finderPathCountByNM_PU;

	/**
	 * Returns the meeting participant where networkMeetingId = &#63; and participantUserId = &#63; or throws a <code>NoSuchMeetingParticipantException</code> if it could not be found.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @return the matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant findByNM_PU(
			long networkMeetingId, long participantUserId)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = fetchByNM_PU(
			networkMeetingId, participantUserId);

		if (meetingParticipant == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("networkMeetingId=");
			sb.append(networkMeetingId);

			sb.append(", participantUserId=");
			sb.append(participantUserId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchMeetingParticipantException(sb.toString());
		}

		return meetingParticipant;
	}

	/**
	 * Returns the meeting participant where networkMeetingId = &#63; and participantUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant fetchByNM_PU(
		long networkMeetingId, long participantUserId) {

		return fetchByNM_PU(networkMeetingId, participantUserId, true);
	}

	/**
	 * Returns the meeting participant where networkMeetingId = &#63; and participantUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	@Override
	public MeetingParticipant fetchByNM_PU(
		long networkMeetingId, long participantUserId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {networkMeetingId, participantUserId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByNM_PU, finderArgs, this);
		}

		if (result instanceof MeetingParticipant) {
			MeetingParticipant meetingParticipant = (MeetingParticipant)result;

			if ((networkMeetingId !=
					meetingParticipant.getNetworkMeetingId()) ||
				(participantUserId !=
					meetingParticipant.getParticipantUserId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_MEETINGPARTICIPANT_WHERE);

			sb.append(_FINDER_COLUMN_NM_PU_NETWORKMEETINGID_2);

			sb.append(_FINDER_COLUMN_NM_PU_PARTICIPANTUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(networkMeetingId);

				queryPos.add(participantUserId);

				List<MeetingParticipant> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByNM_PU, finderArgs, list);
					}
				}
				else {
					MeetingParticipant meetingParticipant = list.get(0);

					result = meetingParticipant;

					cacheResult(meetingParticipant);
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
			return (MeetingParticipant)result;
		}
	}

	/**
	 * Removes the meeting participant where networkMeetingId = &#63; and participantUserId = &#63; from the database.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @return the meeting participant that was removed
	 */
	@Override
	public MeetingParticipant removeByNM_PU(
			long networkMeetingId, long participantUserId)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = findByNM_PU(
			networkMeetingId, participantUserId);

		return remove(meetingParticipant);
	}

	/**
	 * Returns the number of meeting participants where networkMeetingId = &#63; and participantUserId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @return the number of matching meeting participants
	 */
	@Override
	public int countByNM_PU(long networkMeetingId, long participantUserId) {
		FinderPath finderPath = _finderPathCountByNM_PU;

		Object[] finderArgs = new Object[] {
			networkMeetingId, participantUserId
		};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_MEETINGPARTICIPANT_WHERE);

			sb.append(_FINDER_COLUMN_NM_PU_NETWORKMEETINGID_2);

			sb.append(_FINDER_COLUMN_NM_PU_PARTICIPANTUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(networkMeetingId);

				queryPos.add(participantUserId);

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

	private static final String _FINDER_COLUMN_NM_PU_NETWORKMEETINGID_2 =
		"meetingParticipant.networkMeetingId = ? AND ";

	private static final String _FINDER_COLUMN_NM_PU_PARTICIPANTUSERID_2 =
		"meetingParticipant.participantUserId = ?";

	public MeetingParticipantPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(MeetingParticipant.class);

		setModelImplClass(MeetingParticipantImpl.class);
		setModelPKClass(long.class);

		setTable(MeetingParticipantTable.INSTANCE);
	}

	/**
	 * Caches the meeting participant in the entity cache if it is enabled.
	 *
	 * @param meetingParticipant the meeting participant
	 */
	@Override
	public void cacheResult(MeetingParticipant meetingParticipant) {
		entityCache.putResult(
			MeetingParticipantImpl.class, meetingParticipant.getPrimaryKey(),
			meetingParticipant);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {
				meetingParticipant.getUuid(), meetingParticipant.getGroupId()
			},
			meetingParticipant);

		finderCache.putResult(
			_finderPathFetchByNM_PU,
			new Object[] {
				meetingParticipant.getNetworkMeetingId(),
				meetingParticipant.getParticipantUserId()
			},
			meetingParticipant);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the meeting participants in the entity cache if it is enabled.
	 *
	 * @param meetingParticipants the meeting participants
	 */
	@Override
	public void cacheResult(List<MeetingParticipant> meetingParticipants) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (meetingParticipants.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (MeetingParticipant meetingParticipant : meetingParticipants) {
			if (entityCache.getResult(
					MeetingParticipantImpl.class,
					meetingParticipant.getPrimaryKey()) == null) {

				cacheResult(meetingParticipant);
			}
		}
	}

	/**
	 * Clears the cache for all meeting participants.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(MeetingParticipantImpl.class);

		finderCache.clearCache(MeetingParticipantImpl.class);
	}

	/**
	 * Clears the cache for the meeting participant.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(MeetingParticipant meetingParticipant) {
		entityCache.removeResult(
			MeetingParticipantImpl.class, meetingParticipant);
	}

	@Override
	public void clearCache(List<MeetingParticipant> meetingParticipants) {
		for (MeetingParticipant meetingParticipant : meetingParticipants) {
			entityCache.removeResult(
				MeetingParticipantImpl.class, meetingParticipant);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(MeetingParticipantImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(MeetingParticipantImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		MeetingParticipantModelImpl meetingParticipantModelImpl) {

		Object[] args = new Object[] {
			meetingParticipantModelImpl.getUuid(),
			meetingParticipantModelImpl.getGroupId()
		};

		finderCache.putResult(_finderPathCountByUUID_G, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByUUID_G, args, meetingParticipantModelImpl);

		args = new Object[] {
			meetingParticipantModelImpl.getNetworkMeetingId(),
			meetingParticipantModelImpl.getParticipantUserId()
		};

		finderCache.putResult(_finderPathCountByNM_PU, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByNM_PU, args, meetingParticipantModelImpl);
	}

	/**
	 * Creates a new meeting participant with the primary key. Does not add the meeting participant to the database.
	 *
	 * @param meetingParticipantId the primary key for the new meeting participant
	 * @return the new meeting participant
	 */
	@Override
	public MeetingParticipant create(long meetingParticipantId) {
		MeetingParticipant meetingParticipant = new MeetingParticipantImpl();

		meetingParticipant.setNew(true);
		meetingParticipant.setPrimaryKey(meetingParticipantId);

		String uuid = PortalUUIDUtil.generate();

		meetingParticipant.setUuid(uuid);

		meetingParticipant.setCompanyId(CompanyThreadLocal.getCompanyId());

		return meetingParticipant;
	}

	/**
	 * Removes the meeting participant with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param meetingParticipantId the primary key of the meeting participant
	 * @return the meeting participant that was removed
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	@Override
	public MeetingParticipant remove(long meetingParticipantId)
		throws NoSuchMeetingParticipantException {

		return remove((Serializable)meetingParticipantId);
	}

	/**
	 * Removes the meeting participant with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the meeting participant
	 * @return the meeting participant that was removed
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	@Override
	public MeetingParticipant remove(Serializable primaryKey)
		throws NoSuchMeetingParticipantException {

		Session session = null;

		try {
			session = openSession();

			MeetingParticipant meetingParticipant =
				(MeetingParticipant)session.get(
					MeetingParticipantImpl.class, primaryKey);

			if (meetingParticipant == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchMeetingParticipantException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(meetingParticipant);
		}
		catch (NoSuchMeetingParticipantException noSuchEntityException) {
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
	protected MeetingParticipant removeImpl(
		MeetingParticipant meetingParticipant) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(meetingParticipant)) {
				meetingParticipant = (MeetingParticipant)session.get(
					MeetingParticipantImpl.class,
					meetingParticipant.getPrimaryKeyObj());
			}

			if (meetingParticipant != null) {
				session.delete(meetingParticipant);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (meetingParticipant != null) {
			clearCache(meetingParticipant);
		}

		return meetingParticipant;
	}

	@Override
	public MeetingParticipant updateImpl(
		MeetingParticipant meetingParticipant) {

		boolean isNew = meetingParticipant.isNew();

		if (!(meetingParticipant instanceof MeetingParticipantModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(meetingParticipant.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					meetingParticipant);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in meetingParticipant proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom MeetingParticipant implementation " +
					meetingParticipant.getClass());
		}

		MeetingParticipantModelImpl meetingParticipantModelImpl =
			(MeetingParticipantModelImpl)meetingParticipant;

		if (Validator.isNull(meetingParticipant.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			meetingParticipant.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (meetingParticipant.getCreateDate() == null)) {
			if (serviceContext == null) {
				meetingParticipant.setCreateDate(date);
			}
			else {
				meetingParticipant.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!meetingParticipantModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				meetingParticipant.setModifiedDate(date);
			}
			else {
				meetingParticipant.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(meetingParticipant);
			}
			else {
				meetingParticipant = (MeetingParticipant)session.merge(
					meetingParticipant);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			MeetingParticipantImpl.class, meetingParticipantModelImpl, false,
			true);

		cacheUniqueFindersCache(meetingParticipantModelImpl);

		if (isNew) {
			meetingParticipant.setNew(false);
		}

		meetingParticipant.resetOriginalValues();

		return meetingParticipant;
	}

	/**
	 * Returns the meeting participant with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the meeting participant
	 * @return the meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	@Override
	public MeetingParticipant findByPrimaryKey(Serializable primaryKey)
		throws NoSuchMeetingParticipantException {

		MeetingParticipant meetingParticipant = fetchByPrimaryKey(primaryKey);

		if (meetingParticipant == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchMeetingParticipantException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return meetingParticipant;
	}

	/**
	 * Returns the meeting participant with the primary key or throws a <code>NoSuchMeetingParticipantException</code> if it could not be found.
	 *
	 * @param meetingParticipantId the primary key of the meeting participant
	 * @return the meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	@Override
	public MeetingParticipant findByPrimaryKey(long meetingParticipantId)
		throws NoSuchMeetingParticipantException {

		return findByPrimaryKey((Serializable)meetingParticipantId);
	}

	/**
	 * Returns the meeting participant with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param meetingParticipantId the primary key of the meeting participant
	 * @return the meeting participant, or <code>null</code> if a meeting participant with the primary key could not be found
	 */
	@Override
	public MeetingParticipant fetchByPrimaryKey(long meetingParticipantId) {
		return fetchByPrimaryKey((Serializable)meetingParticipantId);
	}

	/**
	 * Returns all the meeting participants.
	 *
	 * @return the meeting participants
	 */
	@Override
	public List<MeetingParticipant> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the meeting participants.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of meeting participants
	 */
	@Override
	public List<MeetingParticipant> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the meeting participants.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of meeting participants
	 */
	@Override
	public List<MeetingParticipant> findAll(
		int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the meeting participants.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of meeting participants
	 */
	@Override
	public List<MeetingParticipant> findAll(
		int start, int end,
		OrderByComparator<MeetingParticipant> orderByComparator,
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

		List<MeetingParticipant> list = null;

		if (useFinderCache) {
			list = (List<MeetingParticipant>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_MEETINGPARTICIPANT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_MEETINGPARTICIPANT;

				sql = sql.concat(MeetingParticipantModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<MeetingParticipant>)QueryUtil.list(
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
	 * Removes all the meeting participants from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (MeetingParticipant meetingParticipant : findAll()) {
			remove(meetingParticipant);
		}
	}

	/**
	 * Returns the number of meeting participants.
	 *
	 * @return the number of meeting participants
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
					_SQL_COUNT_MEETINGPARTICIPANT);

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
		return "meetingParticipantId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_MEETINGPARTICIPANT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return MeetingParticipantModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the meeting participant persistence.
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

		_finderPathWithPaginationFindByNetworkMeetingId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByNetworkMeetingId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"networkMeetingId"}, true);

		_finderPathWithoutPaginationFindByNetworkMeetingId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByNetworkMeetingId",
			new String[] {Long.class.getName()},
			new String[] {"networkMeetingId"}, true);

		_finderPathCountByNetworkMeetingId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countByNetworkMeetingId", new String[] {Long.class.getName()},
			new String[] {"networkMeetingId"}, false);

		_finderPathWithPaginationFindByParticipantUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByParticipantUserId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"participantUserId"}, true);

		_finderPathWithoutPaginationFindByParticipantUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"findByParticipantUserId", new String[] {Long.class.getName()},
			new String[] {"participantUserId"}, true);

		_finderPathCountByParticipantUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countByParticipantUserId", new String[] {Long.class.getName()},
			new String[] {"participantUserId"}, false);

		_finderPathFetchByNM_PU = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByNM_PU",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"networkMeetingId", "participantUserId"}, true);

		_finderPathCountByNM_PU = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByNM_PU",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"networkMeetingId", "participantUserId"}, false);

		MeetingParticipantUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		MeetingParticipantUtil.setPersistence(null);

		entityCache.removeCache(MeetingParticipantImpl.class.getName());
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

	private static final String _SQL_SELECT_MEETINGPARTICIPANT =
		"SELECT meetingParticipant FROM MeetingParticipant meetingParticipant";

	private static final String _SQL_SELECT_MEETINGPARTICIPANT_WHERE =
		"SELECT meetingParticipant FROM MeetingParticipant meetingParticipant WHERE ";

	private static final String _SQL_COUNT_MEETINGPARTICIPANT =
		"SELECT COUNT(meetingParticipant) FROM MeetingParticipant meetingParticipant";

	private static final String _SQL_COUNT_MEETINGPARTICIPANT_WHERE =
		"SELECT COUNT(meetingParticipant) FROM MeetingParticipant meetingParticipant WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "meetingParticipant.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No MeetingParticipant exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No MeetingParticipant exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		MeetingParticipantPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}