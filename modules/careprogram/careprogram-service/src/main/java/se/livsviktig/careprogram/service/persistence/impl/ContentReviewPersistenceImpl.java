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
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.dao.orm.SessionFactory;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.security.auth.CompanyThreadLocal;
import com.liferay.portal.kernel.service.persistence.impl.BasePersistenceImpl;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ProxyUtil;
import com.liferay.portal.kernel.util.SetUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.exception.NoSuchContentReviewException;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.ContentReviewTable;
import se.livsviktig.careprogram.model.impl.ContentReviewImpl;
import se.livsviktig.careprogram.model.impl.ContentReviewModelImpl;
import se.livsviktig.careprogram.service.persistence.ContentReviewPersistence;
import se.livsviktig.careprogram.service.persistence.ContentReviewUtil;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;

/**
 * The persistence implementation for the content review service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = ContentReviewPersistence.class)
public class ContentReviewPersistenceImpl
	extends BasePersistenceImpl<ContentReview>
	implements ContentReviewPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>ContentReviewUtil</code> to access the content review persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		ContentReviewImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByCareProgramId;
	private FinderPath _finderPathWithoutPaginationFindByCareProgramId;
	private FinderPath _finderPathCountByCareProgramId;

	/**
	 * Returns all the content reviews where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching content reviews
	 */
	@Override
	public List<ContentReview> findByCareProgramId(long careProgramId) {
		return findByCareProgramId(
			careProgramId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the content reviews where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @return the range of matching content reviews
	 */
	@Override
	public List<ContentReview> findByCareProgramId(
		long careProgramId, int start, int end) {

		return findByCareProgramId(careProgramId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the content reviews where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching content reviews
	 */
	@Override
	public List<ContentReview> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<ContentReview> orderByComparator) {

		return findByCareProgramId(
			careProgramId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the content reviews where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching content reviews
	 */
	@Override
	public List<ContentReview> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<ContentReview> orderByComparator,
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

		List<ContentReview> list = null;

		if (useFinderCache) {
			list = (List<ContentReview>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ContentReview contentReview : list) {
					if (careProgramId != contentReview.getCareProgramId()) {
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

			sb.append(_SQL_SELECT_CONTENTREVIEW_WHERE);

			sb.append(_FINDER_COLUMN_CAREPROGRAMID_CAREPROGRAMID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ContentReviewModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

				list = (List<ContentReview>)QueryUtil.list(
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
	 * Returns the first content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	@Override
	public ContentReview findByCareProgramId_First(
			long careProgramId,
			OrderByComparator<ContentReview> orderByComparator)
		throws NoSuchContentReviewException {

		ContentReview contentReview = fetchByCareProgramId_First(
			careProgramId, orderByComparator);

		if (contentReview != null) {
			return contentReview;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("careProgramId=");
		sb.append(careProgramId);

		sb.append("}");

		throw new NoSuchContentReviewException(sb.toString());
	}

	/**
	 * Returns the first content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review, or <code>null</code> if a matching content review could not be found
	 */
	@Override
	public ContentReview fetchByCareProgramId_First(
		long careProgramId,
		OrderByComparator<ContentReview> orderByComparator) {

		List<ContentReview> list = findByCareProgramId(
			careProgramId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	@Override
	public ContentReview findByCareProgramId_Last(
			long careProgramId,
			OrderByComparator<ContentReview> orderByComparator)
		throws NoSuchContentReviewException {

		ContentReview contentReview = fetchByCareProgramId_Last(
			careProgramId, orderByComparator);

		if (contentReview != null) {
			return contentReview;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("careProgramId=");
		sb.append(careProgramId);

		sb.append("}");

		throw new NoSuchContentReviewException(sb.toString());
	}

	/**
	 * Returns the last content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review, or <code>null</code> if a matching content review could not be found
	 */
	@Override
	public ContentReview fetchByCareProgramId_Last(
		long careProgramId,
		OrderByComparator<ContentReview> orderByComparator) {

		int count = countByCareProgramId(careProgramId);

		if (count == 0) {
			return null;
		}

		List<ContentReview> list = findByCareProgramId(
			careProgramId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the content reviews before and after the current content review in the ordered set where careProgramId = &#63;.
	 *
	 * @param contentReviewId the primary key of the current content review
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next content review
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	@Override
	public ContentReview[] findByCareProgramId_PrevAndNext(
			long contentReviewId, long careProgramId,
			OrderByComparator<ContentReview> orderByComparator)
		throws NoSuchContentReviewException {

		ContentReview contentReview = findByPrimaryKey(contentReviewId);

		Session session = null;

		try {
			session = openSession();

			ContentReview[] array = new ContentReviewImpl[3];

			array[0] = getByCareProgramId_PrevAndNext(
				session, contentReview, careProgramId, orderByComparator, true);

			array[1] = contentReview;

			array[2] = getByCareProgramId_PrevAndNext(
				session, contentReview, careProgramId, orderByComparator,
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

	protected ContentReview getByCareProgramId_PrevAndNext(
		Session session, ContentReview contentReview, long careProgramId,
		OrderByComparator<ContentReview> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_CONTENTREVIEW_WHERE);

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
			sb.append(ContentReviewModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(careProgramId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						contentReview)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ContentReview> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the content reviews where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	@Override
	public void removeByCareProgramId(long careProgramId) {
		for (ContentReview contentReview :
				findByCareProgramId(
					careProgramId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(contentReview);
		}
	}

	/**
	 * Returns the number of content reviews where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching content reviews
	 */
	@Override
	public int countByCareProgramId(long careProgramId) {
		FinderPath finderPath = _finderPathCountByCareProgramId;

		Object[] finderArgs = new Object[] {careProgramId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CONTENTREVIEW_WHERE);

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
		"contentReview.careProgramId = ?";

	private FinderPath _finderPathWithPaginationFindByLocalRoutineId;
	private FinderPath _finderPathWithoutPaginationFindByLocalRoutineId;
	private FinderPath _finderPathCountByLocalRoutineId;

	/**
	 * Returns all the content reviews where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @return the matching content reviews
	 */
	@Override
	public List<ContentReview> findByLocalRoutineId(long localRoutineId) {
		return findByLocalRoutineId(
			localRoutineId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the content reviews where localRoutineId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param localRoutineId the local routine ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @return the range of matching content reviews
	 */
	@Override
	public List<ContentReview> findByLocalRoutineId(
		long localRoutineId, int start, int end) {

		return findByLocalRoutineId(localRoutineId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the content reviews where localRoutineId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param localRoutineId the local routine ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching content reviews
	 */
	@Override
	public List<ContentReview> findByLocalRoutineId(
		long localRoutineId, int start, int end,
		OrderByComparator<ContentReview> orderByComparator) {

		return findByLocalRoutineId(
			localRoutineId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the content reviews where localRoutineId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param localRoutineId the local routine ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching content reviews
	 */
	@Override
	public List<ContentReview> findByLocalRoutineId(
		long localRoutineId, int start, int end,
		OrderByComparator<ContentReview> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByLocalRoutineId;
				finderArgs = new Object[] {localRoutineId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByLocalRoutineId;
			finderArgs = new Object[] {
				localRoutineId, start, end, orderByComparator
			};
		}

		List<ContentReview> list = null;

		if (useFinderCache) {
			list = (List<ContentReview>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ContentReview contentReview : list) {
					if (localRoutineId != contentReview.getLocalRoutineId()) {
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

			sb.append(_SQL_SELECT_CONTENTREVIEW_WHERE);

			sb.append(_FINDER_COLUMN_LOCALROUTINEID_LOCALROUTINEID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ContentReviewModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(localRoutineId);

				list = (List<ContentReview>)QueryUtil.list(
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
	 * Returns the first content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	@Override
	public ContentReview findByLocalRoutineId_First(
			long localRoutineId,
			OrderByComparator<ContentReview> orderByComparator)
		throws NoSuchContentReviewException {

		ContentReview contentReview = fetchByLocalRoutineId_First(
			localRoutineId, orderByComparator);

		if (contentReview != null) {
			return contentReview;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("localRoutineId=");
		sb.append(localRoutineId);

		sb.append("}");

		throw new NoSuchContentReviewException(sb.toString());
	}

	/**
	 * Returns the first content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review, or <code>null</code> if a matching content review could not be found
	 */
	@Override
	public ContentReview fetchByLocalRoutineId_First(
		long localRoutineId,
		OrderByComparator<ContentReview> orderByComparator) {

		List<ContentReview> list = findByLocalRoutineId(
			localRoutineId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	@Override
	public ContentReview findByLocalRoutineId_Last(
			long localRoutineId,
			OrderByComparator<ContentReview> orderByComparator)
		throws NoSuchContentReviewException {

		ContentReview contentReview = fetchByLocalRoutineId_Last(
			localRoutineId, orderByComparator);

		if (contentReview != null) {
			return contentReview;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("localRoutineId=");
		sb.append(localRoutineId);

		sb.append("}");

		throw new NoSuchContentReviewException(sb.toString());
	}

	/**
	 * Returns the last content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review, or <code>null</code> if a matching content review could not be found
	 */
	@Override
	public ContentReview fetchByLocalRoutineId_Last(
		long localRoutineId,
		OrderByComparator<ContentReview> orderByComparator) {

		int count = countByLocalRoutineId(localRoutineId);

		if (count == 0) {
			return null;
		}

		List<ContentReview> list = findByLocalRoutineId(
			localRoutineId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the content reviews before and after the current content review in the ordered set where localRoutineId = &#63;.
	 *
	 * @param contentReviewId the primary key of the current content review
	 * @param localRoutineId the local routine ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next content review
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	@Override
	public ContentReview[] findByLocalRoutineId_PrevAndNext(
			long contentReviewId, long localRoutineId,
			OrderByComparator<ContentReview> orderByComparator)
		throws NoSuchContentReviewException {

		ContentReview contentReview = findByPrimaryKey(contentReviewId);

		Session session = null;

		try {
			session = openSession();

			ContentReview[] array = new ContentReviewImpl[3];

			array[0] = getByLocalRoutineId_PrevAndNext(
				session, contentReview, localRoutineId, orderByComparator,
				true);

			array[1] = contentReview;

			array[2] = getByLocalRoutineId_PrevAndNext(
				session, contentReview, localRoutineId, orderByComparator,
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

	protected ContentReview getByLocalRoutineId_PrevAndNext(
		Session session, ContentReview contentReview, long localRoutineId,
		OrderByComparator<ContentReview> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_CONTENTREVIEW_WHERE);

		sb.append(_FINDER_COLUMN_LOCALROUTINEID_LOCALROUTINEID_2);

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
			sb.append(ContentReviewModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(localRoutineId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						contentReview)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ContentReview> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the content reviews where localRoutineId = &#63; from the database.
	 *
	 * @param localRoutineId the local routine ID
	 */
	@Override
	public void removeByLocalRoutineId(long localRoutineId) {
		for (ContentReview contentReview :
				findByLocalRoutineId(
					localRoutineId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(contentReview);
		}
	}

	/**
	 * Returns the number of content reviews where localRoutineId = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @return the number of matching content reviews
	 */
	@Override
	public int countByLocalRoutineId(long localRoutineId) {
		FinderPath finderPath = _finderPathCountByLocalRoutineId;

		Object[] finderArgs = new Object[] {localRoutineId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CONTENTREVIEW_WHERE);

			sb.append(_FINDER_COLUMN_LOCALROUTINEID_LOCALROUTINEID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(localRoutineId);

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

	private static final String _FINDER_COLUMN_LOCALROUTINEID_LOCALROUTINEID_2 =
		"contentReview.localRoutineId = ?";

	private FinderPath _finderPathWithPaginationFindByUserId;
	private FinderPath _finderPathWithoutPaginationFindByUserId;
	private FinderPath _finderPathCountByUserId;

	/**
	 * Returns all the content reviews where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching content reviews
	 */
	@Override
	public List<ContentReview> findByUserId(long userId) {
		return findByUserId(userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the content reviews where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @return the range of matching content reviews
	 */
	@Override
	public List<ContentReview> findByUserId(long userId, int start, int end) {
		return findByUserId(userId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the content reviews where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching content reviews
	 */
	@Override
	public List<ContentReview> findByUserId(
		long userId, int start, int end,
		OrderByComparator<ContentReview> orderByComparator) {

		return findByUserId(userId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the content reviews where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching content reviews
	 */
	@Override
	public List<ContentReview> findByUserId(
		long userId, int start, int end,
		OrderByComparator<ContentReview> orderByComparator,
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

		List<ContentReview> list = null;

		if (useFinderCache) {
			list = (List<ContentReview>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (ContentReview contentReview : list) {
					if (userId != contentReview.getUserId()) {
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

			sb.append(_SQL_SELECT_CONTENTREVIEW_WHERE);

			sb.append(_FINDER_COLUMN_USERID_USERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(ContentReviewModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(userId);

				list = (List<ContentReview>)QueryUtil.list(
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
	 * Returns the first content review in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	@Override
	public ContentReview findByUserId_First(
			long userId, OrderByComparator<ContentReview> orderByComparator)
		throws NoSuchContentReviewException {

		ContentReview contentReview = fetchByUserId_First(
			userId, orderByComparator);

		if (contentReview != null) {
			return contentReview;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchContentReviewException(sb.toString());
	}

	/**
	 * Returns the first content review in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching content review, or <code>null</code> if a matching content review could not be found
	 */
	@Override
	public ContentReview fetchByUserId_First(
		long userId, OrderByComparator<ContentReview> orderByComparator) {

		List<ContentReview> list = findByUserId(
			userId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last content review in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review
	 * @throws NoSuchContentReviewException if a matching content review could not be found
	 */
	@Override
	public ContentReview findByUserId_Last(
			long userId, OrderByComparator<ContentReview> orderByComparator)
		throws NoSuchContentReviewException {

		ContentReview contentReview = fetchByUserId_Last(
			userId, orderByComparator);

		if (contentReview != null) {
			return contentReview;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchContentReviewException(sb.toString());
	}

	/**
	 * Returns the last content review in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching content review, or <code>null</code> if a matching content review could not be found
	 */
	@Override
	public ContentReview fetchByUserId_Last(
		long userId, OrderByComparator<ContentReview> orderByComparator) {

		int count = countByUserId(userId);

		if (count == 0) {
			return null;
		}

		List<ContentReview> list = findByUserId(
			userId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the content reviews before and after the current content review in the ordered set where userId = &#63;.
	 *
	 * @param contentReviewId the primary key of the current content review
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next content review
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	@Override
	public ContentReview[] findByUserId_PrevAndNext(
			long contentReviewId, long userId,
			OrderByComparator<ContentReview> orderByComparator)
		throws NoSuchContentReviewException {

		ContentReview contentReview = findByPrimaryKey(contentReviewId);

		Session session = null;

		try {
			session = openSession();

			ContentReview[] array = new ContentReviewImpl[3];

			array[0] = getByUserId_PrevAndNext(
				session, contentReview, userId, orderByComparator, true);

			array[1] = contentReview;

			array[2] = getByUserId_PrevAndNext(
				session, contentReview, userId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected ContentReview getByUserId_PrevAndNext(
		Session session, ContentReview contentReview, long userId,
		OrderByComparator<ContentReview> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_CONTENTREVIEW_WHERE);

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
			sb.append(ContentReviewModelImpl.ORDER_BY_JPQL);
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
						contentReview)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<ContentReview> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the content reviews where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	@Override
	public void removeByUserId(long userId) {
		for (ContentReview contentReview :
				findByUserId(
					userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(contentReview);
		}
	}

	/**
	 * Returns the number of content reviews where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching content reviews
	 */
	@Override
	public int countByUserId(long userId) {
		FinderPath finderPath = _finderPathCountByUserId;

		Object[] finderArgs = new Object[] {userId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CONTENTREVIEW_WHERE);

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
		"contentReview.userId = ?";

	public ContentReviewPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("comment", "comment_");

		setDBColumnNames(dbColumnNames);

		setModelClass(ContentReview.class);

		setModelImplClass(ContentReviewImpl.class);
		setModelPKClass(long.class);

		setTable(ContentReviewTable.INSTANCE);
	}

	/**
	 * Caches the content review in the entity cache if it is enabled.
	 *
	 * @param contentReview the content review
	 */
	@Override
	public void cacheResult(ContentReview contentReview) {
		entityCache.putResult(
			ContentReviewImpl.class, contentReview.getPrimaryKey(),
			contentReview);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the content reviews in the entity cache if it is enabled.
	 *
	 * @param contentReviews the content reviews
	 */
	@Override
	public void cacheResult(List<ContentReview> contentReviews) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (contentReviews.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (ContentReview contentReview : contentReviews) {
			if (entityCache.getResult(
					ContentReviewImpl.class, contentReview.getPrimaryKey()) ==
						null) {

				cacheResult(contentReview);
			}
		}
	}

	/**
	 * Clears the cache for all content reviews.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(ContentReviewImpl.class);

		finderCache.clearCache(ContentReviewImpl.class);
	}

	/**
	 * Clears the cache for the content review.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(ContentReview contentReview) {
		entityCache.removeResult(ContentReviewImpl.class, contentReview);
	}

	@Override
	public void clearCache(List<ContentReview> contentReviews) {
		for (ContentReview contentReview : contentReviews) {
			entityCache.removeResult(ContentReviewImpl.class, contentReview);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(ContentReviewImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(ContentReviewImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new content review with the primary key. Does not add the content review to the database.
	 *
	 * @param contentReviewId the primary key for the new content review
	 * @return the new content review
	 */
	@Override
	public ContentReview create(long contentReviewId) {
		ContentReview contentReview = new ContentReviewImpl();

		contentReview.setNew(true);
		contentReview.setPrimaryKey(contentReviewId);

		contentReview.setCompanyId(CompanyThreadLocal.getCompanyId());

		return contentReview;
	}

	/**
	 * Removes the content review with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param contentReviewId the primary key of the content review
	 * @return the content review that was removed
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	@Override
	public ContentReview remove(long contentReviewId)
		throws NoSuchContentReviewException {

		return remove((Serializable)contentReviewId);
	}

	/**
	 * Removes the content review with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the content review
	 * @return the content review that was removed
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	@Override
	public ContentReview remove(Serializable primaryKey)
		throws NoSuchContentReviewException {

		Session session = null;

		try {
			session = openSession();

			ContentReview contentReview = (ContentReview)session.get(
				ContentReviewImpl.class, primaryKey);

			if (contentReview == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchContentReviewException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(contentReview);
		}
		catch (NoSuchContentReviewException noSuchEntityException) {
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
	protected ContentReview removeImpl(ContentReview contentReview) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(contentReview)) {
				contentReview = (ContentReview)session.get(
					ContentReviewImpl.class, contentReview.getPrimaryKeyObj());
			}

			if (contentReview != null) {
				session.delete(contentReview);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (contentReview != null) {
			clearCache(contentReview);
		}

		return contentReview;
	}

	@Override
	public ContentReview updateImpl(ContentReview contentReview) {
		boolean isNew = contentReview.isNew();

		if (!(contentReview instanceof ContentReviewModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(contentReview.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					contentReview);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in contentReview proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom ContentReview implementation " +
					contentReview.getClass());
		}

		ContentReviewModelImpl contentReviewModelImpl =
			(ContentReviewModelImpl)contentReview;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(contentReview);
			}
			else {
				contentReview = (ContentReview)session.merge(contentReview);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			ContentReviewImpl.class, contentReviewModelImpl, false, true);

		if (isNew) {
			contentReview.setNew(false);
		}

		contentReview.resetOriginalValues();

		return contentReview;
	}

	/**
	 * Returns the content review with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the content review
	 * @return the content review
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	@Override
	public ContentReview findByPrimaryKey(Serializable primaryKey)
		throws NoSuchContentReviewException {

		ContentReview contentReview = fetchByPrimaryKey(primaryKey);

		if (contentReview == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchContentReviewException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return contentReview;
	}

	/**
	 * Returns the content review with the primary key or throws a <code>NoSuchContentReviewException</code> if it could not be found.
	 *
	 * @param contentReviewId the primary key of the content review
	 * @return the content review
	 * @throws NoSuchContentReviewException if a content review with the primary key could not be found
	 */
	@Override
	public ContentReview findByPrimaryKey(long contentReviewId)
		throws NoSuchContentReviewException {

		return findByPrimaryKey((Serializable)contentReviewId);
	}

	/**
	 * Returns the content review with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param contentReviewId the primary key of the content review
	 * @return the content review, or <code>null</code> if a content review with the primary key could not be found
	 */
	@Override
	public ContentReview fetchByPrimaryKey(long contentReviewId) {
		return fetchByPrimaryKey((Serializable)contentReviewId);
	}

	/**
	 * Returns all the content reviews.
	 *
	 * @return the content reviews
	 */
	@Override
	public List<ContentReview> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the content reviews.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @return the range of content reviews
	 */
	@Override
	public List<ContentReview> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the content reviews.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of content reviews
	 */
	@Override
	public List<ContentReview> findAll(
		int start, int end,
		OrderByComparator<ContentReview> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the content reviews.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ContentReviewModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of content reviews
	 * @param end the upper bound of the range of content reviews (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of content reviews
	 */
	@Override
	public List<ContentReview> findAll(
		int start, int end, OrderByComparator<ContentReview> orderByComparator,
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

		List<ContentReview> list = null;

		if (useFinderCache) {
			list = (List<ContentReview>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_CONTENTREVIEW);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_CONTENTREVIEW;

				sql = sql.concat(ContentReviewModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<ContentReview>)QueryUtil.list(
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
	 * Removes all the content reviews from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (ContentReview contentReview : findAll()) {
			remove(contentReview);
		}
	}

	/**
	 * Returns the number of content reviews.
	 *
	 * @return the number of content reviews
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_CONTENTREVIEW);

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
		return "contentReviewId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_CONTENTREVIEW;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return ContentReviewModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the content review persistence.
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

		_finderPathWithPaginationFindByLocalRoutineId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByLocalRoutineId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"localRoutineId"}, true);

		_finderPathWithoutPaginationFindByLocalRoutineId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByLocalRoutineId",
			new String[] {Long.class.getName()},
			new String[] {"localRoutineId"}, true);

		_finderPathCountByLocalRoutineId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByLocalRoutineId",
			new String[] {Long.class.getName()},
			new String[] {"localRoutineId"}, false);

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

		ContentReviewUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		ContentReviewUtil.setPersistence(null);

		entityCache.removeCache(ContentReviewImpl.class.getName());
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

	private static final String _SQL_SELECT_CONTENTREVIEW =
		"SELECT contentReview FROM ContentReview contentReview";

	private static final String _SQL_SELECT_CONTENTREVIEW_WHERE =
		"SELECT contentReview FROM ContentReview contentReview WHERE ";

	private static final String _SQL_COUNT_CONTENTREVIEW =
		"SELECT COUNT(contentReview) FROM ContentReview contentReview";

	private static final String _SQL_COUNT_CONTENTREVIEW_WHERE =
		"SELECT COUNT(contentReview) FROM ContentReview contentReview WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "contentReview.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No ContentReview exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No ContentReview exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		ContentReviewPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"comment"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}