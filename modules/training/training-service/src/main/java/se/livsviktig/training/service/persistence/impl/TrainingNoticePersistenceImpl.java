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
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.exception.NoSuchTrainingNoticeException;
import se.livsviktig.training.model.TrainingNotice;
import se.livsviktig.training.model.TrainingNoticeTable;
import se.livsviktig.training.model.impl.TrainingNoticeImpl;
import se.livsviktig.training.model.impl.TrainingNoticeModelImpl;
import se.livsviktig.training.service.persistence.TrainingNoticePersistence;
import se.livsviktig.training.service.persistence.TrainingNoticeUtil;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The persistence implementation for the training notice service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = TrainingNoticePersistence.class)
public class TrainingNoticePersistenceImpl
	extends BasePersistenceImpl<TrainingNotice>
	implements TrainingNoticePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>TrainingNoticeUtil</code> to access the training notice persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		TrainingNoticeImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathFetchByC_NK;
	private FinderPath _finderPathCountByC_NK;

	/**
	 * Returns the training notice where companyId = &#63; and noticeKey = &#63; or throws a <code>NoSuchTrainingNoticeException</code> if it could not be found.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @return the matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	@Override
	public TrainingNotice findByC_NK(long companyId, String noticeKey)
		throws NoSuchTrainingNoticeException {

		TrainingNotice trainingNotice = fetchByC_NK(companyId, noticeKey);

		if (trainingNotice == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("companyId=");
			sb.append(companyId);

			sb.append(", noticeKey=");
			sb.append(noticeKey);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchTrainingNoticeException(sb.toString());
		}

		return trainingNotice;
	}

	/**
	 * Returns the training notice where companyId = &#63; and noticeKey = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @return the matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	@Override
	public TrainingNotice fetchByC_NK(long companyId, String noticeKey) {
		return fetchByC_NK(companyId, noticeKey, true);
	}

	/**
	 * Returns the training notice where companyId = &#63; and noticeKey = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	@Override
	public TrainingNotice fetchByC_NK(
		long companyId, String noticeKey, boolean useFinderCache) {

		noticeKey = Objects.toString(noticeKey, "");

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {companyId, noticeKey};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByC_NK, finderArgs, this);
		}

		if (result instanceof TrainingNotice) {
			TrainingNotice trainingNotice = (TrainingNotice)result;

			if ((companyId != trainingNotice.getCompanyId()) ||
				!Objects.equals(noticeKey, trainingNotice.getNoticeKey())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_TRAININGNOTICE_WHERE);

			sb.append(_FINDER_COLUMN_C_NK_COMPANYID_2);

			boolean bindNoticeKey = false;

			if (noticeKey.isEmpty()) {
				sb.append(_FINDER_COLUMN_C_NK_NOTICEKEY_3);
			}
			else {
				bindNoticeKey = true;

				sb.append(_FINDER_COLUMN_C_NK_NOTICEKEY_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				if (bindNoticeKey) {
					queryPos.add(noticeKey);
				}

				List<TrainingNotice> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByC_NK, finderArgs, list);
					}
				}
				else {
					TrainingNotice trainingNotice = list.get(0);

					result = trainingNotice;

					cacheResult(trainingNotice);
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
			return (TrainingNotice)result;
		}
	}

	/**
	 * Removes the training notice where companyId = &#63; and noticeKey = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @return the training notice that was removed
	 */
	@Override
	public TrainingNotice removeByC_NK(long companyId, String noticeKey)
		throws NoSuchTrainingNoticeException {

		TrainingNotice trainingNotice = findByC_NK(companyId, noticeKey);

		return remove(trainingNotice);
	}

	/**
	 * Returns the number of training notices where companyId = &#63; and noticeKey = &#63;.
	 *
	 * @param companyId the company ID
	 * @param noticeKey the notice key
	 * @return the number of matching training notices
	 */
	@Override
	public int countByC_NK(long companyId, String noticeKey) {
		noticeKey = Objects.toString(noticeKey, "");

		FinderPath finderPath = _finderPathCountByC_NK;

		Object[] finderArgs = new Object[] {companyId, noticeKey};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_TRAININGNOTICE_WHERE);

			sb.append(_FINDER_COLUMN_C_NK_COMPANYID_2);

			boolean bindNoticeKey = false;

			if (noticeKey.isEmpty()) {
				sb.append(_FINDER_COLUMN_C_NK_NOTICEKEY_3);
			}
			else {
				bindNoticeKey = true;

				sb.append(_FINDER_COLUMN_C_NK_NOTICEKEY_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				if (bindNoticeKey) {
					queryPos.add(noticeKey);
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

	private static final String _FINDER_COLUMN_C_NK_COMPANYID_2 =
		"trainingNotice.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_NK_NOTICEKEY_2 =
		"trainingNotice.noticeKey = ?";

	private static final String _FINDER_COLUMN_C_NK_NOTICEKEY_3 =
		"(trainingNotice.noticeKey IS NULL OR trainingNotice.noticeKey = '')";

	private FinderPath _finderPathWithPaginationFindByRegistrationId;
	private FinderPath _finderPathWithoutPaginationFindByRegistrationId;
	private FinderPath _finderPathCountByRegistrationId;

	/**
	 * Returns all the training notices where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the matching training notices
	 */
	@Override
	public List<TrainingNotice> findByRegistrationId(long registrationId) {
		return findByRegistrationId(
			registrationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the training notices where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @return the range of matching training notices
	 */
	@Override
	public List<TrainingNotice> findByRegistrationId(
		long registrationId, int start, int end) {

		return findByRegistrationId(registrationId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the training notices where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training notices
	 */
	@Override
	public List<TrainingNotice> findByRegistrationId(
		long registrationId, int start, int end,
		OrderByComparator<TrainingNotice> orderByComparator) {

		return findByRegistrationId(
			registrationId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the training notices where registrationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param registrationId the registration ID
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training notices
	 */
	@Override
	public List<TrainingNotice> findByRegistrationId(
		long registrationId, int start, int end,
		OrderByComparator<TrainingNotice> orderByComparator,
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

		List<TrainingNotice> list = null;

		if (useFinderCache) {
			list = (List<TrainingNotice>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (TrainingNotice trainingNotice : list) {
					if (registrationId != trainingNotice.getRegistrationId()) {
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

			sb.append(_SQL_SELECT_TRAININGNOTICE_WHERE);

			sb.append(_FINDER_COLUMN_REGISTRATIONID_REGISTRATIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(TrainingNoticeModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(registrationId);

				list = (List<TrainingNotice>)QueryUtil.list(
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
	 * Returns the first training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	@Override
	public TrainingNotice findByRegistrationId_First(
			long registrationId,
			OrderByComparator<TrainingNotice> orderByComparator)
		throws NoSuchTrainingNoticeException {

		TrainingNotice trainingNotice = fetchByRegistrationId_First(
			registrationId, orderByComparator);

		if (trainingNotice != null) {
			return trainingNotice;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("registrationId=");
		sb.append(registrationId);

		sb.append("}");

		throw new NoSuchTrainingNoticeException(sb.toString());
	}

	/**
	 * Returns the first training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	@Override
	public TrainingNotice fetchByRegistrationId_First(
		long registrationId,
		OrderByComparator<TrainingNotice> orderByComparator) {

		List<TrainingNotice> list = findByRegistrationId(
			registrationId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	@Override
	public TrainingNotice findByRegistrationId_Last(
			long registrationId,
			OrderByComparator<TrainingNotice> orderByComparator)
		throws NoSuchTrainingNoticeException {

		TrainingNotice trainingNotice = fetchByRegistrationId_Last(
			registrationId, orderByComparator);

		if (trainingNotice != null) {
			return trainingNotice;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("registrationId=");
		sb.append(registrationId);

		sb.append("}");

		throw new NoSuchTrainingNoticeException(sb.toString());
	}

	/**
	 * Returns the last training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	@Override
	public TrainingNotice fetchByRegistrationId_Last(
		long registrationId,
		OrderByComparator<TrainingNotice> orderByComparator) {

		int count = countByRegistrationId(registrationId);

		if (count == 0) {
			return null;
		}

		List<TrainingNotice> list = findByRegistrationId(
			registrationId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the training notices before and after the current training notice in the ordered set where registrationId = &#63;.
	 *
	 * @param trainingNoticeId the primary key of the current training notice
	 * @param registrationId the registration ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training notice
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	@Override
	public TrainingNotice[] findByRegistrationId_PrevAndNext(
			long trainingNoticeId, long registrationId,
			OrderByComparator<TrainingNotice> orderByComparator)
		throws NoSuchTrainingNoticeException {

		TrainingNotice trainingNotice = findByPrimaryKey(trainingNoticeId);

		Session session = null;

		try {
			session = openSession();

			TrainingNotice[] array = new TrainingNoticeImpl[3];

			array[0] = getByRegistrationId_PrevAndNext(
				session, trainingNotice, registrationId, orderByComparator,
				true);

			array[1] = trainingNotice;

			array[2] = getByRegistrationId_PrevAndNext(
				session, trainingNotice, registrationId, orderByComparator,
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

	protected TrainingNotice getByRegistrationId_PrevAndNext(
		Session session, TrainingNotice trainingNotice, long registrationId,
		OrderByComparator<TrainingNotice> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_TRAININGNOTICE_WHERE);

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
			sb.append(TrainingNoticeModelImpl.ORDER_BY_JPQL);
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
						trainingNotice)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<TrainingNotice> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the training notices where registrationId = &#63; from the database.
	 *
	 * @param registrationId the registration ID
	 */
	@Override
	public void removeByRegistrationId(long registrationId) {
		for (TrainingNotice trainingNotice :
				findByRegistrationId(
					registrationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(trainingNotice);
		}
	}

	/**
	 * Returns the number of training notices where registrationId = &#63;.
	 *
	 * @param registrationId the registration ID
	 * @return the number of matching training notices
	 */
	@Override
	public int countByRegistrationId(long registrationId) {
		FinderPath finderPath = _finderPathCountByRegistrationId;

		Object[] finderArgs = new Object[] {registrationId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_TRAININGNOTICE_WHERE);

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
		"trainingNotice.registrationId = ?";

	private FinderPath _finderPathWithPaginationFindByUserId;
	private FinderPath _finderPathWithoutPaginationFindByUserId;
	private FinderPath _finderPathCountByUserId;

	/**
	 * Returns all the training notices where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the matching training notices
	 */
	@Override
	public List<TrainingNotice> findByUserId(long userId) {
		return findByUserId(userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the training notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @return the range of matching training notices
	 */
	@Override
	public List<TrainingNotice> findByUserId(long userId, int start, int end) {
		return findByUserId(userId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the training notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching training notices
	 */
	@Override
	public List<TrainingNotice> findByUserId(
		long userId, int start, int end,
		OrderByComparator<TrainingNotice> orderByComparator) {

		return findByUserId(userId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the training notices where userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching training notices
	 */
	@Override
	public List<TrainingNotice> findByUserId(
		long userId, int start, int end,
		OrderByComparator<TrainingNotice> orderByComparator,
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

		List<TrainingNotice> list = null;

		if (useFinderCache) {
			list = (List<TrainingNotice>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (TrainingNotice trainingNotice : list) {
					if (userId != trainingNotice.getUserId()) {
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

			sb.append(_SQL_SELECT_TRAININGNOTICE_WHERE);

			sb.append(_FINDER_COLUMN_USERID_USERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(TrainingNoticeModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(userId);

				list = (List<TrainingNotice>)QueryUtil.list(
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
	 * Returns the first training notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	@Override
	public TrainingNotice findByUserId_First(
			long userId, OrderByComparator<TrainingNotice> orderByComparator)
		throws NoSuchTrainingNoticeException {

		TrainingNotice trainingNotice = fetchByUserId_First(
			userId, orderByComparator);

		if (trainingNotice != null) {
			return trainingNotice;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchTrainingNoticeException(sb.toString());
	}

	/**
	 * Returns the first training notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	@Override
	public TrainingNotice fetchByUserId_First(
		long userId, OrderByComparator<TrainingNotice> orderByComparator) {

		List<TrainingNotice> list = findByUserId(
			userId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last training notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training notice
	 * @throws NoSuchTrainingNoticeException if a matching training notice could not be found
	 */
	@Override
	public TrainingNotice findByUserId_Last(
			long userId, OrderByComparator<TrainingNotice> orderByComparator)
		throws NoSuchTrainingNoticeException {

		TrainingNotice trainingNotice = fetchByUserId_Last(
			userId, orderByComparator);

		if (trainingNotice != null) {
			return trainingNotice;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchTrainingNoticeException(sb.toString());
	}

	/**
	 * Returns the last training notice in the ordered set where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching training notice, or <code>null</code> if a matching training notice could not be found
	 */
	@Override
	public TrainingNotice fetchByUserId_Last(
		long userId, OrderByComparator<TrainingNotice> orderByComparator) {

		int count = countByUserId(userId);

		if (count == 0) {
			return null;
		}

		List<TrainingNotice> list = findByUserId(
			userId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the training notices before and after the current training notice in the ordered set where userId = &#63;.
	 *
	 * @param trainingNoticeId the primary key of the current training notice
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next training notice
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	@Override
	public TrainingNotice[] findByUserId_PrevAndNext(
			long trainingNoticeId, long userId,
			OrderByComparator<TrainingNotice> orderByComparator)
		throws NoSuchTrainingNoticeException {

		TrainingNotice trainingNotice = findByPrimaryKey(trainingNoticeId);

		Session session = null;

		try {
			session = openSession();

			TrainingNotice[] array = new TrainingNoticeImpl[3];

			array[0] = getByUserId_PrevAndNext(
				session, trainingNotice, userId, orderByComparator, true);

			array[1] = trainingNotice;

			array[2] = getByUserId_PrevAndNext(
				session, trainingNotice, userId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected TrainingNotice getByUserId_PrevAndNext(
		Session session, TrainingNotice trainingNotice, long userId,
		OrderByComparator<TrainingNotice> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_TRAININGNOTICE_WHERE);

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
			sb.append(TrainingNoticeModelImpl.ORDER_BY_JPQL);
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
						trainingNotice)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<TrainingNotice> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the training notices where userId = &#63; from the database.
	 *
	 * @param userId the user ID
	 */
	@Override
	public void removeByUserId(long userId) {
		for (TrainingNotice trainingNotice :
				findByUserId(
					userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(trainingNotice);
		}
	}

	/**
	 * Returns the number of training notices where userId = &#63;.
	 *
	 * @param userId the user ID
	 * @return the number of matching training notices
	 */
	@Override
	public int countByUserId(long userId) {
		FinderPath finderPath = _finderPathCountByUserId;

		Object[] finderArgs = new Object[] {userId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_TRAININGNOTICE_WHERE);

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
		"trainingNotice.userId = ?";

	public TrainingNoticePersistenceImpl() {
		setModelClass(TrainingNotice.class);

		setModelImplClass(TrainingNoticeImpl.class);
		setModelPKClass(long.class);

		setTable(TrainingNoticeTable.INSTANCE);
	}

	/**
	 * Caches the training notice in the entity cache if it is enabled.
	 *
	 * @param trainingNotice the training notice
	 */
	@Override
	public void cacheResult(TrainingNotice trainingNotice) {
		entityCache.putResult(
			TrainingNoticeImpl.class, trainingNotice.getPrimaryKey(),
			trainingNotice);

		finderCache.putResult(
			_finderPathFetchByC_NK,
			new Object[] {
				trainingNotice.getCompanyId(), trainingNotice.getNoticeKey()
			},
			trainingNotice);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the training notices in the entity cache if it is enabled.
	 *
	 * @param trainingNotices the training notices
	 */
	@Override
	public void cacheResult(List<TrainingNotice> trainingNotices) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (trainingNotices.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (TrainingNotice trainingNotice : trainingNotices) {
			if (entityCache.getResult(
					TrainingNoticeImpl.class, trainingNotice.getPrimaryKey()) ==
						null) {

				cacheResult(trainingNotice);
			}
		}
	}

	/**
	 * Clears the cache for all training notices.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(TrainingNoticeImpl.class);

		finderCache.clearCache(TrainingNoticeImpl.class);
	}

	/**
	 * Clears the cache for the training notice.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(TrainingNotice trainingNotice) {
		entityCache.removeResult(TrainingNoticeImpl.class, trainingNotice);
	}

	@Override
	public void clearCache(List<TrainingNotice> trainingNotices) {
		for (TrainingNotice trainingNotice : trainingNotices) {
			entityCache.removeResult(TrainingNoticeImpl.class, trainingNotice);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(TrainingNoticeImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(TrainingNoticeImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		TrainingNoticeModelImpl trainingNoticeModelImpl) {

		Object[] args = new Object[] {
			trainingNoticeModelImpl.getCompanyId(),
			trainingNoticeModelImpl.getNoticeKey()
		};

		finderCache.putResult(_finderPathCountByC_NK, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByC_NK, args, trainingNoticeModelImpl);
	}

	/**
	 * Creates a new training notice with the primary key. Does not add the training notice to the database.
	 *
	 * @param trainingNoticeId the primary key for the new training notice
	 * @return the new training notice
	 */
	@Override
	public TrainingNotice create(long trainingNoticeId) {
		TrainingNotice trainingNotice = new TrainingNoticeImpl();

		trainingNotice.setNew(true);
		trainingNotice.setPrimaryKey(trainingNoticeId);

		trainingNotice.setCompanyId(CompanyThreadLocal.getCompanyId());

		return trainingNotice;
	}

	/**
	 * Removes the training notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param trainingNoticeId the primary key of the training notice
	 * @return the training notice that was removed
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	@Override
	public TrainingNotice remove(long trainingNoticeId)
		throws NoSuchTrainingNoticeException {

		return remove((Serializable)trainingNoticeId);
	}

	/**
	 * Removes the training notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the training notice
	 * @return the training notice that was removed
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	@Override
	public TrainingNotice remove(Serializable primaryKey)
		throws NoSuchTrainingNoticeException {

		Session session = null;

		try {
			session = openSession();

			TrainingNotice trainingNotice = (TrainingNotice)session.get(
				TrainingNoticeImpl.class, primaryKey);

			if (trainingNotice == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchTrainingNoticeException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(trainingNotice);
		}
		catch (NoSuchTrainingNoticeException noSuchEntityException) {
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
	protected TrainingNotice removeImpl(TrainingNotice trainingNotice) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(trainingNotice)) {
				trainingNotice = (TrainingNotice)session.get(
					TrainingNoticeImpl.class,
					trainingNotice.getPrimaryKeyObj());
			}

			if (trainingNotice != null) {
				session.delete(trainingNotice);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (trainingNotice != null) {
			clearCache(trainingNotice);
		}

		return trainingNotice;
	}

	@Override
	public TrainingNotice updateImpl(TrainingNotice trainingNotice) {
		boolean isNew = trainingNotice.isNew();

		if (!(trainingNotice instanceof TrainingNoticeModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(trainingNotice.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					trainingNotice);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in trainingNotice proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom TrainingNotice implementation " +
					trainingNotice.getClass());
		}

		TrainingNoticeModelImpl trainingNoticeModelImpl =
			(TrainingNoticeModelImpl)trainingNotice;

		if (isNew && (trainingNotice.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				trainingNotice.setCreateDate(date);
			}
			else {
				trainingNotice.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(trainingNotice);
			}
			else {
				trainingNotice = (TrainingNotice)session.merge(trainingNotice);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			TrainingNoticeImpl.class, trainingNoticeModelImpl, false, true);

		cacheUniqueFindersCache(trainingNoticeModelImpl);

		if (isNew) {
			trainingNotice.setNew(false);
		}

		trainingNotice.resetOriginalValues();

		return trainingNotice;
	}

	/**
	 * Returns the training notice with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the training notice
	 * @return the training notice
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	@Override
	public TrainingNotice findByPrimaryKey(Serializable primaryKey)
		throws NoSuchTrainingNoticeException {

		TrainingNotice trainingNotice = fetchByPrimaryKey(primaryKey);

		if (trainingNotice == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchTrainingNoticeException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return trainingNotice;
	}

	/**
	 * Returns the training notice with the primary key or throws a <code>NoSuchTrainingNoticeException</code> if it could not be found.
	 *
	 * @param trainingNoticeId the primary key of the training notice
	 * @return the training notice
	 * @throws NoSuchTrainingNoticeException if a training notice with the primary key could not be found
	 */
	@Override
	public TrainingNotice findByPrimaryKey(long trainingNoticeId)
		throws NoSuchTrainingNoticeException {

		return findByPrimaryKey((Serializable)trainingNoticeId);
	}

	/**
	 * Returns the training notice with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param trainingNoticeId the primary key of the training notice
	 * @return the training notice, or <code>null</code> if a training notice with the primary key could not be found
	 */
	@Override
	public TrainingNotice fetchByPrimaryKey(long trainingNoticeId) {
		return fetchByPrimaryKey((Serializable)trainingNoticeId);
	}

	/**
	 * Returns all the training notices.
	 *
	 * @return the training notices
	 */
	@Override
	public List<TrainingNotice> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the training notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @return the range of training notices
	 */
	@Override
	public List<TrainingNotice> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the training notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of training notices
	 */
	@Override
	public List<TrainingNotice> findAll(
		int start, int end,
		OrderByComparator<TrainingNotice> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the training notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>TrainingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of training notices
	 * @param end the upper bound of the range of training notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of training notices
	 */
	@Override
	public List<TrainingNotice> findAll(
		int start, int end, OrderByComparator<TrainingNotice> orderByComparator,
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

		List<TrainingNotice> list = null;

		if (useFinderCache) {
			list = (List<TrainingNotice>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_TRAININGNOTICE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_TRAININGNOTICE;

				sql = sql.concat(TrainingNoticeModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<TrainingNotice>)QueryUtil.list(
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
	 * Removes all the training notices from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (TrainingNotice trainingNotice : findAll()) {
			remove(trainingNotice);
		}
	}

	/**
	 * Returns the number of training notices.
	 *
	 * @return the number of training notices
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_TRAININGNOTICE);

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
		return "trainingNoticeId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_TRAININGNOTICE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return TrainingNoticeModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the training notice persistence.
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

		_finderPathFetchByC_NK = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByC_NK",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"companyId", "noticeKey"}, true);

		_finderPathCountByC_NK = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC_NK",
			new String[] {Long.class.getName(), String.class.getName()},
			new String[] {"companyId", "noticeKey"}, false);

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

		TrainingNoticeUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		TrainingNoticeUtil.setPersistence(null);

		entityCache.removeCache(TrainingNoticeImpl.class.getName());
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

	private static final String _SQL_SELECT_TRAININGNOTICE =
		"SELECT trainingNotice FROM TrainingNotice trainingNotice";

	private static final String _SQL_SELECT_TRAININGNOTICE_WHERE =
		"SELECT trainingNotice FROM TrainingNotice trainingNotice WHERE ";

	private static final String _SQL_COUNT_TRAININGNOTICE =
		"SELECT COUNT(trainingNotice) FROM TrainingNotice trainingNotice";

	private static final String _SQL_COUNT_TRAININGNOTICE_WHERE =
		"SELECT COUNT(trainingNotice) FROM TrainingNotice trainingNotice WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "trainingNotice.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No TrainingNotice exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No TrainingNotice exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		TrainingNoticePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}