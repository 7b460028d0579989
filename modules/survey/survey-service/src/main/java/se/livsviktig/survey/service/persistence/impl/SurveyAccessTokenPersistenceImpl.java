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

import se.livsviktig.survey.exception.NoSuchSurveyAccessTokenException;
import se.livsviktig.survey.model.SurveyAccessToken;
import se.livsviktig.survey.model.SurveyAccessTokenTable;
import se.livsviktig.survey.model.impl.SurveyAccessTokenImpl;
import se.livsviktig.survey.model.impl.SurveyAccessTokenModelImpl;
import se.livsviktig.survey.service.persistence.SurveyAccessTokenPersistence;
import se.livsviktig.survey.service.persistence.SurveyAccessTokenUtil;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * The persistence implementation for the survey access token service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = SurveyAccessTokenPersistence.class)
public class SurveyAccessTokenPersistenceImpl
	extends BasePersistenceImpl<SurveyAccessToken>
	implements SurveyAccessTokenPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>SurveyAccessTokenUtil</code> to access the survey access token persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		SurveyAccessTokenImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathFetchByTokenHash;
	private FinderPath _finderPathCountByTokenHash;

	/**
	 * Returns the survey access token where tokenHash = &#63; or throws a <code>NoSuchSurveyAccessTokenException</code> if it could not be found.
	 *
	 * @param tokenHash the token hash
	 * @return the matching survey access token
	 * @throws NoSuchSurveyAccessTokenException if a matching survey access token could not be found
	 */
	@Override
	public SurveyAccessToken findByTokenHash(String tokenHash)
		throws NoSuchSurveyAccessTokenException {

		SurveyAccessToken surveyAccessToken = fetchByTokenHash(tokenHash);

		if (surveyAccessToken == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("tokenHash=");
			sb.append(tokenHash);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchSurveyAccessTokenException(sb.toString());
		}

		return surveyAccessToken;
	}

	/**
	 * Returns the survey access token where tokenHash = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param tokenHash the token hash
	 * @return the matching survey access token, or <code>null</code> if a matching survey access token could not be found
	 */
	@Override
	public SurveyAccessToken fetchByTokenHash(String tokenHash) {
		return fetchByTokenHash(tokenHash, true);
	}

	/**
	 * Returns the survey access token where tokenHash = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param tokenHash the token hash
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey access token, or <code>null</code> if a matching survey access token could not be found
	 */
	@Override
	public SurveyAccessToken fetchByTokenHash(
		String tokenHash, boolean useFinderCache) {

		tokenHash = Objects.toString(tokenHash, "");

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {tokenHash};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByTokenHash, finderArgs, this);
		}

		if (result instanceof SurveyAccessToken) {
			SurveyAccessToken surveyAccessToken = (SurveyAccessToken)result;

			if (!Objects.equals(tokenHash, surveyAccessToken.getTokenHash())) {
				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_SELECT_SURVEYACCESSTOKEN_WHERE);

			boolean bindTokenHash = false;

			if (tokenHash.isEmpty()) {
				sb.append(_FINDER_COLUMN_TOKENHASH_TOKENHASH_3);
			}
			else {
				bindTokenHash = true;

				sb.append(_FINDER_COLUMN_TOKENHASH_TOKENHASH_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindTokenHash) {
					queryPos.add(tokenHash);
				}

				List<SurveyAccessToken> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByTokenHash, finderArgs, list);
					}
				}
				else {
					SurveyAccessToken surveyAccessToken = list.get(0);

					result = surveyAccessToken;

					cacheResult(surveyAccessToken);
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
			return (SurveyAccessToken)result;
		}
	}

	/**
	 * Removes the survey access token where tokenHash = &#63; from the database.
	 *
	 * @param tokenHash the token hash
	 * @return the survey access token that was removed
	 */
	@Override
	public SurveyAccessToken removeByTokenHash(String tokenHash)
		throws NoSuchSurveyAccessTokenException {

		SurveyAccessToken surveyAccessToken = findByTokenHash(tokenHash);

		return remove(surveyAccessToken);
	}

	/**
	 * Returns the number of survey access tokens where tokenHash = &#63;.
	 *
	 * @param tokenHash the token hash
	 * @return the number of matching survey access tokens
	 */
	@Override
	public int countByTokenHash(String tokenHash) {
		tokenHash = Objects.toString(tokenHash, "");

		FinderPath finderPath = _finderPathCountByTokenHash;

		Object[] finderArgs = new Object[] {tokenHash};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SURVEYACCESSTOKEN_WHERE);

			boolean bindTokenHash = false;

			if (tokenHash.isEmpty()) {
				sb.append(_FINDER_COLUMN_TOKENHASH_TOKENHASH_3);
			}
			else {
				bindTokenHash = true;

				sb.append(_FINDER_COLUMN_TOKENHASH_TOKENHASH_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindTokenHash) {
					queryPos.add(tokenHash);
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

	private static final String _FINDER_COLUMN_TOKENHASH_TOKENHASH_2 =
		"surveyAccessToken.tokenHash = ?";

	private static final String _FINDER_COLUMN_TOKENHASH_TOKENHASH_3 =
		"(surveyAccessToken.tokenHash IS NULL OR surveyAccessToken.tokenHash = '')";

	private FinderPath _finderPathWithPaginationFindBySurveyInvitationId;
	private FinderPath _finderPathWithoutPaginationFindBySurveyInvitationId;
	private FinderPath _finderPathCountBySurveyInvitationId;

	/**
	 * Returns all the survey access tokens where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @return the matching survey access tokens
	 */
	@Override
	public List<SurveyAccessToken> findBySurveyInvitationId(
		long surveyInvitationId) {

		return findBySurveyInvitationId(
			surveyInvitationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey access tokens where surveyInvitationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAccessTokenModelImpl</code>.
	 * </p>
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param start the lower bound of the range of survey access tokens
	 * @param end the upper bound of the range of survey access tokens (not inclusive)
	 * @return the range of matching survey access tokens
	 */
	@Override
	public List<SurveyAccessToken> findBySurveyInvitationId(
		long surveyInvitationId, int start, int end) {

		return findBySurveyInvitationId(surveyInvitationId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey access tokens where surveyInvitationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAccessTokenModelImpl</code>.
	 * </p>
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param start the lower bound of the range of survey access tokens
	 * @param end the upper bound of the range of survey access tokens (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey access tokens
	 */
	@Override
	public List<SurveyAccessToken> findBySurveyInvitationId(
		long surveyInvitationId, int start, int end,
		OrderByComparator<SurveyAccessToken> orderByComparator) {

		return findBySurveyInvitationId(
			surveyInvitationId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey access tokens where surveyInvitationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAccessTokenModelImpl</code>.
	 * </p>
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param start the lower bound of the range of survey access tokens
	 * @param end the upper bound of the range of survey access tokens (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey access tokens
	 */
	@Override
	public List<SurveyAccessToken> findBySurveyInvitationId(
		long surveyInvitationId, int start, int end,
		OrderByComparator<SurveyAccessToken> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath =
					_finderPathWithoutPaginationFindBySurveyInvitationId;
				finderArgs = new Object[] {surveyInvitationId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindBySurveyInvitationId;
			finderArgs = new Object[] {
				surveyInvitationId, start, end, orderByComparator
			};
		}

		List<SurveyAccessToken> list = null;

		if (useFinderCache) {
			list = (List<SurveyAccessToken>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SurveyAccessToken surveyAccessToken : list) {
					if (surveyInvitationId !=
							surveyAccessToken.getSurveyInvitationId()) {

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

			sb.append(_SQL_SELECT_SURVEYACCESSTOKEN_WHERE);

			sb.append(_FINDER_COLUMN_SURVEYINVITATIONID_SURVEYINVITATIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SurveyAccessTokenModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyInvitationId);

				list = (List<SurveyAccessToken>)QueryUtil.list(
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
	 * Returns the first survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey access token
	 * @throws NoSuchSurveyAccessTokenException if a matching survey access token could not be found
	 */
	@Override
	public SurveyAccessToken findBySurveyInvitationId_First(
			long surveyInvitationId,
			OrderByComparator<SurveyAccessToken> orderByComparator)
		throws NoSuchSurveyAccessTokenException {

		SurveyAccessToken surveyAccessToken = fetchBySurveyInvitationId_First(
			surveyInvitationId, orderByComparator);

		if (surveyAccessToken != null) {
			return surveyAccessToken;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyInvitationId=");
		sb.append(surveyInvitationId);

		sb.append("}");

		throw new NoSuchSurveyAccessTokenException(sb.toString());
	}

	/**
	 * Returns the first survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey access token, or <code>null</code> if a matching survey access token could not be found
	 */
	@Override
	public SurveyAccessToken fetchBySurveyInvitationId_First(
		long surveyInvitationId,
		OrderByComparator<SurveyAccessToken> orderByComparator) {

		List<SurveyAccessToken> list = findBySurveyInvitationId(
			surveyInvitationId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey access token
	 * @throws NoSuchSurveyAccessTokenException if a matching survey access token could not be found
	 */
	@Override
	public SurveyAccessToken findBySurveyInvitationId_Last(
			long surveyInvitationId,
			OrderByComparator<SurveyAccessToken> orderByComparator)
		throws NoSuchSurveyAccessTokenException {

		SurveyAccessToken surveyAccessToken = fetchBySurveyInvitationId_Last(
			surveyInvitationId, orderByComparator);

		if (surveyAccessToken != null) {
			return surveyAccessToken;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyInvitationId=");
		sb.append(surveyInvitationId);

		sb.append("}");

		throw new NoSuchSurveyAccessTokenException(sb.toString());
	}

	/**
	 * Returns the last survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey access token, or <code>null</code> if a matching survey access token could not be found
	 */
	@Override
	public SurveyAccessToken fetchBySurveyInvitationId_Last(
		long surveyInvitationId,
		OrderByComparator<SurveyAccessToken> orderByComparator) {

		int count = countBySurveyInvitationId(surveyInvitationId);

		if (count == 0) {
			return null;
		}

		List<SurveyAccessToken> list = findBySurveyInvitationId(
			surveyInvitationId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the survey access tokens before and after the current survey access token in the ordered set where surveyInvitationId = &#63;.
	 *
	 * @param surveyAccessTokenId the primary key of the current survey access token
	 * @param surveyInvitationId the survey invitation ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey access token
	 * @throws NoSuchSurveyAccessTokenException if a survey access token with the primary key could not be found
	 */
	@Override
	public SurveyAccessToken[] findBySurveyInvitationId_PrevAndNext(
			long surveyAccessTokenId, long surveyInvitationId,
			OrderByComparator<SurveyAccessToken> orderByComparator)
		throws NoSuchSurveyAccessTokenException {

		SurveyAccessToken surveyAccessToken = findByPrimaryKey(
			surveyAccessTokenId);

		Session session = null;

		try {
			session = openSession();

			SurveyAccessToken[] array = new SurveyAccessTokenImpl[3];

			array[0] = getBySurveyInvitationId_PrevAndNext(
				session, surveyAccessToken, surveyInvitationId,
				orderByComparator, true);

			array[1] = surveyAccessToken;

			array[2] = getBySurveyInvitationId_PrevAndNext(
				session, surveyAccessToken, surveyInvitationId,
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

	protected SurveyAccessToken getBySurveyInvitationId_PrevAndNext(
		Session session, SurveyAccessToken surveyAccessToken,
		long surveyInvitationId,
		OrderByComparator<SurveyAccessToken> orderByComparator,
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

		sb.append(_SQL_SELECT_SURVEYACCESSTOKEN_WHERE);

		sb.append(_FINDER_COLUMN_SURVEYINVITATIONID_SURVEYINVITATIONID_2);

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
			sb.append(SurveyAccessTokenModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(surveyInvitationId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						surveyAccessToken)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SurveyAccessToken> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the survey access tokens where surveyInvitationId = &#63; from the database.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 */
	@Override
	public void removeBySurveyInvitationId(long surveyInvitationId) {
		for (SurveyAccessToken surveyAccessToken :
				findBySurveyInvitationId(
					surveyInvitationId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(surveyAccessToken);
		}
	}

	/**
	 * Returns the number of survey access tokens where surveyInvitationId = &#63;.
	 *
	 * @param surveyInvitationId the survey invitation ID
	 * @return the number of matching survey access tokens
	 */
	@Override
	public int countBySurveyInvitationId(long surveyInvitationId) {
		FinderPath finderPath = _finderPathCountBySurveyInvitationId;

		Object[] finderArgs = new Object[] {surveyInvitationId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SURVEYACCESSTOKEN_WHERE);

			sb.append(_FINDER_COLUMN_SURVEYINVITATIONID_SURVEYINVITATIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyInvitationId);

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
		_FINDER_COLUMN_SURVEYINVITATIONID_SURVEYINVITATIONID_2 =
			"surveyAccessToken.surveyInvitationId = ?";

	public SurveyAccessTokenPersistenceImpl() {
		setModelClass(SurveyAccessToken.class);

		setModelImplClass(SurveyAccessTokenImpl.class);
		setModelPKClass(long.class);

		setTable(SurveyAccessTokenTable.INSTANCE);
	}

	/**
	 * Caches the survey access token in the entity cache if it is enabled.
	 *
	 * @param surveyAccessToken the survey access token
	 */
	@Override
	public void cacheResult(SurveyAccessToken surveyAccessToken) {
		entityCache.putResult(
			SurveyAccessTokenImpl.class, surveyAccessToken.getPrimaryKey(),
			surveyAccessToken);

		finderCache.putResult(
			_finderPathFetchByTokenHash,
			new Object[] {surveyAccessToken.getTokenHash()}, surveyAccessToken);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the survey access tokens in the entity cache if it is enabled.
	 *
	 * @param surveyAccessTokens the survey access tokens
	 */
	@Override
	public void cacheResult(List<SurveyAccessToken> surveyAccessTokens) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (surveyAccessTokens.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (SurveyAccessToken surveyAccessToken : surveyAccessTokens) {
			if (entityCache.getResult(
					SurveyAccessTokenImpl.class,
					surveyAccessToken.getPrimaryKey()) == null) {

				cacheResult(surveyAccessToken);
			}
		}
	}

	/**
	 * Clears the cache for all survey access tokens.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(SurveyAccessTokenImpl.class);

		finderCache.clearCache(SurveyAccessTokenImpl.class);
	}

	/**
	 * Clears the cache for the survey access token.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(SurveyAccessToken surveyAccessToken) {
		entityCache.removeResult(
			SurveyAccessTokenImpl.class, surveyAccessToken);
	}

	@Override
	public void clearCache(List<SurveyAccessToken> surveyAccessTokens) {
		for (SurveyAccessToken surveyAccessToken : surveyAccessTokens) {
			entityCache.removeResult(
				SurveyAccessTokenImpl.class, surveyAccessToken);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(SurveyAccessTokenImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(SurveyAccessTokenImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		SurveyAccessTokenModelImpl surveyAccessTokenModelImpl) {

		Object[] args = new Object[] {
			surveyAccessTokenModelImpl.getTokenHash()
		};

		finderCache.putResult(
			_finderPathCountByTokenHash, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByTokenHash, args, surveyAccessTokenModelImpl);
	}

	/**
	 * Creates a new survey access token with the primary key. Does not add the survey access token to the database.
	 *
	 * @param surveyAccessTokenId the primary key for the new survey access token
	 * @return the new survey access token
	 */
	@Override
	public SurveyAccessToken create(long surveyAccessTokenId) {
		SurveyAccessToken surveyAccessToken = new SurveyAccessTokenImpl();

		surveyAccessToken.setNew(true);
		surveyAccessToken.setPrimaryKey(surveyAccessTokenId);

		surveyAccessToken.setCompanyId(CompanyThreadLocal.getCompanyId());

		return surveyAccessToken;
	}

	/**
	 * Removes the survey access token with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyAccessTokenId the primary key of the survey access token
	 * @return the survey access token that was removed
	 * @throws NoSuchSurveyAccessTokenException if a survey access token with the primary key could not be found
	 */
	@Override
	public SurveyAccessToken remove(long surveyAccessTokenId)
		throws NoSuchSurveyAccessTokenException {

		return remove((Serializable)surveyAccessTokenId);
	}

	/**
	 * Removes the survey access token with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the survey access token
	 * @return the survey access token that was removed
	 * @throws NoSuchSurveyAccessTokenException if a survey access token with the primary key could not be found
	 */
	@Override
	public SurveyAccessToken remove(Serializable primaryKey)
		throws NoSuchSurveyAccessTokenException {

		Session session = null;

		try {
			session = openSession();

			SurveyAccessToken surveyAccessToken =
				(SurveyAccessToken)session.get(
					SurveyAccessTokenImpl.class, primaryKey);

			if (surveyAccessToken == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchSurveyAccessTokenException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(surveyAccessToken);
		}
		catch (NoSuchSurveyAccessTokenException noSuchEntityException) {
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
	protected SurveyAccessToken removeImpl(
		SurveyAccessToken surveyAccessToken) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(surveyAccessToken)) {
				surveyAccessToken = (SurveyAccessToken)session.get(
					SurveyAccessTokenImpl.class,
					surveyAccessToken.getPrimaryKeyObj());
			}

			if (surveyAccessToken != null) {
				session.delete(surveyAccessToken);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (surveyAccessToken != null) {
			clearCache(surveyAccessToken);
		}

		return surveyAccessToken;
	}

	@Override
	public SurveyAccessToken updateImpl(SurveyAccessToken surveyAccessToken) {
		boolean isNew = surveyAccessToken.isNew();

		if (!(surveyAccessToken instanceof SurveyAccessTokenModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(surveyAccessToken.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					surveyAccessToken);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in surveyAccessToken proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom SurveyAccessToken implementation " +
					surveyAccessToken.getClass());
		}

		SurveyAccessTokenModelImpl surveyAccessTokenModelImpl =
			(SurveyAccessTokenModelImpl)surveyAccessToken;

		if (isNew && (surveyAccessToken.getCreateDate() == null)) {
			ServiceContext serviceContext =
				ServiceContextThreadLocal.getServiceContext();

			Date date = new Date();

			if (serviceContext == null) {
				surveyAccessToken.setCreateDate(date);
			}
			else {
				surveyAccessToken.setCreateDate(
					serviceContext.getCreateDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(surveyAccessToken);
			}
			else {
				surveyAccessToken = (SurveyAccessToken)session.merge(
					surveyAccessToken);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			SurveyAccessTokenImpl.class, surveyAccessTokenModelImpl, false,
			true);

		cacheUniqueFindersCache(surveyAccessTokenModelImpl);

		if (isNew) {
			surveyAccessToken.setNew(false);
		}

		surveyAccessToken.resetOriginalValues();

		return surveyAccessToken;
	}

	/**
	 * Returns the survey access token with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the survey access token
	 * @return the survey access token
	 * @throws NoSuchSurveyAccessTokenException if a survey access token with the primary key could not be found
	 */
	@Override
	public SurveyAccessToken findByPrimaryKey(Serializable primaryKey)
		throws NoSuchSurveyAccessTokenException {

		SurveyAccessToken surveyAccessToken = fetchByPrimaryKey(primaryKey);

		if (surveyAccessToken == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchSurveyAccessTokenException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return surveyAccessToken;
	}

	/**
	 * Returns the survey access token with the primary key or throws a <code>NoSuchSurveyAccessTokenException</code> if it could not be found.
	 *
	 * @param surveyAccessTokenId the primary key of the survey access token
	 * @return the survey access token
	 * @throws NoSuchSurveyAccessTokenException if a survey access token with the primary key could not be found
	 */
	@Override
	public SurveyAccessToken findByPrimaryKey(long surveyAccessTokenId)
		throws NoSuchSurveyAccessTokenException {

		return findByPrimaryKey((Serializable)surveyAccessTokenId);
	}

	/**
	 * Returns the survey access token with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyAccessTokenId the primary key of the survey access token
	 * @return the survey access token, or <code>null</code> if a survey access token with the primary key could not be found
	 */
	@Override
	public SurveyAccessToken fetchByPrimaryKey(long surveyAccessTokenId) {
		return fetchByPrimaryKey((Serializable)surveyAccessTokenId);
	}

	/**
	 * Returns all the survey access tokens.
	 *
	 * @return the survey access tokens
	 */
	@Override
	public List<SurveyAccessToken> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey access tokens.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAccessTokenModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey access tokens
	 * @param end the upper bound of the range of survey access tokens (not inclusive)
	 * @return the range of survey access tokens
	 */
	@Override
	public List<SurveyAccessToken> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey access tokens.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAccessTokenModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey access tokens
	 * @param end the upper bound of the range of survey access tokens (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey access tokens
	 */
	@Override
	public List<SurveyAccessToken> findAll(
		int start, int end,
		OrderByComparator<SurveyAccessToken> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey access tokens.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAccessTokenModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey access tokens
	 * @param end the upper bound of the range of survey access tokens (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey access tokens
	 */
	@Override
	public List<SurveyAccessToken> findAll(
		int start, int end,
		OrderByComparator<SurveyAccessToken> orderByComparator,
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

		List<SurveyAccessToken> list = null;

		if (useFinderCache) {
			list = (List<SurveyAccessToken>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_SURVEYACCESSTOKEN);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_SURVEYACCESSTOKEN;

				sql = sql.concat(SurveyAccessTokenModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<SurveyAccessToken>)QueryUtil.list(
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
	 * Removes all the survey access tokens from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (SurveyAccessToken surveyAccessToken : findAll()) {
			remove(surveyAccessToken);
		}
	}

	/**
	 * Returns the number of survey access tokens.
	 *
	 * @return the number of survey access tokens
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_SURVEYACCESSTOKEN);

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
		return "surveyAccessTokenId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_SURVEYACCESSTOKEN;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return SurveyAccessTokenModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the survey access token persistence.
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

		_finderPathFetchByTokenHash = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByTokenHash",
			new String[] {String.class.getName()}, new String[] {"tokenHash"},
			true);

		_finderPathCountByTokenHash = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByTokenHash",
			new String[] {String.class.getName()}, new String[] {"tokenHash"},
			false);

		_finderPathWithPaginationFindBySurveyInvitationId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findBySurveyInvitationId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"surveyInvitationId"}, true);

		_finderPathWithoutPaginationFindBySurveyInvitationId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"findBySurveyInvitationId", new String[] {Long.class.getName()},
			new String[] {"surveyInvitationId"}, true);

		_finderPathCountBySurveyInvitationId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countBySurveyInvitationId", new String[] {Long.class.getName()},
			new String[] {"surveyInvitationId"}, false);

		SurveyAccessTokenUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		SurveyAccessTokenUtil.setPersistence(null);

		entityCache.removeCache(SurveyAccessTokenImpl.class.getName());
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

	private static final String _SQL_SELECT_SURVEYACCESSTOKEN =
		"SELECT surveyAccessToken FROM SurveyAccessToken surveyAccessToken";

	private static final String _SQL_SELECT_SURVEYACCESSTOKEN_WHERE =
		"SELECT surveyAccessToken FROM SurveyAccessToken surveyAccessToken WHERE ";

	private static final String _SQL_COUNT_SURVEYACCESSTOKEN =
		"SELECT COUNT(surveyAccessToken) FROM SurveyAccessToken surveyAccessToken";

	private static final String _SQL_COUNT_SURVEYACCESSTOKEN_WHERE =
		"SELECT COUNT(surveyAccessToken) FROM SurveyAccessToken surveyAccessToken WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "surveyAccessToken.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No SurveyAccessToken exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No SurveyAccessToken exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		SurveyAccessTokenPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}