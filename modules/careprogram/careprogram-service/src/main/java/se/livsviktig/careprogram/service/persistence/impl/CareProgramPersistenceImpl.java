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

import se.livsviktig.careprogram.exception.NoSuchCareProgramException;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.CareProgramTable;
import se.livsviktig.careprogram.model.impl.CareProgramImpl;
import se.livsviktig.careprogram.model.impl.CareProgramModelImpl;
import se.livsviktig.careprogram.service.persistence.CareProgramPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramUtil;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;

/**
 * The persistence implementation for the care program service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = CareProgramPersistence.class)
public class CareProgramPersistenceImpl
	extends BasePersistenceImpl<CareProgram> implements CareProgramPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>CareProgramUtil</code> to access the care program persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		CareProgramImpl.class.getName();

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
	 * Returns all the care programs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching care programs
	 */
	@Override
	public List<CareProgram> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	@Override
	public List<CareProgram> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
	}

	/**
	 * Returns an ordered range of all the care programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	@Override
	public List<CareProgram> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	@Override
	public List<CareProgram> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<CareProgram> orderByComparator,
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

		List<CareProgram> list = null;

		if (useFinderCache) {
			list = (List<CareProgram>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CareProgram careProgram : list) {
					if (!uuid.equals(careProgram.getUuid())) {
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

			sb.append(_SQL_SELECT_CAREPROGRAM_WHERE);

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
				sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
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

				list = (List<CareProgram>)QueryUtil.list(
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
	 * Returns the first care program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	@Override
	public CareProgram findByUuid_First(
			String uuid, OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByUuid_First(uuid, orderByComparator);

		if (careProgram != null) {
			return careProgram;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchCareProgramException(sb.toString());
	}

	/**
	 * Returns the first care program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByUuid_First(
		String uuid, OrderByComparator<CareProgram> orderByComparator) {

		List<CareProgram> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last care program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	@Override
	public CareProgram findByUuid_Last(
			String uuid, OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByUuid_Last(uuid, orderByComparator);

		if (careProgram != null) {
			return careProgram;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchCareProgramException(sb.toString());
	}

	/**
	 * Returns the last care program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByUuid_Last(
		String uuid, OrderByComparator<CareProgram> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<CareProgram> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the care programs before and after the current care program in the ordered set where uuid = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	@Override
	public CareProgram[] findByUuid_PrevAndNext(
			long careProgramId, String uuid,
			OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		uuid = Objects.toString(uuid, "");

		CareProgram careProgram = findByPrimaryKey(careProgramId);

		Session session = null;

		try {
			session = openSession();

			CareProgram[] array = new CareProgramImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, careProgram, uuid, orderByComparator, true);

			array[1] = careProgram;

			array[2] = getByUuid_PrevAndNext(
				session, careProgram, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected CareProgram getByUuid_PrevAndNext(
		Session session, CareProgram careProgram, String uuid,
		OrderByComparator<CareProgram> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_CAREPROGRAM_WHERE);

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
			sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(careProgram)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CareProgram> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the care programs where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (CareProgram careProgram :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(careProgram);
		}
	}

	/**
	 * Returns the number of care programs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching care programs
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CAREPROGRAM_WHERE);

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
		"careProgram.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(careProgram.uuid IS NULL OR careProgram.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;
	private FinderPath _finderPathCountByUUID_G;

	/**
	 * Returns the care program where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchCareProgramException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	@Override
	public CareProgram findByUUID_G(String uuid, long groupId)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByUUID_G(uuid, groupId);

		if (careProgram == null) {
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

			throw new NoSuchCareProgramException(sb.toString());
		}

		return careProgram;
	}

	/**
	 * Returns the care program where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the care program where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByUUID_G(
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

		if (result instanceof CareProgram) {
			CareProgram careProgram = (CareProgram)result;

			if (!Objects.equals(uuid, careProgram.getUuid()) ||
				(groupId != careProgram.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_CAREPROGRAM_WHERE);

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

				List<CareProgram> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					CareProgram careProgram = list.get(0);

					result = careProgram;

					cacheResult(careProgram);
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
			return (CareProgram)result;
		}
	}

	/**
	 * Removes the care program where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the care program that was removed
	 */
	@Override
	public CareProgram removeByUUID_G(String uuid, long groupId)
		throws NoSuchCareProgramException {

		CareProgram careProgram = findByUUID_G(uuid, groupId);

		return remove(careProgram);
	}

	/**
	 * Returns the number of care programs where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching care programs
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUUID_G;

		Object[] finderArgs = new Object[] {uuid, groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_CAREPROGRAM_WHERE);

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
		"careProgram.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(careProgram.uuid IS NULL OR careProgram.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"careProgram.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching care programs
	 */
	@Override
	public List<CareProgram> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	@Override
	public List<CareProgram> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	@Override
	public List<CareProgram> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	@Override
	public List<CareProgram> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator,
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

		List<CareProgram> list = null;

		if (useFinderCache) {
			list = (List<CareProgram>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CareProgram careProgram : list) {
					if (!uuid.equals(careProgram.getUuid()) ||
						(companyId != careProgram.getCompanyId())) {

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

			sb.append(_SQL_SELECT_CAREPROGRAM_WHERE);

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
				sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
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

				list = (List<CareProgram>)QueryUtil.list(
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
	 * Returns the first care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	@Override
	public CareProgram findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (careProgram != null) {
			return careProgram;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchCareProgramException(sb.toString());
	}

	/**
	 * Returns the first care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<CareProgram> orderByComparator) {

		List<CareProgram> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	@Override
	public CareProgram findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (careProgram != null) {
			return careProgram;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchCareProgramException(sb.toString());
	}

	/**
	 * Returns the last care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<CareProgram> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<CareProgram> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the care programs before and after the current care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	@Override
	public CareProgram[] findByUuid_C_PrevAndNext(
			long careProgramId, String uuid, long companyId,
			OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		uuid = Objects.toString(uuid, "");

		CareProgram careProgram = findByPrimaryKey(careProgramId);

		Session session = null;

		try {
			session = openSession();

			CareProgram[] array = new CareProgramImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, careProgram, uuid, companyId, orderByComparator, true);

			array[1] = careProgram;

			array[2] = getByUuid_C_PrevAndNext(
				session, careProgram, uuid, companyId, orderByComparator,
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

	protected CareProgram getByUuid_C_PrevAndNext(
		Session session, CareProgram careProgram, String uuid, long companyId,
		OrderByComparator<CareProgram> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				5 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(4);
		}

		sb.append(_SQL_SELECT_CAREPROGRAM_WHERE);

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
			sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
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
					orderByComparator.getOrderByConditionValues(careProgram)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CareProgram> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the care programs where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (CareProgram careProgram :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(careProgram);
		}
	}

	/**
	 * Returns the number of care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching care programs
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_CAREPROGRAM_WHERE);

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
		"careProgram.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(careProgram.uuid IS NULL OR careProgram.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"careProgram.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByG;
	private FinderPath _finderPathWithoutPaginationFindByG;
	private FinderPath _finderPathCountByG;

	/**
	 * Returns all the care programs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching care programs
	 */
	@Override
	public List<CareProgram> findByG(long groupId) {
		return findByG(groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	@Override
	public List<CareProgram> findByG(long groupId, int start, int end) {
		return findByG(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the care programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	@Override
	public List<CareProgram> findByG(
		long groupId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return findByG(groupId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	@Override
	public List<CareProgram> findByG(
		long groupId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator,
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

		List<CareProgram> list = null;

		if (useFinderCache) {
			list = (List<CareProgram>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CareProgram careProgram : list) {
					if (groupId != careProgram.getGroupId()) {
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

			sb.append(_SQL_SELECT_CAREPROGRAM_WHERE);

			sb.append(_FINDER_COLUMN_G_GROUPID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(groupId);

				list = (List<CareProgram>)QueryUtil.list(
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
	 * Returns the first care program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	@Override
	public CareProgram findByG_First(
			long groupId, OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByG_First(groupId, orderByComparator);

		if (careProgram != null) {
			return careProgram;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchCareProgramException(sb.toString());
	}

	/**
	 * Returns the first care program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByG_First(
		long groupId, OrderByComparator<CareProgram> orderByComparator) {

		List<CareProgram> list = findByG(groupId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last care program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	@Override
	public CareProgram findByG_Last(
			long groupId, OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByG_Last(groupId, orderByComparator);

		if (careProgram != null) {
			return careProgram;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("groupId=");
		sb.append(groupId);

		sb.append("}");

		throw new NoSuchCareProgramException(sb.toString());
	}

	/**
	 * Returns the last care program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByG_Last(
		long groupId, OrderByComparator<CareProgram> orderByComparator) {

		int count = countByG(groupId);

		if (count == 0) {
			return null;
		}

		List<CareProgram> list = findByG(
			groupId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the care programs before and after the current care program in the ordered set where groupId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	@Override
	public CareProgram[] findByG_PrevAndNext(
			long careProgramId, long groupId,
			OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = findByPrimaryKey(careProgramId);

		Session session = null;

		try {
			session = openSession();

			CareProgram[] array = new CareProgramImpl[3];

			array[0] = getByG_PrevAndNext(
				session, careProgram, groupId, orderByComparator, true);

			array[1] = careProgram;

			array[2] = getByG_PrevAndNext(
				session, careProgram, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected CareProgram getByG_PrevAndNext(
		Session session, CareProgram careProgram, long groupId,
		OrderByComparator<CareProgram> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_CAREPROGRAM_WHERE);

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
			sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(careProgram)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CareProgram> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Returns all the care programs that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching care programs that the user has permission to view
	 */
	@Override
	public List<CareProgram> filterFindByG(long groupId) {
		return filterFindByG(
			groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care programs that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs that the user has permission to view
	 */
	@Override
	public List<CareProgram> filterFindByG(long groupId, int start, int end) {
		return filterFindByG(groupId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the care programs that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs that the user has permission to view
	 */
	@Override
	public List<CareProgram> filterFindByG(
		long groupId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

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
			sb.append(_FILTER_SQL_SELECT_CAREPROGRAM_WHERE);
		}
		else {
			sb.append(
				_FILTER_SQL_SELECT_CAREPROGRAM_NO_INLINE_DISTINCT_WHERE_1);
		}

		sb.append(_FINDER_COLUMN_G_GROUPID_2);

		if (!getDB().isSupportsInlineDistinct()) {
			sb.append(
				_FILTER_SQL_SELECT_CAREPROGRAM_NO_INLINE_DISTINCT_WHERE_2);
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
				sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
			}
			else {
				sb.append(CareProgramModelImpl.ORDER_BY_SQL);
			}
		}

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), CareProgram.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		Session session = null;

		try {
			session = openSession();

			SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

			if (getDB().isSupportsInlineDistinct()) {
				sqlQuery.addEntity(_FILTER_ENTITY_ALIAS, CareProgramImpl.class);
			}
			else {
				sqlQuery.addEntity(_FILTER_ENTITY_TABLE, CareProgramImpl.class);
			}

			QueryPos queryPos = QueryPos.getInstance(sqlQuery);

			queryPos.add(groupId);

			return (List<CareProgram>)QueryUtil.list(
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
	 * Returns the care programs before and after the current care program in the ordered set of care programs that the user has permission to view where groupId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	@Override
	public CareProgram[] filterFindByG_PrevAndNext(
			long careProgramId, long groupId,
			OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return findByG_PrevAndNext(
				careProgramId, groupId, orderByComparator);
		}

		CareProgram careProgram = findByPrimaryKey(careProgramId);

		Session session = null;

		try {
			session = openSession();

			CareProgram[] array = new CareProgramImpl[3];

			array[0] = filterGetByG_PrevAndNext(
				session, careProgram, groupId, orderByComparator, true);

			array[1] = careProgram;

			array[2] = filterGetByG_PrevAndNext(
				session, careProgram, groupId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected CareProgram filterGetByG_PrevAndNext(
		Session session, CareProgram careProgram, long groupId,
		OrderByComparator<CareProgram> orderByComparator, boolean previous) {

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
			sb.append(_FILTER_SQL_SELECT_CAREPROGRAM_WHERE);
		}
		else {
			sb.append(
				_FILTER_SQL_SELECT_CAREPROGRAM_NO_INLINE_DISTINCT_WHERE_1);
		}

		sb.append(_FINDER_COLUMN_G_GROUPID_2);

		if (!getDB().isSupportsInlineDistinct()) {
			sb.append(
				_FILTER_SQL_SELECT_CAREPROGRAM_NO_INLINE_DISTINCT_WHERE_2);
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
				sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
			}
			else {
				sb.append(CareProgramModelImpl.ORDER_BY_SQL);
			}
		}

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), CareProgram.class.getName(),
			_FILTER_ENTITY_TABLE_FILTER_PK_COLUMN, groupId);

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

		sqlQuery.setFirstResult(0);
		sqlQuery.setMaxResults(2);

		if (getDB().isSupportsInlineDistinct()) {
			sqlQuery.addEntity(_FILTER_ENTITY_ALIAS, CareProgramImpl.class);
		}
		else {
			sqlQuery.addEntity(_FILTER_ENTITY_TABLE, CareProgramImpl.class);
		}

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(groupId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(careProgram)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CareProgram> list = sqlQuery.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the care programs where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	@Override
	public void removeByG(long groupId) {
		for (CareProgram careProgram :
				findByG(groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(careProgram);
		}
	}

	/**
	 * Returns the number of care programs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching care programs
	 */
	@Override
	public int countByG(long groupId) {
		FinderPath finderPath = _finderPathCountByG;

		Object[] finderArgs = new Object[] {groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CAREPROGRAM_WHERE);

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
	 * Returns the number of care programs that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching care programs that the user has permission to view
	 */
	@Override
	public int filterCountByG(long groupId) {
		if (!InlineSQLHelperUtil.isEnabled(groupId)) {
			return countByG(groupId);
		}

		StringBundler sb = new StringBundler(2);

		sb.append(_FILTER_SQL_COUNT_CAREPROGRAM_WHERE);

		sb.append(_FINDER_COLUMN_G_GROUPID_2);

		String sql = InlineSQLHelperUtil.replacePermissionCheck(
			sb.toString(), CareProgram.class.getName(),
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
		"careProgram.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByC;
	private FinderPath _finderPathWithoutPaginationFindByC;
	private FinderPath _finderPathCountByC;

	/**
	 * Returns all the care programs where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching care programs
	 */
	@Override
	public List<CareProgram> findByC(long companyId) {
		return findByC(companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care programs where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	@Override
	public List<CareProgram> findByC(long companyId, int start, int end) {
		return findByC(companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the care programs where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	@Override
	public List<CareProgram> findByC(
		long companyId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return findByC(companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care programs where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	@Override
	public List<CareProgram> findByC(
		long companyId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByC;
				finderArgs = new Object[] {companyId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByC;
			finderArgs = new Object[] {
				companyId, start, end, orderByComparator
			};
		}

		List<CareProgram> list = null;

		if (useFinderCache) {
			list = (List<CareProgram>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CareProgram careProgram : list) {
					if (companyId != careProgram.getCompanyId()) {
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

			sb.append(_SQL_SELECT_CAREPROGRAM_WHERE);

			sb.append(_FINDER_COLUMN_C_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				list = (List<CareProgram>)QueryUtil.list(
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
	 * Returns the first care program in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	@Override
	public CareProgram findByC_First(
			long companyId, OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByC_First(companyId, orderByComparator);

		if (careProgram != null) {
			return careProgram;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchCareProgramException(sb.toString());
	}

	/**
	 * Returns the first care program in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByC_First(
		long companyId, OrderByComparator<CareProgram> orderByComparator) {

		List<CareProgram> list = findByC(companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last care program in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	@Override
	public CareProgram findByC_Last(
			long companyId, OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByC_Last(companyId, orderByComparator);

		if (careProgram != null) {
			return careProgram;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchCareProgramException(sb.toString());
	}

	/**
	 * Returns the last care program in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByC_Last(
		long companyId, OrderByComparator<CareProgram> orderByComparator) {

		int count = countByC(companyId);

		if (count == 0) {
			return null;
		}

		List<CareProgram> list = findByC(
			companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the care programs before and after the current care program in the ordered set where companyId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	@Override
	public CareProgram[] findByC_PrevAndNext(
			long careProgramId, long companyId,
			OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = findByPrimaryKey(careProgramId);

		Session session = null;

		try {
			session = openSession();

			CareProgram[] array = new CareProgramImpl[3];

			array[0] = getByC_PrevAndNext(
				session, careProgram, companyId, orderByComparator, true);

			array[1] = careProgram;

			array[2] = getByC_PrevAndNext(
				session, careProgram, companyId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected CareProgram getByC_PrevAndNext(
		Session session, CareProgram careProgram, long companyId,
		OrderByComparator<CareProgram> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_CAREPROGRAM_WHERE);

		sb.append(_FINDER_COLUMN_C_COMPANYID_2);

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
			sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(careProgram)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CareProgram> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the care programs where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	@Override
	public void removeByC(long companyId) {
		for (CareProgram careProgram :
				findByC(
					companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(careProgram);
		}
	}

	/**
	 * Returns the number of care programs where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching care programs
	 */
	@Override
	public int countByC(long companyId) {
		FinderPath finderPath = _finderPathCountByC;

		Object[] finderArgs = new Object[] {companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CAREPROGRAM_WHERE);

			sb.append(_FINDER_COLUMN_C_COMPANYID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

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

	private static final String _FINDER_COLUMN_C_COMPANYID_2 =
		"careProgram.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByArticleResourcePrimKey;
	private FinderPath _finderPathWithoutPaginationFindByArticleResourcePrimKey;
	private FinderPath _finderPathCountByArticleResourcePrimKey;

	/**
	 * Returns all the care programs where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @return the matching care programs
	 */
	@Override
	public List<CareProgram> findByArticleResourcePrimKey(
		long articleResourcePrimKey) {

		return findByArticleResourcePrimKey(
			articleResourcePrimKey, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care programs where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	@Override
	public List<CareProgram> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end) {

		return findByArticleResourcePrimKey(
			articleResourcePrimKey, start, end, null);
	}

	/**
	 * Returns an ordered range of all the care programs where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	@Override
	public List<CareProgram> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return findByArticleResourcePrimKey(
			articleResourcePrimKey, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care programs where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	@Override
	public List<CareProgram> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end,
		OrderByComparator<CareProgram> orderByComparator,
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

		List<CareProgram> list = null;

		if (useFinderCache) {
			list = (List<CareProgram>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CareProgram careProgram : list) {
					if (articleResourcePrimKey !=
							careProgram.getArticleResourcePrimKey()) {

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

			sb.append(_SQL_SELECT_CAREPROGRAM_WHERE);

			sb.append(
				_FINDER_COLUMN_ARTICLERESOURCEPRIMKEY_ARTICLERESOURCEPRIMKEY_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(articleResourcePrimKey);

				list = (List<CareProgram>)QueryUtil.list(
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
	 * Returns the first care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	@Override
	public CareProgram findByArticleResourcePrimKey_First(
			long articleResourcePrimKey,
			OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByArticleResourcePrimKey_First(
			articleResourcePrimKey, orderByComparator);

		if (careProgram != null) {
			return careProgram;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("articleResourcePrimKey=");
		sb.append(articleResourcePrimKey);

		sb.append("}");

		throw new NoSuchCareProgramException(sb.toString());
	}

	/**
	 * Returns the first care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByArticleResourcePrimKey_First(
		long articleResourcePrimKey,
		OrderByComparator<CareProgram> orderByComparator) {

		List<CareProgram> list = findByArticleResourcePrimKey(
			articleResourcePrimKey, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	@Override
	public CareProgram findByArticleResourcePrimKey_Last(
			long articleResourcePrimKey,
			OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByArticleResourcePrimKey_Last(
			articleResourcePrimKey, orderByComparator);

		if (careProgram != null) {
			return careProgram;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("articleResourcePrimKey=");
		sb.append(articleResourcePrimKey);

		sb.append("}");

		throw new NoSuchCareProgramException(sb.toString());
	}

	/**
	 * Returns the last care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByArticleResourcePrimKey_Last(
		long articleResourcePrimKey,
		OrderByComparator<CareProgram> orderByComparator) {

		int count = countByArticleResourcePrimKey(articleResourcePrimKey);

		if (count == 0) {
			return null;
		}

		List<CareProgram> list = findByArticleResourcePrimKey(
			articleResourcePrimKey, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the care programs before and after the current care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	@Override
	public CareProgram[] findByArticleResourcePrimKey_PrevAndNext(
			long careProgramId, long articleResourcePrimKey,
			OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = findByPrimaryKey(careProgramId);

		Session session = null;

		try {
			session = openSession();

			CareProgram[] array = new CareProgramImpl[3];

			array[0] = getByArticleResourcePrimKey_PrevAndNext(
				session, careProgram, articleResourcePrimKey, orderByComparator,
				true);

			array[1] = careProgram;

			array[2] = getByArticleResourcePrimKey_PrevAndNext(
				session, careProgram, articleResourcePrimKey, orderByComparator,
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

	protected CareProgram getByArticleResourcePrimKey_PrevAndNext(
		Session session, CareProgram careProgram, long articleResourcePrimKey,
		OrderByComparator<CareProgram> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_CAREPROGRAM_WHERE);

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
			sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(articleResourcePrimKey);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(careProgram)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CareProgram> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the care programs where articleResourcePrimKey = &#63; from the database.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 */
	@Override
	public void removeByArticleResourcePrimKey(long articleResourcePrimKey) {
		for (CareProgram careProgram :
				findByArticleResourcePrimKey(
					articleResourcePrimKey, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(careProgram);
		}
	}

	/**
	 * Returns the number of care programs where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @return the number of matching care programs
	 */
	@Override
	public int countByArticleResourcePrimKey(long articleResourcePrimKey) {
		FinderPath finderPath = _finderPathCountByArticleResourcePrimKey;

		Object[] finderArgs = new Object[] {articleResourcePrimKey};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CAREPROGRAM_WHERE);

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
			"careProgram.articleResourcePrimKey = ?";

	private FinderPath _finderPathWithPaginationFindByOwnerUserId;
	private FinderPath _finderPathWithoutPaginationFindByOwnerUserId;
	private FinderPath _finderPathCountByOwnerUserId;

	/**
	 * Returns all the care programs where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @return the matching care programs
	 */
	@Override
	public List<CareProgram> findByOwnerUserId(long ownerUserId) {
		return findByOwnerUserId(
			ownerUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care programs where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	@Override
	public List<CareProgram> findByOwnerUserId(
		long ownerUserId, int start, int end) {

		return findByOwnerUserId(ownerUserId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the care programs where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	@Override
	public List<CareProgram> findByOwnerUserId(
		long ownerUserId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return findByOwnerUserId(
			ownerUserId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care programs where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	@Override
	public List<CareProgram> findByOwnerUserId(
		long ownerUserId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator,
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

		List<CareProgram> list = null;

		if (useFinderCache) {
			list = (List<CareProgram>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CareProgram careProgram : list) {
					if (ownerUserId != careProgram.getOwnerUserId()) {
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

			sb.append(_SQL_SELECT_CAREPROGRAM_WHERE);

			sb.append(_FINDER_COLUMN_OWNERUSERID_OWNERUSERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(ownerUserId);

				list = (List<CareProgram>)QueryUtil.list(
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
	 * Returns the first care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	@Override
	public CareProgram findByOwnerUserId_First(
			long ownerUserId, OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByOwnerUserId_First(
			ownerUserId, orderByComparator);

		if (careProgram != null) {
			return careProgram;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("ownerUserId=");
		sb.append(ownerUserId);

		sb.append("}");

		throw new NoSuchCareProgramException(sb.toString());
	}

	/**
	 * Returns the first care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByOwnerUserId_First(
		long ownerUserId, OrderByComparator<CareProgram> orderByComparator) {

		List<CareProgram> list = findByOwnerUserId(
			ownerUserId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	@Override
	public CareProgram findByOwnerUserId_Last(
			long ownerUserId, OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByOwnerUserId_Last(
			ownerUserId, orderByComparator);

		if (careProgram != null) {
			return careProgram;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("ownerUserId=");
		sb.append(ownerUserId);

		sb.append("}");

		throw new NoSuchCareProgramException(sb.toString());
	}

	/**
	 * Returns the last care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	@Override
	public CareProgram fetchByOwnerUserId_Last(
		long ownerUserId, OrderByComparator<CareProgram> orderByComparator) {

		int count = countByOwnerUserId(ownerUserId);

		if (count == 0) {
			return null;
		}

		List<CareProgram> list = findByOwnerUserId(
			ownerUserId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the care programs before and after the current care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	@Override
	public CareProgram[] findByOwnerUserId_PrevAndNext(
			long careProgramId, long ownerUserId,
			OrderByComparator<CareProgram> orderByComparator)
		throws NoSuchCareProgramException {

		CareProgram careProgram = findByPrimaryKey(careProgramId);

		Session session = null;

		try {
			session = openSession();

			CareProgram[] array = new CareProgramImpl[3];

			array[0] = getByOwnerUserId_PrevAndNext(
				session, careProgram, ownerUserId, orderByComparator, true);

			array[1] = careProgram;

			array[2] = getByOwnerUserId_PrevAndNext(
				session, careProgram, ownerUserId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected CareProgram getByOwnerUserId_PrevAndNext(
		Session session, CareProgram careProgram, long ownerUserId,
		OrderByComparator<CareProgram> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_CAREPROGRAM_WHERE);

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
			sb.append(CareProgramModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(ownerUserId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(careProgram)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CareProgram> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the care programs where ownerUserId = &#63; from the database.
	 *
	 * @param ownerUserId the owner user ID
	 */
	@Override
	public void removeByOwnerUserId(long ownerUserId) {
		for (CareProgram careProgram :
				findByOwnerUserId(
					ownerUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(careProgram);
		}
	}

	/**
	 * Returns the number of care programs where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @return the number of matching care programs
	 */
	@Override
	public int countByOwnerUserId(long ownerUserId) {
		FinderPath finderPath = _finderPathCountByOwnerUserId;

		Object[] finderArgs = new Object[] {ownerUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CAREPROGRAM_WHERE);

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
		"careProgram.ownerUserId = ?";

	public CareProgramPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(CareProgram.class);

		setModelImplClass(CareProgramImpl.class);
		setModelPKClass(long.class);

		setTable(CareProgramTable.INSTANCE);
	}

	/**
	 * Caches the care program in the entity cache if it is enabled.
	 *
	 * @param careProgram the care program
	 */
	@Override
	public void cacheResult(CareProgram careProgram) {
		entityCache.putResult(
			CareProgramImpl.class, careProgram.getPrimaryKey(), careProgram);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {careProgram.getUuid(), careProgram.getGroupId()},
			careProgram);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the care programs in the entity cache if it is enabled.
	 *
	 * @param carePrograms the care programs
	 */
	@Override
	public void cacheResult(List<CareProgram> carePrograms) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (carePrograms.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (CareProgram careProgram : carePrograms) {
			if (entityCache.getResult(
					CareProgramImpl.class, careProgram.getPrimaryKey()) ==
						null) {

				cacheResult(careProgram);
			}
		}
	}

	/**
	 * Clears the cache for all care programs.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(CareProgramImpl.class);

		finderCache.clearCache(CareProgramImpl.class);
	}

	/**
	 * Clears the cache for the care program.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(CareProgram careProgram) {
		entityCache.removeResult(CareProgramImpl.class, careProgram);
	}

	@Override
	public void clearCache(List<CareProgram> carePrograms) {
		for (CareProgram careProgram : carePrograms) {
			entityCache.removeResult(CareProgramImpl.class, careProgram);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(CareProgramImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(CareProgramImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		CareProgramModelImpl careProgramModelImpl) {

		Object[] args = new Object[] {
			careProgramModelImpl.getUuid(), careProgramModelImpl.getGroupId()
		};

		finderCache.putResult(_finderPathCountByUUID_G, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByUUID_G, args, careProgramModelImpl);
	}

	/**
	 * Creates a new care program with the primary key. Does not add the care program to the database.
	 *
	 * @param careProgramId the primary key for the new care program
	 * @return the new care program
	 */
	@Override
	public CareProgram create(long careProgramId) {
		CareProgram careProgram = new CareProgramImpl();

		careProgram.setNew(true);
		careProgram.setPrimaryKey(careProgramId);

		String uuid = PortalUUIDUtil.generate();

		careProgram.setUuid(uuid);

		careProgram.setCompanyId(CompanyThreadLocal.getCompanyId());

		return careProgram;
	}

	/**
	 * Removes the care program with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param careProgramId the primary key of the care program
	 * @return the care program that was removed
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	@Override
	public CareProgram remove(long careProgramId)
		throws NoSuchCareProgramException {

		return remove((Serializable)careProgramId);
	}

	/**
	 * Removes the care program with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the care program
	 * @return the care program that was removed
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	@Override
	public CareProgram remove(Serializable primaryKey)
		throws NoSuchCareProgramException {

		Session session = null;

		try {
			session = openSession();

			CareProgram careProgram = (CareProgram)session.get(
				CareProgramImpl.class, primaryKey);

			if (careProgram == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchCareProgramException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(careProgram);
		}
		catch (NoSuchCareProgramException noSuchEntityException) {
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
	protected CareProgram removeImpl(CareProgram careProgram) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(careProgram)) {
				careProgram = (CareProgram)session.get(
					CareProgramImpl.class, careProgram.getPrimaryKeyObj());
			}

			if (careProgram != null) {
				session.delete(careProgram);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (careProgram != null) {
			clearCache(careProgram);
		}

		return careProgram;
	}

	@Override
	public CareProgram updateImpl(CareProgram careProgram) {
		boolean isNew = careProgram.isNew();

		if (!(careProgram instanceof CareProgramModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(careProgram.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(careProgram);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in careProgram proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom CareProgram implementation " +
					careProgram.getClass());
		}

		CareProgramModelImpl careProgramModelImpl =
			(CareProgramModelImpl)careProgram;

		if (Validator.isNull(careProgram.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			careProgram.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (careProgram.getCreateDate() == null)) {
			if (serviceContext == null) {
				careProgram.setCreateDate(date);
			}
			else {
				careProgram.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!careProgramModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				careProgram.setModifiedDate(date);
			}
			else {
				careProgram.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(careProgram);
			}
			else {
				careProgram = (CareProgram)session.merge(careProgram);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			CareProgramImpl.class, careProgramModelImpl, false, true);

		cacheUniqueFindersCache(careProgramModelImpl);

		if (isNew) {
			careProgram.setNew(false);
		}

		careProgram.resetOriginalValues();

		return careProgram;
	}

	/**
	 * Returns the care program with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the care program
	 * @return the care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	@Override
	public CareProgram findByPrimaryKey(Serializable primaryKey)
		throws NoSuchCareProgramException {

		CareProgram careProgram = fetchByPrimaryKey(primaryKey);

		if (careProgram == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchCareProgramException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return careProgram;
	}

	/**
	 * Returns the care program with the primary key or throws a <code>NoSuchCareProgramException</code> if it could not be found.
	 *
	 * @param careProgramId the primary key of the care program
	 * @return the care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	@Override
	public CareProgram findByPrimaryKey(long careProgramId)
		throws NoSuchCareProgramException {

		return findByPrimaryKey((Serializable)careProgramId);
	}

	/**
	 * Returns the care program with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param careProgramId the primary key of the care program
	 * @return the care program, or <code>null</code> if a care program with the primary key could not be found
	 */
	@Override
	public CareProgram fetchByPrimaryKey(long careProgramId) {
		return fetchByPrimaryKey((Serializable)careProgramId);
	}

	/**
	 * Returns all the care programs.
	 *
	 * @return the care programs
	 */
	@Override
	public List<CareProgram> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of care programs
	 */
	@Override
	public List<CareProgram> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the care programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of care programs
	 */
	@Override
	public List<CareProgram> findAll(
		int start, int end, OrderByComparator<CareProgram> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of care programs
	 */
	@Override
	public List<CareProgram> findAll(
		int start, int end, OrderByComparator<CareProgram> orderByComparator,
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

		List<CareProgram> list = null;

		if (useFinderCache) {
			list = (List<CareProgram>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_CAREPROGRAM);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_CAREPROGRAM;

				sql = sql.concat(CareProgramModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<CareProgram>)QueryUtil.list(
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
	 * Removes all the care programs from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (CareProgram careProgram : findAll()) {
			remove(careProgram);
		}
	}

	/**
	 * Returns the number of care programs.
	 *
	 * @return the number of care programs
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_CAREPROGRAM);

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
		return "careProgramId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_CAREPROGRAM;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return CareProgramModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the care program persistence.
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

		_finderPathWithPaginationFindByC = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByC",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"companyId"}, true);

		_finderPathWithoutPaginationFindByC = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByC",
			new String[] {Long.class.getName()}, new String[] {"companyId"},
			true);

		_finderPathCountByC = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC",
			new String[] {Long.class.getName()}, new String[] {"companyId"},
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

		CareProgramUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		CareProgramUtil.setPersistence(null);

		entityCache.removeCache(CareProgramImpl.class.getName());
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

	private static final String _SQL_SELECT_CAREPROGRAM =
		"SELECT careProgram FROM CareProgram careProgram";

	private static final String _SQL_SELECT_CAREPROGRAM_WHERE =
		"SELECT careProgram FROM CareProgram careProgram WHERE ";

	private static final String _SQL_COUNT_CAREPROGRAM =
		"SELECT COUNT(careProgram) FROM CareProgram careProgram";

	private static final String _SQL_COUNT_CAREPROGRAM_WHERE =
		"SELECT COUNT(careProgram) FROM CareProgram careProgram WHERE ";

	private static final String _FILTER_ENTITY_TABLE_FILTER_PK_COLUMN =
		"careProgram.careProgramId";

	private static final String _FILTER_SQL_SELECT_CAREPROGRAM_WHERE =
		"SELECT DISTINCT {careProgram.*} FROM LVCareProgram_CareProgram careProgram WHERE ";

	private static final String
		_FILTER_SQL_SELECT_CAREPROGRAM_NO_INLINE_DISTINCT_WHERE_1 =
			"SELECT {LVCareProgram_CareProgram.*} FROM (SELECT DISTINCT careProgram.careProgramId FROM LVCareProgram_CareProgram careProgram WHERE ";

	private static final String
		_FILTER_SQL_SELECT_CAREPROGRAM_NO_INLINE_DISTINCT_WHERE_2 =
			") TEMP_TABLE INNER JOIN LVCareProgram_CareProgram ON TEMP_TABLE.careProgramId = LVCareProgram_CareProgram.careProgramId";

	private static final String _FILTER_SQL_COUNT_CAREPROGRAM_WHERE =
		"SELECT COUNT(DISTINCT careProgram.careProgramId) AS COUNT_VALUE FROM LVCareProgram_CareProgram careProgram WHERE ";

	private static final String _FILTER_ENTITY_ALIAS = "careProgram";

	private static final String _FILTER_ENTITY_TABLE =
		"LVCareProgram_CareProgram";

	private static final String _ORDER_BY_ENTITY_ALIAS = "careProgram.";

	private static final String _ORDER_BY_ENTITY_TABLE =
		"LVCareProgram_CareProgram.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No CareProgram exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No CareProgram exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		CareProgramPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}