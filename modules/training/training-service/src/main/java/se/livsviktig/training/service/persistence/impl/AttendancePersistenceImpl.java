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

import se.livsviktig.training.exception.NoSuchAttendanceException;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.AttendanceTable;
import se.livsviktig.training.model.impl.AttendanceImpl;
import se.livsviktig.training.model.impl.AttendanceModelImpl;
import se.livsviktig.training.service.persistence.AttendancePersistence;
import se.livsviktig.training.service.persistence.AttendanceUtil;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The persistence implementation for the attendance service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = AttendancePersistence.class)
public class AttendancePersistenceImpl
	extends BasePersistenceImpl<Attendance> implements AttendancePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>AttendanceUtil</code> to access the attendance persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		AttendanceImpl.class.getName();

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
	 * Returns all the attendances where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the matching attendances
	 */
	@Override
	public List<Attendance> findByCourseSessionId(long courseSessionId) {
		return findByCourseSessionId(
			courseSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the attendances where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @return the range of matching attendances
	 */
	@Override
	public List<Attendance> findByCourseSessionId(
		long courseSessionId, int start, int end) {

		return findByCourseSessionId(courseSessionId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the attendances where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attendances
	 */
	@Override
	public List<Attendance> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<Attendance> orderByComparator) {

		return findByCourseSessionId(
			courseSessionId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the attendances where courseSessionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param courseSessionId the course session ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attendances
	 */
	@Override
	public List<Attendance> findByCourseSessionId(
		long courseSessionId, int start, int end,
		OrderByComparator<Attendance> orderByComparator,
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

		List<Attendance> list = null;

		if (useFinderCache) {
			list = (List<Attendance>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Attendance attendance : list) {
					if (courseSessionId != attendance.getCourseSessionId()) {
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

			sb.append(_SQL_SELECT_ATTENDANCE_WHERE);

			sb.append(_FINDER_COLUMN_COURSESESSIONID_COURSESESSIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AttendanceModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(courseSessionId);

				list = (List<Attendance>)QueryUtil.list(
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
	 * Returns the first attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	@Override
	public Attendance findByCourseSessionId_First(
			long courseSessionId,
			OrderByComparator<Attendance> orderByComparator)
		throws NoSuchAttendanceException {

		Attendance attendance = fetchByCourseSessionId_First(
			courseSessionId, orderByComparator);

		if (attendance != null) {
			return attendance;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append("}");

		throw new NoSuchAttendanceException(sb.toString());
	}

	/**
	 * Returns the first attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	@Override
	public Attendance fetchByCourseSessionId_First(
		long courseSessionId, OrderByComparator<Attendance> orderByComparator) {

		List<Attendance> list = findByCourseSessionId(
			courseSessionId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	@Override
	public Attendance findByCourseSessionId_Last(
			long courseSessionId,
			OrderByComparator<Attendance> orderByComparator)
		throws NoSuchAttendanceException {

		Attendance attendance = fetchByCourseSessionId_Last(
			courseSessionId, orderByComparator);

		if (attendance != null) {
			return attendance;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("courseSessionId=");
		sb.append(courseSessionId);

		sb.append("}");

		throw new NoSuchAttendanceException(sb.toString());
	}

	/**
	 * Returns the last attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	@Override
	public Attendance fetchByCourseSessionId_Last(
		long courseSessionId, OrderByComparator<Attendance> orderByComparator) {

		int count = countByCourseSessionId(courseSessionId);

		if (count == 0) {
			return null;
		}

		List<Attendance> list = findByCourseSessionId(
			courseSessionId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the attendances before and after the current attendance in the ordered set where courseSessionId = &#63;.
	 *
	 * @param attendanceId the primary key of the current attendance
	 * @param courseSessionId the course session ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attendance
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	@Override
	public Attendance[] findByCourseSessionId_PrevAndNext(
			long attendanceId, long courseSessionId,
			OrderByComparator<Attendance> orderByComparator)
		throws NoSuchAttendanceException {

		Attendance attendance = findByPrimaryKey(attendanceId);

		Session session = null;

		try {
			session = openSession();

			Attendance[] array = new AttendanceImpl[3];

			array[0] = getByCourseSessionId_PrevAndNext(
				session, attendance, courseSessionId, orderByComparator, true);

			array[1] = attendance;

			array[2] = getByCourseSessionId_PrevAndNext(
				session, attendance, courseSessionId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Attendance getByCourseSessionId_PrevAndNext(
		Session session, Attendance attendance, long courseSessionId,
		OrderByComparator<Attendance> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_ATTENDANCE_WHERE);

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
			sb.append(AttendanceModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(courseSessionId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(attendance)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Attendance> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the attendances where courseSessionId = &#63; from the database.
	 *
	 * @param courseSessionId the course session ID
	 */
	@Override
	public void removeByCourseSessionId(long courseSessionId) {
		for (Attendance attendance :
				findByCourseSessionId(
					courseSessionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(attendance);
		}
	}

	/**
	 * Returns the number of attendances where courseSessionId = &#63;.
	 *
	 * @param courseSessionId the course session ID
	 * @return the number of matching attendances
	 */
	@Override
	public int countByCourseSessionId(long courseSessionId) {
		FinderPath finderPath = _finderPathCountByCourseSessionId;

		Object[] finderArgs = new Object[] {courseSessionId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_ATTENDANCE_WHERE);

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
			"attendance.courseSessionId = ?";

	private FinderPath _finderPathWithPaginationFindBySessionDateId;
	private FinderPath _finderPathWithoutPaginationFindBySessionDateId;
	private FinderPath _finderPathCountBySessionDateId;

	/**
	 * Returns all the attendances where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @return the matching attendances
	 */
	@Override
	public List<Attendance> findBySessionDateId(long sessionDateId) {
		return findBySessionDateId(
			sessionDateId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the attendances where sessionDateId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param sessionDateId the session date ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @return the range of matching attendances
	 */
	@Override
	public List<Attendance> findBySessionDateId(
		long sessionDateId, int start, int end) {

		return findBySessionDateId(sessionDateId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the attendances where sessionDateId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param sessionDateId the session date ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attendances
	 */
	@Override
	public List<Attendance> findBySessionDateId(
		long sessionDateId, int start, int end,
		OrderByComparator<Attendance> orderByComparator) {

		return findBySessionDateId(
			sessionDateId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the attendances where sessionDateId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param sessionDateId the session date ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attendances
	 */
	@Override
	public List<Attendance> findBySessionDateId(
		long sessionDateId, int start, int end,
		OrderByComparator<Attendance> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindBySessionDateId;
				finderArgs = new Object[] {sessionDateId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindBySessionDateId;
			finderArgs = new Object[] {
				sessionDateId, start, end, orderByComparator
			};
		}

		List<Attendance> list = null;

		if (useFinderCache) {
			list = (List<Attendance>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Attendance attendance : list) {
					if (sessionDateId != attendance.getSessionDateId()) {
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

			sb.append(_SQL_SELECT_ATTENDANCE_WHERE);

			sb.append(_FINDER_COLUMN_SESSIONDATEID_SESSIONDATEID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AttendanceModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(sessionDateId);

				list = (List<Attendance>)QueryUtil.list(
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
	 * Returns the first attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	@Override
	public Attendance findBySessionDateId_First(
			long sessionDateId, OrderByComparator<Attendance> orderByComparator)
		throws NoSuchAttendanceException {

		Attendance attendance = fetchBySessionDateId_First(
			sessionDateId, orderByComparator);

		if (attendance != null) {
			return attendance;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("sessionDateId=");
		sb.append(sessionDateId);

		sb.append("}");

		throw new NoSuchAttendanceException(sb.toString());
	}

	/**
	 * Returns the first attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	@Override
	public Attendance fetchBySessionDateId_First(
		long sessionDateId, OrderByComparator<Attendance> orderByComparator) {

		List<Attendance> list = findBySessionDateId(
			sessionDateId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	@Override
	public Attendance findBySessionDateId_Last(
			long sessionDateId, OrderByComparator<Attendance> orderByComparator)
		throws NoSuchAttendanceException {

		Attendance attendance = fetchBySessionDateId_Last(
			sessionDateId, orderByComparator);

		if (attendance != null) {
			return attendance;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("sessionDateId=");
		sb.append(sessionDateId);

		sb.append("}");

		throw new NoSuchAttendanceException(sb.toString());
	}

	/**
	 * Returns the last attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	@Override
	public Attendance fetchBySessionDateId_Last(
		long sessionDateId, OrderByComparator<Attendance> orderByComparator) {

		int count = countBySessionDateId(sessionDateId);

		if (count == 0) {
			return null;
		}

		List<Attendance> list = findBySessionDateId(
			sessionDateId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the attendances before and after the current attendance in the ordered set where sessionDateId = &#63;.
	 *
	 * @param attendanceId the primary key of the current attendance
	 * @param sessionDateId the session date ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attendance
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	@Override
	public Attendance[] findBySessionDateId_PrevAndNext(
			long attendanceId, long sessionDateId,
			OrderByComparator<Attendance> orderByComparator)
		throws NoSuchAttendanceException {

		Attendance attendance = findByPrimaryKey(attendanceId);

		Session session = null;

		try {
			session = openSession();

			Attendance[] array = new AttendanceImpl[3];

			array[0] = getBySessionDateId_PrevAndNext(
				session, attendance, sessionDateId, orderByComparator, true);

			array[1] = attendance;

			array[2] = getBySessionDateId_PrevAndNext(
				session, attendance, sessionDateId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Attendance getBySessionDateId_PrevAndNext(
		Session session, Attendance attendance, long sessionDateId,
		OrderByComparator<Attendance> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_ATTENDANCE_WHERE);

		sb.append(_FINDER_COLUMN_SESSIONDATEID_SESSIONDATEID_2);

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
			sb.append(AttendanceModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(sessionDateId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(attendance)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Attendance> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the attendances where sessionDateId = &#63; from the database.
	 *
	 * @param sessionDateId the session date ID
	 */
	@Override
	public void removeBySessionDateId(long sessionDateId) {
		for (Attendance attendance :
				findBySessionDateId(
					sessionDateId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(attendance);
		}
	}

	/**
	 * Returns the number of attendances where sessionDateId = &#63;.
	 *
	 * @param sessionDateId the session date ID
	 * @return the number of matching attendances
	 */
	@Override
	public int countBySessionDateId(long sessionDateId) {
		FinderPath finderPath = _finderPathCountBySessionDateId;

		Object[] finderArgs = new Object[] {sessionDateId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_ATTENDANCE_WHERE);

			sb.append(_FINDER_COLUMN_SESSIONDATEID_SESSIONDATEID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(sessionDateId);

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

	private static final String _FINDER_COLUMN_SESSIONDATEID_SESSIONDATEID_2 =
		"attendance.sessionDateId = ?";

	private FinderPath _finderPathWithPaginationFindByRegistrationId;
	private FinderPath _finderPathWithoutPaginationFindByRegistrationId;
	private FinderPath _finderPathCountByRegistrationId;

	/**
	 * Returns all the attendances where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the matching attendances
	 */
	@Override
	public List<Attendance> findByRegistrationId(long registrationId) {
		return findByRegistrationId(
			registrationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the attendances where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @return the range of matching attendances
	 */
	@Override
	public List<Attendance> findByRegistrationId(
		long registrationId, int start, int end) {

		return findByRegistrationId(registrationId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the attendances where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching attendances
	 */
	@Override
	public List<Attendance> findByRegistrationId(
		long registrationId, int start, int end,
		OrderByComparator<Attendance> orderByComparator) {

		return findByRegistrationId(
			registrationId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the attendances where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching attendances
	 */
	@Override
	public List<Attendance> findByRegistrationId(
		long registrationId, int start, int end,
		OrderByComparator<Attendance> orderByComparator,
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

		List<Attendance> list = null;

		if (useFinderCache) {
			list = (List<Attendance>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Attendance attendance : list) {
					if (registrationId != attendance.getRegistrationId()) {
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

			sb.append(_SQL_SELECT_ATTENDANCE_WHERE);

			sb.append(_FINDER_COLUMN_REGISTRATIONID_REGISTRATIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(AttendanceModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(registrationId);

				list = (List<Attendance>)QueryUtil.list(
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
	 * Returns the first attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	@Override
	public Attendance findByRegistrationId_First(
			long registrationId,
			OrderByComparator<Attendance> orderByComparator)
		throws NoSuchAttendanceException {

		Attendance attendance = fetchByRegistrationId_First(
			registrationId, orderByComparator);

		if (attendance != null) {
			return attendance;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("registrationId=");
		sb.append(registrationId);

		sb.append("}");

		throw new NoSuchAttendanceException(sb.toString());
	}

	/**
	 * Returns the first attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	@Override
	public Attendance fetchByRegistrationId_First(
		long registrationId, OrderByComparator<Attendance> orderByComparator) {

		List<Attendance> list = findByRegistrationId(
			registrationId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	@Override
	public Attendance findByRegistrationId_Last(
			long registrationId,
			OrderByComparator<Attendance> orderByComparator)
		throws NoSuchAttendanceException {

		Attendance attendance = fetchByRegistrationId_Last(
			registrationId, orderByComparator);

		if (attendance != null) {
			return attendance;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("registrationId=");
		sb.append(registrationId);

		sb.append("}");

		throw new NoSuchAttendanceException(sb.toString());
	}

	/**
	 * Returns the last attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	@Override
	public Attendance fetchByRegistrationId_Last(
		long registrationId, OrderByComparator<Attendance> orderByComparator) {

		int count = countByRegistrationId(registrationId);

		if (count == 0) {
			return null;
		}

		List<Attendance> list = findByRegistrationId(
			registrationId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the attendances before and after the current attendance in the ordered set where registrationId = &#63;.
	 *
	 * @param attendanceId the primary key of the current attendance
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next attendance
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	@Override
	public Attendance[] findByRegistrationId_PrevAndNext(
			long attendanceId, long registrationId,
			OrderByComparator<Attendance> orderByComparator)
		throws NoSuchAttendanceException {

		Attendance attendance = findByPrimaryKey(attendanceId);

		Session session = null;

		try {
			session = openSession();

			Attendance[] array = new AttendanceImpl[3];

			array[0] = getByRegistrationId_PrevAndNext(
				session, attendance, registrationId, orderByComparator, true);

			array[1] = attendance;

			array[2] = getByRegistrationId_PrevAndNext(
				session, attendance, registrationId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Attendance getByRegistrationId_PrevAndNext(
		Session session, Attendance attendance, long registrationId,
		OrderByComparator<Attendance> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_ATTENDANCE_WHERE);

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
			sb.append(AttendanceModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(registrationId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(attendance)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Attendance> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the attendances where registrationId = &#63; from the database.
	 *
	 * @param registrationId the registration ID
	 */
	@Override
	public void removeByRegistrationId(long registrationId) {
		for (Attendance attendance :
				findByRegistrationId(
					registrationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(attendance);
		}
	}

	/**
	 * Returns the number of attendances where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the number of matching attendances
	 */
	@Override
	public int countByRegistrationId(long registrationId) {
		FinderPath finderPath = _finderPathCountByRegistrationId;

		Object[] finderArgs = new Object[] {registrationId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_ATTENDANCE_WHERE);

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
		"attendance.registrationId = ?";

	private FinderPath _finderPathFetchByR_SD;
	private FinderPath _finderPathCountByR_SD;

	/**
	 * Returns the attendance where registrationId = &#63; and sessionDateId = &#63; or throws a <code>NoSuchAttendanceException</code> if it could not be found.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @return the matching attendance
	 * @throws NoSuchAttendanceException if a matching attendance could not be found
	 */
	@Override
	public Attendance findByR_SD(long registrationId, long sessionDateId)
		throws NoSuchAttendanceException {

		Attendance attendance = fetchByR_SD(registrationId, sessionDateId);

		if (attendance == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("registrationId=");
			sb.append(registrationId);

			sb.append(", sessionDateId=");
			sb.append(sessionDateId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchAttendanceException(sb.toString());
		}

		return attendance;
	}

	/**
	 * Returns the attendance where registrationId = &#63; and sessionDateId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @return the matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	@Override
	public Attendance fetchByR_SD(long registrationId, long sessionDateId) {
		return fetchByR_SD(registrationId, sessionDateId, true);
	}

	/**
	 * Returns the attendance where registrationId = &#63; and sessionDateId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching attendance, or <code>null</code> if a matching attendance could not be found
	 */
	@Override
	public Attendance fetchByR_SD(
		long registrationId, long sessionDateId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {registrationId, sessionDateId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByR_SD, finderArgs, this);
		}

		if (result instanceof Attendance) {
			Attendance attendance = (Attendance)result;

			if ((registrationId != attendance.getRegistrationId()) ||
				(sessionDateId != attendance.getSessionDateId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_ATTENDANCE_WHERE);

			sb.append(_FINDER_COLUMN_R_SD_REGISTRATIONID_2);

			sb.append(_FINDER_COLUMN_R_SD_SESSIONDATEID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(registrationId);

				queryPos.add(sessionDateId);

				List<Attendance> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByR_SD, finderArgs, list);
					}
				}
				else {
					Attendance attendance = list.get(0);

					result = attendance;

					cacheResult(attendance);
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
			return (Attendance)result;
		}
	}

	/**
	 * Removes the attendance where registrationId = &#63; and sessionDateId = &#63; from the database.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @return the attendance that was removed
	 */
	@Override
	public Attendance removeByR_SD(long registrationId, long sessionDateId)
		throws NoSuchAttendanceException {

		Attendance attendance = findByR_SD(registrationId, sessionDateId);

		return remove(attendance);
	}

	/**
	 * Returns the number of attendances where registrationId = &#63; and sessionDateId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param sessionDateId the session date ID
	 * @return the number of matching attendances
	 */
	@Override
	public int countByR_SD(long registrationId, long sessionDateId) {
		FinderPath finderPath = _finderPathCountByR_SD;

		Object[] finderArgs = new Object[] {registrationId, sessionDateId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_ATTENDANCE_WHERE);

			sb.append(_FINDER_COLUMN_R_SD_REGISTRATIONID_2);

			sb.append(_FINDER_COLUMN_R_SD_SESSIONDATEID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(registrationId);

				queryPos.add(sessionDateId);

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

	private static final String _FINDER_COLUMN_R_SD_REGISTRATIONID_2 =
		"attendance.registrationId = ? AND ";

	private static final String _FINDER_COLUMN_R_SD_SESSIONDATEID_2 =
		"attendance.sessionDateId = ?";

	public AttendancePersistenceImpl() {
		setModelClass(Attendance.class);

		setModelImplClass(AttendanceImpl.class);
		setModelPKClass(long.class);

		setTable(AttendanceTable.INSTANCE);
	}

	/**
	 * Caches the attendance in the entity cache if it is enabled.
	 *
	 * @param attendance the attendance
	 */
	@Override
	public void cacheResult(Attendance attendance) {
		entityCache.putResult(
			AttendanceImpl.class, attendance.getPrimaryKey(), attendance);

		finderCache.putResult(
			_finderPathFetchByR_SD,
			new Object[] {
				attendance.getRegistrationId(), attendance.getSessionDateId()
			},
			attendance);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the attendances in the entity cache if it is enabled.
	 *
	 * @param attendances the attendances
	 */
	@Override
	public void cacheResult(List<Attendance> attendances) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (attendances.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (Attendance attendance : attendances) {
			if (entityCache.getResult(
					AttendanceImpl.class, attendance.getPrimaryKey()) == null) {

				cacheResult(attendance);
			}
		}
	}

	/**
	 * Clears the cache for all attendances.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(AttendanceImpl.class);

		finderCache.clearCache(AttendanceImpl.class);
	}

	/**
	 * Clears the cache for the attendance.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(Attendance attendance) {
		entityCache.removeResult(AttendanceImpl.class, attendance);
	}

	@Override
	public void clearCache(List<Attendance> attendances) {
		for (Attendance attendance : attendances) {
			entityCache.removeResult(AttendanceImpl.class, attendance);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(AttendanceImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(AttendanceImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		AttendanceModelImpl attendanceModelImpl) {

		Object[] args = new Object[] {
			attendanceModelImpl.getRegistrationId(),
			attendanceModelImpl.getSessionDateId()
		};

		finderCache.putResult(_finderPathCountByR_SD, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByR_SD, args, attendanceModelImpl);
	}

	/**
	 * Creates a new attendance with the primary key. Does not add the attendance to the database.
	 *
	 * @param attendanceId the primary key for the new attendance
	 * @return the new attendance
	 */
	@Override
	public Attendance create(long attendanceId) {
		Attendance attendance = new AttendanceImpl();

		attendance.setNew(true);
		attendance.setPrimaryKey(attendanceId);

		attendance.setCompanyId(CompanyThreadLocal.getCompanyId());

		return attendance;
	}

	/**
	 * Removes the attendance with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param attendanceId the primary key of the attendance
	 * @return the attendance that was removed
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	@Override
	public Attendance remove(long attendanceId)
		throws NoSuchAttendanceException {

		return remove((Serializable)attendanceId);
	}

	/**
	 * Removes the attendance with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the attendance
	 * @return the attendance that was removed
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	@Override
	public Attendance remove(Serializable primaryKey)
		throws NoSuchAttendanceException {

		Session session = null;

		try {
			session = openSession();

			Attendance attendance = (Attendance)session.get(
				AttendanceImpl.class, primaryKey);

			if (attendance == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchAttendanceException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(attendance);
		}
		catch (NoSuchAttendanceException noSuchEntityException) {
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
	protected Attendance removeImpl(Attendance attendance) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(attendance)) {
				attendance = (Attendance)session.get(
					AttendanceImpl.class, attendance.getPrimaryKeyObj());
			}

			if (attendance != null) {
				session.delete(attendance);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (attendance != null) {
			clearCache(attendance);
		}

		return attendance;
	}

	@Override
	public Attendance updateImpl(Attendance attendance) {
		boolean isNew = attendance.isNew();

		if (!(attendance instanceof AttendanceModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(attendance.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(attendance);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in attendance proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom Attendance implementation " +
					attendance.getClass());
		}

		AttendanceModelImpl attendanceModelImpl =
			(AttendanceModelImpl)attendance;

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (attendance.getCreateDate() == null)) {
			if (serviceContext == null) {
				attendance.setCreateDate(date);
			}
			else {
				attendance.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!attendanceModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				attendance.setModifiedDate(date);
			}
			else {
				attendance.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(attendance);
			}
			else {
				attendance = (Attendance)session.merge(attendance);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			AttendanceImpl.class, attendanceModelImpl, false, true);

		cacheUniqueFindersCache(attendanceModelImpl);

		if (isNew) {
			attendance.setNew(false);
		}

		attendance.resetOriginalValues();

		return attendance;
	}

	/**
	 * Returns the attendance with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the attendance
	 * @return the attendance
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	@Override
	public Attendance findByPrimaryKey(Serializable primaryKey)
		throws NoSuchAttendanceException {

		Attendance attendance = fetchByPrimaryKey(primaryKey);

		if (attendance == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchAttendanceException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return attendance;
	}

	/**
	 * Returns the attendance with the primary key or throws a <code>NoSuchAttendanceException</code> if it could not be found.
	 *
	 * @param attendanceId the primary key of the attendance
	 * @return the attendance
	 * @throws NoSuchAttendanceException if a attendance with the primary key could not be found
	 */
	@Override
	public Attendance findByPrimaryKey(long attendanceId)
		throws NoSuchAttendanceException {

		return findByPrimaryKey((Serializable)attendanceId);
	}

	/**
	 * Returns the attendance with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param attendanceId the primary key of the attendance
	 * @return the attendance, or <code>null</code> if a attendance with the primary key could not be found
	 */
	@Override
	public Attendance fetchByPrimaryKey(long attendanceId) {
		return fetchByPrimaryKey((Serializable)attendanceId);
	}

	/**
	 * Returns all the attendances.
	 *
	 * @return the attendances
	 */
	@Override
	public List<Attendance> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the attendances.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @return the range of attendances
	 */
	@Override
	public List<Attendance> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the attendances.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of attendances
	 */
	@Override
	public List<Attendance> findAll(
		int start, int end, OrderByComparator<Attendance> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the attendances.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>AttendanceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of attendances
	 * @param end the upper bound of the range of attendances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of attendances
	 */
	@Override
	public List<Attendance> findAll(
		int start, int end, OrderByComparator<Attendance> orderByComparator,
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

		List<Attendance> list = null;

		if (useFinderCache) {
			list = (List<Attendance>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_ATTENDANCE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_ATTENDANCE;

				sql = sql.concat(AttendanceModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<Attendance>)QueryUtil.list(
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
	 * Removes all the attendances from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (Attendance attendance : findAll()) {
			remove(attendance);
		}
	}

	/**
	 * Returns the number of attendances.
	 *
	 * @return the number of attendances
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_ATTENDANCE);

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
		return "attendanceId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_ATTENDANCE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return AttendanceModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the attendance persistence.
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

		_finderPathWithPaginationFindBySessionDateId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findBySessionDateId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"sessionDateId"}, true);

		_finderPathWithoutPaginationFindBySessionDateId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findBySessionDateId",
			new String[] {Long.class.getName()}, new String[] {"sessionDateId"},
			true);

		_finderPathCountBySessionDateId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countBySessionDateId",
			new String[] {Long.class.getName()}, new String[] {"sessionDateId"},
			false);

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

		_finderPathFetchByR_SD = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByR_SD",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"registrationId", "sessionDateId"}, true);

		_finderPathCountByR_SD = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByR_SD",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"registrationId", "sessionDateId"}, false);

		AttendanceUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		AttendanceUtil.setPersistence(null);

		entityCache.removeCache(AttendanceImpl.class.getName());
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

	private static final String _SQL_SELECT_ATTENDANCE =
		"SELECT attendance FROM Attendance attendance";

	private static final String _SQL_SELECT_ATTENDANCE_WHERE =
		"SELECT attendance FROM Attendance attendance WHERE ";

	private static final String _SQL_COUNT_ATTENDANCE =
		"SELECT COUNT(attendance) FROM Attendance attendance";

	private static final String _SQL_COUNT_ATTENDANCE_WHERE =
		"SELECT COUNT(attendance) FROM Attendance attendance WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "attendance.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No Attendance exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No Attendance exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		AttendancePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}