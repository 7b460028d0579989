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
import com.liferay.portal.kernel.service.persistence.impl.BasePersistenceImpl;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.PropsUtil;
import com.liferay.portal.kernel.util.ProxyUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.exception.NoSuchSurveyDispatchSessionException;
import se.livsviktig.survey.model.SurveyDispatchSession;
import se.livsviktig.survey.model.SurveyDispatchSessionTable;
import se.livsviktig.survey.model.impl.SurveyDispatchSessionImpl;
import se.livsviktig.survey.model.impl.SurveyDispatchSessionModelImpl;
import se.livsviktig.survey.service.persistence.SurveyDispatchSessionPersistence;
import se.livsviktig.survey.service.persistence.SurveyDispatchSessionUtil;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * The persistence implementation for the survey dispatch session service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = SurveyDispatchSessionPersistence.class)
public class SurveyDispatchSessionPersistenceImpl
	extends BasePersistenceImpl<SurveyDispatchSession>
	implements SurveyDispatchSessionPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>SurveyDispatchSessionUtil</code> to access the survey dispatch session persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		SurveyDispatchSessionImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindBySurveyDispatchId;
	private FinderPath _finderPathWithoutPaginationFindBySurveyDispatchId;
	private FinderPath _finderPathCountBySurveyDispatchId;

	/**
	 * Returns all the survey dispatch sessions where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @return the matching survey dispatch sessions
	 */
	@Override
	public List<SurveyDispatchSession> findBySurveyDispatchId(
		long surveyDispatchId) {

		return findBySurveyDispatchId(
			surveyDispatchId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey dispatch sessions where surveyDispatchId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchSessionModelImpl</code>.
	 * </p>
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param start the lower bound of the range of survey dispatch sessions
	 * @param end the upper bound of the range of survey dispatch sessions (not inclusive)
	 * @return the range of matching survey dispatch sessions
	 */
	@Override
	public List<SurveyDispatchSession> findBySurveyDispatchId(
		long surveyDispatchId, int start, int end) {

		return findBySurveyDispatchId(surveyDispatchId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey dispatch sessions where surveyDispatchId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchSessionModelImpl</code>.
	 * </p>
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param start the lower bound of the range of survey dispatch sessions
	 * @param end the upper bound of the range of survey dispatch sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey dispatch sessions
	 */
	@Override
	public List<SurveyDispatchSession> findBySurveyDispatchId(
		long surveyDispatchId, int start, int end,
		OrderByComparator<SurveyDispatchSession> orderByComparator) {

		return findBySurveyDispatchId(
			surveyDispatchId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey dispatch sessions where surveyDispatchId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchSessionModelImpl</code>.
	 * </p>
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param start the lower bound of the range of survey dispatch sessions
	 * @param end the upper bound of the range of survey dispatch sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey dispatch sessions
	 */
	@Override
	public List<SurveyDispatchSession> findBySurveyDispatchId(
		long surveyDispatchId, int start, int end,
		OrderByComparator<SurveyDispatchSession> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindBySurveyDispatchId;
				finderArgs = new Object[] {surveyDispatchId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindBySurveyDispatchId;
			finderArgs = new Object[] {
				surveyDispatchId, start, end, orderByComparator
			};
		}

		List<SurveyDispatchSession> list = null;

		if (useFinderCache) {
			list = (List<SurveyDispatchSession>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SurveyDispatchSession surveyDispatchSession : list) {
					if (surveyDispatchId !=
							surveyDispatchSession.getSurveyDispatchId()) {

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

			sb.append(_SQL_SELECT_SURVEYDISPATCHSESSION_WHERE);

			sb.append(_FINDER_COLUMN_SURVEYDISPATCHID_SURVEYDISPATCHID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SurveyDispatchSessionModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyDispatchId);

				list = (List<SurveyDispatchSession>)QueryUtil.list(
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
	 * Returns the first survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a matching survey dispatch session could not be found
	 */
	@Override
	public SurveyDispatchSession findBySurveyDispatchId_First(
			long surveyDispatchId,
			OrderByComparator<SurveyDispatchSession> orderByComparator)
		throws NoSuchSurveyDispatchSessionException {

		SurveyDispatchSession surveyDispatchSession =
			fetchBySurveyDispatchId_First(surveyDispatchId, orderByComparator);

		if (surveyDispatchSession != null) {
			return surveyDispatchSession;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyDispatchId=");
		sb.append(surveyDispatchId);

		sb.append("}");

		throw new NoSuchSurveyDispatchSessionException(sb.toString());
	}

	/**
	 * Returns the first survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey dispatch session, or <code>null</code> if a matching survey dispatch session could not be found
	 */
	@Override
	public SurveyDispatchSession fetchBySurveyDispatchId_First(
		long surveyDispatchId,
		OrderByComparator<SurveyDispatchSession> orderByComparator) {

		List<SurveyDispatchSession> list = findBySurveyDispatchId(
			surveyDispatchId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a matching survey dispatch session could not be found
	 */
	@Override
	public SurveyDispatchSession findBySurveyDispatchId_Last(
			long surveyDispatchId,
			OrderByComparator<SurveyDispatchSession> orderByComparator)
		throws NoSuchSurveyDispatchSessionException {

		SurveyDispatchSession surveyDispatchSession =
			fetchBySurveyDispatchId_Last(surveyDispatchId, orderByComparator);

		if (surveyDispatchSession != null) {
			return surveyDispatchSession;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyDispatchId=");
		sb.append(surveyDispatchId);

		sb.append("}");

		throw new NoSuchSurveyDispatchSessionException(sb.toString());
	}

	/**
	 * Returns the last survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey dispatch session, or <code>null</code> if a matching survey dispatch session could not be found
	 */
	@Override
	public SurveyDispatchSession fetchBySurveyDispatchId_Last(
		long surveyDispatchId,
		OrderByComparator<SurveyDispatchSession> orderByComparator) {

		int count = countBySurveyDispatchId(surveyDispatchId);

		if (count == 0) {
			return null;
		}

		List<SurveyDispatchSession> list = findBySurveyDispatchId(
			surveyDispatchId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the survey dispatch sessions before and after the current survey dispatch session in the ordered set where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchSessionId the primary key of the current survey dispatch session
	 * @param surveyDispatchId the survey dispatch ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a survey dispatch session with the primary key could not be found
	 */
	@Override
	public SurveyDispatchSession[] findBySurveyDispatchId_PrevAndNext(
			long surveyDispatchSessionId, long surveyDispatchId,
			OrderByComparator<SurveyDispatchSession> orderByComparator)
		throws NoSuchSurveyDispatchSessionException {

		SurveyDispatchSession surveyDispatchSession = findByPrimaryKey(
			surveyDispatchSessionId);

		Session session = null;

		try {
			session = openSession();

			SurveyDispatchSession[] array = new SurveyDispatchSessionImpl[3];

			array[0] = getBySurveyDispatchId_PrevAndNext(
				session, surveyDispatchSession, surveyDispatchId,
				orderByComparator, true);

			array[1] = surveyDispatchSession;

			array[2] = getBySurveyDispatchId_PrevAndNext(
				session, surveyDispatchSession, surveyDispatchId,
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

	protected SurveyDispatchSession getBySurveyDispatchId_PrevAndNext(
		Session session, SurveyDispatchSession surveyDispatchSession,
		long surveyDispatchId,
		OrderByComparator<SurveyDispatchSession> orderByComparator,
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

		sb.append(_SQL_SELECT_SURVEYDISPATCHSESSION_WHERE);

		sb.append(_FINDER_COLUMN_SURVEYDISPATCHID_SURVEYDISPATCHID_2);

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
			sb.append(SurveyDispatchSessionModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(surveyDispatchId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						surveyDispatchSession)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SurveyDispatchSession> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the survey dispatch sessions where surveyDispatchId = &#63; from the database.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 */
	@Override
	public void removeBySurveyDispatchId(long surveyDispatchId) {
		for (SurveyDispatchSession surveyDispatchSession :
				findBySurveyDispatchId(
					surveyDispatchId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(surveyDispatchSession);
		}
	}

	/**
	 * Returns the number of survey dispatch sessions where surveyDispatchId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @return the number of matching survey dispatch sessions
	 */
	@Override
	public int countBySurveyDispatchId(long surveyDispatchId) {
		FinderPath finderPath = _finderPathCountBySurveyDispatchId;

		Object[] finderArgs = new Object[] {surveyDispatchId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SURVEYDISPATCHSESSION_WHERE);

			sb.append(_FINDER_COLUMN_SURVEYDISPATCHID_SURVEYDISPATCHID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyDispatchId);

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
		_FINDER_COLUMN_SURVEYDISPATCHID_SURVEYDISPATCHID_2 =
			"surveyDispatchSession.surveyDispatchId = ?";

	private FinderPath _finderPathFetchByD_S;
	private FinderPath _finderPathCountByD_S;

	/**
	 * Returns the survey dispatch session where surveyDispatchId = &#63; and courseSessionId = &#63; or throws a <code>NoSuchSurveyDispatchSessionException</code> if it could not be found.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @return the matching survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a matching survey dispatch session could not be found
	 */
	@Override
	public SurveyDispatchSession findByD_S(
			long surveyDispatchId, long courseSessionId)
		throws NoSuchSurveyDispatchSessionException {

		SurveyDispatchSession surveyDispatchSession = fetchByD_S(
			surveyDispatchId, courseSessionId);

		if (surveyDispatchSession == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("surveyDispatchId=");
			sb.append(surveyDispatchId);

			sb.append(", courseSessionId=");
			sb.append(courseSessionId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchSurveyDispatchSessionException(sb.toString());
		}

		return surveyDispatchSession;
	}

	/**
	 * Returns the survey dispatch session where surveyDispatchId = &#63; and courseSessionId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @return the matching survey dispatch session, or <code>null</code> if a matching survey dispatch session could not be found
	 */
	@Override
	public SurveyDispatchSession fetchByD_S(
		long surveyDispatchId, long courseSessionId) {

		return fetchByD_S(surveyDispatchId, courseSessionId, true);
	}

	/**
	 * Returns the survey dispatch session where surveyDispatchId = &#63; and courseSessionId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey dispatch session, or <code>null</code> if a matching survey dispatch session could not be found
	 */
	@Override
	public SurveyDispatchSession fetchByD_S(
		long surveyDispatchId, long courseSessionId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {surveyDispatchId, courseSessionId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByD_S, finderArgs, this);
		}

		if (result instanceof SurveyDispatchSession) {
			SurveyDispatchSession surveyDispatchSession =
				(SurveyDispatchSession)result;

			if ((surveyDispatchId !=
					surveyDispatchSession.getSurveyDispatchId()) ||
				(courseSessionId !=
					surveyDispatchSession.getCourseSessionId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_SURVEYDISPATCHSESSION_WHERE);

			sb.append(_FINDER_COLUMN_D_S_SURVEYDISPATCHID_2);

			sb.append(_FINDER_COLUMN_D_S_COURSESESSIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyDispatchId);

				queryPos.add(courseSessionId);

				List<SurveyDispatchSession> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByD_S, finderArgs, list);
					}
				}
				else {
					SurveyDispatchSession surveyDispatchSession = list.get(0);

					result = surveyDispatchSession;

					cacheResult(surveyDispatchSession);
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
			return (SurveyDispatchSession)result;
		}
	}

	/**
	 * Removes the survey dispatch session where surveyDispatchId = &#63; and courseSessionId = &#63; from the database.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @return the survey dispatch session that was removed
	 */
	@Override
	public SurveyDispatchSession removeByD_S(
			long surveyDispatchId, long courseSessionId)
		throws NoSuchSurveyDispatchSessionException {

		SurveyDispatchSession surveyDispatchSession = findByD_S(
			surveyDispatchId, courseSessionId);

		return remove(surveyDispatchSession);
	}

	/**
	 * Returns the number of survey dispatch sessions where surveyDispatchId = &#63; and courseSessionId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param courseSessionId the course session ID
	 * @return the number of matching survey dispatch sessions
	 */
	@Override
	public int countByD_S(long surveyDispatchId, long courseSessionId) {
		FinderPath finderPath = _finderPathCountByD_S;

		Object[] finderArgs = new Object[] {surveyDispatchId, courseSessionId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SURVEYDISPATCHSESSION_WHERE);

			sb.append(_FINDER_COLUMN_D_S_SURVEYDISPATCHID_2);

			sb.append(_FINDER_COLUMN_D_S_COURSESESSIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyDispatchId);

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

	private static final String _FINDER_COLUMN_D_S_SURVEYDISPATCHID_2 =
		"surveyDispatchSession.surveyDispatchId = ? AND ";

	private static final String _FINDER_COLUMN_D_S_COURSESESSIONID_2 =
		"surveyDispatchSession.courseSessionId = ?";

	public SurveyDispatchSessionPersistenceImpl() {
		setModelClass(SurveyDispatchSession.class);

		setModelImplClass(SurveyDispatchSessionImpl.class);
		setModelPKClass(long.class);

		setTable(SurveyDispatchSessionTable.INSTANCE);
	}

	/**
	 * Caches the survey dispatch session in the entity cache if it is enabled.
	 *
	 * @param surveyDispatchSession the survey dispatch session
	 */
	@Override
	public void cacheResult(SurveyDispatchSession surveyDispatchSession) {
		entityCache.putResult(
			SurveyDispatchSessionImpl.class,
			surveyDispatchSession.getPrimaryKey(), surveyDispatchSession);

		finderCache.putResult(
			_finderPathFetchByD_S,
			new Object[] {
				surveyDispatchSession.getSurveyDispatchId(),
				surveyDispatchSession.getCourseSessionId()
			},
			surveyDispatchSession);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the survey dispatch sessions in the entity cache if it is enabled.
	 *
	 * @param surveyDispatchSessions the survey dispatch sessions
	 */
	@Override
	public void cacheResult(
		List<SurveyDispatchSession> surveyDispatchSessions) {

		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (surveyDispatchSessions.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (SurveyDispatchSession surveyDispatchSession :
				surveyDispatchSessions) {

			if (entityCache.getResult(
					SurveyDispatchSessionImpl.class,
					surveyDispatchSession.getPrimaryKey()) == null) {

				cacheResult(surveyDispatchSession);
			}
		}
	}

	/**
	 * Clears the cache for all survey dispatch sessions.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(SurveyDispatchSessionImpl.class);

		finderCache.clearCache(SurveyDispatchSessionImpl.class);
	}

	/**
	 * Clears the cache for the survey dispatch session.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(SurveyDispatchSession surveyDispatchSession) {
		entityCache.removeResult(
			SurveyDispatchSessionImpl.class, surveyDispatchSession);
	}

	@Override
	public void clearCache(List<SurveyDispatchSession> surveyDispatchSessions) {
		for (SurveyDispatchSession surveyDispatchSession :
				surveyDispatchSessions) {

			entityCache.removeResult(
				SurveyDispatchSessionImpl.class, surveyDispatchSession);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(SurveyDispatchSessionImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(
				SurveyDispatchSessionImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		SurveyDispatchSessionModelImpl surveyDispatchSessionModelImpl) {

		Object[] args = new Object[] {
			surveyDispatchSessionModelImpl.getSurveyDispatchId(),
			surveyDispatchSessionModelImpl.getCourseSessionId()
		};

		finderCache.putResult(_finderPathCountByD_S, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByD_S, args, surveyDispatchSessionModelImpl);
	}

	/**
	 * Creates a new survey dispatch session with the primary key. Does not add the survey dispatch session to the database.
	 *
	 * @param surveyDispatchSessionId the primary key for the new survey dispatch session
	 * @return the new survey dispatch session
	 */
	@Override
	public SurveyDispatchSession create(long surveyDispatchSessionId) {
		SurveyDispatchSession surveyDispatchSession =
			new SurveyDispatchSessionImpl();

		surveyDispatchSession.setNew(true);
		surveyDispatchSession.setPrimaryKey(surveyDispatchSessionId);

		surveyDispatchSession.setCompanyId(CompanyThreadLocal.getCompanyId());

		return surveyDispatchSession;
	}

	/**
	 * Removes the survey dispatch session with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyDispatchSessionId the primary key of the survey dispatch session
	 * @return the survey dispatch session that was removed
	 * @throws NoSuchSurveyDispatchSessionException if a survey dispatch session with the primary key could not be found
	 */
	@Override
	public SurveyDispatchSession remove(long surveyDispatchSessionId)
		throws NoSuchSurveyDispatchSessionException {

		return remove((Serializable)surveyDispatchSessionId);
	}

	/**
	 * Removes the survey dispatch session with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the survey dispatch session
	 * @return the survey dispatch session that was removed
	 * @throws NoSuchSurveyDispatchSessionException if a survey dispatch session with the primary key could not be found
	 */
	@Override
	public SurveyDispatchSession remove(Serializable primaryKey)
		throws NoSuchSurveyDispatchSessionException {

		Session session = null;

		try {
			session = openSession();

			SurveyDispatchSession surveyDispatchSession =
				(SurveyDispatchSession)session.get(
					SurveyDispatchSessionImpl.class, primaryKey);

			if (surveyDispatchSession == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchSurveyDispatchSessionException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(surveyDispatchSession);
		}
		catch (NoSuchSurveyDispatchSessionException noSuchEntityException) {
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
	protected SurveyDispatchSession removeImpl(
		SurveyDispatchSession surveyDispatchSession) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(surveyDispatchSession)) {
				surveyDispatchSession = (SurveyDispatchSession)session.get(
					SurveyDispatchSessionImpl.class,
					surveyDispatchSession.getPrimaryKeyObj());
			}

			if (surveyDispatchSession != null) {
				session.delete(surveyDispatchSession);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (surveyDispatchSession != null) {
			clearCache(surveyDispatchSession);
		}

		return surveyDispatchSession;
	}

	@Override
	public SurveyDispatchSession updateImpl(
		SurveyDispatchSession surveyDispatchSession) {

		boolean isNew = surveyDispatchSession.isNew();

		if (!(surveyDispatchSession instanceof
				SurveyDispatchSessionModelImpl)) {

			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(surveyDispatchSession.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					surveyDispatchSession);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in surveyDispatchSession proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom SurveyDispatchSession implementation " +
					surveyDispatchSession.getClass());
		}

		SurveyDispatchSessionModelImpl surveyDispatchSessionModelImpl =
			(SurveyDispatchSessionModelImpl)surveyDispatchSession;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(surveyDispatchSession);
			}
			else {
				surveyDispatchSession = (SurveyDispatchSession)session.merge(
					surveyDispatchSession);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			SurveyDispatchSessionImpl.class, surveyDispatchSessionModelImpl,
			false, true);

		cacheUniqueFindersCache(surveyDispatchSessionModelImpl);

		if (isNew) {
			surveyDispatchSession.setNew(false);
		}

		surveyDispatchSession.resetOriginalValues();

		return surveyDispatchSession;
	}

	/**
	 * Returns the survey dispatch session with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the survey dispatch session
	 * @return the survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a survey dispatch session with the primary key could not be found
	 */
	@Override
	public SurveyDispatchSession findByPrimaryKey(Serializable primaryKey)
		throws NoSuchSurveyDispatchSessionException {

		SurveyDispatchSession surveyDispatchSession = fetchByPrimaryKey(
			primaryKey);

		if (surveyDispatchSession == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchSurveyDispatchSessionException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return surveyDispatchSession;
	}

	/**
	 * Returns the survey dispatch session with the primary key or throws a <code>NoSuchSurveyDispatchSessionException</code> if it could not be found.
	 *
	 * @param surveyDispatchSessionId the primary key of the survey dispatch session
	 * @return the survey dispatch session
	 * @throws NoSuchSurveyDispatchSessionException if a survey dispatch session with the primary key could not be found
	 */
	@Override
	public SurveyDispatchSession findByPrimaryKey(long surveyDispatchSessionId)
		throws NoSuchSurveyDispatchSessionException {

		return findByPrimaryKey((Serializable)surveyDispatchSessionId);
	}

	/**
	 * Returns the survey dispatch session with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyDispatchSessionId the primary key of the survey dispatch session
	 * @return the survey dispatch session, or <code>null</code> if a survey dispatch session with the primary key could not be found
	 */
	@Override
	public SurveyDispatchSession fetchByPrimaryKey(
		long surveyDispatchSessionId) {

		return fetchByPrimaryKey((Serializable)surveyDispatchSessionId);
	}

	/**
	 * Returns all the survey dispatch sessions.
	 *
	 * @return the survey dispatch sessions
	 */
	@Override
	public List<SurveyDispatchSession> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey dispatch sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatch sessions
	 * @param end the upper bound of the range of survey dispatch sessions (not inclusive)
	 * @return the range of survey dispatch sessions
	 */
	@Override
	public List<SurveyDispatchSession> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey dispatch sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatch sessions
	 * @param end the upper bound of the range of survey dispatch sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey dispatch sessions
	 */
	@Override
	public List<SurveyDispatchSession> findAll(
		int start, int end,
		OrderByComparator<SurveyDispatchSession> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey dispatch sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyDispatchSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatch sessions
	 * @param end the upper bound of the range of survey dispatch sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey dispatch sessions
	 */
	@Override
	public List<SurveyDispatchSession> findAll(
		int start, int end,
		OrderByComparator<SurveyDispatchSession> orderByComparator,
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

		List<SurveyDispatchSession> list = null;

		if (useFinderCache) {
			list = (List<SurveyDispatchSession>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_SURVEYDISPATCHSESSION);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_SURVEYDISPATCHSESSION;

				sql = sql.concat(SurveyDispatchSessionModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<SurveyDispatchSession>)QueryUtil.list(
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
	 * Removes all the survey dispatch sessions from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (SurveyDispatchSession surveyDispatchSession : findAll()) {
			remove(surveyDispatchSession);
		}
	}

	/**
	 * Returns the number of survey dispatch sessions.
	 *
	 * @return the number of survey dispatch sessions
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(
					_SQL_COUNT_SURVEYDISPATCHSESSION);

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
		return "surveyDispatchSessionId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_SURVEYDISPATCHSESSION;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return SurveyDispatchSessionModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the survey dispatch session persistence.
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

		_finderPathWithPaginationFindBySurveyDispatchId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findBySurveyDispatchId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"surveyDispatchId"}, true);

		_finderPathWithoutPaginationFindBySurveyDispatchId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findBySurveyDispatchId",
			new String[] {Long.class.getName()},
			new String[] {"surveyDispatchId"}, true);

		_finderPathCountBySurveyDispatchId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countBySurveyDispatchId", new String[] {Long.class.getName()},
			new String[] {"surveyDispatchId"}, false);

		_finderPathFetchByD_S = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByD_S",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"surveyDispatchId", "courseSessionId"}, true);

		_finderPathCountByD_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByD_S",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"surveyDispatchId", "courseSessionId"}, false);

		SurveyDispatchSessionUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		SurveyDispatchSessionUtil.setPersistence(null);

		entityCache.removeCache(SurveyDispatchSessionImpl.class.getName());
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

	private static final String _SQL_SELECT_SURVEYDISPATCHSESSION =
		"SELECT surveyDispatchSession FROM SurveyDispatchSession surveyDispatchSession";

	private static final String _SQL_SELECT_SURVEYDISPATCHSESSION_WHERE =
		"SELECT surveyDispatchSession FROM SurveyDispatchSession surveyDispatchSession WHERE ";

	private static final String _SQL_COUNT_SURVEYDISPATCHSESSION =
		"SELECT COUNT(surveyDispatchSession) FROM SurveyDispatchSession surveyDispatchSession";

	private static final String _SQL_COUNT_SURVEYDISPATCHSESSION_WHERE =
		"SELECT COUNT(surveyDispatchSession) FROM SurveyDispatchSession surveyDispatchSession WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS =
		"surveyDispatchSession.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No SurveyDispatchSession exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No SurveyDispatchSession exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		SurveyDispatchSessionPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}