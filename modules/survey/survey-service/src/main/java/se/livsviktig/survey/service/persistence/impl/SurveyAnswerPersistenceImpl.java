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

import se.livsviktig.survey.exception.NoSuchSurveyAnswerException;
import se.livsviktig.survey.model.SurveyAnswer;
import se.livsviktig.survey.model.SurveyAnswerTable;
import se.livsviktig.survey.model.impl.SurveyAnswerImpl;
import se.livsviktig.survey.model.impl.SurveyAnswerModelImpl;
import se.livsviktig.survey.service.persistence.SurveyAnswerPersistence;
import se.livsviktig.survey.service.persistence.SurveyAnswerUtil;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * The persistence implementation for the survey answer service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = SurveyAnswerPersistence.class)
public class SurveyAnswerPersistenceImpl
	extends BasePersistenceImpl<SurveyAnswer>
	implements SurveyAnswerPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>SurveyAnswerUtil</code> to access the survey answer persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		SurveyAnswerImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindBySurveyResponseId;
	private FinderPath _finderPathWithoutPaginationFindBySurveyResponseId;
	private FinderPath _finderPathCountBySurveyResponseId;

	/**
	 * Returns all the survey answers where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @return the matching survey answers
	 */
	@Override
	public List<SurveyAnswer> findBySurveyResponseId(long surveyResponseId) {
		return findBySurveyResponseId(
			surveyResponseId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey answers where surveyResponseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param surveyResponseId the survey response ID
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @return the range of matching survey answers
	 */
	@Override
	public List<SurveyAnswer> findBySurveyResponseId(
		long surveyResponseId, int start, int end) {

		return findBySurveyResponseId(surveyResponseId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey answers where surveyResponseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param surveyResponseId the survey response ID
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey answers
	 */
	@Override
	public List<SurveyAnswer> findBySurveyResponseId(
		long surveyResponseId, int start, int end,
		OrderByComparator<SurveyAnswer> orderByComparator) {

		return findBySurveyResponseId(
			surveyResponseId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey answers where surveyResponseId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param surveyResponseId the survey response ID
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey answers
	 */
	@Override
	public List<SurveyAnswer> findBySurveyResponseId(
		long surveyResponseId, int start, int end,
		OrderByComparator<SurveyAnswer> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindBySurveyResponseId;
				finderArgs = new Object[] {surveyResponseId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindBySurveyResponseId;
			finderArgs = new Object[] {
				surveyResponseId, start, end, orderByComparator
			};
		}

		List<SurveyAnswer> list = null;

		if (useFinderCache) {
			list = (List<SurveyAnswer>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SurveyAnswer surveyAnswer : list) {
					if (surveyResponseId !=
							surveyAnswer.getSurveyResponseId()) {

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

			sb.append(_SQL_SELECT_SURVEYANSWER_WHERE);

			sb.append(_FINDER_COLUMN_SURVEYRESPONSEID_SURVEYRESPONSEID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SurveyAnswerModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyResponseId);

				list = (List<SurveyAnswer>)QueryUtil.list(
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
	 * Returns the first survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey answer
	 * @throws NoSuchSurveyAnswerException if a matching survey answer could not be found
	 */
	@Override
	public SurveyAnswer findBySurveyResponseId_First(
			long surveyResponseId,
			OrderByComparator<SurveyAnswer> orderByComparator)
		throws NoSuchSurveyAnswerException {

		SurveyAnswer surveyAnswer = fetchBySurveyResponseId_First(
			surveyResponseId, orderByComparator);

		if (surveyAnswer != null) {
			return surveyAnswer;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyResponseId=");
		sb.append(surveyResponseId);

		sb.append("}");

		throw new NoSuchSurveyAnswerException(sb.toString());
	}

	/**
	 * Returns the first survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey answer, or <code>null</code> if a matching survey answer could not be found
	 */
	@Override
	public SurveyAnswer fetchBySurveyResponseId_First(
		long surveyResponseId,
		OrderByComparator<SurveyAnswer> orderByComparator) {

		List<SurveyAnswer> list = findBySurveyResponseId(
			surveyResponseId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey answer
	 * @throws NoSuchSurveyAnswerException if a matching survey answer could not be found
	 */
	@Override
	public SurveyAnswer findBySurveyResponseId_Last(
			long surveyResponseId,
			OrderByComparator<SurveyAnswer> orderByComparator)
		throws NoSuchSurveyAnswerException {

		SurveyAnswer surveyAnswer = fetchBySurveyResponseId_Last(
			surveyResponseId, orderByComparator);

		if (surveyAnswer != null) {
			return surveyAnswer;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyResponseId=");
		sb.append(surveyResponseId);

		sb.append("}");

		throw new NoSuchSurveyAnswerException(sb.toString());
	}

	/**
	 * Returns the last survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey answer, or <code>null</code> if a matching survey answer could not be found
	 */
	@Override
	public SurveyAnswer fetchBySurveyResponseId_Last(
		long surveyResponseId,
		OrderByComparator<SurveyAnswer> orderByComparator) {

		int count = countBySurveyResponseId(surveyResponseId);

		if (count == 0) {
			return null;
		}

		List<SurveyAnswer> list = findBySurveyResponseId(
			surveyResponseId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the survey answers before and after the current survey answer in the ordered set where surveyResponseId = &#63;.
	 *
	 * @param surveyAnswerId the primary key of the current survey answer
	 * @param surveyResponseId the survey response ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey answer
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	@Override
	public SurveyAnswer[] findBySurveyResponseId_PrevAndNext(
			long surveyAnswerId, long surveyResponseId,
			OrderByComparator<SurveyAnswer> orderByComparator)
		throws NoSuchSurveyAnswerException {

		SurveyAnswer surveyAnswer = findByPrimaryKey(surveyAnswerId);

		Session session = null;

		try {
			session = openSession();

			SurveyAnswer[] array = new SurveyAnswerImpl[3];

			array[0] = getBySurveyResponseId_PrevAndNext(
				session, surveyAnswer, surveyResponseId, orderByComparator,
				true);

			array[1] = surveyAnswer;

			array[2] = getBySurveyResponseId_PrevAndNext(
				session, surveyAnswer, surveyResponseId, orderByComparator,
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

	protected SurveyAnswer getBySurveyResponseId_PrevAndNext(
		Session session, SurveyAnswer surveyAnswer, long surveyResponseId,
		OrderByComparator<SurveyAnswer> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_SURVEYANSWER_WHERE);

		sb.append(_FINDER_COLUMN_SURVEYRESPONSEID_SURVEYRESPONSEID_2);

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
			sb.append(SurveyAnswerModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(surveyResponseId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(surveyAnswer)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SurveyAnswer> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the survey answers where surveyResponseId = &#63; from the database.
	 *
	 * @param surveyResponseId the survey response ID
	 */
	@Override
	public void removeBySurveyResponseId(long surveyResponseId) {
		for (SurveyAnswer surveyAnswer :
				findBySurveyResponseId(
					surveyResponseId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(surveyAnswer);
		}
	}

	/**
	 * Returns the number of survey answers where surveyResponseId = &#63;.
	 *
	 * @param surveyResponseId the survey response ID
	 * @return the number of matching survey answers
	 */
	@Override
	public int countBySurveyResponseId(long surveyResponseId) {
		FinderPath finderPath = _finderPathCountBySurveyResponseId;

		Object[] finderArgs = new Object[] {surveyResponseId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SURVEYANSWER_WHERE);

			sb.append(_FINDER_COLUMN_SURVEYRESPONSEID_SURVEYRESPONSEID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyResponseId);

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
		_FINDER_COLUMN_SURVEYRESPONSEID_SURVEYRESPONSEID_2 =
			"surveyAnswer.surveyResponseId = ?";

	private FinderPath _finderPathWithPaginationFindBySurveyQuestionId;
	private FinderPath _finderPathWithoutPaginationFindBySurveyQuestionId;
	private FinderPath _finderPathCountBySurveyQuestionId;

	/**
	 * Returns all the survey answers where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @return the matching survey answers
	 */
	@Override
	public List<SurveyAnswer> findBySurveyQuestionId(long surveyQuestionId) {
		return findBySurveyQuestionId(
			surveyQuestionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey answers where surveyQuestionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @return the range of matching survey answers
	 */
	@Override
	public List<SurveyAnswer> findBySurveyQuestionId(
		long surveyQuestionId, int start, int end) {

		return findBySurveyQuestionId(surveyQuestionId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey answers where surveyQuestionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey answers
	 */
	@Override
	public List<SurveyAnswer> findBySurveyQuestionId(
		long surveyQuestionId, int start, int end,
		OrderByComparator<SurveyAnswer> orderByComparator) {

		return findBySurveyQuestionId(
			surveyQuestionId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey answers where surveyQuestionId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey answers
	 */
	@Override
	public List<SurveyAnswer> findBySurveyQuestionId(
		long surveyQuestionId, int start, int end,
		OrderByComparator<SurveyAnswer> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindBySurveyQuestionId;
				finderArgs = new Object[] {surveyQuestionId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindBySurveyQuestionId;
			finderArgs = new Object[] {
				surveyQuestionId, start, end, orderByComparator
			};
		}

		List<SurveyAnswer> list = null;

		if (useFinderCache) {
			list = (List<SurveyAnswer>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SurveyAnswer surveyAnswer : list) {
					if (surveyQuestionId !=
							surveyAnswer.getSurveyQuestionId()) {

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

			sb.append(_SQL_SELECT_SURVEYANSWER_WHERE);

			sb.append(_FINDER_COLUMN_SURVEYQUESTIONID_SURVEYQUESTIONID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SurveyAnswerModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyQuestionId);

				list = (List<SurveyAnswer>)QueryUtil.list(
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
	 * Returns the first survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey answer
	 * @throws NoSuchSurveyAnswerException if a matching survey answer could not be found
	 */
	@Override
	public SurveyAnswer findBySurveyQuestionId_First(
			long surveyQuestionId,
			OrderByComparator<SurveyAnswer> orderByComparator)
		throws NoSuchSurveyAnswerException {

		SurveyAnswer surveyAnswer = fetchBySurveyQuestionId_First(
			surveyQuestionId, orderByComparator);

		if (surveyAnswer != null) {
			return surveyAnswer;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyQuestionId=");
		sb.append(surveyQuestionId);

		sb.append("}");

		throw new NoSuchSurveyAnswerException(sb.toString());
	}

	/**
	 * Returns the first survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey answer, or <code>null</code> if a matching survey answer could not be found
	 */
	@Override
	public SurveyAnswer fetchBySurveyQuestionId_First(
		long surveyQuestionId,
		OrderByComparator<SurveyAnswer> orderByComparator) {

		List<SurveyAnswer> list = findBySurveyQuestionId(
			surveyQuestionId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey answer
	 * @throws NoSuchSurveyAnswerException if a matching survey answer could not be found
	 */
	@Override
	public SurveyAnswer findBySurveyQuestionId_Last(
			long surveyQuestionId,
			OrderByComparator<SurveyAnswer> orderByComparator)
		throws NoSuchSurveyAnswerException {

		SurveyAnswer surveyAnswer = fetchBySurveyQuestionId_Last(
			surveyQuestionId, orderByComparator);

		if (surveyAnswer != null) {
			return surveyAnswer;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyQuestionId=");
		sb.append(surveyQuestionId);

		sb.append("}");

		throw new NoSuchSurveyAnswerException(sb.toString());
	}

	/**
	 * Returns the last survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey answer, or <code>null</code> if a matching survey answer could not be found
	 */
	@Override
	public SurveyAnswer fetchBySurveyQuestionId_Last(
		long surveyQuestionId,
		OrderByComparator<SurveyAnswer> orderByComparator) {

		int count = countBySurveyQuestionId(surveyQuestionId);

		if (count == 0) {
			return null;
		}

		List<SurveyAnswer> list = findBySurveyQuestionId(
			surveyQuestionId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the survey answers before and after the current survey answer in the ordered set where surveyQuestionId = &#63;.
	 *
	 * @param surveyAnswerId the primary key of the current survey answer
	 * @param surveyQuestionId the survey question ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey answer
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	@Override
	public SurveyAnswer[] findBySurveyQuestionId_PrevAndNext(
			long surveyAnswerId, long surveyQuestionId,
			OrderByComparator<SurveyAnswer> orderByComparator)
		throws NoSuchSurveyAnswerException {

		SurveyAnswer surveyAnswer = findByPrimaryKey(surveyAnswerId);

		Session session = null;

		try {
			session = openSession();

			SurveyAnswer[] array = new SurveyAnswerImpl[3];

			array[0] = getBySurveyQuestionId_PrevAndNext(
				session, surveyAnswer, surveyQuestionId, orderByComparator,
				true);

			array[1] = surveyAnswer;

			array[2] = getBySurveyQuestionId_PrevAndNext(
				session, surveyAnswer, surveyQuestionId, orderByComparator,
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

	protected SurveyAnswer getBySurveyQuestionId_PrevAndNext(
		Session session, SurveyAnswer surveyAnswer, long surveyQuestionId,
		OrderByComparator<SurveyAnswer> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_SURVEYANSWER_WHERE);

		sb.append(_FINDER_COLUMN_SURVEYQUESTIONID_SURVEYQUESTIONID_2);

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
			sb.append(SurveyAnswerModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(surveyQuestionId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(surveyAnswer)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SurveyAnswer> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the survey answers where surveyQuestionId = &#63; from the database.
	 *
	 * @param surveyQuestionId the survey question ID
	 */
	@Override
	public void removeBySurveyQuestionId(long surveyQuestionId) {
		for (SurveyAnswer surveyAnswer :
				findBySurveyQuestionId(
					surveyQuestionId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(surveyAnswer);
		}
	}

	/**
	 * Returns the number of survey answers where surveyQuestionId = &#63;.
	 *
	 * @param surveyQuestionId the survey question ID
	 * @return the number of matching survey answers
	 */
	@Override
	public int countBySurveyQuestionId(long surveyQuestionId) {
		FinderPath finderPath = _finderPathCountBySurveyQuestionId;

		Object[] finderArgs = new Object[] {surveyQuestionId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_SURVEYANSWER_WHERE);

			sb.append(_FINDER_COLUMN_SURVEYQUESTIONID_SURVEYQUESTIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyQuestionId);

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
		_FINDER_COLUMN_SURVEYQUESTIONID_SURVEYQUESTIONID_2 =
			"surveyAnswer.surveyQuestionId = ?";

	public SurveyAnswerPersistenceImpl() {
		setModelClass(SurveyAnswer.class);

		setModelImplClass(SurveyAnswerImpl.class);
		setModelPKClass(long.class);

		setTable(SurveyAnswerTable.INSTANCE);
	}

	/**
	 * Caches the survey answer in the entity cache if it is enabled.
	 *
	 * @param surveyAnswer the survey answer
	 */
	@Override
	public void cacheResult(SurveyAnswer surveyAnswer) {
		entityCache.putResult(
			SurveyAnswerImpl.class, surveyAnswer.getPrimaryKey(), surveyAnswer);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the survey answers in the entity cache if it is enabled.
	 *
	 * @param surveyAnswers the survey answers
	 */
	@Override
	public void cacheResult(List<SurveyAnswer> surveyAnswers) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (surveyAnswers.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (SurveyAnswer surveyAnswer : surveyAnswers) {
			if (entityCache.getResult(
					SurveyAnswerImpl.class, surveyAnswer.getPrimaryKey()) ==
						null) {

				cacheResult(surveyAnswer);
			}
		}
	}

	/**
	 * Clears the cache for all survey answers.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(SurveyAnswerImpl.class);

		finderCache.clearCache(SurveyAnswerImpl.class);
	}

	/**
	 * Clears the cache for the survey answer.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(SurveyAnswer surveyAnswer) {
		entityCache.removeResult(SurveyAnswerImpl.class, surveyAnswer);
	}

	@Override
	public void clearCache(List<SurveyAnswer> surveyAnswers) {
		for (SurveyAnswer surveyAnswer : surveyAnswers) {
			entityCache.removeResult(SurveyAnswerImpl.class, surveyAnswer);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(SurveyAnswerImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(SurveyAnswerImpl.class, primaryKey);
		}
	}

	/**
	 * Creates a new survey answer with the primary key. Does not add the survey answer to the database.
	 *
	 * @param surveyAnswerId the primary key for the new survey answer
	 * @return the new survey answer
	 */
	@Override
	public SurveyAnswer create(long surveyAnswerId) {
		SurveyAnswer surveyAnswer = new SurveyAnswerImpl();

		surveyAnswer.setNew(true);
		surveyAnswer.setPrimaryKey(surveyAnswerId);

		surveyAnswer.setCompanyId(CompanyThreadLocal.getCompanyId());

		return surveyAnswer;
	}

	/**
	 * Removes the survey answer with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyAnswerId the primary key of the survey answer
	 * @return the survey answer that was removed
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	@Override
	public SurveyAnswer remove(long surveyAnswerId)
		throws NoSuchSurveyAnswerException {

		return remove((Serializable)surveyAnswerId);
	}

	/**
	 * Removes the survey answer with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the survey answer
	 * @return the survey answer that was removed
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	@Override
	public SurveyAnswer remove(Serializable primaryKey)
		throws NoSuchSurveyAnswerException {

		Session session = null;

		try {
			session = openSession();

			SurveyAnswer surveyAnswer = (SurveyAnswer)session.get(
				SurveyAnswerImpl.class, primaryKey);

			if (surveyAnswer == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchSurveyAnswerException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(surveyAnswer);
		}
		catch (NoSuchSurveyAnswerException noSuchEntityException) {
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
	protected SurveyAnswer removeImpl(SurveyAnswer surveyAnswer) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(surveyAnswer)) {
				surveyAnswer = (SurveyAnswer)session.get(
					SurveyAnswerImpl.class, surveyAnswer.getPrimaryKeyObj());
			}

			if (surveyAnswer != null) {
				session.delete(surveyAnswer);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (surveyAnswer != null) {
			clearCache(surveyAnswer);
		}

		return surveyAnswer;
	}

	@Override
	public SurveyAnswer updateImpl(SurveyAnswer surveyAnswer) {
		boolean isNew = surveyAnswer.isNew();

		if (!(surveyAnswer instanceof SurveyAnswerModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(surveyAnswer.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					surveyAnswer);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in surveyAnswer proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom SurveyAnswer implementation " +
					surveyAnswer.getClass());
		}

		SurveyAnswerModelImpl surveyAnswerModelImpl =
			(SurveyAnswerModelImpl)surveyAnswer;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(surveyAnswer);
			}
			else {
				surveyAnswer = (SurveyAnswer)session.merge(surveyAnswer);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			SurveyAnswerImpl.class, surveyAnswerModelImpl, false, true);

		if (isNew) {
			surveyAnswer.setNew(false);
		}

		surveyAnswer.resetOriginalValues();

		return surveyAnswer;
	}

	/**
	 * Returns the survey answer with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the survey answer
	 * @return the survey answer
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	@Override
	public SurveyAnswer findByPrimaryKey(Serializable primaryKey)
		throws NoSuchSurveyAnswerException {

		SurveyAnswer surveyAnswer = fetchByPrimaryKey(primaryKey);

		if (surveyAnswer == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchSurveyAnswerException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return surveyAnswer;
	}

	/**
	 * Returns the survey answer with the primary key or throws a <code>NoSuchSurveyAnswerException</code> if it could not be found.
	 *
	 * @param surveyAnswerId the primary key of the survey answer
	 * @return the survey answer
	 * @throws NoSuchSurveyAnswerException if a survey answer with the primary key could not be found
	 */
	@Override
	public SurveyAnswer findByPrimaryKey(long surveyAnswerId)
		throws NoSuchSurveyAnswerException {

		return findByPrimaryKey((Serializable)surveyAnswerId);
	}

	/**
	 * Returns the survey answer with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyAnswerId the primary key of the survey answer
	 * @return the survey answer, or <code>null</code> if a survey answer with the primary key could not be found
	 */
	@Override
	public SurveyAnswer fetchByPrimaryKey(long surveyAnswerId) {
		return fetchByPrimaryKey((Serializable)surveyAnswerId);
	}

	/**
	 * Returns all the survey answers.
	 *
	 * @return the survey answers
	 */
	@Override
	public List<SurveyAnswer> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey answers.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @return the range of survey answers
	 */
	@Override
	public List<SurveyAnswer> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey answers.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey answers
	 */
	@Override
	public List<SurveyAnswer> findAll(
		int start, int end, OrderByComparator<SurveyAnswer> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey answers.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyAnswerModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey answers
	 * @param end the upper bound of the range of survey answers (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey answers
	 */
	@Override
	public List<SurveyAnswer> findAll(
		int start, int end, OrderByComparator<SurveyAnswer> orderByComparator,
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

		List<SurveyAnswer> list = null;

		if (useFinderCache) {
			list = (List<SurveyAnswer>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_SURVEYANSWER);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_SURVEYANSWER;

				sql = sql.concat(SurveyAnswerModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<SurveyAnswer>)QueryUtil.list(
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
	 * Removes all the survey answers from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (SurveyAnswer surveyAnswer : findAll()) {
			remove(surveyAnswer);
		}
	}

	/**
	 * Returns the number of survey answers.
	 *
	 * @return the number of survey answers
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_SURVEYANSWER);

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
		return "surveyAnswerId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_SURVEYANSWER;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return SurveyAnswerModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the survey answer persistence.
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

		_finderPathWithPaginationFindBySurveyResponseId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findBySurveyResponseId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"surveyResponseId"}, true);

		_finderPathWithoutPaginationFindBySurveyResponseId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findBySurveyResponseId",
			new String[] {Long.class.getName()},
			new String[] {"surveyResponseId"}, true);

		_finderPathCountBySurveyResponseId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countBySurveyResponseId", new String[] {Long.class.getName()},
			new String[] {"surveyResponseId"}, false);

		_finderPathWithPaginationFindBySurveyQuestionId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findBySurveyQuestionId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"surveyQuestionId"}, true);

		_finderPathWithoutPaginationFindBySurveyQuestionId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findBySurveyQuestionId",
			new String[] {Long.class.getName()},
			new String[] {"surveyQuestionId"}, true);

		_finderPathCountBySurveyQuestionId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION,
			"countBySurveyQuestionId", new String[] {Long.class.getName()},
			new String[] {"surveyQuestionId"}, false);

		SurveyAnswerUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		SurveyAnswerUtil.setPersistence(null);

		entityCache.removeCache(SurveyAnswerImpl.class.getName());
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

	private static final String _SQL_SELECT_SURVEYANSWER =
		"SELECT surveyAnswer FROM SurveyAnswer surveyAnswer";

	private static final String _SQL_SELECT_SURVEYANSWER_WHERE =
		"SELECT surveyAnswer FROM SurveyAnswer surveyAnswer WHERE ";

	private static final String _SQL_COUNT_SURVEYANSWER =
		"SELECT COUNT(surveyAnswer) FROM SurveyAnswer surveyAnswer";

	private static final String _SQL_COUNT_SURVEYANSWER_WHERE =
		"SELECT COUNT(surveyAnswer) FROM SurveyAnswer surveyAnswer WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "surveyAnswer.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No SurveyAnswer exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No SurveyAnswer exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		SurveyAnswerPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}