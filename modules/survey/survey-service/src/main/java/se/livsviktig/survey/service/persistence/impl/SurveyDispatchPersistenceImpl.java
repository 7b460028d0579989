/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.persistence.impl;

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

import se.livsviktig.survey.exception.NoSuchSurveyDispatchException;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.model.SurveyDispatchTable;
import se.livsviktig.survey.model.impl.SurveyDispatchImpl;
import se.livsviktig.survey.model.impl.SurveyDispatchModelImpl;
import se.livsviktig.survey.service.persistence.SurveyDispatchPersistence;
import se.livsviktig.survey.service.persistence.SurveyDispatchUtil;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * The persistence implementation for the survey dispatch service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = SurveyDispatchPersistence.class)
public class SurveyDispatchPersistenceImpl
	extends BasePersistenceImpl<SurveyDispatch>
	implements SurveyDispatchPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>SurveyDispatchUtil</code> to access the survey dispatch persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		SurveyDispatchImpl.class.getName();

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
	 * Returns all the survey dispatches where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey dispatches where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator,
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

		List<SurveyDispatch> list = null;

		if (useFinderCache) {
			list = (List<SurveyDispatch>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SurveyDispatch surveyDispatch : list) {
					if (!uuid.equals(surveyDispatch.getUuid())) {
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

			sb.append(_SQL_SELECT_SURVEYDISPATCH_WHERE);

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
				sb.append(SurveyDispatchModelImpl.ORDER_BY_JPQL);
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

				list = (List<SurveyDispatch>)QueryUtil.list(
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
	 * Returns the first survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch findByUuid_First(
			String uuid, OrderByComparator<SurveyDispatch> orderByComparator)
		throws NoSuchSurveyDispatchException {

		SurveyDispatch surveyDispatch = fetchByUuid_First(
			uuid, orderByComparator);

		if (surveyDispatch != null) {
			return surveyDispatch;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchSurveyDispatchException(sb.toString());
	}

	/**
	 * Returns the first survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch fetchByUuid_First(
		String uuid, OrderByComparator<SurveyDispatch> orderByComparator) {

		List<SurveyDispatch> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch findByUuid_Last(
			String uuid, OrderByComparator<SurveyDispatch> orderByComparator)
		throws NoSuchSurveyDispatchException {

		SurveyDispatch surveyDispatch = fetchByUuid_Last(
			uuid, orderByComparator);

		if (surveyDispatch != null) {
			return surveyDispatch;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchSurveyDispatchException(sb.toString());
	}

	/**
	 * Returns the last survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch fetchByUuid_Last(
		String uuid, OrderByComparator<SurveyDispatch> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<SurveyDispatch> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the survey dispatches before and after the current survey dispatch in the ordered set where uuid = &#63;.
	 *
	 * @param surveyDispatchId the primary key of the current survey dispatch
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	@Override
	public SurveyDispatch[] findByUuid_PrevAndNext(
			long surveyDispatchId, String uuid,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws NoSuchSurveyDispatchException {

		uuid = Objects.toString(uuid, "");

		SurveyDispatch surveyDispatch = findByPrimaryKey(surveyDispatchId);

		Session session = null;

		try {
			session = openSession();

			SurveyDispatch[] array = new SurveyDispatchImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, surveyDispatch, uuid, orderByComparator, true);

			array[1] = surveyDispatch;

			array[2] = getByUuid_PrevAndNext(
				session, surveyDispatch, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected SurveyDispatch getByUuid_PrevAndNext(
		Session session, SurveyDispatch surveyDispatch, String uuid,
		OrderByComparator<SurveyDispatch> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_SURVEYDISPATCH_WHERE);

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
			sb.append(SurveyDispatchModelImpl.ORDER_BY_JPQL);
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
						surveyDispatch)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SurveyDispatch> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the survey dispatches where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (SurveyDispatch surveyDispatch :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(surveyDispatch);
		}
	}

	/**
	 * Returns the number of survey dispatches where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching survey dispatches
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SURVEYDISPATCH_WHERE);

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
		"surveyDispatch.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(surveyDispatch.uuid IS NULL OR surveyDispatch.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;
	private FinderPath _finderPathCountByUUID_G;

	/**
	 * Returns the survey dispatch where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchSurveyDispatchException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch findByUUID_G(String uuid, long groupId)
		throws NoSuchSurveyDispatchException {

		SurveyDispatch surveyDispatch = fetchByUUID_G(uuid, groupId);

		if (surveyDispatch == null) {
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

			throw new NoSuchSurveyDispatchException(sb.toString());
		}

		return surveyDispatch;
	}

	/**
	 * Returns the survey dispatch where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the survey dispatch where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch fetchByUUID_G(
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

		if (result instanceof SurveyDispatch) {
			SurveyDispatch surveyDispatch = (SurveyDispatch)result;

			if (!Objects.equals(uuid, surveyDispatch.getUuid()) ||
				(groupId != surveyDispatch.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_SURVEYDISPATCH_WHERE);

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

				List<SurveyDispatch> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					SurveyDispatch surveyDispatch = list.get(0);

					result = surveyDispatch;

					cacheResult(surveyDispatch);
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
			return (SurveyDispatch)result;
		}
	}

	/**
	 * Removes the survey dispatch where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the survey dispatch that was removed
	 */
	@Override
	public SurveyDispatch removeByUUID_G(String uuid, long groupId)
		throws NoSuchSurveyDispatchException {

		SurveyDispatch surveyDispatch = findByUUID_G(uuid, groupId);

		return remove(surveyDispatch);
	}

	/**
	 * Returns the number of survey dispatches where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching survey dispatches
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUUID_G;

		Object[] finderArgs = new Object[] {uuid, groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SURVEYDISPATCH_WHERE);

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
		"surveyDispatch.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(surveyDispatch.uuid IS NULL OR surveyDispatch.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"surveyDispatch.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator,
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

		List<SurveyDispatch> list = null;

		if (useFinderCache) {
			list = (List<SurveyDispatch>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SurveyDispatch surveyDispatch : list) {
					if (!uuid.equals(surveyDispatch.getUuid()) ||
						(companyId != surveyDispatch.getCompanyId())) {

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

			sb.append(_SQL_SELECT_SURVEYDISPATCH_WHERE);

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
				sb.append(SurveyDispatchModelImpl.ORDER_BY_JPQL);
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

				list = (List<SurveyDispatch>)QueryUtil.list(
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
	 * Returns the first survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws NoSuchSurveyDispatchException {

		SurveyDispatch surveyDispatch = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (surveyDispatch != null) {
			return surveyDispatch;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchSurveyDispatchException(sb.toString());
	}

	/**
	 * Returns the first survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		List<SurveyDispatch> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws NoSuchSurveyDispatchException {

		SurveyDispatch surveyDispatch = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (surveyDispatch != null) {
			return surveyDispatch;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchSurveyDispatchException(sb.toString());
	}

	/**
	 * Returns the last survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<SurveyDispatch> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the survey dispatches before and after the current survey dispatch in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param surveyDispatchId the primary key of the current survey dispatch
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	@Override
	public SurveyDispatch[] findByUuid_C_PrevAndNext(
			long surveyDispatchId, String uuid, long companyId,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws NoSuchSurveyDispatchException {

		uuid = Objects.toString(uuid, "");

		SurveyDispatch surveyDispatch = findByPrimaryKey(surveyDispatchId);

		Session session = null;

		try {
			session = openSession();

			SurveyDispatch[] array = new SurveyDispatchImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, surveyDispatch, uuid, companyId, orderByComparator,
				true);

			array[1] = surveyDispatch;

			array[2] = getByUuid_C_PrevAndNext(
				session, surveyDispatch, uuid, companyId, orderByComparator,
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

	protected SurveyDispatch getByUuid_C_PrevAndNext(
		Session session, SurveyDispatch surveyDispatch, String uuid,
		long companyId, OrderByComparator<SurveyDispatch> orderByComparator,
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

		sb.append(_SQL_SELECT_SURVEYDISPATCH_WHERE);

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
			sb.append(SurveyDispatchModelImpl.ORDER_BY_JPQL);
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
						surveyDispatch)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SurveyDispatch> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the survey dispatches where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (SurveyDispatch surveyDispatch :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(surveyDispatch);
		}
	}

	/**
	 * Returns the number of survey dispatches where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching survey dispatches
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SURVEYDISPATCH_WHERE);

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
		"surveyDispatch.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(surveyDispatch.uuid IS NULL OR surveyDispatch.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"surveyDispatch.companyId = ?";

	private FinderPath _finderPathWithPaginationFindBySurveyId;
	private FinderPath _finderPathWithoutPaginationFindBySurveyId;
	private FinderPath _finderPathCountBySurveyId;

	/**
	 * Returns all the survey dispatches where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findBySurveyId(long surveyId) {
		return findBySurveyId(
			surveyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey dispatches where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findBySurveyId(
		long surveyId, int start, int end) {

		return findBySurveyId(surveyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findBySurveyId(
		long surveyId, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return findBySurveyId(surveyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findBySurveyId(
		long surveyId, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindBySurveyId;
				finderArgs = new Object[] {surveyId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindBySurveyId;
			finderArgs = new Object[] {surveyId, start, end, orderByComparator};
		}

		List<SurveyDispatch> list = null;

		if (useFinderCache) {
			list = (List<SurveyDispatch>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SurveyDispatch surveyDispatch : list) {
					if (surveyId != surveyDispatch.getSurveyId()) {
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

			sb.append(_SQL_SELECT_SURVEYDISPATCH_WHERE);

			sb.append(_FINDER_COLUMN_SURVEYID_SURVEYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SurveyDispatchModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyId);

				list = (List<SurveyDispatch>)QueryUtil.list(
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
	 * Returns the first survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch findBySurveyId_First(
			long surveyId, OrderByComparator<SurveyDispatch> orderByComparator)
		throws NoSuchSurveyDispatchException {

		SurveyDispatch surveyDispatch = fetchBySurveyId_First(
			surveyId, orderByComparator);

		if (surveyDispatch != null) {
			return surveyDispatch;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyId=");
		sb.append(surveyId);

		sb.append("}");

		throw new NoSuchSurveyDispatchException(sb.toString());
	}

	/**
	 * Returns the first survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch fetchBySurveyId_First(
		long surveyId, OrderByComparator<SurveyDispatch> orderByComparator) {

		List<SurveyDispatch> list = findBySurveyId(
			surveyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch findBySurveyId_Last(
			long surveyId, OrderByComparator<SurveyDispatch> orderByComparator)
		throws NoSuchSurveyDispatchException {

		SurveyDispatch surveyDispatch = fetchBySurveyId_Last(
			surveyId, orderByComparator);

		if (surveyDispatch != null) {
			return surveyDispatch;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyId=");
		sb.append(surveyId);

		sb.append("}");

		throw new NoSuchSurveyDispatchException(sb.toString());
	}

	/**
	 * Returns the last survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch fetchBySurveyId_Last(
		long surveyId, OrderByComparator<SurveyDispatch> orderByComparator) {

		int count = countBySurveyId(surveyId);

		if (count == 0) {
			return null;
		}

		List<SurveyDispatch> list = findBySurveyId(
			surveyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the survey dispatches before and after the current survey dispatch in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyDispatchId the primary key of the current survey dispatch
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	@Override
	public SurveyDispatch[] findBySurveyId_PrevAndNext(
			long surveyDispatchId, long surveyId,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws NoSuchSurveyDispatchException {

		SurveyDispatch surveyDispatch = findByPrimaryKey(surveyDispatchId);

		Session session = null;

		try {
			session = openSession();

			SurveyDispatch[] array = new SurveyDispatchImpl[3];

			array[0] = getBySurveyId_PrevAndNext(
				session, surveyDispatch, surveyId, orderByComparator, true);

			array[1] = surveyDispatch;

			array[2] = getBySurveyId_PrevAndNext(
				session, surveyDispatch, surveyId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected SurveyDispatch getBySurveyId_PrevAndNext(
		Session session, SurveyDispatch surveyDispatch, long surveyId,
		OrderByComparator<SurveyDispatch> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_SURVEYDISPATCH_WHERE);

		sb.append(_FINDER_COLUMN_SURVEYID_SURVEYID_2);

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
			sb.append(SurveyDispatchModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(surveyId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						surveyDispatch)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SurveyDispatch> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the survey dispatches where surveyId = &#63; from the database.
	 *
	 * @param surveyId the survey ID
	 */
	@Override
	public void removeBySurveyId(long surveyId) {
		for (SurveyDispatch surveyDispatch :
				findBySurveyId(
					surveyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(surveyDispatch);
		}
	}

	/**
	 * Returns the number of survey dispatches where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the number of matching survey dispatches
	 */
	@Override
	public int countBySurveyId(long surveyId) {
		FinderPath finderPath = _finderPathCountBySurveyId;

		Object[] finderArgs = new Object[] {surveyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SURVEYDISPATCH_WHERE);

			sb.append(_FINDER_COLUMN_SURVEYID_SURVEYID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyId);

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

	private static final String _FINDER_COLUMN_SURVEYID_SURVEYID_2 =
		"surveyDispatch.surveyId = ?";

	private FinderPath _finderPathWithPaginationFindByC_Status;
	private FinderPath _finderPathWithoutPaginationFindByC_Status;
	private FinderPath _finderPathCountByC_Status;

	/**
	 * Returns all the survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @return the matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findByC_Status(long companyId, int status) {
		return findByC_Status(
			companyId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findByC_Status(
		long companyId, int status, int start, int end) {

		return findByC_Status(companyId, status, start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findByC_Status(
		long companyId, int status, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return findByC_Status(
			companyId, status, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findByC_Status(
		long companyId, int status, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByC_Status;
				finderArgs = new Object[] {companyId, status};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByC_Status;
			finderArgs = new Object[] {
				companyId, status, start, end, orderByComparator
			};
		}

		List<SurveyDispatch> list = null;

		if (useFinderCache) {
			list = (List<SurveyDispatch>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SurveyDispatch surveyDispatch : list) {
					if ((companyId != surveyDispatch.getCompanyId()) ||
						(status != surveyDispatch.getStatus())) {

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

			sb.append(_SQL_SELECT_SURVEYDISPATCH_WHERE);

			sb.append(_FINDER_COLUMN_C_STATUS_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_STATUS_STATUS_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SurveyDispatchModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(status);

				list = (List<SurveyDispatch>)QueryUtil.list(
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
	 * Returns the first survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch findByC_Status_First(
			long companyId, int status,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws NoSuchSurveyDispatchException {

		SurveyDispatch surveyDispatch = fetchByC_Status_First(
			companyId, status, orderByComparator);

		if (surveyDispatch != null) {
			return surveyDispatch;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSurveyDispatchException(sb.toString());
	}

	/**
	 * Returns the first survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch fetchByC_Status_First(
		long companyId, int status,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		List<SurveyDispatch> list = findByC_Status(
			companyId, status, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch
	 * @throws NoSuchSurveyDispatchException if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch findByC_Status_Last(
			long companyId, int status,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws NoSuchSurveyDispatchException {

		SurveyDispatch surveyDispatch = fetchByC_Status_Last(
			companyId, status, orderByComparator);

		if (surveyDispatch != null) {
			return surveyDispatch;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSurveyDispatchException(sb.toString());
	}

	/**
	 * Returns the last survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	@Override
	public SurveyDispatch fetchByC_Status_Last(
		long companyId, int status,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		int count = countByC_Status(companyId, status);

		if (count == 0) {
			return null;
		}

		List<SurveyDispatch> list = findByC_Status(
			companyId, status, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the survey dispatches before and after the current survey dispatch in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the primary key of the current survey dispatch
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	@Override
	public SurveyDispatch[] findByC_Status_PrevAndNext(
			long surveyDispatchId, long companyId, int status,
			OrderByComparator<SurveyDispatch> orderByComparator)
		throws NoSuchSurveyDispatchException {

		SurveyDispatch surveyDispatch = findByPrimaryKey(surveyDispatchId);

		Session session = null;

		try {
			session = openSession();

			SurveyDispatch[] array = new SurveyDispatchImpl[3];

			array[0] = getByC_Status_PrevAndNext(
				session, surveyDispatch, companyId, status, orderByComparator,
				true);

			array[1] = surveyDispatch;

			array[2] = getByC_Status_PrevAndNext(
				session, surveyDispatch, companyId, status, orderByComparator,
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

	protected SurveyDispatch getByC_Status_PrevAndNext(
		Session session, SurveyDispatch surveyDispatch, long companyId,
		int status, OrderByComparator<SurveyDispatch> orderByComparator,
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

		sb.append(_SQL_SELECT_SURVEYDISPATCH_WHERE);

		sb.append(_FINDER_COLUMN_C_STATUS_COMPANYID_2);

		sb.append(_FINDER_COLUMN_C_STATUS_STATUS_2);

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
			sb.append(SurveyDispatchModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		queryPos.add(status);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						surveyDispatch)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SurveyDispatch> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the survey dispatches where companyId = &#63; and status = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 */
	@Override
	public void removeByC_Status(long companyId, int status) {
		for (SurveyDispatch surveyDispatch :
				findByC_Status(
					companyId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(surveyDispatch);
		}
	}

	/**
	 * Returns the number of survey dispatches where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @return the number of matching survey dispatches
	 */
	@Override
	public int countByC_Status(long companyId, int status) {
		FinderPath finderPath = _finderPathCountByC_Status;

		Object[] finderArgs = new Object[] {companyId, status};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SURVEYDISPATCH_WHERE);

			sb.append(_FINDER_COLUMN_C_STATUS_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_STATUS_STATUS_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

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

	private static final String _FINDER_COLUMN_C_STATUS_COMPANYID_2 =
		"surveyDispatch.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_STATUS_STATUS_2 =
		"surveyDispatch.status = ?";

	public SurveyDispatchPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");

		setDBColumnNames(dbColumnNames);

		setModelClass(SurveyDispatch.class);

		setModelImplClass(SurveyDispatchImpl.class);
		setModelPKClass(long.class);

		setTable(SurveyDispatchTable.INSTANCE);
	}

	/**
	 * Caches the survey dispatch in the entity cache if it is enabled.
	 *
	 * @param surveyDispatch the survey dispatch
	 */
	@Override
	public void cacheResult(SurveyDispatch surveyDispatch) {
		entityCache.putResult(
			SurveyDispatchImpl.class, surveyDispatch.getPrimaryKey(),
			surveyDispatch);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {
				surveyDispatch.getUuid(), surveyDispatch.getGroupId()
			},
			surveyDispatch);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the survey dispatches in the entity cache if it is enabled.
	 *
	 * @param surveyDispatches the survey dispatches
	 */
	@Override
	public void cacheResult(List<SurveyDispatch> surveyDispatches) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (surveyDispatches.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (SurveyDispatch surveyDispatch : surveyDispatches) {
			if (entityCache.getResult(
					SurveyDispatchImpl.class, surveyDispatch.getPrimaryKey()) ==
						null) {

				cacheResult(surveyDispatch);
			}
		}
	}

	/**
	 * Clears the cache for all survey dispatches.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(SurveyDispatchImpl.class);

		finderCache.clearCache(SurveyDispatchImpl.class);
	}

	/**
	 * Clears the cache for the survey dispatch.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(SurveyDispatch surveyDispatch) {
		entityCache.removeResult(SurveyDispatchImpl.class, surveyDispatch);
	}

	@Override
	public void clearCache(List<SurveyDispatch> surveyDispatches) {
		for (SurveyDispatch surveyDispatch : surveyDispatches) {
			entityCache.removeResult(SurveyDispatchImpl.class, surveyDispatch);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(SurveyDispatchImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(SurveyDispatchImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		SurveyDispatchModelImpl surveyDispatchModelImpl) {

		Object[] args = new Object[] {
			surveyDispatchModelImpl.getUuid(),
			surveyDispatchModelImpl.getGroupId()
		};

		finderCache.putResult(_finderPathCountByUUID_G, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByUUID_G, args, surveyDispatchModelImpl);
	}

	/**
	 * Creates a new survey dispatch with the primary key. Does not add the survey dispatch to the database.
	 *
	 * @param surveyDispatchId the primary key for the new survey dispatch
	 * @return the new survey dispatch
	 */
	@Override
	public SurveyDispatch create(long surveyDispatchId) {
		SurveyDispatch surveyDispatch = new SurveyDispatchImpl();

		surveyDispatch.setNew(true);
		surveyDispatch.setPrimaryKey(surveyDispatchId);

		String uuid = PortalUUIDUtil.generate();

		surveyDispatch.setUuid(uuid);

		surveyDispatch.setCompanyId(CompanyThreadLocal.getCompanyId());

		return surveyDispatch;
	}

	/**
	 * Removes the survey dispatch with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyDispatchId the primary key of the survey dispatch
	 * @return the survey dispatch that was removed
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	@Override
	public SurveyDispatch remove(long surveyDispatchId)
		throws NoSuchSurveyDispatchException {

		return remove((Serializable)surveyDispatchId);
	}

	/**
	 * Removes the survey dispatch with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the survey dispatch
	 * @return the survey dispatch that was removed
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	@Override
	public SurveyDispatch remove(Serializable primaryKey)
		throws NoSuchSurveyDispatchException {

		Session session = null;

		try {
			session = openSession();

			SurveyDispatch surveyDispatch = (SurveyDispatch)session.get(
				SurveyDispatchImpl.class, primaryKey);

			if (surveyDispatch == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchSurveyDispatchException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(surveyDispatch);
		}
		catch (NoSuchSurveyDispatchException noSuchEntityException) {
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
	protected SurveyDispatch removeImpl(SurveyDispatch surveyDispatch) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(surveyDispatch)) {
				surveyDispatch = (SurveyDispatch)session.get(
					SurveyDispatchImpl.class,
					surveyDispatch.getPrimaryKeyObj());
			}

			if (surveyDispatch != null) {
				session.delete(surveyDispatch);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (surveyDispatch != null) {
			clearCache(surveyDispatch);
		}

		return surveyDispatch;
	}

	@Override
	public SurveyDispatch updateImpl(SurveyDispatch surveyDispatch) {
		boolean isNew = surveyDispatch.isNew();

		if (!(surveyDispatch instanceof SurveyDispatchModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(surveyDispatch.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					surveyDispatch);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in surveyDispatch proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom SurveyDispatch implementation " +
					surveyDispatch.getClass());
		}

		SurveyDispatchModelImpl surveyDispatchModelImpl =
			(SurveyDispatchModelImpl)surveyDispatch;

		if (Validator.isNull(surveyDispatch.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			surveyDispatch.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (surveyDispatch.getCreateDate() == null)) {
			if (serviceContext == null) {
				surveyDispatch.setCreateDate(date);
			}
			else {
				surveyDispatch.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		if (!surveyDispatchModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				surveyDispatch.setModifiedDate(date);
			}
			else {
				surveyDispatch.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(surveyDispatch);
			}
			else {
				surveyDispatch = (SurveyDispatch)session.merge(surveyDispatch);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			SurveyDispatchImpl.class, surveyDispatchModelImpl, false, true);

		cacheUniqueFindersCache(surveyDispatchModelImpl);

		if (isNew) {
			surveyDispatch.setNew(false);
		}

		surveyDispatch.resetOriginalValues();

		return surveyDispatch;
	}

	/**
	 * Returns the survey dispatch with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the survey dispatch
	 * @return the survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	@Override
	public SurveyDispatch findByPrimaryKey(Serializable primaryKey)
		throws NoSuchSurveyDispatchException {

		SurveyDispatch surveyDispatch = fetchByPrimaryKey(primaryKey);

		if (surveyDispatch == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchSurveyDispatchException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return surveyDispatch;
	}

	/**
	 * Returns the survey dispatch with the primary key or throws a <code>NoSuchSurveyDispatchException</code> if it could not be found.
	 *
	 * @param surveyDispatchId the primary key of the survey dispatch
	 * @return the survey dispatch
	 * @throws NoSuchSurveyDispatchException if a survey dispatch with the primary key could not be found
	 */
	@Override
	public SurveyDispatch findByPrimaryKey(long surveyDispatchId)
		throws NoSuchSurveyDispatchException {

		return findByPrimaryKey((Serializable)surveyDispatchId);
	}

	/**
	 * Returns the survey dispatch with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyDispatchId the primary key of the survey dispatch
	 * @return the survey dispatch, or <code>null</code> if a survey dispatch with the primary key could not be found
	 */
	@Override
	public SurveyDispatch fetchByPrimaryKey(long surveyDispatchId) {
		return fetchByPrimaryKey((Serializable)surveyDispatchId);
	}

	/**
	 * Returns all the survey dispatches.
	 *
	 * @return the survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey dispatches.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey dispatches.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findAll(
		int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey dispatches.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey dispatches
	 */
	@Override
	public List<SurveyDispatch> findAll(
		int start, int end, OrderByComparator<SurveyDispatch> orderByComparator,
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

		List<SurveyDispatch> list = null;

		if (useFinderCache) {
			list = (List<SurveyDispatch>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_SURVEYDISPATCH);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_SURVEYDISPATCH;

				sql = sql.concat(SurveyDispatchModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<SurveyDispatch>)QueryUtil.list(
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
	 * Removes all the survey dispatches from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (SurveyDispatch surveyDispatch : findAll()) {
			remove(surveyDispatch);
		}
	}

	/**
	 * Returns the number of survey dispatches.
	 *
	 * @return the number of survey dispatches
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_SURVEYDISPATCH);

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
		return "surveyDispatchId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_SURVEYDISPATCH;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return SurveyDispatchModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the survey dispatch persistence.
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

		_finderPathWithPaginationFindBySurveyId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findBySurveyId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"surveyId"}, true);

		_finderPathWithoutPaginationFindBySurveyId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findBySurveyId",
			new String[] {Long.class.getName()}, new String[] {"surveyId"},
			true);

		_finderPathCountBySurveyId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countBySurveyId",
			new String[] {Long.class.getName()}, new String[] {"surveyId"},
			false);

		_finderPathWithPaginationFindByC_Status = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByC_Status",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"companyId", "status"}, true);

		_finderPathWithoutPaginationFindByC_Status = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByC_Status",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"companyId", "status"}, true);

		_finderPathCountByC_Status = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC_Status",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"companyId", "status"}, false);

		SurveyDispatchUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		SurveyDispatchUtil.setPersistence(null);

		entityCache.removeCache(SurveyDispatchImpl.class.getName());
	}

	@Override
	@Reference(
		target = LVSurveyPersistenceConstants.SERVICE_CONFIGURATION_FILTER,
		unbind = "-"
	)
	public void setConfiguration(Configuration configuration) {
	}

	@Override
	@Reference(
		target = LVSurveyPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setDataSource(DataSource dataSource) {
		super.setDataSource(dataSource);
	}

	@Override
	@Reference(
		target = LVSurveyPersistenceConstants.ORIGIN_BUNDLE_SYMBOLIC_NAME_FILTER,
		unbind = "-"
	)
	public void setSessionFactory(SessionFactory sessionFactory) {
		super.setSessionFactory(sessionFactory);
	}

	@Reference
	protected EntityCache entityCache;

	@Reference
	protected FinderCache finderCache;

	private static final String _SQL_SELECT_SURVEYDISPATCH =
		"SELECT surveyDispatch FROM SurveyDispatch surveyDispatch";

	private static final String _SQL_SELECT_SURVEYDISPATCH_WHERE =
		"SELECT surveyDispatch FROM SurveyDispatch surveyDispatch WHERE ";

	private static final String _SQL_COUNT_SURVEYDISPATCH =
		"SELECT COUNT(surveyDispatch) FROM SurveyDispatch surveyDispatch";

	private static final String _SQL_COUNT_SURVEYDISPATCH_WHERE =
		"SELECT COUNT(surveyDispatch) FROM SurveyDispatch surveyDispatch WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "surveyDispatch.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No SurveyDispatch exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No SurveyDispatch exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		SurveyDispatchPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}