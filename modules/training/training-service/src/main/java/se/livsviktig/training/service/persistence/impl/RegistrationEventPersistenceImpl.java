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

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.exception.NoSuchRegistrationEventException;
import se.livsviktig.training.model.RegistrationEvent;
import se.livsviktig.training.model.RegistrationEventTable;
import se.livsviktig.training.model.impl.RegistrationEventImpl;
import se.livsviktig.training.model.impl.RegistrationEventModelImpl;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;
import se.livsviktig.training.service.persistence.RegistrationEventUtil;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The persistence implementation for the registration event service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = RegistrationEventPersistence.class)
public class RegistrationEventPersistenceImpl
	extends BasePersistenceImpl<RegistrationEvent>
	implements RegistrationEventPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>RegistrationEventUtil</code> to access the registration event persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		RegistrationEventImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByRegistrationId;
	private FinderPath _finderPathWithoutPaginationFindByRegistrationId;
	private FinderPath _finderPathCountByRegistrationId;

	/**
	 * Returns all the registration events where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the matching registration events
	 */
	@Override
	public List<RegistrationEvent> findByRegistrationId(long registrationId) {
		return findByRegistrationId(
			registrationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the registration events where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @return the range of matching registration events
	 */
	@Override
	public List<RegistrationEvent> findByRegistrationId(
		long registrationId, int start, int end) {

		return findByRegistrationId(registrationId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the registration events where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching registration events
	 */
	@Override
	public List<RegistrationEvent> findByRegistrationId(
		long registrationId, int start, int end,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		return findByRegistrationId(
			registrationId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the registration events where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching registration events
	 */
	@Override
	public List<RegistrationEvent> findByRegistrationId(
		long registrationId, int start, int end,
		OrderByComparator<RegistrationEvent> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByRegistrationId;
				finderArgs = new Object[] {registrationId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByRegistrationId;
			finderArgs = new Object[] {
				registrationId, start, end, orderByComparator
			};
		}

		List<RegistrationEvent> list = null;

		if (useFinderCache) {
			list = (List<RegistrationEvent>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RegistrationEvent registrationEvent : list) {
					if (registrationId !=
							registrationEvent.getRegistrationId()) {

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

			sb.append(_SQL_SELECT_REGISTRATIONEVENT_WHERE);

			sb.append(_FINDER_COLUMN_REGISTRATIONID_REGISTRATIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RegistrationEventModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(registrationId);

				list = (List<RegistrationEvent>)QueryUtil.list(
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
	 * Returns the first registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching registration event
	 * @throws NoSuchRegistrationEventException if a matching registration event could not be found
	 */
	@Override
	public RegistrationEvent findByRegistrationId_First(
			long registrationId,
			OrderByComparator<RegistrationEvent> orderByComparator)
		throws NoSuchRegistrationEventException {

		RegistrationEvent registrationEvent = fetchByRegistrationId_First(
			registrationId, orderByComparator);

		if (registrationEvent != null) {
			return registrationEvent;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("registrationId=");
		sb.append(registrationId);

		sb.append("}");

		throw new NoSuchRegistrationEventException(sb.toString());
	}

	/**
	 * Returns the first registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching registration event, or <code>null</code> if a matching registration event could not be found
	 */
	@Override
	public RegistrationEvent fetchByRegistrationId_First(
		long registrationId,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		List<RegistrationEvent> list = findByRegistrationId(
			registrationId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching registration event
	 * @throws NoSuchRegistrationEventException if a matching registration event could not be found
	 */
	@Override
	public RegistrationEvent findByRegistrationId_Last(
			long registrationId,
			OrderByComparator<RegistrationEvent> orderByComparator)
		throws NoSuchRegistrationEventException {

		RegistrationEvent registrationEvent = fetchByRegistrationId_Last(
			registrationId, orderByComparator);

		if (registrationEvent != null) {
			return registrationEvent;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("registrationId=");
		sb.append(registrationId);

		sb.append("}");

		throw new NoSuchRegistrationEventException(sb.toString());
	}

	/**
	 * Returns the last registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching registration event, or <code>null</code> if a matching registration event could not be found
	 */
	@Override
	public RegistrationEvent fetchByRegistrationId_Last(
		long registrationId,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		int count = countByRegistrationId(registrationId);

		if (count == 0) {
			return null;
		}

		List<RegistrationEvent> list = findByRegistrationId(
			registrationId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the registration events before and after the current registration event in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationEventId the primary key of the current registration event
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next registration event
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	@Override
	public RegistrationEvent[] findByRegistrationId_PrevAndNext(
			long registrationEventId, long registrationId,
			OrderByComparator<RegistrationEvent> orderByComparator)
		throws NoSuchRegistrationEventException {

		RegistrationEvent registrationEvent = findByPrimaryKey(
			registrationEventId);

		Session session = null;

		try {
			session = openSession();

			RegistrationEvent[] array = new RegistrationEventImpl[3];

			array[0] = getByRegistrationId_PrevAndNext(
				session, registrationEvent, registrationId, orderByComparator,
				true);

			array[1] = registrationEvent;

			array[2] = getByRegistrationId_PrevAndNext(
				session, registrationEvent, registrationId, orderByComparator,
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

	protected RegistrationEvent getByRegistrationId_PrevAndNext(
		Session session, RegistrationEvent registrationEvent,
		long registrationId,
		OrderByComparator<RegistrationEvent> orderByComparator,
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

		sb.append(_SQL_SELECT_REGISTRATIONEVENT_WHERE);

		sb.append(_FINDER_COLUMN_REGISTRATIONID_REGISTRATIONID_2);

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
			sb.append(RegistrationEventModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(registrationId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						registrationEvent)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RegistrationEvent> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the registration events where registrationId = &#63; from the database.
	 *
	 * @param registrationId the registration ID
	 */
	@Override
	public void removeByRegistrationId(long registrationId) {
		for (RegistrationEvent registrationEvent :
				findByRegistrationId(
					registrationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(registrationEvent);
		}
	}

	/**
	 * Returns the number of registration events where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the number of matching registration events
	 */
	@Override
	public int countByRegistrationId(long registrationId) {
		FinderPath finderPath = _finderPathCountByRegistrationId;

		Object[] finderArgs = new Object[] {registrationId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_REGISTRATIONEVENT_WHERE);

			sb.append(_FINDER_COLUMN_REGISTRATIONID_REGISTRATIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(registrationId);

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

	private static final String _FINDER_COLUMN_REGISTRATIONID_REGISTRATIONID_2 =
		"registrationEvent.registrationId = ?";

	private FinderPath _finderPathWithPaginationFindByCourseSessionId;
	private FinderPath _finderPathWithoutPaginationFindByCourseSessionId;
	private FinderPath _finderPathCountByCourseSessionId;

	/**
	 * Returns all the registration events where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching registration events
	 */
	@Override
	public List<RegistrationEvent> findByCourseSessionId(long courseSessionId) {
		return findByCourseSessionId(
			courseSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the registration events where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @return the range of matching registration events
	 */
	@Override
	public List<RegistrationEvent> findByCourseSessionId(
		long courseSessionId, int start, int end) {

		return findByCourseSessionId(courseSessionId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the registration events where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching registration events
	 */
	@Override
	public List<RegistrationEvent> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		return findByCourseSessionId(
			courseSessionId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the registration events where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching registration events
	 */
	@Override
	public List<RegistrationEvent> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<RegistrationEvent> orderByComparator,
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

		List<RegistrationEvent> list = null;

		if (useFinderCache) {
			list = (List<RegistrationEvent>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (RegistrationEvent registrationEvent : list) {
					if (courseSessionId !=
							registrationEvent.getCourseSessionId()) {

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

			sb.append(_SQL_SELECT_REGISTRATIONEVENT_WHERE);

			sb.append(_FINDER_COLUMN_COURSESESSIONID_COURSESESSIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(RegistrationEventModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				list = (List<RegistrationEvent>)QueryUtil.list(
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
	 * Returns the first registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching registration event
	 * @throws NoSuchRegistrationEventException if a matching registration event could not be found
	 */
	@Override
	public RegistrationEvent findByCourseSessionId_First(
			long courseSessionId,
			OrderByComparator<RegistrationEvent> orderByComparator)
		throws NoSuchRegistrationEventException {

		RegistrationEvent registrationEvent = fetchByCourseSessionId_First(
			courseSessionId, orderByComparator);

		if (registrationEvent != null) {
			return registrationEvent;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append("}");

		throw new NoSuchRegistrationEventException(sb.toString());
	}

	/**
	 * Returns the first registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching registration event, or <code>null</code> if a matching registration event could not be found
	 */
	@Override
	public RegistrationEvent fetchByCourseSessionId_First(
		long courseSessionId,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		List<RegistrationEvent> list = findByCourseSessionId(
			courseSessionId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching registration event
	 * @throws NoSuchRegistrationEventException if a matching registration event could not be found
	 */
	@Override
	public RegistrationEvent findByCourseSessionId_Last(
			long courseSessionId,
			OrderByComparator<RegistrationEvent> orderByComparator)
		throws NoSuchRegistrationEventException {

		RegistrationEvent registrationEvent = fetchByCourseSessionId_Last(
			courseSessionId, orderByComparator);

		if (registrationEvent != null) {
			return registrationEvent;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append("}");

		throw new NoSuchRegistrationEventException(sb.toString());
	}

	/**
	 * Returns the last registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching registration event, or <code>null</code> if a matching registration event could not be found
	 */
	@Override
	public RegistrationEvent fetchByCourseSessionId_Last(
		long courseSessionId,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		int count = countByCourseSessionId(courseSessionId);

		if (count == 0) {
			return null;
		}

		List<RegistrationEvent> list = findByCourseSessionId(
			courseSessionId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the registration events before and after the current registration event in the ordered set where courseSessionId = &#63;.
	 *
	 * @param registrationEventId the primary key of the current registration event
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next registration event
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	@Override
	public RegistrationEvent[] findByCourseSessionId_PrevAndNext(
			long registrationEventId, long courseSessionId,
			OrderByComparator<RegistrationEvent> orderByComparator)
		throws NoSuchRegistrationEventException {

		RegistrationEvent registrationEvent = findByPrimaryKey(
			registrationEventId);

		Session session = null;

		try {
			session = openSession();

			RegistrationEvent[] array = new RegistrationEventImpl[3];

			array[0] = getByCourseSessionId_PrevAndNext(
				session, registrationEvent, courseSessionId, orderByComparator,
				true);

			array[1] = registrationEvent;

			array[2] = getByCourseSessionId_PrevAndNext(
				session, registrationEvent, courseSessionId, orderByComparator,
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

	protected RegistrationEvent getByCourseSessionId_PrevAndNext(
		Session session, RegistrationEvent registrationEvent,
		long courseSessionId,
		OrderByComparator<RegistrationEvent> orderByComparator,
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

		sb.append(_SQL_SELECT_REGISTRATIONEVENT_WHERE);

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
			sb.append(RegistrationEventModelImpl.ORDER_BY_JPQL);
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
						registrationEvent)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<RegistrationEvent> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the registration events where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	@Override
	public void removeByCourseSessionId(long courseSessionId) {
		for (RegistrationEvent registrationEvent :
				findByCourseSessionId(
					courseSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(registrationEvent);
		}
	}

	/**
	 * Returns the number of registration events where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching registration events
	 */
	@Override
	public int countByCourseSessionId(long courseSessionId) {
		FinderPath finderPath = _finderPathCountByCourseSessionId;

		Object[] finderArgs = new Object[] {courseSessionId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_REGISTRATIONEVENT_WHERE);

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
			"registrationEvent.courseSessionId = ?";

	public RegistrationEventPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("type", "type_");
		dbColumnNames.put("comment", "comment_");

		setDBColumnNames(dbColumnNames);

		setModelClass(RegistrationEvent.class);

		setModelImplClass(RegistrationEventImpl.class);
		setModelPKClass(long.class);

		setTable(RegistrationEventTable.INSTANCE);
	}

	/**
	 * Caches the registration event in the entity cache if it is enabled.
	 *
	 * @param registrationEvent the registration event
	 */
	@Override
	public void cacheResult(RegistrationEvent registrationEvent) {
		entityCache.putResult(
			RegistrationEventImpl.class, registrationEvent.getPrimaryKey(),
			registrationEvent);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the registration events in the entity cache if it is enabled.
	 *
	 * @param registrationEvents the registration events
	 */
	@Override
	public void cacheResult(List<RegistrationEvent> registrationEvents) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (registrationEvents.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (RegistrationEvent registrationEvent : registrationEvents) {
			if (entityCache.getResult(
					RegistrationEventImpl.class,
					registrationEvent.getPrimaryKey()) == null) {

				cacheResult(registrationEvent);
			}
		}
	}

	/**
	 * Clears the cache for all registration events.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(RegistrationEventImpl.class);

		finderCache.clearCache(RegistrationEventImpl.class);
	}

	/**
	 * Clears the cache for the registration event.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(RegistrationEvent registrationEvent) {
		entityCache.removeResult(
			RegistrationEventImpl.class, registrationEvent);
	}

	@Override
	public void clearCache(List<RegistrationEvent> registrationEvents) {
		for (RegistrationEvent registrationEvent : registrationEvents) {
			entityCache.removeResult(
				RegistrationEventImpl.class, registrationEvent);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(RegistrationEventImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(RegistrationEventImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new registration event with the primary key. Does not add the registration event to the database.
	 *
	 * @param registrationEventId the primary key for the new registration event
	 * @return the new registration event
	 */
	@Override
	public RegistrationEvent create(long registrationEventId) {
		RegistrationEvent registrationEvent = new RegistrationEventImpl();

		registrationEvent.setNew(true);
		registrationEvent.setPrimaryKey(registrationEventId);

		registrationEvent.setCompanyId(CompanyThreadLocal.getCompanyId());

		return registrationEvent;
	}

	/**
	 * Removes the registration event with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param registrationEventId the primary key of the registration event
	 * @return the registration event that was removed
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	@Override
	public RegistrationEvent remove(long registrationEventId)
		throws NoSuchRegistrationEventException {

		return remove((Serializable)registrationEventId);
	}

	/**
	 * Removes the registration event with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the registration event
	 * @return the registration event that was removed
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	@Override
	public RegistrationEvent remove(Serializable primaryKey)
		throws NoSuchRegistrationEventException {

		Session session = null;

		try {
			session = openSession();

			RegistrationEvent registrationEvent =
				(RegistrationEvent)session.get(
					RegistrationEventImpl.class, primaryKey);

			if (registrationEvent == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchRegistrationEventException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(registrationEvent);
		}
		catch (NoSuchRegistrationEventException noSuchEntityException) {
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
	protected RegistrationEvent removeImpl(
		RegistrationEvent registrationEvent) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(registrationEvent)) {
				registrationEvent = (RegistrationEvent)session.get(
					RegistrationEventImpl.class,
					registrationEvent.getPrimaryKeyObj());
			}

			if (registrationEvent != null) {
				session.delete(registrationEvent);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (registrationEvent != null) {
			clearCache(registrationEvent);
		}

		return registrationEvent;
	}

	@Override
	public RegistrationEvent updateImpl(RegistrationEvent registrationEvent) {
		boolean isNew = registrationEvent.isNew();

		if (!(registrationEvent instanceof RegistrationEventModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(registrationEvent.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					registrationEvent);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in registrationEvent proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom RegistrationEvent implementation " +
					registrationEvent.getClass());
		}

		RegistrationEventModelImpl registrationEventModelImpl =
			(RegistrationEventModelImpl)registrationEvent;

		if (isNew && (registrationEvent.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				registrationEvent.setCreateDate(date);
			}
			else {
				registrationEvent.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(registrationEvent);
			}
			else {
				registrationEvent = (RegistrationEvent)session.merge(
					registrationEvent);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			RegistrationEventImpl.class, registrationEventModelImpl, false,
			true);

		if (isNew) {
			registrationEvent.setNew(false);
		}

		registrationEvent.resetOriginalValues();

		return registrationEvent;
	}

	/**
	 * Returns the registration event with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the registration event
	 * @return the registration event
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	@Override
	public RegistrationEvent findByPrimaryKey(Serializable primaryKey)
		throws NoSuchRegistrationEventException {

		RegistrationEvent registrationEvent = fetchByPrimaryKey(primaryKey);

		if (registrationEvent == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchRegistrationEventException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return registrationEvent;
	}

	/**
	 * Returns the registration event with the primary key or throws a <code>NoSuchRegistrationEventException</code> if it could not be found.
	 *
	 * @param registrationEventId the primary key of the registration event
	 * @return the registration event
	 * @throws NoSuchRegistrationEventException if a registration event with the primary key could not be found
	 */
	@Override
	public RegistrationEvent findByPrimaryKey(long registrationEventId)
		throws NoSuchRegistrationEventException {

		return findByPrimaryKey((Serializable)registrationEventId);
	}

	/**
	 * Returns the registration event with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param registrationEventId the primary key of the registration event
	 * @return the registration event, or <code>null</code> if a registration event with the primary key could not be found
	 */
	@Override
	public RegistrationEvent fetchByPrimaryKey(long registrationEventId) {
		return fetchByPrimaryKey((Serializable)registrationEventId);
	}

	/**
	 * Returns all the registration events.
	 *
	 * @return the registration events
	 */
	@Override
	public List<RegistrationEvent> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the registration events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @return the range of registration events
	 */
	@Override
	public List<RegistrationEvent> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the registration events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of registration events
	 */
	@Override
	public List<RegistrationEvent> findAll(
		int start, int end,
		OrderByComparator<RegistrationEvent> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the registration events.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>RegistrationEventModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of registration events
	 * @param end the upper bound of the range of registration events (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of registration events
	 */
	@Override
	public List<RegistrationEvent> findAll(
		int start, int end,
		OrderByComparator<RegistrationEvent> orderByComparator,
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

		List<RegistrationEvent> list = null;

		if (useFinderCache) {
			list = (List<RegistrationEvent>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_REGISTRATIONEVENT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_REGISTRATIONEVENT;

				sql = sql.concat(RegistrationEventModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<RegistrationEvent>)QueryUtil.list(
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
	 * Removes all the registration events from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (RegistrationEvent registrationEvent : findAll()) {
			remove(registrationEvent);
		}
	}

	/**
	 * Returns the number of registration events.
	 *
	 * @return the number of registration events
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_REGISTRATIONEVENT);

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
		return "registrationEventId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_REGISTRATIONEVENT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return RegistrationEventModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the registration event persistence.
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

		_finderPathWithPaginationFindByRegistrationId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByRegistrationId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"registrationId"}, true);

		_finderPathWithoutPaginationFindByRegistrationId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByRegistrationId",
			new String[] {Long.class.getName()},
			new String[] {"registrationId"}, true);

		_finderPathCountByRegistrationId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByRegistrationId",
			new String[] {Long.class.getName()},
			new String[] {"registrationId"}, false);

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

		RegistrationEventUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		RegistrationEventUtil.setPersistence(null);

		entityCache.removeCache(RegistrationEventImpl.class.getName());
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

	private static final String _SQL_SELECT_REGISTRATIONEVENT =
		"SELECT registrationEvent FROM RegistrationEvent registrationEvent";

	private static final String _SQL_SELECT_REGISTRATIONEVENT_WHERE =
		"SELECT registrationEvent FROM RegistrationEvent registrationEvent WHERE ";

	private static final String _SQL_COUNT_REGISTRATIONEVENT =
		"SELECT COUNT(registrationEvent) FROM RegistrationEvent registrationEvent";

	private static final String _SQL_COUNT_REGISTRATIONEVENT_WHERE =
		"SELECT COUNT(registrationEvent) FROM RegistrationEvent registrationEvent WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "registrationEvent.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No RegistrationEvent exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No RegistrationEvent exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		RegistrationEventPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"type", "comment"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}