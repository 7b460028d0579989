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

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.exception.NoSuchInstructorNoticeException;
import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.instructor.model.InstructorNoticeTable;
import se.livsviktig.instructor.model.impl.InstructorNoticeImpl;
import se.livsviktig.instructor.model.impl.InstructorNoticeModelImpl;
import se.livsviktig.instructor.service.persistence.InstructorNoticePersistence;
import se.livsviktig.instructor.service.persistence.InstructorNoticeUtil;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;

/**
 * The persistence implementation for the instructor notice service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = InstructorNoticePersistence.class)
public class InstructorNoticePersistenceImpl
	extends BasePersistenceImpl<InstructorNotice>
	implements InstructorNoticePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>InstructorNoticeUtil</code> to access the instructor notice persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		InstructorNoticeImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathFetchByCI_NK;
	private FinderPath _finderPathCountByCI_NK;

	/**
	 * Returns the instructor notice where certificationId = &#63; and noticeKind = &#63; or throws a <code>NoSuchInstructorNoticeException</code> if it could not be found.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @return the matching instructor notice
	 * @throws NoSuchInstructorNoticeException if a matching instructor notice could not be found
	 */
	@Override
	public InstructorNotice findByCI_NK(long certificationId, String noticeKind)
		throws NoSuchInstructorNoticeException {

		InstructorNotice instructorNotice = fetchByCI_NK(
			certificationId, noticeKind);

		if (instructorNotice == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("certificationId=");
			sb.append(certificationId);

			sb.append(", noticeKind=");
			sb.append(noticeKind);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchInstructorNoticeException(sb.toString());
		}

		return instructorNotice;
	}

	/**
	 * Returns the instructor notice where certificationId = &#63; and noticeKind = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @return the matching instructor notice, or <code>null</code> if a matching instructor notice could not be found
	 */
	@Override
	public InstructorNotice fetchByCI_NK(
		long certificationId, String noticeKind) {

		return fetchByCI_NK(certificationId, noticeKind, true);
	}

	/**
	 * Returns the instructor notice where certificationId = &#63; and noticeKind = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching instructor notice, or <code>null</code> if a matching instructor notice could not be found
	 */
	@Override
	public InstructorNotice fetchByCI_NK(
		long certificationId, String noticeKind, boolean useFinderCache) {

		noticeKind = Objects.toString(noticeKind, "");

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {certificationId, noticeKind};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByCI_NK, finderArgs, this);
		}

		if (result instanceof InstructorNotice) {
			InstructorNotice instructorNotice = (InstructorNotice)result;

			if ((certificationId != instructorNotice.getCertificationId()) ||
				!Objects.equals(noticeKind, instructorNotice.getNoticeKind())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_INSTRUCTORNOTICE_WHERE);

			sb.append(_FINDER_COLUMN_CI_NK_CERTIFICATIONID_2);

			boolean bindNoticeKind = false;

			if (noticeKind.isEmpty()) {
				sb.append(_FINDER_COLUMN_CI_NK_NOTICEKIND_3);
			}
			else {
				bindNoticeKind = true;

				sb.append(_FINDER_COLUMN_CI_NK_NOTICEKIND_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(certificationId);

				if (bindNoticeKind) {
					queryPos.add(noticeKind);
				}

				List<InstructorNotice> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByCI_NK, finderArgs, list);
					}
				}
				else {
					InstructorNotice instructorNotice = list.get(0);

					result = instructorNotice;

					cacheResult(instructorNotice);
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
			return (InstructorNotice)result;
		}
	}

	/**
	 * Removes the instructor notice where certificationId = &#63; and noticeKind = &#63; from the database.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @return the instructor notice that was removed
	 */
	@Override
	public InstructorNotice removeByCI_NK(
			long certificationId, String noticeKind)
		throws NoSuchInstructorNoticeException {

		InstructorNotice instructorNotice = findByCI_NK(
			certificationId, noticeKind);

		return remove(instructorNotice);
	}

	/**
	 * Returns the number of instructor notices where certificationId = &#63; and noticeKind = &#63;.
	 *
	 * @param certificationId the certification ID
	 * @param noticeKind the notice kind
	 * @return the number of matching instructor notices
	 */
	@Override
	public int countByCI_NK(long certificationId, String noticeKind) {
		noticeKind = Objects.toString(noticeKind, "");

		FinderPath finderPath = _finderPathCountByCI_NK;

		Object[] finderArgs = new Object[] {certificationId, noticeKind};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_INSTRUCTORNOTICE_WHERE);

			sb.append(_FINDER_COLUMN_CI_NK_CERTIFICATIONID_2);

			boolean bindNoticeKind = false;

			if (noticeKind.isEmpty()) {
				sb.append(_FINDER_COLUMN_CI_NK_NOTICEKIND_3);
			}
			else {
				bindNoticeKind = true;

				sb.append(_FINDER_COLUMN_CI_NK_NOTICEKIND_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(certificationId);

				if (bindNoticeKind) {
					queryPos.add(noticeKind);
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

	private static final String _FINDER_COLUMN_CI_NK_CERTIFICATIONID_2 =
		"instructorNotice.certificationId = ? AND ";

	private static final String _FINDER_COLUMN_CI_NK_NOTICEKIND_2 =
		"instructorNotice.noticeKind = ?";

	private static final String _FINDER_COLUMN_CI_NK_NOTICEKIND_3 =
		"(instructorNotice.noticeKind IS NULL OR instructorNotice.noticeKind = '')";

	private FinderPath _finderPathWithPaginationFindByUserId;
	private FinderPath _finderPathWithoutPaginationFindByUserId;
	private FinderPath _finderPathCountByUserId;

	/**
	 * Returns all the instructor notices where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching instructor notices
	 */
	@Override
	public List<InstructorNotice> findByUserId(long userId) {
		return findByUserId(userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the instructor notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @return the range of matching instructor notices
	 */
	@Override
	public List<InstructorNotice> findByUserId(
		long userId, int start, int end) {

		return findByUserId(userId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the instructor notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching instructor notices
	 */
	@Override
	public List<InstructorNotice> findByUserId(
		long userId, int start, int end,
		OrderByComparator<InstructorNotice> orderByComparator) {

		return findByUserId(userId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the instructor notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching instructor notices
	 */
	@Override
	public List<InstructorNotice> findByUserId(
		long userId, int start, int end,
		OrderByComparator<InstructorNotice> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByUserId;
				finderArgs = new Object[] {userId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByUserId;
			finderArgs = new Object[] {userId, start, end, orderByComparator};
		}

		List<InstructorNotice> list = null;

		if (useFinderCache) {
			list = (List<InstructorNotice>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (InstructorNotice instructorNotice : list) {
					if (userId != instructorNotice.getUserId()) {
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

			sb.append(_SQL_SELECT_INSTRUCTORNOTICE_WHERE);

			sb.append(_FINDER_COLUMN_USERID_USERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(InstructorNoticeModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(userId);

				list = (List<InstructorNotice>)QueryUtil.list(
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
	 * Returns the first instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor notice
	 * @throws NoSuchInstructorNoticeException if a matching instructor notice could not be found
	 */
	@Override
	public InstructorNotice findByUserId_First(
			long userId, OrderByComparator<InstructorNotice> orderByComparator)
		throws NoSuchInstructorNoticeException {

		InstructorNotice instructorNotice = fetchByUserId_First(
			userId, orderByComparator);

		if (instructorNotice != null) {
			return instructorNotice;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchInstructorNoticeException(sb.toString());
	}

	/**
	 * Returns the first instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor notice, or <code>null</code> if a matching instructor notice could not be found
	 */
	@Override
	public InstructorNotice fetchByUserId_First(
		long userId, OrderByComparator<InstructorNotice> orderByComparator) {

		List<InstructorNotice> list = findByUserId(
			userId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor notice
	 * @throws NoSuchInstructorNoticeException if a matching instructor notice could not be found
	 */
	@Override
	public InstructorNotice findByUserId_Last(
			long userId, OrderByComparator<InstructorNotice> orderByComparator)
		throws NoSuchInstructorNoticeException {

		InstructorNotice instructorNotice = fetchByUserId_Last(
			userId, orderByComparator);

		if (instructorNotice != null) {
			return instructorNotice;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchInstructorNoticeException(sb.toString());
	}

	/**
	 * Returns the last instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor notice, or <code>null</code> if a matching instructor notice could not be found
	 */
	@Override
	public InstructorNotice fetchByUserId_Last(
		long userId, OrderByComparator<InstructorNotice> orderByComparator) {

		int count = countByUserId(userId);

		if (count == 0) {
			return null;
		}

		List<InstructorNotice> list = findByUserId(
			userId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the instructor notices before and after the current instructor notice in the ordered set where userId = &#63;.
	 *
	 * @param instructorNoticeId the primary key of the current instructor notice
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next instructor notice
	 * @throws NoSuchInstructorNoticeException if a instructor notice with the primary key could not be found
	 */
	@Override
	public InstructorNotice[] findByUserId_PrevAndNext(
			long instructorNoticeId, long userId,
			OrderByComparator<InstructorNotice> orderByComparator)
		throws NoSuchInstructorNoticeException {

		InstructorNotice instructorNotice = findByPrimaryKey(
			instructorNoticeId);

		Session session = null;

		try {
			session = openSession();

			InstructorNotice[] array = new InstructorNoticeImpl[3];

			array[0] = getByUserId_PrevAndNext(
				session, instructorNotice, userId, orderByComparator, true);

			array[1] = instructorNotice;

			array[2] = getByUserId_PrevAndNext(
				session, instructorNotice, userId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected InstructorNotice getByUserId_PrevAndNext(
		Session session, InstructorNotice instructorNotice, long userId,
		OrderByComparator<InstructorNotice> orderByComparator,
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

		sb.append(_SQL_SELECT_INSTRUCTORNOTICE_WHERE);

		sb.append(_FINDER_COLUMN_USERID_USERID_2);

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
			sb.append(InstructorNoticeModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(userId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						instructorNotice)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<InstructorNotice> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the instructor notices where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	@Override
	public void removeByUserId(long userId) {
		for (InstructorNotice instructorNotice :
				findByUserId(
					userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(instructorNotice);
		}
	}

	/**
	 * Returns the number of instructor notices where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching instructor notices
	 */
	@Override
	public int countByUserId(long userId) {
		FinderPath finderPath = _finderPathCountByUserId;

		Object[] finderArgs = new Object[] {userId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_INSTRUCTORNOTICE_WHERE);

			sb.append(_FINDER_COLUMN_USERID_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(userId);

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

	private static final String _FINDER_COLUMN_USERID_USERID_2 =
		"instructorNotice.userId = ?";

	public InstructorNoticePersistenceImpl() {
		setModelClass(InstructorNotice.class);

		setModelImplClass(InstructorNoticeImpl.class);
		setModelPKClass(long.class);

		setTable(InstructorNoticeTable.INSTANCE);
	}

	/**
	 * Caches the instructor notice in the entity cache if it is enabled.
	 *
	 * @param instructorNotice the instructor notice
	 */
	@Override
	public void cacheResult(InstructorNotice instructorNotice) {
		entityCache.putResult(
			InstructorNoticeImpl.class, instructorNotice.getPrimaryKey(),
			instructorNotice);

		finderCache.putResult(
			_finderPathFetchByCI_NK,
			new Object[] {
				instructorNotice.getCertificationId(),
				instructorNotice.getNoticeKind()
			},
			instructorNotice);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the instructor notices in the entity cache if it is enabled.
	 *
	 * @param instructorNotices the instructor notices
	 */
	@Override
	public void cacheResult(List<InstructorNotice> instructorNotices) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (instructorNotices.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (InstructorNotice instructorNotice : instructorNotices) {
			if (entityCache.getResult(
					InstructorNoticeImpl.class,
					instructorNotice.getPrimaryKey()) == null) {

				cacheResult(instructorNotice);
			}
		}
	}

	/**
	 * Clears the cache for all instructor notices.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(InstructorNoticeImpl.class);

		finderCache.clearCache(InstructorNoticeImpl.class);
	}

	/**
	 * Clears the cache for the instructor notice.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(InstructorNotice instructorNotice) {
		entityCache.removeResult(InstructorNoticeImpl.class, instructorNotice);
	}

	@Override
	public void clearCache(List<InstructorNotice> instructorNotices) {
		for (InstructorNotice instructorNotice : instructorNotices) {
			entityCache.removeResult(
				InstructorNoticeImpl.class, instructorNotice);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(InstructorNoticeImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(InstructorNoticeImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		InstructorNoticeModelImpl instructorNoticeModelImpl) {

		Object[] args = new Object[] {
			instructorNoticeModelImpl.getCertificationId(),
			instructorNoticeModelImpl.getNoticeKind()
		};

		finderCache.putResult(_finderPathCountByCI_NK, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByCI_NK, args, instructorNoticeModelImpl);
	}

	/**
	 * Creates a new instructor notice with the primary key. Does not add the instructor notice to the database.
	 *
	 * @param instructorNoticeId the primary key for the new instructor notice
	 * @return the new instructor notice
	 */
	@Override
	public InstructorNotice create(long instructorNoticeId) {
		InstructorNotice instructorNotice = new InstructorNoticeImpl();

		instructorNotice.setNew(true);
		instructorNotice.setPrimaryKey(instructorNoticeId);

		instructorNotice.setCompanyId(CompanyThreadLocal.getCompanyId());

		return instructorNotice;
	}

	/**
	 * Removes the instructor notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param instructorNoticeId the primary key of the instructor notice
	 * @return the instructor notice that was removed
	 * @throws NoSuchInstructorNoticeException if a instructor notice with the primary key could not be found
	 */
	@Override
	public InstructorNotice remove(long instructorNoticeId)
		throws NoSuchInstructorNoticeException {

		return remove((Serializable)instructorNoticeId);
	}

	/**
	 * Removes the instructor notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the instructor notice
	 * @return the instructor notice that was removed
	 * @throws NoSuchInstructorNoticeException if a instructor notice with the primary key could not be found
	 */
	@Override
	public InstructorNotice remove(Serializable primaryKey)
		throws NoSuchInstructorNoticeException {

		Session session = null;

		try {
			session = openSession();

			InstructorNotice instructorNotice = (InstructorNotice)session.get(
				InstructorNoticeImpl.class, primaryKey);

			if (instructorNotice == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchInstructorNoticeException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(instructorNotice);
		}
		catch (NoSuchInstructorNoticeException noSuchEntityException) {
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
	protected InstructorNotice removeImpl(InstructorNotice instructorNotice) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(instructorNotice)) {
				instructorNotice = (InstructorNotice)session.get(
					InstructorNoticeImpl.class,
					instructorNotice.getPrimaryKeyObj());
			}

			if (instructorNotice != null) {
				session.delete(instructorNotice);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (instructorNotice != null) {
			clearCache(instructorNotice);
		}

		return instructorNotice;
	}

	@Override
	public InstructorNotice updateImpl(InstructorNotice instructorNotice) {
		boolean isNew = instructorNotice.isNew();

		if (!(instructorNotice instanceof InstructorNoticeModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(instructorNotice.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					instructorNotice);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in instructorNotice proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom InstructorNotice implementation " +
					instructorNotice.getClass());
		}

		InstructorNoticeModelImpl instructorNoticeModelImpl =
			(InstructorNoticeModelImpl)instructorNotice;

		if (isNew && (instructorNotice.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				instructorNotice.setCreateDate(date);
			}
			else {
				instructorNotice.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(instructorNotice);
			}
			else {
				instructorNotice = (InstructorNotice)session.merge(
					instructorNotice);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			InstructorNoticeImpl.class, instructorNoticeModelImpl, false, true);

		cacheUniqueFindersCache(instructorNoticeModelImpl);

		if (isNew) {
			instructorNotice.setNew(false);
		}

		instructorNotice.resetOriginalValues();

		return instructorNotice;
	}

	/**
	 * Returns the instructor notice with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the instructor notice
	 * @return the instructor notice
	 * @throws NoSuchInstructorNoticeException if a instructor notice with the primary key could not be found
	 */
	@Override
	public InstructorNotice findByPrimaryKey(Serializable primaryKey)
		throws NoSuchInstructorNoticeException {

		InstructorNotice instructorNotice = fetchByPrimaryKey(primaryKey);

		if (instructorNotice == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchInstructorNoticeException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return instructorNotice;
	}

	/**
	 * Returns the instructor notice with the primary key or throws a <code>NoSuchInstructorNoticeException</code> if it could not be found.
	 *
	 * @param instructorNoticeId the primary key of the instructor notice
	 * @return the instructor notice
	 * @throws NoSuchInstructorNoticeException if a instructor notice with the primary key could not be found
	 */
	@Override
	public InstructorNotice findByPrimaryKey(long instructorNoticeId)
		throws NoSuchInstructorNoticeException {

		return findByPrimaryKey((Serializable)instructorNoticeId);
	}

	/**
	 * Returns the instructor notice with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param instructorNoticeId the primary key of the instructor notice
	 * @return the instructor notice, or <code>null</code> if a instructor notice with the primary key could not be found
	 */
	@Override
	public InstructorNotice fetchByPrimaryKey(long instructorNoticeId) {
		return fetchByPrimaryKey((Serializable)instructorNoticeId);
	}

	/**
	 * Returns all the instructor notices.
	 *
	 * @return the instructor notices
	 */
	@Override
	public List<InstructorNotice> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the instructor notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @return the range of instructor notices
	 */
	@Override
	public List<InstructorNotice> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the instructor notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of instructor notices
	 */
	@Override
	public List<InstructorNotice> findAll(
		int start, int end,
		OrderByComparator<InstructorNotice> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the instructor notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor notices
	 * @param end the upper bound of the range of instructor notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of instructor notices
	 */
	@Override
	public List<InstructorNotice> findAll(
		int start, int end,
		OrderByComparator<InstructorNotice> orderByComparator,
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

		List<InstructorNotice> list = null;

		if (useFinderCache) {
			list = (List<InstructorNotice>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_INSTRUCTORNOTICE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_INSTRUCTORNOTICE;

				sql = sql.concat(InstructorNoticeModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<InstructorNotice>)QueryUtil.list(
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
	 * Removes all the instructor notices from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (InstructorNotice instructorNotice : findAll()) {
			remove(instructorNotice);
		}
	}

	/**
	 * Returns the number of instructor notices.
	 *
	 * @return the number of instructor notices
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_INSTRUCTORNOTICE);

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
		return "instructorNoticeId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_INSTRUCTORNOTICE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return InstructorNoticeModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the instructor notice persistence.
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

		_finderPathFetchByCI_NK = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByCI_NK",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"certificationId", "noticeKind"}, true);

		_finderPathCountByCI_NK = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByCI_NK",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"certificationId", "noticeKind"}, false);

		_finderPathWithPaginationFindByUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByUserId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"userId"}, true);

		_finderPathWithoutPaginationFindByUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByUserId",
			new String[] {Long.class.getName()}, new String[] {"userId"}, true);

		_finderPathCountByUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByUserId",
			new String[] {Long.class.getName()}, new String[] {"userId"},
			false);

		InstructorNoticeUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		InstructorNoticeUtil.setPersistence(null);

		entityCache.removeCache(InstructorNoticeImpl.class.getName());
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

	private static final String _SQL_SELECT_INSTRUCTORNOTICE =
		"SELECT instructorNotice FROM InstructorNotice instructorNotice";

	private static final String _SQL_SELECT_INSTRUCTORNOTICE_WHERE =
		"SELECT instructorNotice FROM InstructorNotice instructorNotice WHERE ";

	private static final String _SQL_COUNT_INSTRUCTORNOTICE =
		"SELECT COUNT(instructorNotice) FROM InstructorNotice instructorNotice";

	private static final String _SQL_COUNT_INSTRUCTORNOTICE_WHERE =
		"SELECT COUNT(instructorNotice) FROM InstructorNotice instructorNotice WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "instructorNotice.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No InstructorNotice exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No InstructorNotice exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		InstructorNoticePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}