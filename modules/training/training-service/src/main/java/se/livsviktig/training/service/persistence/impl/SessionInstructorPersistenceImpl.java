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
import com.liferay.portal.kernel.util.ArrayUtil;
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

import se.livsviktig.training.exception.NoSuchSessionInstructorException;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.SessionInstructorTable;
import se.livsviktig.training.model.impl.SessionInstructorImpl;
import se.livsviktig.training.model.impl.SessionInstructorModelImpl;
import se.livsviktig.training.service.persistence.SessionInstructorPersistence;
import se.livsviktig.training.service.persistence.SessionInstructorUtil;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The persistence implementation for the session instructor service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = SessionInstructorPersistence.class)
public class SessionInstructorPersistenceImpl
	extends BasePersistenceImpl<SessionInstructor>
	implements SessionInstructorPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>SessionInstructorUtil</code> to access the session instructor persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		SessionInstructorImpl.class.getName();

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
	 * Returns all the session instructors where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session instructors where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session instructors where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session instructors where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
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

		List<SessionInstructor> list = null;

		if (useFinderCache) {
			list = (List<SessionInstructor>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionInstructor sessionInstructor : list) {
					if (!uuid.equals(sessionInstructor.getUuid())) {
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

			sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

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
				sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
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

				list = (List<SessionInstructor>)QueryUtil.list(
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
	 * Returns the first session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByUuid_First(
			String uuid, OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByUuid_First(
			uuid, orderByComparator);

		if (sessionInstructor != null) {
			return sessionInstructor;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchSessionInstructorException(sb.toString());
	}

	/**
	 * Returns the first session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByUuid_First(
		String uuid, OrderByComparator<SessionInstructor> orderByComparator) {

		List<SessionInstructor> list = findByUuid(
			uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByUuid_Last(
			String uuid, OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByUuid_Last(
			uuid, orderByComparator);

		if (sessionInstructor != null) {
			return sessionInstructor;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchSessionInstructorException(sb.toString());
	}

	/**
	 * Returns the last session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByUuid_Last(
		String uuid, OrderByComparator<SessionInstructor> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<SessionInstructor> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where uuid = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	@Override
	public SessionInstructor[] findByUuid_PrevAndNext(
			long sessionInstructorId, String uuid,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		uuid = Objects.toString(uuid, "");

		SessionInstructor sessionInstructor = findByPrimaryKey(
			sessionInstructorId);

		Session session = null;

		try {
			session = openSession();

			SessionInstructor[] array = new SessionInstructorImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, sessionInstructor, uuid, orderByComparator, true);

			array[1] = sessionInstructor;

			array[2] = getByUuid_PrevAndNext(
				session, sessionInstructor, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected SessionInstructor getByUuid_PrevAndNext(
		Session session, SessionInstructor sessionInstructor, String uuid,
		OrderByComparator<SessionInstructor> orderByComparator,
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

		sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

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
			sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
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
						sessionInstructor)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SessionInstructor> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the session instructors where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (SessionInstructor sessionInstructor :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(sessionInstructor);
		}
	}

	/**
	 * Returns the number of session instructors where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching session instructors
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SESSIONINSTRUCTOR_WHERE);

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
		"sessionInstructor.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(sessionInstructor.uuid IS NULL OR sessionInstructor.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;
	private FinderPath _finderPathCountByUUID_G;

	/**
	 * Returns the session instructor where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSessionInstructorException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByUUID_G(String uuid, long groupId)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByUUID_G(uuid, groupId);

		if (sessionInstructor == null) {
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

			throw new NoSuchSessionInstructorException(sb.toString());
		}

		return sessionInstructor;
	}

	/**
	 * Returns the session instructor where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the session instructor where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByUUID_G(
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

		if (result instanceof SessionInstructor) {
			SessionInstructor sessionInstructor = (SessionInstructor)result;

			if (!Objects.equals(uuid, sessionInstructor.getUuid()) ||
				(groupId != sessionInstructor.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

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

				List<SessionInstructor> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					SessionInstructor sessionInstructor = list.get(0);

					result = sessionInstructor;

					cacheResult(sessionInstructor);
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
			return (SessionInstructor)result;
		}
	}

	/**
	 * Removes the session instructor where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the session instructor that was removed
	 */
	@Override
	public SessionInstructor removeByUUID_G(String uuid, long groupId)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = findByUUID_G(uuid, groupId);

		return remove(sessionInstructor);
	}

	/**
	 * Returns the number of session instructors where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching session instructors
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUUID_G;

		Object[] finderArgs = new Object[] {uuid, groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SESSIONINSTRUCTOR_WHERE);

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
		"sessionInstructor.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(sessionInstructor.uuid IS NULL OR sessionInstructor.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"sessionInstructor.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the session instructors where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session instructors where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session instructors where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session instructors where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
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

		List<SessionInstructor> list = null;

		if (useFinderCache) {
			list = (List<SessionInstructor>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionInstructor sessionInstructor : list) {
					if (!uuid.equals(sessionInstructor.getUuid()) ||
						(companyId != sessionInstructor.getCompanyId())) {

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

			sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

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
				sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
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

				list = (List<SessionInstructor>)QueryUtil.list(
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
	 * Returns the first session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (sessionInstructor != null) {
			return sessionInstructor;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchSessionInstructorException(sb.toString());
	}

	/**
	 * Returns the first session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<SessionInstructor> orderByComparator) {

		List<SessionInstructor> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (sessionInstructor != null) {
			return sessionInstructor;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchSessionInstructorException(sb.toString());
	}

	/**
	 * Returns the last session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<SessionInstructor> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<SessionInstructor> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	@Override
	public SessionInstructor[] findByUuid_C_PrevAndNext(
			long sessionInstructorId, String uuid, long companyId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		uuid = Objects.toString(uuid, "");

		SessionInstructor sessionInstructor = findByPrimaryKey(
			sessionInstructorId);

		Session session = null;

		try {
			session = openSession();

			SessionInstructor[] array = new SessionInstructorImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, sessionInstructor, uuid, companyId, orderByComparator,
				true);

			array[1] = sessionInstructor;

			array[2] = getByUuid_C_PrevAndNext(
				session, sessionInstructor, uuid, companyId, orderByComparator,
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

	protected SessionInstructor getByUuid_C_PrevAndNext(
		Session session, SessionInstructor sessionInstructor, String uuid,
		long companyId, OrderByComparator<SessionInstructor> orderByComparator,
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

		sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

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
			sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
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
						sessionInstructor)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SessionInstructor> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the session instructors where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (SessionInstructor sessionInstructor :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(sessionInstructor);
		}
	}

	/**
	 * Returns the number of session instructors where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching session instructors
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SESSIONINSTRUCTOR_WHERE);

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
		"sessionInstructor.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(sessionInstructor.uuid IS NULL OR sessionInstructor.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"sessionInstructor.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByCourseSessionId;
	private FinderPath _finderPathWithoutPaginationFindByCourseSessionId;
	private FinderPath _finderPathCountByCourseSessionId;

	/**
	 * Returns all the session instructors where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByCourseSessionId(long courseSessionId) {
		return findByCourseSessionId(
			courseSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session instructors where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByCourseSessionId(
		long courseSessionId, int start, int end) {

		return findByCourseSessionId(courseSessionId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session instructors where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return findByCourseSessionId(
			courseSessionId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session instructors where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
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

		List<SessionInstructor> list = null;

		if (useFinderCache) {
			list = (List<SessionInstructor>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionInstructor sessionInstructor : list) {
					if (courseSessionId !=
							sessionInstructor.getCourseSessionId()) {

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

			sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

			sb.append(_FINDER_COLUMN_COURSESESSIONID_COURSESESSIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				list = (List<SessionInstructor>)QueryUtil.list(
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
	 * Returns the first session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByCourseSessionId_First(
			long courseSessionId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByCourseSessionId_First(
			courseSessionId, orderByComparator);

		if (sessionInstructor != null) {
			return sessionInstructor;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append("}");

		throw new NoSuchSessionInstructorException(sb.toString());
	}

	/**
	 * Returns the first session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByCourseSessionId_First(
		long courseSessionId,
		OrderByComparator<SessionInstructor> orderByComparator) {

		List<SessionInstructor> list = findByCourseSessionId(
			courseSessionId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByCourseSessionId_Last(
			long courseSessionId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByCourseSessionId_Last(
			courseSessionId, orderByComparator);

		if (sessionInstructor != null) {
			return sessionInstructor;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append("}");

		throw new NoSuchSessionInstructorException(sb.toString());
	}

	/**
	 * Returns the last session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByCourseSessionId_Last(
		long courseSessionId,
		OrderByComparator<SessionInstructor> orderByComparator) {

		int count = countByCourseSessionId(courseSessionId);

		if (count == 0) {
			return null;
		}

		List<SessionInstructor> list = findByCourseSessionId(
			courseSessionId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where courseSessionId = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	@Override
	public SessionInstructor[] findByCourseSessionId_PrevAndNext(
			long sessionInstructorId, long courseSessionId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = findByPrimaryKey(
			sessionInstructorId);

		Session session = null;

		try {
			session = openSession();

			SessionInstructor[] array = new SessionInstructorImpl[3];

			array[0] = getByCourseSessionId_PrevAndNext(
				session, sessionInstructor, courseSessionId, orderByComparator,
				true);

			array[1] = sessionInstructor;

			array[2] = getByCourseSessionId_PrevAndNext(
				session, sessionInstructor, courseSessionId, orderByComparator,
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

	protected SessionInstructor getByCourseSessionId_PrevAndNext(
		Session session, SessionInstructor sessionInstructor,
		long courseSessionId,
		OrderByComparator<SessionInstructor> orderByComparator,
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

		sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

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
			sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
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
						sessionInstructor)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SessionInstructor> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the session instructors where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	@Override
	public void removeByCourseSessionId(long courseSessionId) {
		for (SessionInstructor sessionInstructor :
				findByCourseSessionId(
					courseSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(sessionInstructor);
		}
	}

	/**
	 * Returns the number of session instructors where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching session instructors
	 */
	@Override
	public int countByCourseSessionId(long courseSessionId) {
		FinderPath finderPath = _finderPathCountByCourseSessionId;

		Object[] finderArgs = new Object[] {courseSessionId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SESSIONINSTRUCTOR_WHERE);

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
			"sessionInstructor.courseSessionId = ?";

	private FinderPath _finderPathWithPaginationFindByCS_S;
	private FinderPath _finderPathWithoutPaginationFindByCS_S;
	private FinderPath _finderPathCountByCS_S;
	private FinderPath _finderPathWithPaginationCountByCS_S;

	/**
	 * Returns all the session instructors where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @return the matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByCS_S(
		long courseSessionId, int status) {

		return findByCS_S(
			courseSessionId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
			null);
	}

	/**
	 * Returns a range of all the session instructors where courseSessionId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByCS_S(
		long courseSessionId, int status, int start, int end) {

		return findByCS_S(courseSessionId, status, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session instructors where courseSessionId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByCS_S(
		long courseSessionId, int status, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return findByCS_S(
			courseSessionId, status, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session instructors where courseSessionId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByCS_S(
		long courseSessionId, int status, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByCS_S;
				finderArgs = new Object[] {courseSessionId, status};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByCS_S;
			finderArgs = new Object[] {
				courseSessionId, status, start, end, orderByComparator
			};
		}

		List<SessionInstructor> list = null;

		if (useFinderCache) {
			list = (List<SessionInstructor>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionInstructor sessionInstructor : list) {
					if ((courseSessionId !=
							sessionInstructor.getCourseSessionId()) ||
						(status != sessionInstructor.getStatus())) {

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

			sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

			sb.append(_FINDER_COLUMN_CS_S_COURSESESSIONID_2);

			sb.append(_FINDER_COLUMN_CS_S_STATUS_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				queryPos.add(status);

				list = (List<SessionInstructor>)QueryUtil.list(
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
	 * Returns the first session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByCS_S_First(
			long courseSessionId, int status,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByCS_S_First(
			courseSessionId, status, orderByComparator);

		if (sessionInstructor != null) {
			return sessionInstructor;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSessionInstructorException(sb.toString());
	}

	/**
	 * Returns the first session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByCS_S_First(
		long courseSessionId, int status,
		OrderByComparator<SessionInstructor> orderByComparator) {

		List<SessionInstructor> list = findByCS_S(
			courseSessionId, status, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByCS_S_Last(
			long courseSessionId, int status,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByCS_S_Last(
			courseSessionId, status, orderByComparator);

		if (sessionInstructor != null) {
			return sessionInstructor;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSessionInstructorException(sb.toString());
	}

	/**
	 * Returns the last session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByCS_S_Last(
		long courseSessionId, int status,
		OrderByComparator<SessionInstructor> orderByComparator) {

		int count = countByCS_S(courseSessionId, status);

		if (count == 0) {
			return null;
		}

		List<SessionInstructor> list = findByCS_S(
			courseSessionId, status, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	@Override
	public SessionInstructor[] findByCS_S_PrevAndNext(
			long sessionInstructorId, long courseSessionId, int status,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = findByPrimaryKey(
			sessionInstructorId);

		Session session = null;

		try {
			session = openSession();

			SessionInstructor[] array = new SessionInstructorImpl[3];

			array[0] = getByCS_S_PrevAndNext(
				session, sessionInstructor, courseSessionId, status,
				orderByComparator, true);

			array[1] = sessionInstructor;

			array[2] = getByCS_S_PrevAndNext(
				session, sessionInstructor, courseSessionId, status,
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

	protected SessionInstructor getByCS_S_PrevAndNext(
		Session session, SessionInstructor sessionInstructor,
		long courseSessionId, int status,
		OrderByComparator<SessionInstructor> orderByComparator,
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

		sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

		sb.append(_FINDER_COLUMN_CS_S_COURSESESSIONID_2);

		sb.append(_FINDER_COLUMN_CS_S_STATUS_2);

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
			sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(courseSessionId);

		queryPos.add(status);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						sessionInstructor)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SessionInstructor> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Returns all the session instructors where courseSessionId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param statuses the statuses
	 * @return the matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByCS_S(
		long courseSessionId, int[] statuses) {

		return findByCS_S(
			courseSessionId, statuses, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
			null);
	}

	/**
	 * Returns a range of all the session instructors where courseSessionId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByCS_S(
		long courseSessionId, int[] statuses, int start, int end) {

		return findByCS_S(courseSessionId, statuses, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session instructors where courseSessionId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByCS_S(
		long courseSessionId, int[] statuses, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return findByCS_S(
			courseSessionId, statuses, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session instructors where courseSessionId = &#63; and status = &#63;, optionally using the finder cache.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByCS_S(
		long courseSessionId, int[] statuses, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		if (statuses == null) {
			statuses = new int[0];
		}
		else if (statuses.length > 1) {
			statuses = ArrayUtil.sortedUnique(statuses);
		}

		if (statuses.length == 1) {
			return findByCS_S(
				courseSessionId, statuses[0], start, end, orderByComparator);
		}

		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderArgs = new Object[] {
					courseSessionId, StringUtil.merge(statuses)
				};
			}
		}
		else if (useFinderCache) {
			finderArgs = new Object[] {
				courseSessionId, StringUtil.merge(statuses), start, end,
				orderByComparator
			};
		}

		List<SessionInstructor> list = null;

		if (useFinderCache) {
			list = (List<SessionInstructor>)finderCache.getResult(
				_finderPathWithPaginationFindByCS_S, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionInstructor sessionInstructor : list) {
					if ((courseSessionId !=
							sessionInstructor.getCourseSessionId()) ||
						!ArrayUtil.contains(
							statuses, sessionInstructor.getStatus())) {

						list = null;

						break;
					}
				}
			}
		}

		if (list == null) {
			StringBundler sb = new StringBundler();

			sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

			sb.append(_FINDER_COLUMN_CS_S_COURSESESSIONID_2);

			if (statuses.length > 0) {
				sb.append("(");

				sb.append(_FINDER_COLUMN_CS_S_STATUS_7);

				sb.append(StringUtil.merge(statuses));

				sb.append(")");

				sb.append(")");
			}

			sb.setStringAt(
				removeConjunction(sb.stringAt(sb.index() - 1)), sb.index() - 1);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				list = (List<SessionInstructor>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(
						_finderPathWithPaginationFindByCS_S, finderArgs, list);
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
	 * Removes all the session instructors where courseSessionId = &#63; and status = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 */
	@Override
	public void removeByCS_S(long courseSessionId, int status) {
		for (SessionInstructor sessionInstructor :
				findByCS_S(
					courseSessionId, status, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(sessionInstructor);
		}
	}

	/**
	 * Returns the number of session instructors where courseSessionId = &#63; and status = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param status the status
	 * @return the number of matching session instructors
	 */
	@Override
	public int countByCS_S(long courseSessionId, int status) {
		FinderPath finderPath = _finderPathCountByCS_S;

		Object[] finderArgs = new Object[] {courseSessionId, status};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SESSIONINSTRUCTOR_WHERE);

			sb.append(_FINDER_COLUMN_CS_S_COURSESESSIONID_2);

			sb.append(_FINDER_COLUMN_CS_S_STATUS_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				queryPos.add(status);

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
	 * Returns the number of session instructors where courseSessionId = &#63; and status = any &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param statuses the statuses
	 * @return the number of matching session instructors
	 */
	@Override
	public int countByCS_S(long courseSessionId, int[] statuses) {
		if (statuses == null) {
			statuses = new int[0];
		}
		else if (statuses.length > 1) {
			statuses = ArrayUtil.sortedUnique(statuses);
		}

		Object[] finderArgs = new Object[] {
			courseSessionId, StringUtil.merge(statuses)
		};

		Long count = (Long)finderCache.getResult(
			_finderPathWithPaginationCountByCS_S, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler();

			sb.append(_SQL_COUNT_SESSIONINSTRUCTOR_WHERE);

			sb.append(_FINDER_COLUMN_CS_S_COURSESESSIONID_2);

			if (statuses.length > 0) {
				sb.append("(");

				sb.append(_FINDER_COLUMN_CS_S_STATUS_7);

				sb.append(StringUtil.merge(statuses));

				sb.append(")");

				sb.append(")");
			}

			sb.setStringAt(
				removeConjunction(sb.stringAt(sb.index() - 1)), sb.index() - 1);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				count = (Long)query.uniqueResult();

				finderCache.putResult(
					_finderPathWithPaginationCountByCS_S, finderArgs, count);
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

	private static final String _FINDER_COLUMN_CS_S_COURSESESSIONID_2 =
		"sessionInstructor.courseSessionId = ? AND ";

	private static final String _FINDER_COLUMN_CS_S_STATUS_2 =
		"sessionInstructor.status = ?";

	private static final String _FINDER_COLUMN_CS_S_STATUS_7 =
		"sessionInstructor.status IN (";

	private FinderPath _finderPathFetchByCS_IU;
	private FinderPath _finderPathCountByCS_IU;

	/**
	 * Returns the session instructor where courseSessionId = &#63; and instructorUserId = &#63; or throws a <code>NoSuchSessionInstructorException</code> if it could not be found.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @return the matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByCS_IU(
			long courseSessionId, long instructorUserId)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByCS_IU(
			courseSessionId, instructorUserId);

		if (sessionInstructor == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("courseSessionId=");
			sb.append(courseSessionId);

			sb.append(", instructorUserId=");
			sb.append(instructorUserId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchSessionInstructorException(sb.toString());
		}

		return sessionInstructor;
	}

	/**
	 * Returns the session instructor where courseSessionId = &#63; and instructorUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByCS_IU(
		long courseSessionId, long instructorUserId) {

		return fetchByCS_IU(courseSessionId, instructorUserId, true);
	}

	/**
	 * Returns the session instructor where courseSessionId = &#63; and instructorUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByCS_IU(
		long courseSessionId, long instructorUserId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {courseSessionId, instructorUserId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByCS_IU, finderArgs, this);
		}

		if (result instanceof SessionInstructor) {
			SessionInstructor sessionInstructor = (SessionInstructor)result;

			if ((courseSessionId != sessionInstructor.getCourseSessionId()) ||
				(instructorUserId != sessionInstructor.getInstructorUserId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

			sb.append(_FINDER_COLUMN_CS_IU_COURSESESSIONID_2);

			sb.append(_FINDER_COLUMN_CS_IU_INSTRUCTORUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				queryPos.add(instructorUserId);

				List<SessionInstructor> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByCS_IU, finderArgs, list);
					}
				}
				else {
					SessionInstructor sessionInstructor = list.get(0);

					result = sessionInstructor;

					cacheResult(sessionInstructor);
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
			return (SessionInstructor)result;
		}
	}

	/**
	 * Removes the session instructor where courseSessionId = &#63; and instructorUserId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @return the session instructor that was removed
	 */
	@Override
	public SessionInstructor removeByCS_IU(
			long courseSessionId, long instructorUserId)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = findByCS_IU(
			courseSessionId, instructorUserId);

		return remove(sessionInstructor);
	}

	/**
	 * Returns the number of session instructors where courseSessionId = &#63; and instructorUserId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param instructorUserId the instructor user ID
	 * @return the number of matching session instructors
	 */
	@Override
	public int countByCS_IU(long courseSessionId, long instructorUserId) {
		FinderPath finderPath = _finderPathCountByCS_IU;

		Object[] finderArgs = new Object[] {courseSessionId, instructorUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SESSIONINSTRUCTOR_WHERE);

			sb.append(_FINDER_COLUMN_CS_IU_COURSESESSIONID_2);

			sb.append(_FINDER_COLUMN_CS_IU_INSTRUCTORUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				queryPos.add(instructorUserId);

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

	private static final String _FINDER_COLUMN_CS_IU_COURSESESSIONID_2 =
		"sessionInstructor.courseSessionId = ? AND ";

	private static final String _FINDER_COLUMN_CS_IU_INSTRUCTORUSERID_2 =
		"sessionInstructor.instructorUserId = ?";

	private FinderPath _finderPathWithPaginationFindByInstructorUserId;
	private FinderPath _finderPathWithoutPaginationFindByInstructorUserId;
	private FinderPath _finderPathCountByInstructorUserId;

	/**
	 * Returns all the session instructors where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @return the matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByInstructorUserId(
		long instructorUserId) {

		return findByInstructorUserId(
			instructorUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session instructors where instructorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByInstructorUserId(
		long instructorUserId, int start, int end) {

		return findByInstructorUserId(instructorUserId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session instructors where instructorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByInstructorUserId(
		long instructorUserId, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return findByInstructorUserId(
			instructorUserId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session instructors where instructorUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByInstructorUserId(
		long instructorUserId, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByInstructorUserId;
				finderArgs = new Object[] {instructorUserId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByInstructorUserId;
			finderArgs = new Object[] {
				instructorUserId, start, end, orderByComparator
			};
		}

		List<SessionInstructor> list = null;

		if (useFinderCache) {
			list = (List<SessionInstructor>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionInstructor sessionInstructor : list) {
					if (instructorUserId !=
							sessionInstructor.getInstructorUserId()) {

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

			sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

			sb.append(_FINDER_COLUMN_INSTRUCTORUSERID_INSTRUCTORUSERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(instructorUserId);

				list = (List<SessionInstructor>)QueryUtil.list(
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
	 * Returns the first session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByInstructorUserId_First(
			long instructorUserId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByInstructorUserId_First(
			instructorUserId, orderByComparator);

		if (sessionInstructor != null) {
			return sessionInstructor;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("instructorUserId=");
		sb.append(instructorUserId);

		sb.append("}");

		throw new NoSuchSessionInstructorException(sb.toString());
	}

	/**
	 * Returns the first session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByInstructorUserId_First(
		long instructorUserId,
		OrderByComparator<SessionInstructor> orderByComparator) {

		List<SessionInstructor> list = findByInstructorUserId(
			instructorUserId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByInstructorUserId_Last(
			long instructorUserId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByInstructorUserId_Last(
			instructorUserId, orderByComparator);

		if (sessionInstructor != null) {
			return sessionInstructor;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("instructorUserId=");
		sb.append(instructorUserId);

		sb.append("}");

		throw new NoSuchSessionInstructorException(sb.toString());
	}

	/**
	 * Returns the last session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByInstructorUserId_Last(
		long instructorUserId,
		OrderByComparator<SessionInstructor> orderByComparator) {

		int count = countByInstructorUserId(instructorUserId);

		if (count == 0) {
			return null;
		}

		List<SessionInstructor> list = findByInstructorUserId(
			instructorUserId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where instructorUserId = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param instructorUserId the instructor user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	@Override
	public SessionInstructor[] findByInstructorUserId_PrevAndNext(
			long sessionInstructorId, long instructorUserId,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = findByPrimaryKey(
			sessionInstructorId);

		Session session = null;

		try {
			session = openSession();

			SessionInstructor[] array = new SessionInstructorImpl[3];

			array[0] = getByInstructorUserId_PrevAndNext(
				session, sessionInstructor, instructorUserId, orderByComparator,
				true);

			array[1] = sessionInstructor;

			array[2] = getByInstructorUserId_PrevAndNext(
				session, sessionInstructor, instructorUserId, orderByComparator,
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

	protected SessionInstructor getByInstructorUserId_PrevAndNext(
		Session session, SessionInstructor sessionInstructor,
		long instructorUserId,
		OrderByComparator<SessionInstructor> orderByComparator,
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

		sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

		sb.append(_FINDER_COLUMN_INSTRUCTORUSERID_INSTRUCTORUSERID_2);

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
			sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(instructorUserId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						sessionInstructor)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SessionInstructor> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the session instructors where instructorUserId = &#63; from the database.
	 *
	 * @param instructorUserId the instructor user ID
	 */
	@Override
	public void removeByInstructorUserId(long instructorUserId) {
		for (SessionInstructor sessionInstructor :
				findByInstructorUserId(
					instructorUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(sessionInstructor);
		}
	}

	/**
	 * Returns the number of session instructors where instructorUserId = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @return the number of matching session instructors
	 */
	@Override
	public int countByInstructorUserId(long instructorUserId) {
		FinderPath finderPath = _finderPathCountByInstructorUserId;

		Object[] finderArgs = new Object[] {instructorUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SESSIONINSTRUCTOR_WHERE);

			sb.append(_FINDER_COLUMN_INSTRUCTORUSERID_INSTRUCTORUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(instructorUserId);

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
		_FINDER_COLUMN_INSTRUCTORUSERID_INSTRUCTORUSERID_2 =
			"sessionInstructor.instructorUserId = ?";

	private FinderPath _finderPathWithPaginationFindByIU_S;
	private FinderPath _finderPathWithoutPaginationFindByIU_S;
	private FinderPath _finderPathCountByIU_S;
	private FinderPath _finderPathWithPaginationCountByIU_S;

	/**
	 * Returns all the session instructors where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @return the matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByIU_S(
		long instructorUserId, int status) {

		return findByIU_S(
			instructorUserId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
			null);
	}

	/**
	 * Returns a range of all the session instructors where instructorUserId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByIU_S(
		long instructorUserId, int status, int start, int end) {

		return findByIU_S(instructorUserId, status, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session instructors where instructorUserId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByIU_S(
		long instructorUserId, int status, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return findByIU_S(
			instructorUserId, status, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session instructors where instructorUserId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByIU_S(
		long instructorUserId, int status, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByIU_S;
				finderArgs = new Object[] {instructorUserId, status};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByIU_S;
			finderArgs = new Object[] {
				instructorUserId, status, start, end, orderByComparator
			};
		}

		List<SessionInstructor> list = null;

		if (useFinderCache) {
			list = (List<SessionInstructor>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionInstructor sessionInstructor : list) {
					if ((instructorUserId !=
							sessionInstructor.getInstructorUserId()) ||
						(status != sessionInstructor.getStatus())) {

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

			sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

			sb.append(_FINDER_COLUMN_IU_S_INSTRUCTORUSERID_2);

			sb.append(_FINDER_COLUMN_IU_S_STATUS_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(instructorUserId);

				queryPos.add(status);

				list = (List<SessionInstructor>)QueryUtil.list(
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
	 * Returns the first session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByIU_S_First(
			long instructorUserId, int status,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByIU_S_First(
			instructorUserId, status, orderByComparator);

		if (sessionInstructor != null) {
			return sessionInstructor;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("instructorUserId=");
		sb.append(instructorUserId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSessionInstructorException(sb.toString());
	}

	/**
	 * Returns the first session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByIU_S_First(
		long instructorUserId, int status,
		OrderByComparator<SessionInstructor> orderByComparator) {

		List<SessionInstructor> list = findByIU_S(
			instructorUserId, status, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor
	 * @throws NoSuchSessionInstructorException if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor findByIU_S_Last(
			long instructorUserId, int status,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByIU_S_Last(
			instructorUserId, status, orderByComparator);

		if (sessionInstructor != null) {
			return sessionInstructor;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("instructorUserId=");
		sb.append(instructorUserId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSessionInstructorException(sb.toString());
	}

	/**
	 * Returns the last session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public SessionInstructor fetchByIU_S_Last(
		long instructorUserId, int status,
		OrderByComparator<SessionInstructor> orderByComparator) {

		int count = countByIU_S(instructorUserId, status);

		if (count == 0) {
			return null;
		}

		List<SessionInstructor> list = findByIU_S(
			instructorUserId, status, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the session instructors before and after the current session instructor in the ordered set where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param sessionInstructorId the primary key of the current session instructor
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	@Override
	public SessionInstructor[] findByIU_S_PrevAndNext(
			long sessionInstructorId, long instructorUserId, int status,
			OrderByComparator<SessionInstructor> orderByComparator)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = findByPrimaryKey(
			sessionInstructorId);

		Session session = null;

		try {
			session = openSession();

			SessionInstructor[] array = new SessionInstructorImpl[3];

			array[0] = getByIU_S_PrevAndNext(
				session, sessionInstructor, instructorUserId, status,
				orderByComparator, true);

			array[1] = sessionInstructor;

			array[2] = getByIU_S_PrevAndNext(
				session, sessionInstructor, instructorUserId, status,
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

	protected SessionInstructor getByIU_S_PrevAndNext(
		Session session, SessionInstructor sessionInstructor,
		long instructorUserId, int status,
		OrderByComparator<SessionInstructor> orderByComparator,
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

		sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

		sb.append(_FINDER_COLUMN_IU_S_INSTRUCTORUSERID_2);

		sb.append(_FINDER_COLUMN_IU_S_STATUS_2);

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
			sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(instructorUserId);

		queryPos.add(status);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						sessionInstructor)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SessionInstructor> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Returns all the session instructors where instructorUserId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param statuses the statuses
	 * @return the matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByIU_S(
		long instructorUserId, int[] statuses) {

		return findByIU_S(
			instructorUserId, statuses, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
			null);
	}

	/**
	 * Returns a range of all the session instructors where instructorUserId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByIU_S(
		long instructorUserId, int[] statuses, int start, int end) {

		return findByIU_S(instructorUserId, statuses, start, end, null);
	}

	/**
	 * Returns an ordered range of all the session instructors where instructorUserId = &#63; and status = any &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByIU_S(
		long instructorUserId, int[] statuses, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return findByIU_S(
			instructorUserId, statuses, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session instructors where instructorUserId = &#63; and status = &#63;, optionally using the finder cache.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param instructorUserId the instructor user ID
	 * @param statuses the statuses
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching session instructors
	 */
	@Override
	public List<SessionInstructor> findByIU_S(
		long instructorUserId, int[] statuses, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
		boolean useFinderCache) {

		if (statuses == null) {
			statuses = new int[0];
		}
		else if (statuses.length > 1) {
			statuses = ArrayUtil.sortedUnique(statuses);
		}

		if (statuses.length == 1) {
			return findByIU_S(
				instructorUserId, statuses[0], start, end, orderByComparator);
		}

		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderArgs = new Object[] {
					instructorUserId, StringUtil.merge(statuses)
				};
			}
		}
		else if (useFinderCache) {
			finderArgs = new Object[] {
				instructorUserId, StringUtil.merge(statuses), start, end,
				orderByComparator
			};
		}

		List<SessionInstructor> list = null;

		if (useFinderCache) {
			list = (List<SessionInstructor>)finderCache.getResult(
				_finderPathWithPaginationFindByIU_S, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SessionInstructor sessionInstructor : list) {
					if ((instructorUserId !=
							sessionInstructor.getInstructorUserId()) ||
						!ArrayUtil.contains(
							statuses, sessionInstructor.getStatus())) {

						list = null;

						break;
					}
				}
			}
		}

		if (list == null) {
			StringBundler sb = new StringBundler();

			sb.append(_SQL_SELECT_SESSIONINSTRUCTOR_WHERE);

			sb.append(_FINDER_COLUMN_IU_S_INSTRUCTORUSERID_2);

			if (statuses.length > 0) {
				sb.append("(");

				sb.append(_FINDER_COLUMN_IU_S_STATUS_7);

				sb.append(StringUtil.merge(statuses));

				sb.append(")");

				sb.append(")");
			}

			sb.setStringAt(
				removeConjunction(sb.stringAt(sb.index() - 1)), sb.index() - 1);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SessionInstructorModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(instructorUserId);

				list = (List<SessionInstructor>)QueryUtil.list(
					query, getDialect(), start, end);

				cacheResult(list);

				if (useFinderCache) {
					finderCache.putResult(
						_finderPathWithPaginationFindByIU_S, finderArgs, list);
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
	 * Removes all the session instructors where instructorUserId = &#63; and status = &#63; from the database.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 */
	@Override
	public void removeByIU_S(long instructorUserId, int status) {
		for (SessionInstructor sessionInstructor :
				findByIU_S(
					instructorUserId, status, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(sessionInstructor);
		}
	}

	/**
	 * Returns the number of session instructors where instructorUserId = &#63; and status = &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param status the status
	 * @return the number of matching session instructors
	 */
	@Override
	public int countByIU_S(long instructorUserId, int status) {
		FinderPath finderPath = _finderPathCountByIU_S;

		Object[] finderArgs = new Object[] {instructorUserId, status};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SESSIONINSTRUCTOR_WHERE);

			sb.append(_FINDER_COLUMN_IU_S_INSTRUCTORUSERID_2);

			sb.append(_FINDER_COLUMN_IU_S_STATUS_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(instructorUserId);

				queryPos.add(status);

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
	 * Returns the number of session instructors where instructorUserId = &#63; and status = any &#63;.
	 *
	 * @param instructorUserId the instructor user ID
	 * @param statuses the statuses
	 * @return the number of matching session instructors
	 */
	@Override
	public int countByIU_S(long instructorUserId, int[] statuses) {
		if (statuses == null) {
			statuses = new int[0];
		}
		else if (statuses.length > 1) {
			statuses = ArrayUtil.sortedUnique(statuses);
		}

		Object[] finderArgs = new Object[] {
			instructorUserId, StringUtil.merge(statuses)
		};

		Long count = (Long)finderCache.getResult(
			_finderPathWithPaginationCountByIU_S, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler();

			sb.append(_SQL_COUNT_SESSIONINSTRUCTOR_WHERE);

			sb.append(_FINDER_COLUMN_IU_S_INSTRUCTORUSERID_2);

			if (statuses.length > 0) {
				sb.append("(");

				sb.append(_FINDER_COLUMN_IU_S_STATUS_7);

				sb.append(StringUtil.merge(statuses));

				sb.append(")");

				sb.append(")");
			}

			sb.setStringAt(
				removeConjunction(sb.stringAt(sb.index() - 1)), sb.index() - 1);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(instructorUserId);

				count = (Long)query.uniqueResult();

				finderCache.putResult(
					_finderPathWithPaginationCountByIU_S, finderArgs, count);
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

	private static final String _FINDER_COLUMN_IU_S_INSTRUCTORUSERID_2 =
		"sessionInstructor.instructorUserId = ? AND ";

	private static final String _FINDER_COLUMN_IU_S_STATUS_2 =
		"sessionInstructor.status = ?";

	private static final String _FINDER_COLUMN_IU_S_STATUS_7 =
		"sessionInstructor.status IN (";

	public SessionInstructorPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(SessionInstructor.class);

		setModelImplClass(SessionInstructorImpl.class);
		setModelPKClass(long.class);

		setTable(SessionInstructorTable.INSTANCE);
	}

	/**
	 * Caches the session instructor in the entity cache if it is enabled.
	 *
	 * @param sessionInstructor the session instructor
	 */
	@Override
	public void cacheResult(SessionInstructor sessionInstructor) {
		entityCache.putResult(
			SessionInstructorImpl.class, sessionInstructor.getPrimaryKey(),
			sessionInstructor);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {
				sessionInstructor.getUuid(), sessionInstructor.getGroupId()
			},
			sessionInstructor);

		finderCache.putResult(
			_finderPathFetchByCS_IU,
			new Object[] {
				sessionInstructor.getCourseSessionId(),
				sessionInstructor.getInstructorUserId()
			},
			sessionInstructor);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the session instructors in the entity cache if it is enabled.
	 *
	 * @param sessionInstructors the session instructors
	 */
	@Override
	public void cacheResult(List<SessionInstructor> sessionInstructors) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (sessionInstructors.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (SessionInstructor sessionInstructor : sessionInstructors) {
			if (entityCache.getResult(
					SessionInstructorImpl.class,
					sessionInstructor.getPrimaryKey()) == null) {

				cacheResult(sessionInstructor);
			}
		}
	}

	/**
	 * Clears the cache for all session instructors.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(SessionInstructorImpl.class);

		finderCache.clearCache(SessionInstructorImpl.class);
	}

	/**
	 * Clears the cache for the session instructor.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(SessionInstructor sessionInstructor) {
		entityCache.removeResult(
			SessionInstructorImpl.class, sessionInstructor);
	}

	@Override
	public void clearCache(List<SessionInstructor> sessionInstructors) {
		for (SessionInstructor sessionInstructor : sessionInstructors) {
			entityCache.removeResult(
				SessionInstructorImpl.class, sessionInstructor);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(SessionInstructorImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(SessionInstructorImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		SessionInstructorModelImpl sessionInstructorModelImpl) {

		Object[] args = new Object[] {
			sessionInstructorModelImpl.getUuid(),
			sessionInstructorModelImpl.getGroupId()
		};

		finderCache.putResult(_finderPathCountByUUID_G, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByUUID_G, args, sessionInstructorModelImpl);

		args = new Object[] {
			sessionInstructorModelImpl.getCourseSessionId(),
			sessionInstructorModelImpl.getInstructorUserId()
		};

		finderCache.putResult(_finderPathCountByCS_IU, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByCS_IU, args, sessionInstructorModelImpl);
	}

	/**
	 * Creates a new session instructor with the primary key. Does not add the session instructor to the database.
	 *
	 * @param sessionInstructorId the primary key for the new session instructor
	 * @return the new session instructor
	 */
	@Override
	public SessionInstructor create(long sessionInstructorId) {
		SessionInstructor sessionInstructor = new SessionInstructorImpl();

		sessionInstructor.setNew(true);
		sessionInstructor.setPrimaryKey(sessionInstructorId);

		String uuid = PortalUUIDUtil.generate();

		sessionInstructor.setUuid(uuid);

		sessionInstructor.setCompanyId(CompanyThreadLocal.getCompanyId());

		return sessionInstructor;
	}

	/**
	 * Removes the session instructor with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param sessionInstructorId the primary key of the session instructor
	 * @return the session instructor that was removed
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	@Override
	public SessionInstructor remove(long sessionInstructorId)
		throws NoSuchSessionInstructorException {

		return remove((Serializable)sessionInstructorId);
	}

	/**
	 * Removes the session instructor with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the session instructor
	 * @return the session instructor that was removed
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	@Override
	public SessionInstructor remove(Serializable primaryKey)
		throws NoSuchSessionInstructorException {

		Session session = null;

		try {
			session = openSession();

			SessionInstructor sessionInstructor =
				(SessionInstructor)session.get(
					SessionInstructorImpl.class, primaryKey);

			if (sessionInstructor == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchSessionInstructorException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(sessionInstructor);
		}
		catch (NoSuchSessionInstructorException noSuchEntityException) {
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
	protected SessionInstructor removeImpl(
		SessionInstructor sessionInstructor) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(sessionInstructor)) {
				sessionInstructor = (SessionInstructor)session.get(
					SessionInstructorImpl.class,
					sessionInstructor.getPrimaryKeyObj());
			}

			if (sessionInstructor != null) {
				session.delete(sessionInstructor);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (sessionInstructor != null) {
			clearCache(sessionInstructor);
		}

		return sessionInstructor;
	}

	@Override
	public SessionInstructor updateImpl(SessionInstructor sessionInstructor) {
		boolean isNew = sessionInstructor.isNew();

		if (!(sessionInstructor instanceof SessionInstructorModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(sessionInstructor.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					sessionInstructor);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in sessionInstructor proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom SessionInstructor implementation " +
					sessionInstructor.getClass());
		}

		SessionInstructorModelImpl sessionInstructorModelImpl =
			(SessionInstructorModelImpl)sessionInstructor;

		if (Validator.isNull(sessionInstructor.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			sessionInstructor.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (sessionInstructor.getCreateDate() == null)) {
			if (serviceContext == null) {
				sessionInstructor.setCreateDate(date);
			}
			else {
				sessionInstructor.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!sessionInstructorModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				sessionInstructor.setModifiedDate(date);
			}
			else {
				sessionInstructor.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(sessionInstructor);
			}
			else {
				sessionInstructor = (SessionInstructor)session.merge(
					sessionInstructor);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			SessionInstructorImpl.class, sessionInstructorModelImpl, false,
			true);

		cacheUniqueFindersCache(sessionInstructorModelImpl);

		if (isNew) {
			sessionInstructor.setNew(false);
		}

		sessionInstructor.resetOriginalValues();

		return sessionInstructor;
	}

	/**
	 * Returns the session instructor with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the session instructor
	 * @return the session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	@Override
	public SessionInstructor findByPrimaryKey(Serializable primaryKey)
		throws NoSuchSessionInstructorException {

		SessionInstructor sessionInstructor = fetchByPrimaryKey(primaryKey);

		if (sessionInstructor == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchSessionInstructorException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return sessionInstructor;
	}

	/**
	 * Returns the session instructor with the primary key or throws a <code>NoSuchSessionInstructorException</code> if it could not be found.
	 *
	 * @param sessionInstructorId the primary key of the session instructor
	 * @return the session instructor
	 * @throws NoSuchSessionInstructorException if a session instructor with the primary key could not be found
	 */
	@Override
	public SessionInstructor findByPrimaryKey(long sessionInstructorId)
		throws NoSuchSessionInstructorException {

		return findByPrimaryKey((Serializable)sessionInstructorId);
	}

	/**
	 * Returns the session instructor with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param sessionInstructorId the primary key of the session instructor
	 * @return the session instructor, or <code>null</code> if a session instructor with the primary key could not be found
	 */
	@Override
	public SessionInstructor fetchByPrimaryKey(long sessionInstructorId) {
		return fetchByPrimaryKey((Serializable)sessionInstructorId);
	}

	/**
	 * Returns all the session instructors.
	 *
	 * @return the session instructors
	 */
	@Override
	public List<SessionInstructor> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the session instructors.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of session instructors
	 */
	@Override
	public List<SessionInstructor> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the session instructors.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of session instructors
	 */
	@Override
	public List<SessionInstructor> findAll(
		int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the session instructors.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of session instructors
	 */
	@Override
	public List<SessionInstructor> findAll(
		int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator,
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

		List<SessionInstructor> list = null;

		if (useFinderCache) {
			list = (List<SessionInstructor>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_SESSIONINSTRUCTOR);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_SESSIONINSTRUCTOR;

				sql = sql.concat(SessionInstructorModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<SessionInstructor>)QueryUtil.list(
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
	 * Removes all the session instructors from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (SessionInstructor sessionInstructor : findAll()) {
			remove(sessionInstructor);
		}
	}

	/**
	 * Returns the number of session instructors.
	 *
	 * @return the number of session instructors
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_SESSIONINSTRUCTOR);

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
		return "sessionInstructorId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_SESSIONINSTRUCTOR;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return SessionInstructorModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the session instructor persistence.
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

		_finderPathWithPaginationFindByCS_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByCS_S",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"courseSessionId", "status"}, true);

		_finderPathWithoutPaginationFindByCS_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByCS_S",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"courseSessionId", "status"}, true);

		_finderPathCountByCS_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByCS_S",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"courseSessionId", "status"}, false);

		_finderPathWithPaginationCountByCS_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "countByCS_S",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"courseSessionId", "status"}, false);

		_finderPathFetchByCS_IU = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByCS_IU",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"courseSessionId", "instructorUserId"}, true);

		_finderPathCountByCS_IU = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByCS_IU",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"courseSessionId", "instructorUserId"}, false);

		_finderPathWithPaginationFindByInstructorUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByInstructorUserId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"instructorUserId"}, true);

		_finderPathWithoutPaginationFindByInstructorUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByInstructorUserId",
			new String[] {Long.class.getName()},
			new String[] {"instructorUserId"}, true);

		_finderPathCountByInstructorUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countByInstructorUserId", new String[] {Long.class.getName()},
			new String[] {"instructorUserId"}, false);

		_finderPathWithPaginationFindByIU_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByIU_S",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"instructorUserId", "status"}, true);

		_finderPathWithoutPaginationFindByIU_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByIU_S",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"instructorUserId", "status"}, true);

		_finderPathCountByIU_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByIU_S",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"instructorUserId", "status"}, false);

		_finderPathWithPaginationCountByIU_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "countByIU_S",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"instructorUserId", "status"}, false);

		SessionInstructorUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		SessionInstructorUtil.setPersistence(null);

		entityCache.removeCache(SessionInstructorImpl.class.getName());
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

	private static final String _SQL_SELECT_SESSIONINSTRUCTOR =
		"SELECT sessionInstructor FROM SessionInstructor sessionInstructor";

	private static final String _SQL_SELECT_SESSIONINSTRUCTOR_WHERE =
		"SELECT sessionInstructor FROM SessionInstructor sessionInstructor WHERE ";

	private static final String _SQL_COUNT_SESSIONINSTRUCTOR =
		"SELECT COUNT(sessionInstructor) FROM SessionInstructor sessionInstructor";

	private static final String _SQL_COUNT_SESSIONINSTRUCTOR_WHERE =
		"SELECT COUNT(sessionInstructor) FROM SessionInstructor sessionInstructor WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "sessionInstructor.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No SessionInstructor exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No SessionInstructor exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		SessionInstructorPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}