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

import se.livsviktig.careprogram.exception.NoSuchReviewNoticeException;
import se.livsviktig.careprogram.model.ReviewNotice;
import se.livsviktig.careprogram.model.ReviewNoticeTable;
import se.livsviktig.careprogram.model.impl.ReviewNoticeImpl;
import se.livsviktig.careprogram.model.impl.ReviewNoticeModelImpl;
import se.livsviktig.careprogram.service.persistence.ReviewNoticePersistence;
import se.livsviktig.careprogram.service.persistence.ReviewNoticeUtil;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;

/**
 * The persistence implementation for the review notice service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = ReviewNoticePersistence.class)
public class ReviewNoticePersistenceImpl
	extends BasePersistenceImpl<ReviewNotice>
	implements ReviewNoticePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>ReviewNoticeUtil</code> to access the review notice persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		ReviewNoticeImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathFetchByR_K_E;
	private FinderPath _finderPathCountByR_K_E;

	/**
	 * Returns the review notice where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63; or throws a <code>NoSuchReviewNoticeException</code> if it could not be found.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @return the matching review notice
	 * @throws NoSuchReviewNoticeException if a matching review notice could not be found
	 */
	@Override
	public ReviewNotice findByR_K_E(
			long localRoutineId, long careProgramId, long recipientUserId,
			int noticeKind, String episodeKey)
		throws NoSuchReviewNoticeException {

		ReviewNotice reviewNotice = fetchByR_K_E(
			localRoutineId, careProgramId, recipientUserId, noticeKind,
			episodeKey);

		if (reviewNotice == null) {
			StringBundler sb = new StringBundler(12);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("localRoutineId=");
			sb.append(localRoutineId);

			sb.append(", careProgramId=");
			sb.append(careProgramId);

			sb.append(", recipientUserId=");
			sb.append(recipientUserId);

			sb.append(", noticeKind=");
			sb.append(noticeKind);

			sb.append(", episodeKey=");
			sb.append(episodeKey);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchReviewNoticeException(sb.toString());
		}

		return reviewNotice;
	}

	/**
	 * Returns the review notice where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @return the matching review notice, or <code>null</code> if a matching review notice could not be found
	 */
	@Override
	public ReviewNotice fetchByR_K_E(
		long localRoutineId, long careProgramId, long recipientUserId,
		int noticeKind, String episodeKey) {

		return fetchByR_K_E(
			localRoutineId, careProgramId, recipientUserId, noticeKind,
			episodeKey, true);
	}

	/**
	 * Returns the review notice where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching review notice, or <code>null</code> if a matching review notice could not be found
	 */
	@Override
	public ReviewNotice fetchByR_K_E(
		long localRoutineId, long careProgramId, long recipientUserId,
		int noticeKind, String episodeKey, boolean useFinderCache) {

		episodeKey = Objects.toString(episodeKey, "");

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {
				localRoutineId, careProgramId, recipientUserId, noticeKind,
				episodeKey
			};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByR_K_E, finderArgs, this);
		}

		if (result instanceof ReviewNotice) {
			ReviewNotice reviewNotice = (ReviewNotice)result;

			if ((localRoutineId != reviewNotice.getLocalRoutineId()) ||
				(careProgramId != reviewNotice.getCareProgramId()) ||
				(recipientUserId != reviewNotice.getRecipientUserId()) ||
				(noticeKind != reviewNotice.getNoticeKind()) ||
				!Objects.equals(episodeKey, reviewNotice.getEpisodeKey())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(7);

			sb.append(_SQL_SELECT_REVIEWNOTICE_WHERE);

			sb.append(_FINDER_COLUMN_R_K_E_LOCALROUTINEID_2);

			sb.append(_FINDER_COLUMN_R_K_E_CAREPROGRAMID_2);

			sb.append(_FINDER_COLUMN_R_K_E_RECIPIENTUSERID_2);

			sb.append(_FINDER_COLUMN_R_K_E_NOTICEKIND_2);

			boolean bindEpisodeKey = false;

			if (episodeKey.isEmpty()) {
				sb.append(_FINDER_COLUMN_R_K_E_EPISODEKEY_3);
			}
			else {
				bindEpisodeKey = true;

				sb.append(_FINDER_COLUMN_R_K_E_EPISODEKEY_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(localRoutineId);

				queryPos.add(careProgramId);

				queryPos.add(recipientUserId);

				queryPos.add(noticeKind);

				if (bindEpisodeKey) {
					queryPos.add(episodeKey);
				}

				List<ReviewNotice> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByR_K_E, finderArgs, list);
					}
				}
				else {
					ReviewNotice reviewNotice = list.get(0);

					result = reviewNotice;

					cacheResult(reviewNotice);
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
			return (ReviewNotice)result;
		}
	}

	/**
	 * Removes the review notice where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63; from the database.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @return the review notice that was removed
	 */
	@Override
	public ReviewNotice removeByR_K_E(
			long localRoutineId, long careProgramId, long recipientUserId,
			int noticeKind, String episodeKey)
		throws NoSuchReviewNoticeException {

		ReviewNotice reviewNotice = findByR_K_E(
			localRoutineId, careProgramId, recipientUserId, noticeKind,
			episodeKey);

		return remove(reviewNotice);
	}

	/**
	 * Returns the number of review notices where localRoutineId = &#63; and careProgramId = &#63; and recipientUserId = &#63; and noticeKind = &#63; and episodeKey = &#63;.
	 *
	 * @param localRoutineId the local routine ID
	 * @param careProgramId the care program ID
	 * @param recipientUserId the recipient user ID
	 * @param noticeKind the notice kind
	 * @param episodeKey the episode key
	 * @return the number of matching review notices
	 */
	@Override
	public int countByR_K_E(
		long localRoutineId, long careProgramId, long recipientUserId,
		int noticeKind, String episodeKey) {

		episodeKey = Objects.toString(episodeKey, "");

		FinderPath finderPath = _finderPathCountByR_K_E;

		Object[] finderArgs = new Object[] {
			localRoutineId, careProgramId, recipientUserId, noticeKind,
			episodeKey
		};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_SQL_COUNT_REVIEWNOTICE_WHERE);

			sb.append(_FINDER_COLUMN_R_K_E_LOCALROUTINEID_2);

			sb.append(_FINDER_COLUMN_R_K_E_CAREPROGRAMID_2);

			sb.append(_FINDER_COLUMN_R_K_E_RECIPIENTUSERID_2);

			sb.append(_FINDER_COLUMN_R_K_E_NOTICEKIND_2);

			boolean bindEpisodeKey = false;

			if (episodeKey.isEmpty()) {
				sb.append(_FINDER_COLUMN_R_K_E_EPISODEKEY_3);
			}
			else {
				bindEpisodeKey = true;

				sb.append(_FINDER_COLUMN_R_K_E_EPISODEKEY_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(localRoutineId);

				queryPos.add(careProgramId);

				queryPos.add(recipientUserId);

				queryPos.add(noticeKind);

				if (bindEpisodeKey) {
					queryPos.add(episodeKey);
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

	private static final String _FINDER_COLUMN_R_K_E_LOCALROUTINEID_2 =
		"reviewNotice.localRoutineId = ? AND ";

	private static final String _FINDER_COLUMN_R_K_E_CAREPROGRAMID_2 =
		"reviewNotice.careProgramId = ? AND ";

	private static final String _FINDER_COLUMN_R_K_E_RECIPIENTUSERID_2 =
		"reviewNotice.recipientUserId = ? AND ";

	private static final String _FINDER_COLUMN_R_K_E_NOTICEKIND_2 =
		"reviewNotice.noticeKind = ? AND ";

	private static final String _FINDER_COLUMN_R_K_E_EPISODEKEY_2 =
		"reviewNotice.episodeKey = ?";

	private static final String _FINDER_COLUMN_R_K_E_EPISODEKEY_3 =
		"(reviewNotice.episodeKey IS NULL OR reviewNotice.episodeKey = '')";

	public ReviewNoticePersistenceImpl() {
		setModelClass(ReviewNotice.class);

		setModelImplClass(ReviewNoticeImpl.class);
		setModelPKClass(long.class);

		setTable(ReviewNoticeTable.INSTANCE);
	}

	/**
	 * Caches the review notice in the entity cache if it is enabled.
	 *
	 * @param reviewNotice the review notice
	 */
	@Override
	public void cacheResult(ReviewNotice reviewNotice) {
		entityCache.putResult(
			ReviewNoticeImpl.class, reviewNotice.getPrimaryKey(), reviewNotice);

		finderCache.putResult(
			_finderPathFetchByR_K_E,
			new Object[] {
				reviewNotice.getLocalRoutineId(),
				reviewNotice.getCareProgramId(),
				reviewNotice.getRecipientUserId(), reviewNotice.getNoticeKind(),
				reviewNotice.getEpisodeKey()
			},
			reviewNotice);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the review notices in the entity cache if it is enabled.
	 *
	 * @param reviewNotices the review notices
	 */
	@Override
	public void cacheResult(List<ReviewNotice> reviewNotices) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (reviewNotices.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (ReviewNotice reviewNotice : reviewNotices) {
			if (entityCache.getResult(
					ReviewNoticeImpl.class, reviewNotice.getPrimaryKey()) ==
						null) {

				cacheResult(reviewNotice);
			}
		}
	}

	/**
	 * Clears the cache for all review notices.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(ReviewNoticeImpl.class);

		finderCache.clearCache(ReviewNoticeImpl.class);
	}

	/**
	 * Clears the cache for the review notice.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(ReviewNotice reviewNotice) {
		entityCache.removeResult(ReviewNoticeImpl.class, reviewNotice);
	}

	@Override
	public void clearCache(List<ReviewNotice> reviewNotices) {
		for (ReviewNotice reviewNotice : reviewNotices) {
			entityCache.removeResult(ReviewNoticeImpl.class, reviewNotice);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(ReviewNoticeImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(ReviewNoticeImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		ReviewNoticeModelImpl reviewNoticeModelImpl) {

		Object[] args = new Object[] {
			reviewNoticeModelImpl.getLocalRoutineId(),
			reviewNoticeModelImpl.getCareProgramId(),
			reviewNoticeModelImpl.getRecipientUserId(),
			reviewNoticeModelImpl.getNoticeKind(),
			reviewNoticeModelImpl.getEpisodeKey()
		};

		finderCache.putResult(_finderPathCountByR_K_E, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByR_K_E, args, reviewNoticeModelImpl);
	}

	/**
	 * Creates a new review notice with the primary key. Does not add the review notice to the database.
	 *
	 * @param reviewNoticeId the primary key for the new review notice
	 * @return the new review notice
	 */
	@Override
	public ReviewNotice create(long reviewNoticeId) {
		ReviewNotice reviewNotice = new ReviewNoticeImpl();

		reviewNotice.setNew(true);
		reviewNotice.setPrimaryKey(reviewNoticeId);

		reviewNotice.setCompanyId(CompanyThreadLocal.getCompanyId());

		return reviewNotice;
	}

	/**
	 * Removes the review notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param reviewNoticeId the primary key of the review notice
	 * @return the review notice that was removed
	 * @throws NoSuchReviewNoticeException if a review notice with the primary key could not be found
	 */
	@Override
	public ReviewNotice remove(long reviewNoticeId)
		throws NoSuchReviewNoticeException {

		return remove((Serializable)reviewNoticeId);
	}

	/**
	 * Removes the review notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the review notice
	 * @return the review notice that was removed
	 * @throws NoSuchReviewNoticeException if a review notice with the primary key could not be found
	 */
	@Override
	public ReviewNotice remove(Serializable primaryKey)
		throws NoSuchReviewNoticeException {

		Session session = null;

		try {
			session = openSession();

			ReviewNotice reviewNotice = (ReviewNotice)session.get(
				ReviewNoticeImpl.class, primaryKey);

			if (reviewNotice == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchReviewNoticeException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(reviewNotice);
		}
		catch (NoSuchReviewNoticeException noSuchEntityException) {
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
	protected ReviewNotice removeImpl(ReviewNotice reviewNotice) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(reviewNotice)) {
				reviewNotice = (ReviewNotice)session.get(
					ReviewNoticeImpl.class, reviewNotice.getPrimaryKeyObj());
			}

			if (reviewNotice != null) {
				session.delete(reviewNotice);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (reviewNotice != null) {
			clearCache(reviewNotice);
		}

		return reviewNotice;
	}

	@Override
	public ReviewNotice updateImpl(ReviewNotice reviewNotice) {
		boolean isNew = reviewNotice.isNew();

		if (!(reviewNotice instanceof ReviewNoticeModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(reviewNotice.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					reviewNotice);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in reviewNotice proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom ReviewNotice implementation " +
					reviewNotice.getClass());
		}

		ReviewNoticeModelImpl reviewNoticeModelImpl =
			(ReviewNoticeModelImpl)reviewNotice;

		if (isNew && (reviewNotice.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				reviewNotice.setCreateDate(date);
			}
			else {
				reviewNotice.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(reviewNotice);
			}
			else {
				reviewNotice = (ReviewNotice)session.merge(reviewNotice);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			ReviewNoticeImpl.class, reviewNoticeModelImpl, false, true);

		cacheUniqueFindersCache(reviewNoticeModelImpl);

		if (isNew) {
			reviewNotice.setNew(false);
		}

		reviewNotice.resetOriginalValues();

		return reviewNotice;
	}

	/**
	 * Returns the review notice with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the review notice
	 * @return the review notice
	 * @throws NoSuchReviewNoticeException if a review notice with the primary key could not be found
	 */
	@Override
	public ReviewNotice findByPrimaryKey(Serializable primaryKey)
		throws NoSuchReviewNoticeException {

		ReviewNotice reviewNotice = fetchByPrimaryKey(primaryKey);

		if (reviewNotice == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchReviewNoticeException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return reviewNotice;
	}

	/**
	 * Returns the review notice with the primary key or throws a <code>NoSuchReviewNoticeException</code> if it could not be found.
	 *
	 * @param reviewNoticeId the primary key of the review notice
	 * @return the review notice
	 * @throws NoSuchReviewNoticeException if a review notice with the primary key could not be found
	 */
	@Override
	public ReviewNotice findByPrimaryKey(long reviewNoticeId)
		throws NoSuchReviewNoticeException {

		return findByPrimaryKey((Serializable)reviewNoticeId);
	}

	/**
	 * Returns the review notice with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param reviewNoticeId the primary key of the review notice
	 * @return the review notice, or <code>null</code> if a review notice with the primary key could not be found
	 */
	@Override
	public ReviewNotice fetchByPrimaryKey(long reviewNoticeId) {
		return fetchByPrimaryKey((Serializable)reviewNoticeId);
	}

	/**
	 * Returns all the review notices.
	 *
	 * @return the review notices
	 */
	@Override
	public List<ReviewNotice> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the review notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReviewNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of review notices
	 * @param end the upper bound of the range of review notices (not inclusive)
	 * @return the range of review notices
	 */
	@Override
	public List<ReviewNotice> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the review notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReviewNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of review notices
	 * @param end the upper bound of the range of review notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of review notices
	 */
	@Override
	public List<ReviewNotice> findAll(
		int start, int end, OrderByComparator<ReviewNotice> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the review notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReviewNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of review notices
	 * @param end the upper bound of the range of review notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of review notices
	 */
	@Override
	public List<ReviewNotice> findAll(
		int start, int end, OrderByComparator<ReviewNotice> orderByComparator,
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

		List<ReviewNotice> list = null;

		if (useFinderCache) {
			list = (List<ReviewNotice>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_REVIEWNOTICE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_REVIEWNOTICE;

				sql = sql.concat(ReviewNoticeModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<ReviewNotice>)QueryUtil.list(
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
	 * Removes all the review notices from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (ReviewNotice reviewNotice : findAll()) {
			remove(reviewNotice);
		}
	}

	/**
	 * Returns the number of review notices.
	 *
	 * @return the number of review notices
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_REVIEWNOTICE);

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
		return "reviewNoticeId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_REVIEWNOTICE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return ReviewNoticeModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the review notice persistence.
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

		_finderPathFetchByR_K_E = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByR_K_E",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Long.class.getName(), Integer.class.getName(),
				String.class.getName()
			},
			new String[] {
				"localRoutineId", "careProgramId", "recipientUserId",
				"noticeKind", "episodeKey"
			},
			true);

		_finderPathCountByR_K_E = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByR_K_E",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Long.class.getName(), Integer.class.getName(),
				String.class.getName()
			},
			new String[] {
				"localRoutineId", "careProgramId", "recipientUserId",
				"noticeKind", "episodeKey"
			},
			false);

		ReviewNoticeUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		ReviewNoticeUtil.setPersistence(null);

		entityCache.removeCache(ReviewNoticeImpl.class.getName());
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

	private static final String _SQL_SELECT_REVIEWNOTICE =
		"SELECT reviewNotice FROM ReviewNotice reviewNotice";

	private static final String _SQL_SELECT_REVIEWNOTICE_WHERE =
		"SELECT reviewNotice FROM ReviewNotice reviewNotice WHERE ";

	private static final String _SQL_COUNT_REVIEWNOTICE =
		"SELECT COUNT(reviewNotice) FROM ReviewNotice reviewNotice";

	private static final String _SQL_COUNT_REVIEWNOTICE_WHERE =
		"SELECT COUNT(reviewNotice) FROM ReviewNotice reviewNotice WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "reviewNotice.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No ReviewNotice exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No ReviewNotice exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		ReviewNoticePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}