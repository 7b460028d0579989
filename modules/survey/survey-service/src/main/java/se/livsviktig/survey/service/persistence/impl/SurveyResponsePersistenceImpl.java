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

import se.livsviktig.survey.exception.NoSuchSurveyResponseException;
import se.livsviktig.survey.model.SurveyResponse;
import se.livsviktig.survey.model.SurveyResponseTable;
import se.livsviktig.survey.model.impl.SurveyResponseImpl;
import se.livsviktig.survey.model.impl.SurveyResponseModelImpl;
import se.livsviktig.survey.service.persistence.SurveyResponsePersistence;
import se.livsviktig.survey.service.persistence.SurveyResponseUtil;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * The persistence implementation for the survey response service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = SurveyResponsePersistence.class)
public class SurveyResponsePersistenceImpl
	extends BasePersistenceImpl<SurveyResponse>
	implements SurveyResponsePersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>SurveyResponseUtil</code> to access the survey response persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		SurveyResponseImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindBySurveyId;
	private FinderPath _finderPathWithoutPaginationFindBySurveyId;
	private FinderPath _finderPathCountBySurveyId;

	/**
	 * Returns all the survey responses where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the matching survey responses
	 */
	@Override
	public List<SurveyResponse> findBySurveyId(long surveyId) {
		return findBySurveyId(
			surveyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey responses where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @return the range of matching survey responses
	 */
	@Override
	public List<SurveyResponse> findBySurveyId(
		long surveyId, int start, int end) {

		return findBySurveyId(surveyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey responses where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey responses
	 */
	@Override
	public List<SurveyResponse> findBySurveyId(
		long surveyId, int start, int end,
		OrderByComparator<SurveyResponse> orderByComparator) {

		return findBySurveyId(surveyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey responses where surveyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param surveyId the survey ID
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey responses
	 */
	@Override
	public List<SurveyResponse> findBySurveyId(
		long surveyId, int start, int end,
		OrderByComparator<SurveyResponse> orderByComparator,
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

		List<SurveyResponse> list = null;

		if (useFinderCache) {
			list = (List<SurveyResponse>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SurveyResponse surveyResponse : list) {
					if (surveyId != surveyResponse.getSurveyId()) {
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

			sb.append(_SQL_SELECT_SURVEYRESPONSE_WHERE);

			sb.append(_FINDER_COLUMN_SURVEYID_SURVEYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SurveyResponseModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyId);

				list = (List<SurveyResponse>)QueryUtil.list(
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
	 * Returns the first survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey response
	 * @throws NoSuchSurveyResponseException if a matching survey response could not be found
	 */
	@Override
	public SurveyResponse findBySurveyId_First(
			long surveyId, OrderByComparator<SurveyResponse> orderByComparator)
		throws NoSuchSurveyResponseException {

		SurveyResponse surveyResponse = fetchBySurveyId_First(
			surveyId, orderByComparator);

		if (surveyResponse != null) {
			return surveyResponse;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyId=");
		sb.append(surveyId);

		sb.append("}");

		throw new NoSuchSurveyResponseException(sb.toString());
	}

	/**
	 * Returns the first survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey response, or <code>null</code> if a matching survey response could not be found
	 */
	@Override
	public SurveyResponse fetchBySurveyId_First(
		long surveyId, OrderByComparator<SurveyResponse> orderByComparator) {

		List<SurveyResponse> list = findBySurveyId(
			surveyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey response
	 * @throws NoSuchSurveyResponseException if a matching survey response could not be found
	 */
	@Override
	public SurveyResponse findBySurveyId_Last(
			long surveyId, OrderByComparator<SurveyResponse> orderByComparator)
		throws NoSuchSurveyResponseException {

		SurveyResponse surveyResponse = fetchBySurveyId_Last(
			surveyId, orderByComparator);

		if (surveyResponse != null) {
			return surveyResponse;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyId=");
		sb.append(surveyId);

		sb.append("}");

		throw new NoSuchSurveyResponseException(sb.toString());
	}

	/**
	 * Returns the last survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey response, or <code>null</code> if a matching survey response could not be found
	 */
	@Override
	public SurveyResponse fetchBySurveyId_Last(
		long surveyId, OrderByComparator<SurveyResponse> orderByComparator) {

		int count = countBySurveyId(surveyId);

		if (count == 0) {
			return null;
		}

		List<SurveyResponse> list = findBySurveyId(
			surveyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the survey responses before and after the current survey response in the ordered set where surveyId = &#63;.
	 *
	 * @param surveyResponseId the primary key of the current survey response
	 * @param surveyId the survey ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey response
	 * @throws NoSuchSurveyResponseException if a survey response with the primary key could not be found
	 */
	@Override
	public SurveyResponse[] findBySurveyId_PrevAndNext(
			long surveyResponseId, long surveyId,
			OrderByComparator<SurveyResponse> orderByComparator)
		throws NoSuchSurveyResponseException {

		SurveyResponse surveyResponse = findByPrimaryKey(surveyResponseId);

		Session session = null;

		try {
			session = openSession();

			SurveyResponse[] array = new SurveyResponseImpl[3];

			array[0] = getBySurveyId_PrevAndNext(
				session, surveyResponse, surveyId, orderByComparator, true);

			array[1] = surveyResponse;

			array[2] = getBySurveyId_PrevAndNext(
				session, surveyResponse, surveyId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected SurveyResponse getBySurveyId_PrevAndNext(
		Session session, SurveyResponse surveyResponse, long surveyId,
		OrderByComparator<SurveyResponse> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_SURVEYRESPONSE_WHERE);

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
			sb.append(SurveyResponseModelImpl.ORDER_BY_JPQL);
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
						surveyResponse)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SurveyResponse> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the survey responses where surveyId = &#63; from the database.
	 *
	 * @param surveyId the survey ID
	 */
	@Override
	public void removeBySurveyId(long surveyId) {
		for (SurveyResponse surveyResponse :
				findBySurveyId(
					surveyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(surveyResponse);
		}
	}

	/**
	 * Returns the number of survey responses where surveyId = &#63;.
	 *
	 * @param surveyId the survey ID
	 * @return the number of matching survey responses
	 */
	@Override
	public int countBySurveyId(long surveyId) {
		FinderPath finderPath = _finderPathCountBySurveyId;

		Object[] finderArgs = new Object[] {surveyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SURVEYRESPONSE_WHERE);

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
		"surveyResponse.surveyId = ?";

	private FinderPath _finderPathWithPaginationFindByC_U;
	private FinderPath _finderPathWithoutPaginationFindByC_U;
	private FinderPath _finderPathCountByC_U;

	/**
	 * Returns all the survey responses where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the matching survey responses
	 */
	@Override
	public List<SurveyResponse> findByC_U(long companyId, long userId) {
		return findByC_U(
			companyId, userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey responses where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @return the range of matching survey responses
	 */
	@Override
	public List<SurveyResponse> findByC_U(
		long companyId, long userId, int start, int end) {

		return findByC_U(companyId, userId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey responses where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey responses
	 */
	@Override
	public List<SurveyResponse> findByC_U(
		long companyId, long userId, int start, int end,
		OrderByComparator<SurveyResponse> orderByComparator) {

		return findByC_U(
			companyId, userId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey responses where companyId = &#63; and userId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey responses
	 */
	@Override
	public List<SurveyResponse> findByC_U(
		long companyId, long userId, int start, int end,
		OrderByComparator<SurveyResponse> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByC_U;
				finderArgs = new Object[] {companyId, userId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByC_U;
			finderArgs = new Object[] {
				companyId, userId, start, end, orderByComparator
			};
		}

		List<SurveyResponse> list = null;

		if (useFinderCache) {
			list = (List<SurveyResponse>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SurveyResponse surveyResponse : list) {
					if ((companyId != surveyResponse.getCompanyId()) ||
						(userId != surveyResponse.getUserId())) {

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

			sb.append(_SQL_SELECT_SURVEYRESPONSE_WHERE);

			sb.append(_FINDER_COLUMN_C_U_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_U_USERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SurveyResponseModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(userId);

				list = (List<SurveyResponse>)QueryUtil.list(
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
	 * Returns the first survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey response
	 * @throws NoSuchSurveyResponseException if a matching survey response could not be found
	 */
	@Override
	public SurveyResponse findByC_U_First(
			long companyId, long userId,
			OrderByComparator<SurveyResponse> orderByComparator)
		throws NoSuchSurveyResponseException {

		SurveyResponse surveyResponse = fetchByC_U_First(
			companyId, userId, orderByComparator);

		if (surveyResponse != null) {
			return surveyResponse;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchSurveyResponseException(sb.toString());
	}

	/**
	 * Returns the first survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey response, or <code>null</code> if a matching survey response could not be found
	 */
	@Override
	public SurveyResponse fetchByC_U_First(
		long companyId, long userId,
		OrderByComparator<SurveyResponse> orderByComparator) {

		List<SurveyResponse> list = findByC_U(
			companyId, userId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey response
	 * @throws NoSuchSurveyResponseException if a matching survey response could not be found
	 */
	@Override
	public SurveyResponse findByC_U_Last(
			long companyId, long userId,
			OrderByComparator<SurveyResponse> orderByComparator)
		throws NoSuchSurveyResponseException {

		SurveyResponse surveyResponse = fetchByC_U_Last(
			companyId, userId, orderByComparator);

		if (surveyResponse != null) {
			return surveyResponse;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", userId=");
		sb.append(userId);

		sb.append("}");

		throw new NoSuchSurveyResponseException(sb.toString());
	}

	/**
	 * Returns the last survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey response, or <code>null</code> if a matching survey response could not be found
	 */
	@Override
	public SurveyResponse fetchByC_U_Last(
		long companyId, long userId,
		OrderByComparator<SurveyResponse> orderByComparator) {

		int count = countByC_U(companyId, userId);

		if (count == 0) {
			return null;
		}

		List<SurveyResponse> list = findByC_U(
			companyId, userId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the survey responses before and after the current survey response in the ordered set where companyId = &#63; and userId = &#63;.
	 *
	 * @param surveyResponseId the primary key of the current survey response
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey response
	 * @throws NoSuchSurveyResponseException if a survey response with the primary key could not be found
	 */
	@Override
	public SurveyResponse[] findByC_U_PrevAndNext(
			long surveyResponseId, long companyId, long userId,
			OrderByComparator<SurveyResponse> orderByComparator)
		throws NoSuchSurveyResponseException {

		SurveyResponse surveyResponse = findByPrimaryKey(surveyResponseId);

		Session session = null;

		try {
			session = openSession();

			SurveyResponse[] array = new SurveyResponseImpl[3];

			array[0] = getByC_U_PrevAndNext(
				session, surveyResponse, companyId, userId, orderByComparator,
				true);

			array[1] = surveyResponse;

			array[2] = getByC_U_PrevAndNext(
				session, surveyResponse, companyId, userId, orderByComparator,
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

	protected SurveyResponse getByC_U_PrevAndNext(
		Session session, SurveyResponse surveyResponse, long companyId,
		long userId, OrderByComparator<SurveyResponse> orderByComparator,
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

		sb.append(_SQL_SELECT_SURVEYRESPONSE_WHERE);

		sb.append(_FINDER_COLUMN_C_U_COMPANYID_2);

		sb.append(_FINDER_COLUMN_C_U_USERID_2);

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
			sb.append(SurveyResponseModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		queryPos.add(userId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						surveyResponse)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SurveyResponse> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the survey responses where companyId = &#63; and userId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 */
	@Override
	public void removeByC_U(long companyId, long userId) {
		for (SurveyResponse surveyResponse :
				findByC_U(
					companyId, userId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(surveyResponse);
		}
	}

	/**
	 * Returns the number of survey responses where companyId = &#63; and userId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param userId the user ID
	 * @return the number of matching survey responses
	 */
	@Override
	public int countByC_U(long companyId, long userId) {
		FinderPath finderPath = _finderPathCountByC_U;

		Object[] finderArgs = new Object[] {companyId, userId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SURVEYRESPONSE_WHERE);

			sb.append(_FINDER_COLUMN_C_U_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_U_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

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

	private static final String _FINDER_COLUMN_C_U_COMPANYID_2 =
		"surveyResponse.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_U_USERID_2 =
		"surveyResponse.userId = ?";

	public SurveyResponsePersistenceImpl() {
		setModelClass(SurveyResponse.class);

		setModelImplClass(SurveyResponseImpl.class);
		setModelPKClass(long.class);

		setTable(SurveyResponseTable.INSTANCE);
	}

	/**
	 * Caches the survey response in the entity cache if it is enabled.
	 *
	 * @param surveyResponse the survey response
	 */
	@Override
	public void cacheResult(SurveyResponse surveyResponse) {
		entityCache.putResult(
			SurveyResponseImpl.class, surveyResponse.getPrimaryKey(),
			surveyResponse);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the survey responses in the entity cache if it is enabled.
	 *
	 * @param surveyResponses the survey responses
	 */
	@Override
	public void cacheResult(List<SurveyResponse> surveyResponses) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (surveyResponses.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (SurveyResponse surveyResponse : surveyResponses) {
			if (entityCache.getResult(
					SurveyResponseImpl.class, surveyResponse.getPrimaryKey()) ==
						null) {

				cacheResult(surveyResponse);
			}
		}
	}

	/**
	 * Clears the cache for all survey responses.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(SurveyResponseImpl.class);

		finderCache.clearCache(SurveyResponseImpl.class);
	}

	/**
	 * Clears the cache for the survey response.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(SurveyResponse surveyResponse) {
		entityCache.removeResult(SurveyResponseImpl.class, surveyResponse);
	}

	@Override
	public void clearCache(List<SurveyResponse> surveyResponses) {
		for (SurveyResponse surveyResponse : surveyResponses) {
			entityCache.removeResult(SurveyResponseImpl.class, surveyResponse);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(SurveyResponseImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(SurveyResponseImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new survey response with the primary key. Does not add the survey response to the database.
	 *
	 * @param surveyResponseId the primary key for the new survey response
	 * @return the new survey response
	 */
	@Override
	public SurveyResponse create(long surveyResponseId) {
		SurveyResponse surveyResponse = new SurveyResponseImpl();

		surveyResponse.setNew(true);
		surveyResponse.setPrimaryKey(surveyResponseId);

		surveyResponse.setCompanyId(CompanyThreadLocal.getCompanyId());

		return surveyResponse;
	}

	/**
	 * Removes the survey response with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyResponseId the primary key of the survey response
	 * @return the survey response that was removed
	 * @throws NoSuchSurveyResponseException if a survey response with the primary key could not be found
	 */
	@Override
	public SurveyResponse remove(long surveyResponseId)
		throws NoSuchSurveyResponseException {

		return remove((Serializable)surveyResponseId);
	}

	/**
	 * Removes the survey response with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the survey response
	 * @return the survey response that was removed
	 * @throws NoSuchSurveyResponseException if a survey response with the primary key could not be found
	 */
	@Override
	public SurveyResponse remove(Serializable primaryKey)
		throws NoSuchSurveyResponseException {

		Session session = null;

		try {
			session = openSession();

			SurveyResponse surveyResponse = (SurveyResponse)session.get(
				SurveyResponseImpl.class, primaryKey);

			if (surveyResponse == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchSurveyResponseException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(surveyResponse);
		}
		catch (NoSuchSurveyResponseException noSuchEntityException) {
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
	protected SurveyResponse removeImpl(SurveyResponse surveyResponse) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(surveyResponse)) {
				surveyResponse = (SurveyResponse)session.get(
					SurveyResponseImpl.class,
					surveyResponse.getPrimaryKeyObj());
			}

			if (surveyResponse != null) {
				session.delete(surveyResponse);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (surveyResponse != null) {
			clearCache(surveyResponse);
		}

		return surveyResponse;
	}

	@Override
	public SurveyResponse updateImpl(SurveyResponse surveyResponse) {
		boolean isNew = surveyResponse.isNew();

		if (!(surveyResponse instanceof SurveyResponseModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(surveyResponse.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					surveyResponse);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in surveyResponse proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom SurveyResponse implementation " +
					surveyResponse.getClass());
		}

		SurveyResponseModelImpl surveyResponseModelImpl =
			(SurveyResponseModelImpl)surveyResponse;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(surveyResponse);
			}
			else {
				surveyResponse = (SurveyResponse)session.merge(surveyResponse);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			SurveyResponseImpl.class, surveyResponseModelImpl, false, true);

		if (isNew) {
			surveyResponse.setNew(false);
		}

		surveyResponse.resetOriginalValues();

		return surveyResponse;
	}

	/**
	 * Returns the survey response with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the survey response
	 * @return the survey response
	 * @throws NoSuchSurveyResponseException if a survey response with the primary key could not be found
	 */
	@Override
	public SurveyResponse findByPrimaryKey(Serializable primaryKey)
		throws NoSuchSurveyResponseException {

		SurveyResponse surveyResponse = fetchByPrimaryKey(primaryKey);

		if (surveyResponse == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchSurveyResponseException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return surveyResponse;
	}

	/**
	 * Returns the survey response with the primary key or throws a <code>NoSuchSurveyResponseException</code> if it could not be found.
	 *
	 * @param surveyResponseId the primary key of the survey response
	 * @return the survey response
	 * @throws NoSuchSurveyResponseException if a survey response with the primary key could not be found
	 */
	@Override
	public SurveyResponse findByPrimaryKey(long surveyResponseId)
		throws NoSuchSurveyResponseException {

		return findByPrimaryKey((Serializable)surveyResponseId);
	}

	/**
	 * Returns the survey response with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyResponseId the primary key of the survey response
	 * @return the survey response, or <code>null</code> if a survey response with the primary key could not be found
	 */
	@Override
	public SurveyResponse fetchByPrimaryKey(long surveyResponseId) {
		return fetchByPrimaryKey((Serializable)surveyResponseId);
	}

	/**
	 * Returns all the survey responses.
	 *
	 * @return the survey responses
	 */
	@Override
	public List<SurveyResponse> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @return the range of survey responses
	 */
	@Override
	public List<SurveyResponse> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey responses
	 */
	@Override
	public List<SurveyResponse> findAll(
		int start, int end,
		OrderByComparator<SurveyResponse> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey responses
	 */
	@Override
	public List<SurveyResponse> findAll(
		int start, int end, OrderByComparator<SurveyResponse> orderByComparator,
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

		List<SurveyResponse> list = null;

		if (useFinderCache) {
			list = (List<SurveyResponse>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_SURVEYRESPONSE);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_SURVEYRESPONSE;

				sql = sql.concat(SurveyResponseModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<SurveyResponse>)QueryUtil.list(
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
	 * Removes all the survey responses from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (SurveyResponse surveyResponse : findAll()) {
			remove(surveyResponse);
		}
	}

	/**
	 * Returns the number of survey responses.
	 *
	 * @return the number of survey responses
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_SURVEYRESPONSE);

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
		return "surveyResponseId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_SURVEYRESPONSE;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return SurveyResponseModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the survey response persistence.
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

		_finderPathWithPaginationFindByC_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByC_U",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"companyId", "userId"}, true);

		_finderPathWithoutPaginationFindByC_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByC_U",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"companyId", "userId"}, true);

		_finderPathCountByC_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC_U",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"companyId", "userId"}, false);

		SurveyResponseUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		SurveyResponseUtil.setPersistence(null);

		entityCache.removeCache(SurveyResponseImpl.class.getName());
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

	private static final String _SQL_SELECT_SURVEYRESPONSE =
		"SELECT surveyResponse FROM SurveyResponse surveyResponse";

	private static final String _SQL_SELECT_SURVEYRESPONSE_WHERE =
		"SELECT surveyResponse FROM SurveyResponse surveyResponse WHERE ";

	private static final String _SQL_COUNT_SURVEYRESPONSE =
		"SELECT COUNT(surveyResponse) FROM SurveyResponse surveyResponse";

	private static final String _SQL_COUNT_SURVEYRESPONSE_WHERE =
		"SELECT COUNT(surveyResponse) FROM SurveyResponse surveyResponse WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "surveyResponse.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No SurveyResponse exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No SurveyResponse exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		SurveyResponsePersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}