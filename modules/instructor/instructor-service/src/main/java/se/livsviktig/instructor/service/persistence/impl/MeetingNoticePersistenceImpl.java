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
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.exception.NoSuchMeetingNoticeException;
import se.livsviktig.instructor.model.MeetingNotice;
import se.livsviktig.instructor.model.MeetingNoticeTable;
import se.livsviktig.instructor.model.impl.MeetingNoticeImpl;
import se.livsviktig.instructor.model.impl.MeetingNoticeModelImpl;
import se.livsviktig.instructor.service.persistence.MeetingNoticePersistence;
import se.livsviktig.instructor.service.persistence.MeetingNoticeUtil;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;

/**
 * The persistence implementation for the meeting notice service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = MeetingNoticePersistence.class)
public class MeetingNoticePersistenceImpl
	extends BasePersistenceImpl<MeetingNotice>
	implements MeetingNoticePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>MeetingNoticeUtil</code> to access the meeting notice persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		MeetingNoticeImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathFetchByNM_U_S;
	private FinderPath _finderPathCountByNM_U_S;

	/**
	 * Returns the meeting notice where networkMeetingId = &#63; and userId = &#63; and sequence = &#63; or throws a <code>NoSuchMeetingNoticeException</code> if it could not be found.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @return the matching meeting notice
	 * @throws NoSuchMeetingNoticeException if a matching meeting notice could not be found
	 */
	@Override
	public MeetingNotice findByNM_U_S(
			long networkMeetingId, long userId, int sequence)
		throws NoSuchMeetingNoticeException {

		MeetingNotice meetingNotice = fetchByNM_U_S(
			networkMeetingId, userId, sequence);

		if (meetingNotice == null) {
			StringBundler sb = new StringBundler(8);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("networkMeetingId=");
			sb.append(networkMeetingId);

			sb.append(", userId=");
			sb.append(userId);

			sb.append(", sequence=");
			sb.append(sequence);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchMeetingNoticeException(sb.toString());
		}

		return meetingNotice;
	}

	/**
	 * Returns the meeting notice where networkMeetingId = &#63; and userId = &#63; and sequence = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @return the matching meeting notice, or <code>null</code> if a matching meeting notice could not be found
	 */
	@Override
	public MeetingNotice fetchByNM_U_S(
		long networkMeetingId, long userId, int sequence) {

		return fetchByNM_U_S(networkMeetingId, userId, sequence, true);
	}

	/**
	 * Returns the meeting notice where networkMeetingId = &#63; and userId = &#63; and sequence = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching meeting notice, or <code>null</code> if a matching meeting notice could not be found
	 */
	@Override
	public MeetingNotice fetchByNM_U_S(
		long networkMeetingId, long userId, int sequence,
		boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {networkMeetingId, userId, sequence};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByNM_U_S, finderArgs, this);
		}

		if (result instanceof MeetingNotice) {
			MeetingNotice meetingNotice = (MeetingNotice)result;

			if ((networkMeetingId != meetingNotice.getNetworkMeetingId()) ||
				(userId != meetingNotice.getUserId()) ||
				(sequence != meetingNotice.getSequence())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(5);

			sb.append(_SQL_SELECT_MEETINGNOTICE_WHERE);

			sb.append(_FINDER_COLUMN_NM_U_S_NETWORKMEETINGID_2);

			sb.append(_FINDER_COLUMN_NM_U_S_USERID_2);

			sb.append(_FINDER_COLUMN_NM_U_S_SEQUENCE_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(networkMeetingId);

				queryPos.add(userId);

				queryPos.add(sequence);

				List<MeetingNotice> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByNM_U_S, finderArgs, list);
					}
				}
				else {
					MeetingNotice meetingNotice = list.get(0);

					result = meetingNotice;

					cacheResult(meetingNotice);
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
			return (MeetingNotice)result;
		}
	}

	/**
	 * Removes the meeting notice where networkMeetingId = &#63; and userId = &#63; and sequence = &#63; from the database.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @return the meeting notice that was removed
	 */
	@Override
	public MeetingNotice removeByNM_U_S(
			long networkMeetingId, long userId, int sequence)
		throws NoSuchMeetingNoticeException {

		MeetingNotice meetingNotice = findByNM_U_S(
			networkMeetingId, userId, sequence);

		return remove(meetingNotice);
	}

	/**
	 * Returns the number of meeting notices where networkMeetingId = &#63; and userId = &#63; and sequence = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @return the number of matching meeting notices
	 */
	@Override
	public int countByNM_U_S(long networkMeetingId, long userId, int sequence) {
		FinderPath finderPath = _finderPathCountByNM_U_S;

		Object[] finderArgs = new Object[] {networkMeetingId, userId, sequence};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_COUNT_MEETINGNOTICE_WHERE);

			sb.append(_FINDER_COLUMN_NM_U_S_NETWORKMEETINGID_2);

			sb.append(_FINDER_COLUMN_NM_U_S_USERID_2);

			sb.append(_FINDER_COLUMN_NM_U_S_SEQUENCE_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(networkMeetingId);

				queryPos.add(userId);

				queryPos.add(sequence);

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

	private static final String _FINDER_COLUMN_NM_U_S_NETWORKMEETINGID_2 =
		"meetingNotice.networkMeetingId = ? AND ";

	private static final String _FINDER_COLUMN_NM_U_S_USERID_2 =
		"meetingNotice.userId = ? AND ";

	private static final String _FINDER_COLUMN_NM_U_S_SEQUENCE_2 =
		"meetingNotice.sequence = ?";

	public MeetingNoticePersistenceImpl() {
		setModelClass(MeetingNotice.class);

		setModelImplClass(MeetingNoticeImpl.class);
		setModelPKClass(long.class);

		setTable(MeetingNoticeTable.INSTANCE);
	}

	/**
	 * Caches the meeting notice in the entity cache if it is enabled.
	 *
	 * @param meetingNotice the meeting notice
	 */
	@Override
	public void cacheResult(MeetingNotice meetingNotice) {
		entityCache.putResult(
			MeetingNoticeImpl.class, meetingNotice.getPrimaryKey(),
			meetingNotice);

		finderCache.putResult(
			_finderPathFetchByNM_U_S,
			new Object[] {
				meetingNotice.getNetworkMeetingId(), meetingNotice.getUserId(),
				meetingNotice.getSequence()
			},
			meetingNotice);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the meeting notices in the entity cache if it is enabled.
	 *
	 * @param meetingNotices the meeting notices
	 */
	@Override
	public void cacheResult(List<MeetingNotice> meetingNotices) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (meetingNotices.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (MeetingNotice meetingNotice : meetingNotices) {
			if (entityCache.getResult(
					MeetingNoticeImpl.class, meetingNotice.getPrimaryKey()) ==
						null) {

				cacheResult(meetingNotice);
			}
		}
	}

	/**
	 * Clears the cache for all meeting notices.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(MeetingNoticeImpl.class);

		finderCache.clearCache(MeetingNoticeImpl.class);
	}

	/**
	 * Clears the cache for the meeting notice.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(MeetingNotice meetingNotice) {
		entityCache.removeResult(MeetingNoticeImpl.class, meetingNotice);
	}

	@Override
	public void clearCache(List<MeetingNotice> meetingNotices) {
		for (MeetingNotice meetingNotice : meetingNotices) {
			entityCache.removeResult(MeetingNoticeImpl.class, meetingNotice);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(MeetingNoticeImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(MeetingNoticeImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		MeetingNoticeModelImpl meetingNoticeModelImpl) {

		Object[] args = new Object[] {
			meetingNoticeModelImpl.getNetworkMeetingId(),
			meetingNoticeModelImpl.getUserId(),
			meetingNoticeModelImpl.getSequence()
		};

		finderCache.putResult(_finderPathCountByNM_U_S, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByNM_U_S, args, meetingNoticeModelImpl);
	}

	/**
	 * Creates a new meeting notice with the primary key. Does not add the meeting notice to the database.
	 *
	 * @param meetingNoticeId the primary key for the new meeting notice
	 * @return the new meeting notice
	 */
	@Override
	public MeetingNotice create(long meetingNoticeId) {
		MeetingNotice meetingNotice = new MeetingNoticeImpl();

		meetingNotice.setNew(true);
		meetingNotice.setPrimaryKey(meetingNoticeId);

		meetingNotice.setCompanyId(CompanyThreadLocal.getCompanyId());

		return meetingNotice;
	}

	/**
	 * Removes the meeting notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param meetingNoticeId the primary key of the meeting notice
	 * @return the meeting notice that was removed
	 * @throws NoSuchMeetingNoticeException if a meeting notice with the primary key could not be found
	 */
	@Override
	public MeetingNotice remove(long meetingNoticeId)
		throws NoSuchMeetingNoticeException {

		return remove((Serializable)meetingNoticeId);
	}

	/**
	 * Removes the meeting notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the meeting notice
	 * @return the meeting notice that was removed
	 * @throws NoSuchMeetingNoticeException if a meeting notice with the primary key could not be found
	 */
	@Override
	public MeetingNotice remove(Serializable primaryKey)
		throws NoSuchMeetingNoticeException {

		Session session = null;

		try {
			session = openSession();

			MeetingNotice meetingNotice = (MeetingNotice)session.get(
				MeetingNoticeImpl.class, primaryKey);

			if (meetingNotice == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchMeetingNoticeException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(meetingNotice);
		}
		catch (NoSuchMeetingNoticeException noSuchEntityException) {
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
	protected MeetingNotice removeImpl(MeetingNotice meetingNotice) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(meetingNotice)) {
				meetingNotice = (MeetingNotice)session.get(
					MeetingNoticeImpl.class, meetingNotice.getPrimaryKeyObj());
			}

			if (meetingNotice != null) {
				session.delete(meetingNotice);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (meetingNotice != null) {
			clearCache(meetingNotice);
		}

		return meetingNotice;
	}

	@Override
	public MeetingNotice updateImpl(MeetingNotice meetingNotice) {
		boolean isNew = meetingNotice.isNew();

		if (!(meetingNotice instanceof MeetingNoticeModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(meetingNotice.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					meetingNotice);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in meetingNotice proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom MeetingNotice implementation " +
					meetingNotice.getClass());
		}

		MeetingNoticeModelImpl meetingNoticeModelImpl =
			(MeetingNoticeModelImpl)meetingNotice;

		if (isNew && (meetingNotice.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				meetingNotice.setCreateDate(date);
			}
			else {
				meetingNotice.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(meetingNotice);
			}
			else {
				meetingNotice = (MeetingNotice)session.merge(meetingNotice);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			MeetingNoticeImpl.class, meetingNoticeModelImpl, false, true);

		cacheUniqueFindersCache(meetingNoticeModelImpl);

		if (isNew) {
			meetingNotice.setNew(false);
		}

		meetingNotice.resetOriginalValues();

		return meetingNotice;
	}

	/**
	 * Returns the meeting notice with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the meeting notice
	 * @return the meeting notice
	 * @throws NoSuchMeetingNoticeException if a meeting notice with the primary key could not be found
	 */
	@Override
	public MeetingNotice findByPrimaryKey(Serializable primaryKey)
		throws NoSuchMeetingNoticeException {

		MeetingNotice meetingNotice = fetchByPrimaryKey(primaryKey);

		if (meetingNotice == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchMeetingNoticeException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return meetingNotice;
	}

	/**
	 * Returns the meeting notice with the primary key or throws a <code>NoSuchMeetingNoticeException</code> if it could not be found.
	 *
	 * @param meetingNoticeId the primary key of the meeting notice
	 * @return the meeting notice
	 * @throws NoSuchMeetingNoticeException if a meeting notice with the primary key could not be found
	 */
	@Override
	public MeetingNotice findByPrimaryKey(long meetingNoticeId)
		throws NoSuchMeetingNoticeException {

		return findByPrimaryKey((Serializable)meetingNoticeId);
	}

	/**
	 * Returns the meeting notice with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param meetingNoticeId the primary key of the meeting notice
	 * @return the meeting notice, or <code>null</code> if a meeting notice with the primary key could not be found
	 */
	@Override
	public MeetingNotice fetchByPrimaryKey(long meetingNoticeId) {
		return fetchByPrimaryKey((Serializable)meetingNoticeId);
	}

	/**
	 * Returns all the meeting notices.
	 *
	 * @return the meeting notices
	 */
	@Override
	public List<MeetingNotice> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the meeting notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting notices
	 * @param end the upper bound of the range of meeting notices (not inclusive)
	 * @return the range of meeting notices
	 */
	@Override
	public List<MeetingNotice> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the meeting notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting notices
	 * @param end the upper bound of the range of meeting notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of meeting notices
	 */
	@Override
	public List<MeetingNotice> findAll(
		int start, int end,
		OrderByComparator<MeetingNotice> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the meeting notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting notices
	 * @param end the upper bound of the range of meeting notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of meeting notices
	 */
	@Override
	public List<MeetingNotice> findAll(
		int start, int end, OrderByComparator<MeetingNotice> orderByComparator,
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

		List<MeetingNotice> list = null;

		if (useFinderCache) {
			list = (List<MeetingNotice>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_MEETINGNOTICE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_MEETINGNOTICE;

				sql = sql.concat(MeetingNoticeModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<MeetingNotice>)QueryUtil.list(
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
	 * Removes all the meeting notices from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (MeetingNotice meetingNotice : findAll()) {
			remove(meetingNotice);
		}
	}

	/**
	 * Returns the number of meeting notices.
	 *
	 * @return the number of meeting notices
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_MEETINGNOTICE);

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
		return "meetingNoticeId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_MEETINGNOTICE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return MeetingNoticeModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the meeting notice persistence.
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

		_finderPathFetchByNM_U_S = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByNM_U_S",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Integer.class.getName()
			},
			new String[] {"networkMeetingId", "userId", "sequence"}, true);

		_finderPathCountByNM_U_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByNM_U_S",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Integer.class.getName()
			},
			new String[] {"networkMeetingId", "userId", "sequence"}, false);

		MeetingNoticeUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		MeetingNoticeUtil.setPersistence(null);

		entityCache.removeCache(MeetingNoticeImpl.class.getName());
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

	private static final String _SQL_SELECT_MEETINGNOTICE =
		"SELECT meetingNotice FROM MeetingNotice meetingNotice";

	private static final String _SQL_SELECT_MEETINGNOTICE_WHERE =
		"SELECT meetingNotice FROM MeetingNotice meetingNotice WHERE ";

	private static final String _SQL_COUNT_MEETINGNOTICE =
		"SELECT COUNT(meetingNotice) FROM MeetingNotice meetingNotice";

	private static final String _SQL_COUNT_MEETINGNOTICE_WHERE =
		"SELECT COUNT(meetingNotice) FROM MeetingNotice meetingNotice WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "meetingNotice.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No MeetingNotice exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No MeetingNotice exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		MeetingNoticePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}