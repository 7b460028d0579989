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

import se.livsviktig.survey.exception.NoSuchSurveyInvitationException;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.model.SurveyInvitationTable;
import se.livsviktig.survey.model.impl.SurveyInvitationImpl;
import se.livsviktig.survey.model.impl.SurveyInvitationModelImpl;
import se.livsviktig.survey.service.persistence.SurveyInvitationPersistence;
import se.livsviktig.survey.service.persistence.SurveyInvitationUtil;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * The persistence implementation for the survey invitation service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = SurveyInvitationPersistence.class)
public class SurveyInvitationPersistenceImpl
	extends BasePersistenceImpl<SurveyInvitation>
	implements SurveyInvitationPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>SurveyInvitationUtil</code> to access the survey invitation persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		SurveyInvitationImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathFetchByD_R;
	private FinderPath _finderPathCountByD_R;

	/**
	 * Returns the survey invitation where surveyDispatchId = &#63; and registrationId = &#63; or throws a <code>NoSuchSurveyInvitationException</code> if it could not be found.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @return the matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation findByD_R(
			long surveyDispatchId, long registrationId)
		throws NoSuchSurveyInvitationException {

		SurveyInvitation surveyInvitation = fetchByD_R(
			surveyDispatchId, registrationId);

		if (surveyInvitation == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("surveyDispatchId=");
			sb.append(surveyDispatchId);

			sb.append(", registrationId=");
			sb.append(registrationId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchSurveyInvitationException(sb.toString());
		}

		return surveyInvitation;
	}

	/**
	 * Returns the survey invitation where surveyDispatchId = &#63; and registrationId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @return the matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation fetchByD_R(
		long surveyDispatchId, long registrationId) {

		return fetchByD_R(surveyDispatchId, registrationId, true);
	}

	/**
	 * Returns the survey invitation where surveyDispatchId = &#63; and registrationId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation fetchByD_R(
		long surveyDispatchId, long registrationId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {surveyDispatchId, registrationId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByD_R, finderArgs, this);
		}

		if (result instanceof SurveyInvitation) {
			SurveyInvitation surveyInvitation = (SurveyInvitation)result;

			if ((surveyDispatchId != surveyInvitation.getSurveyDispatchId()) ||
				(registrationId != surveyInvitation.getRegistrationId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_SURVEYINVITATION_WHERE);

			sb.append(_FINDER_COLUMN_D_R_SURVEYDISPATCHID_2);

			sb.append(_FINDER_COLUMN_D_R_REGISTRATIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyDispatchId);

				queryPos.add(registrationId);

				List<SurveyInvitation> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByD_R, finderArgs, list);
					}
				}
				else {
					SurveyInvitation surveyInvitation = list.get(0);

					result = surveyInvitation;

					cacheResult(surveyInvitation);
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
			return (SurveyInvitation)result;
		}
	}

	/**
	 * Removes the survey invitation where surveyDispatchId = &#63; and registrationId = &#63; from the database.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @return the survey invitation that was removed
	 */
	@Override
	public SurveyInvitation removeByD_R(
			long surveyDispatchId, long registrationId)
		throws NoSuchSurveyInvitationException {

		SurveyInvitation surveyInvitation = findByD_R(
			surveyDispatchId, registrationId);

		return remove(surveyInvitation);
	}

	/**
	 * Returns the number of survey invitations where surveyDispatchId = &#63; and registrationId = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param registrationId the registration ID
	 * @return the number of matching survey invitations
	 */
	@Override
	public int countByD_R(long surveyDispatchId, long registrationId) {
		FinderPath finderPath = _finderPathCountByD_R;

		Object[] finderArgs = new Object[] {surveyDispatchId, registrationId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SURVEYINVITATION_WHERE);

			sb.append(_FINDER_COLUMN_D_R_SURVEYDISPATCHID_2);

			sb.append(_FINDER_COLUMN_D_R_REGISTRATIONID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyDispatchId);

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

	private static final String _FINDER_COLUMN_D_R_SURVEYDISPATCHID_2 =
		"surveyInvitation.surveyDispatchId = ? AND ";

	private static final String _FINDER_COLUMN_D_R_REGISTRATIONID_2 =
		"surveyInvitation.registrationId = ?";

	private FinderPath _finderPathWithPaginationFindByU_S;
	private FinderPath _finderPathWithoutPaginationFindByU_S;
	private FinderPath _finderPathCountByU_S;

	/**
	 * Returns all the survey invitations where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @return the matching survey invitations
	 */
	@Override
	public List<SurveyInvitation> findByU_S(long userId, int status) {
		return findByU_S(
			userId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey invitations where userId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @return the range of matching survey invitations
	 */
	@Override
	public List<SurveyInvitation> findByU_S(
		long userId, int status, int start, int end) {

		return findByU_S(userId, status, start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey invitations where userId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey invitations
	 */
	@Override
	public List<SurveyInvitation> findByU_S(
		long userId, int status, int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return findByU_S(userId, status, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey invitations where userId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey invitations
	 */
	@Override
	public List<SurveyInvitation> findByU_S(
		long userId, int status, int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByU_S;
				finderArgs = new Object[] {userId, status};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByU_S;
			finderArgs = new Object[] {
				userId, status, start, end, orderByComparator
			};
		}

		List<SurveyInvitation> list = null;

		if (useFinderCache) {
			list = (List<SurveyInvitation>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SurveyInvitation surveyInvitation : list) {
					if ((userId != surveyInvitation.getUserId()) ||
						(status != surveyInvitation.getStatus())) {

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

			sb.append(_SQL_SELECT_SURVEYINVITATION_WHERE);

			sb.append(_FINDER_COLUMN_U_S_USERID_2);

			sb.append(_FINDER_COLUMN_U_S_STATUS_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SurveyInvitationModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(userId);

				queryPos.add(status);

				list = (List<SurveyInvitation>)QueryUtil.list(
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
	 * Returns the first survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation findByU_S_First(
			long userId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws NoSuchSurveyInvitationException {

		SurveyInvitation surveyInvitation = fetchByU_S_First(
			userId, status, orderByComparator);

		if (surveyInvitation != null) {
			return surveyInvitation;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("userId=");
		sb.append(userId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSurveyInvitationException(sb.toString());
	}

	/**
	 * Returns the first survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation fetchByU_S_First(
		long userId, int status,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		List<SurveyInvitation> list = findByU_S(
			userId, status, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation findByU_S_Last(
			long userId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws NoSuchSurveyInvitationException {

		SurveyInvitation surveyInvitation = fetchByU_S_Last(
			userId, status, orderByComparator);

		if (surveyInvitation != null) {
			return surveyInvitation;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("userId=");
		sb.append(userId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSurveyInvitationException(sb.toString());
	}

	/**
	 * Returns the last survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation fetchByU_S_Last(
		long userId, int status,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		int count = countByU_S(userId, status);

		if (count == 0) {
			return null;
		}

		List<SurveyInvitation> list = findByU_S(
			userId, status, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the survey invitations before and after the current survey invitation in the ordered set where userId = &#63; and status = &#63;.
	 *
	 * @param surveyInvitationId the primary key of the current survey invitation
	 * @param userId the user ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey invitation
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	@Override
	public SurveyInvitation[] findByU_S_PrevAndNext(
			long surveyInvitationId, long userId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws NoSuchSurveyInvitationException {

		SurveyInvitation surveyInvitation = findByPrimaryKey(
			surveyInvitationId);

		Session session = null;

		try {
			session = openSession();

			SurveyInvitation[] array = new SurveyInvitationImpl[3];

			array[0] = getByU_S_PrevAndNext(
				session, surveyInvitation, userId, status, orderByComparator,
				true);

			array[1] = surveyInvitation;

			array[2] = getByU_S_PrevAndNext(
				session, surveyInvitation, userId, status, orderByComparator,
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

	protected SurveyInvitation getByU_S_PrevAndNext(
		Session session, SurveyInvitation surveyInvitation, long userId,
		int status, OrderByComparator<SurveyInvitation> orderByComparator,
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

		sb.append(_SQL_SELECT_SURVEYINVITATION_WHERE);

		sb.append(_FINDER_COLUMN_U_S_USERID_2);

		sb.append(_FINDER_COLUMN_U_S_STATUS_2);

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
			sb.append(SurveyInvitationModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(userId);

		queryPos.add(status);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						surveyInvitation)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SurveyInvitation> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the survey invitations where userId = &#63; and status = &#63; from the database.
	 *
	 * @param userId the user ID
	 * @param status the status
	 */
	@Override
	public void removeByU_S(long userId, int status) {
		for (SurveyInvitation surveyInvitation :
				findByU_S(
					userId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(surveyInvitation);
		}
	}

	/**
	 * Returns the number of survey invitations where userId = &#63; and status = &#63;.
	 *
	 * @param userId the user ID
	 * @param status the status
	 * @return the number of matching survey invitations
	 */
	@Override
	public int countByU_S(long userId, int status) {
		FinderPath finderPath = _finderPathCountByU_S;

		Object[] finderArgs = new Object[] {userId, status};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SURVEYINVITATION_WHERE);

			sb.append(_FINDER_COLUMN_U_S_USERID_2);

			sb.append(_FINDER_COLUMN_U_S_STATUS_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(userId);

				queryPos.add(status);

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

	private static final String _FINDER_COLUMN_U_S_USERID_2 =
		"surveyInvitation.userId = ? AND ";

	private static final String _FINDER_COLUMN_U_S_STATUS_2 =
		"surveyInvitation.status = ?";

	private FinderPath _finderPathWithPaginationFindByD_S;
	private FinderPath _finderPathWithoutPaginationFindByD_S;
	private FinderPath _finderPathCountByD_S;

	/**
	 * Returns all the survey invitations where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @return the matching survey invitations
	 */
	@Override
	public List<SurveyInvitation> findByD_S(long surveyDispatchId, int status) {
		return findByD_S(
			surveyDispatchId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
			null);
	}

	/**
	 * Returns a range of all the survey invitations where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @return the range of matching survey invitations
	 */
	@Override
	public List<SurveyInvitation> findByD_S(
		long surveyDispatchId, int status, int start, int end) {

		return findByD_S(surveyDispatchId, status, start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey invitations where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey invitations
	 */
	@Override
	public List<SurveyInvitation> findByD_S(
		long surveyDispatchId, int status, int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return findByD_S(
			surveyDispatchId, status, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey invitations where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey invitations
	 */
	@Override
	public List<SurveyInvitation> findByD_S(
		long surveyDispatchId, int status, int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByD_S;
				finderArgs = new Object[] {surveyDispatchId, status};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByD_S;
			finderArgs = new Object[] {
				surveyDispatchId, status, start, end, orderByComparator
			};
		}

		List<SurveyInvitation> list = null;

		if (useFinderCache) {
			list = (List<SurveyInvitation>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SurveyInvitation surveyInvitation : list) {
					if ((surveyDispatchId !=
							surveyInvitation.getSurveyDispatchId()) ||
						(status != surveyInvitation.getStatus())) {

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

			sb.append(_SQL_SELECT_SURVEYINVITATION_WHERE);

			sb.append(_FINDER_COLUMN_D_S_SURVEYDISPATCHID_2);

			sb.append(_FINDER_COLUMN_D_S_STATUS_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SurveyInvitationModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyDispatchId);

				queryPos.add(status);

				list = (List<SurveyInvitation>)QueryUtil.list(
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
	 * Returns the first survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation findByD_S_First(
			long surveyDispatchId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws NoSuchSurveyInvitationException {

		SurveyInvitation surveyInvitation = fetchByD_S_First(
			surveyDispatchId, status, orderByComparator);

		if (surveyInvitation != null) {
			return surveyInvitation;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyDispatchId=");
		sb.append(surveyDispatchId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSurveyInvitationException(sb.toString());
	}

	/**
	 * Returns the first survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation fetchByD_S_First(
		long surveyDispatchId, int status,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		List<SurveyInvitation> list = findByD_S(
			surveyDispatchId, status, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation findByD_S_Last(
			long surveyDispatchId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws NoSuchSurveyInvitationException {

		SurveyInvitation surveyInvitation = fetchByD_S_Last(
			surveyDispatchId, status, orderByComparator);

		if (surveyInvitation != null) {
			return surveyInvitation;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("surveyDispatchId=");
		sb.append(surveyDispatchId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSurveyInvitationException(sb.toString());
	}

	/**
	 * Returns the last survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation fetchByD_S_Last(
		long surveyDispatchId, int status,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		int count = countByD_S(surveyDispatchId, status);

		if (count == 0) {
			return null;
		}

		List<SurveyInvitation> list = findByD_S(
			surveyDispatchId, status, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the survey invitations before and after the current survey invitation in the ordered set where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyInvitationId the primary key of the current survey invitation
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey invitation
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	@Override
	public SurveyInvitation[] findByD_S_PrevAndNext(
			long surveyInvitationId, long surveyDispatchId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws NoSuchSurveyInvitationException {

		SurveyInvitation surveyInvitation = findByPrimaryKey(
			surveyInvitationId);

		Session session = null;

		try {
			session = openSession();

			SurveyInvitation[] array = new SurveyInvitationImpl[3];

			array[0] = getByD_S_PrevAndNext(
				session, surveyInvitation, surveyDispatchId, status,
				orderByComparator, true);

			array[1] = surveyInvitation;

			array[2] = getByD_S_PrevAndNext(
				session, surveyInvitation, surveyDispatchId, status,
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

	protected SurveyInvitation getByD_S_PrevAndNext(
		Session session, SurveyInvitation surveyInvitation,
		long surveyDispatchId, int status,
		OrderByComparator<SurveyInvitation> orderByComparator,
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

		sb.append(_SQL_SELECT_SURVEYINVITATION_WHERE);

		sb.append(_FINDER_COLUMN_D_S_SURVEYDISPATCHID_2);

		sb.append(_FINDER_COLUMN_D_S_STATUS_2);

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
			sb.append(SurveyInvitationModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(surveyDispatchId);

		queryPos.add(status);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						surveyInvitation)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SurveyInvitation> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the survey invitations where surveyDispatchId = &#63; and status = &#63; from the database.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 */
	@Override
	public void removeByD_S(long surveyDispatchId, int status) {
		for (SurveyInvitation surveyInvitation :
				findByD_S(
					surveyDispatchId, status, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS, null)) {

			remove(surveyInvitation);
		}
	}

	/**
	 * Returns the number of survey invitations where surveyDispatchId = &#63; and status = &#63;.
	 *
	 * @param surveyDispatchId the survey dispatch ID
	 * @param status the status
	 * @return the number of matching survey invitations
	 */
	@Override
	public int countByD_S(long surveyDispatchId, int status) {
		FinderPath finderPath = _finderPathCountByD_S;

		Object[] finderArgs = new Object[] {surveyDispatchId, status};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SURVEYINVITATION_WHERE);

			sb.append(_FINDER_COLUMN_D_S_SURVEYDISPATCHID_2);

			sb.append(_FINDER_COLUMN_D_S_STATUS_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(surveyDispatchId);

				queryPos.add(status);

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
		"surveyInvitation.surveyDispatchId = ? AND ";

	private static final String _FINDER_COLUMN_D_S_STATUS_2 =
		"surveyInvitation.status = ?";

	private FinderPath _finderPathWithPaginationFindByC_S;
	private FinderPath _finderPathWithoutPaginationFindByC_S;
	private FinderPath _finderPathCountByC_S;

	/**
	 * Returns all the survey invitations where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @return the matching survey invitations
	 */
	@Override
	public List<SurveyInvitation> findByC_S(long companyId, int status) {
		return findByC_S(
			companyId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey invitations where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @return the range of matching survey invitations
	 */
	@Override
	public List<SurveyInvitation> findByC_S(
		long companyId, int status, int start, int end) {

		return findByC_S(companyId, status, start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey invitations where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching survey invitations
	 */
	@Override
	public List<SurveyInvitation> findByC_S(
		long companyId, int status, int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return findByC_S(
			companyId, status, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey invitations where companyId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching survey invitations
	 */
	@Override
	public List<SurveyInvitation> findByC_S(
		long companyId, int status, int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByC_S;
				finderArgs = new Object[] {companyId, status};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByC_S;
			finderArgs = new Object[] {
				companyId, status, start, end, orderByComparator
			};
		}

		List<SurveyInvitation> list = null;

		if (useFinderCache) {
			list = (List<SurveyInvitation>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (SurveyInvitation surveyInvitation : list) {
					if ((companyId != surveyInvitation.getCompanyId()) ||
						(status != surveyInvitation.getStatus())) {

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

			sb.append(_SQL_SELECT_SURVEYINVITATION_WHERE);

			sb.append(_FINDER_COLUMN_C_S_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_S_STATUS_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(SurveyInvitationModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(status);

				list = (List<SurveyInvitation>)QueryUtil.list(
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
	 * Returns the first survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation findByC_S_First(
			long companyId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws NoSuchSurveyInvitationException {

		SurveyInvitation surveyInvitation = fetchByC_S_First(
			companyId, status, orderByComparator);

		if (surveyInvitation != null) {
			return surveyInvitation;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSurveyInvitationException(sb.toString());
	}

	/**
	 * Returns the first survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation fetchByC_S_First(
		long companyId, int status,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		List<SurveyInvitation> list = findByC_S(
			companyId, status, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation
	 * @throws NoSuchSurveyInvitationException if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation findByC_S_Last(
			long companyId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws NoSuchSurveyInvitationException {

		SurveyInvitation surveyInvitation = fetchByC_S_Last(
			companyId, status, orderByComparator);

		if (surveyInvitation != null) {
			return surveyInvitation;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", status=");
		sb.append(status);

		sb.append("}");

		throw new NoSuchSurveyInvitationException(sb.toString());
	}

	/**
	 * Returns the last survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching survey invitation, or <code>null</code> if a matching survey invitation could not be found
	 */
	@Override
	public SurveyInvitation fetchByC_S_Last(
		long companyId, int status,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		int count = countByC_S(companyId, status);

		if (count == 0) {
			return null;
		}

		List<SurveyInvitation> list = findByC_S(
			companyId, status, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the survey invitations before and after the current survey invitation in the ordered set where companyId = &#63; and status = &#63;.
	 *
	 * @param surveyInvitationId the primary key of the current survey invitation
	 * @param companyId the company ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next survey invitation
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	@Override
	public SurveyInvitation[] findByC_S_PrevAndNext(
			long surveyInvitationId, long companyId, int status,
			OrderByComparator<SurveyInvitation> orderByComparator)
		throws NoSuchSurveyInvitationException {

		SurveyInvitation surveyInvitation = findByPrimaryKey(
			surveyInvitationId);

		Session session = null;

		try {
			session = openSession();

			SurveyInvitation[] array = new SurveyInvitationImpl[3];

			array[0] = getByC_S_PrevAndNext(
				session, surveyInvitation, companyId, status, orderByComparator,
				true);

			array[1] = surveyInvitation;

			array[2] = getByC_S_PrevAndNext(
				session, surveyInvitation, companyId, status, orderByComparator,
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

	protected SurveyInvitation getByC_S_PrevAndNext(
		Session session, SurveyInvitation surveyInvitation, long companyId,
		int status, OrderByComparator<SurveyInvitation> orderByComparator,
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

		sb.append(_SQL_SELECT_SURVEYINVITATION_WHERE);

		sb.append(_FINDER_COLUMN_C_S_COMPANYID_2);

		sb.append(_FINDER_COLUMN_C_S_STATUS_2);

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
			sb.append(SurveyInvitationModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		queryPos.add(status);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						surveyInvitation)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<SurveyInvitation> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the survey invitations where companyId = &#63; and status = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 */
	@Override
	public void removeByC_S(long companyId, int status) {
		for (SurveyInvitation surveyInvitation :
				findByC_S(
					companyId, status, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(surveyInvitation);
		}
	}

	/**
	 * Returns the number of survey invitations where companyId = &#63; and status = &#63;.
	 *
	 * @param companyId the company ID
	 * @param status the status
	 * @return the number of matching survey invitations
	 */
	@Override
	public int countByC_S(long companyId, int status) {
		FinderPath finderPath = _finderPathCountByC_S;

		Object[] finderArgs = new Object[] {companyId, status};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_SURVEYINVITATION_WHERE);

			sb.append(_FINDER_COLUMN_C_S_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_S_STATUS_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(status);

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

	private static final String _FINDER_COLUMN_C_S_COMPANYID_2 =
		"surveyInvitation.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_S_STATUS_2 =
		"surveyInvitation.status = ?";

	public SurveyInvitationPersistenceImpl() {
		setModelClass(SurveyInvitation.class);

		setModelImplClass(SurveyInvitationImpl.class);
		setModelPKClass(long.class);

		setTable(SurveyInvitationTable.INSTANCE);
	}

	/**
	 * Caches the survey invitation in the entity cache if it is enabled.
	 *
	 * @param surveyInvitation the survey invitation
	 */
	@Override
	public void cacheResult(SurveyInvitation surveyInvitation) {
		entityCache.putResult(
			SurveyInvitationImpl.class, surveyInvitation.getPrimaryKey(),
			surveyInvitation);

		finderCache.putResult(
			_finderPathFetchByD_R,
			new Object[] {
				surveyInvitation.getSurveyDispatchId(),
				surveyInvitation.getRegistrationId()
			},
			surveyInvitation);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the survey invitations in the entity cache if it is enabled.
	 *
	 * @param surveyInvitations the survey invitations
	 */
	@Override
	public void cacheResult(List<SurveyInvitation> surveyInvitations) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (surveyInvitations.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (SurveyInvitation surveyInvitation : surveyInvitations) {
			if (entityCache.getResult(
					SurveyInvitationImpl.class,
					surveyInvitation.getPrimaryKey()) == null) {

				cacheResult(surveyInvitation);
			}
		}
	}

	/**
	 * Clears the cache for all survey invitations.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(SurveyInvitationImpl.class);

		finderCache.clearCache(SurveyInvitationImpl.class);
	}

	/**
	 * Clears the cache for the survey invitation.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(SurveyInvitation surveyInvitation) {
		entityCache.removeResult(SurveyInvitationImpl.class, surveyInvitation);
	}

	@Override
	public void clearCache(List<SurveyInvitation> surveyInvitations) {
		for (SurveyInvitation surveyInvitation : surveyInvitations) {
			entityCache.removeResult(
				SurveyInvitationImpl.class, surveyInvitation);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(SurveyInvitationImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(SurveyInvitationImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		SurveyInvitationModelImpl surveyInvitationModelImpl) {

		Object[] args = new Object[] {
			surveyInvitationModelImpl.getSurveyDispatchId(),
			surveyInvitationModelImpl.getRegistrationId()
		};

		finderCache.putResult(_finderPathCountByD_R, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByD_R, args, surveyInvitationModelImpl);
	}

	/**
	 * Creates a new survey invitation with the primary key. Does not add the survey invitation to the database.
	 *
	 * @param surveyInvitationId the primary key for the new survey invitation
	 * @return the new survey invitation
	 */
	@Override
	public SurveyInvitation create(long surveyInvitationId) {
		SurveyInvitation surveyInvitation = new SurveyInvitationImpl();

		surveyInvitation.setNew(true);
		surveyInvitation.setPrimaryKey(surveyInvitationId);

		surveyInvitation.setCompanyId(CompanyThreadLocal.getCompanyId());

		return surveyInvitation;
	}

	/**
	 * Removes the survey invitation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param surveyInvitationId the primary key of the survey invitation
	 * @return the survey invitation that was removed
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	@Override
	public SurveyInvitation remove(long surveyInvitationId)
		throws NoSuchSurveyInvitationException {

		return remove((Serializable)surveyInvitationId);
	}

	/**
	 * Removes the survey invitation with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the survey invitation
	 * @return the survey invitation that was removed
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	@Override
	public SurveyInvitation remove(Serializable primaryKey)
		throws NoSuchSurveyInvitationException {

		Session session = null;

		try {
			session = openSession();

			SurveyInvitation surveyInvitation = (SurveyInvitation)session.get(
				SurveyInvitationImpl.class, primaryKey);

			if (surveyInvitation == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchSurveyInvitationException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(surveyInvitation);
		}
		catch (NoSuchSurveyInvitationException noSuchEntityException) {
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
	protected SurveyInvitation removeImpl(SurveyInvitation surveyInvitation) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(surveyInvitation)) {
				surveyInvitation = (SurveyInvitation)session.get(
					SurveyInvitationImpl.class,
					surveyInvitation.getPrimaryKeyObj());
			}

			if (surveyInvitation != null) {
				session.delete(surveyInvitation);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (surveyInvitation != null) {
			clearCache(surveyInvitation);
		}

		return surveyInvitation;
	}

	@Override
	public SurveyInvitation updateImpl(SurveyInvitation surveyInvitation) {
		boolean isNew = surveyInvitation.isNew();

		if (!(surveyInvitation instanceof SurveyInvitationModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(surveyInvitation.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					surveyInvitation);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in surveyInvitation proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom SurveyInvitation implementation " +
					surveyInvitation.getClass());
		}

		SurveyInvitationModelImpl surveyInvitationModelImpl =
			(SurveyInvitationModelImpl)surveyInvitation;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(surveyInvitation);
			}
			else {
				surveyInvitation = (SurveyInvitation)session.merge(
					surveyInvitation);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			SurveyInvitationImpl.class, surveyInvitationModelImpl, false, true);

		cacheUniqueFindersCache(surveyInvitationModelImpl);

		if (isNew) {
			surveyInvitation.setNew(false);
		}

		surveyInvitation.resetOriginalValues();

		return surveyInvitation;
	}

	/**
	 * Returns the survey invitation with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the survey invitation
	 * @return the survey invitation
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	@Override
	public SurveyInvitation findByPrimaryKey(Serializable primaryKey)
		throws NoSuchSurveyInvitationException {

		SurveyInvitation surveyInvitation = fetchByPrimaryKey(primaryKey);

		if (surveyInvitation == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchSurveyInvitationException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return surveyInvitation;
	}

	/**
	 * Returns the survey invitation with the primary key or throws a <code>NoSuchSurveyInvitationException</code> if it could not be found.
	 *
	 * @param surveyInvitationId the primary key of the survey invitation
	 * @return the survey invitation
	 * @throws NoSuchSurveyInvitationException if a survey invitation with the primary key could not be found
	 */
	@Override
	public SurveyInvitation findByPrimaryKey(long surveyInvitationId)
		throws NoSuchSurveyInvitationException {

		return findByPrimaryKey((Serializable)surveyInvitationId);
	}

	/**
	 * Returns the survey invitation with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param surveyInvitationId the primary key of the survey invitation
	 * @return the survey invitation, or <code>null</code> if a survey invitation with the primary key could not be found
	 */
	@Override
	public SurveyInvitation fetchByPrimaryKey(long surveyInvitationId) {
		return fetchByPrimaryKey((Serializable)surveyInvitationId);
	}

	/**
	 * Returns all the survey invitations.
	 *
	 * @return the survey invitations
	 */
	@Override
	public List<SurveyInvitation> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the survey invitations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @return the range of survey invitations
	 */
	@Override
	public List<SurveyInvitation> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the survey invitations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of survey invitations
	 */
	@Override
	public List<SurveyInvitation> findAll(
		int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the survey invitations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>SurveyInvitationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey invitations
	 * @param end the upper bound of the range of survey invitations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of survey invitations
	 */
	@Override
	public List<SurveyInvitation> findAll(
		int start, int end,
		OrderByComparator<SurveyInvitation> orderByComparator,
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

		List<SurveyInvitation> list = null;

		if (useFinderCache) {
			list = (List<SurveyInvitation>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_SURVEYINVITATION);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_SURVEYINVITATION;

				sql = sql.concat(SurveyInvitationModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<SurveyInvitation>)QueryUtil.list(
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
	 * Removes all the survey invitations from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (SurveyInvitation surveyInvitation : findAll()) {
			remove(surveyInvitation);
		}
	}

	/**
	 * Returns the number of survey invitations.
	 *
	 * @return the number of survey invitations
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_SURVEYINVITATION);

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
		return "surveyInvitationId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_SURVEYINVITATION;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return SurveyInvitationModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the survey invitation persistence.
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

		_finderPathFetchByD_R = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByD_R",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"surveyDispatchId", "registrationId"}, true);

		_finderPathCountByD_R = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByD_R",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"surveyDispatchId", "registrationId"}, false);

		_finderPathWithPaginationFindByU_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByU_S",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"userId", "status"}, true);

		_finderPathWithoutPaginationFindByU_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByU_S",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"userId", "status"}, true);

		_finderPathCountByU_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByU_S",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"userId", "status"}, false);

		_finderPathWithPaginationFindByD_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByD_S",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"surveyDispatchId", "status"}, true);

		_finderPathWithoutPaginationFindByD_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByD_S",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"surveyDispatchId", "status"}, true);

		_finderPathCountByD_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByD_S",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"surveyDispatchId", "status"}, false);

		_finderPathWithPaginationFindByC_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByC_S",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"companyId", "status"}, true);

		_finderPathWithoutPaginationFindByC_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByC_S",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"companyId", "status"}, true);

		_finderPathCountByC_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC_S",
			new String[] {Long.class.getName(), Integer.class.getName()},
			new String[] {"companyId", "status"}, false);

		SurveyInvitationUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		SurveyInvitationUtil.setPersistence(null);

		entityCache.removeCache(SurveyInvitationImpl.class.getName());
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

	private static final String _SQL_SELECT_SURVEYINVITATION =
		"SELECT surveyInvitation FROM SurveyInvitation surveyInvitation";

	private static final String _SQL_SELECT_SURVEYINVITATION_WHERE =
		"SELECT surveyInvitation FROM SurveyInvitation surveyInvitation WHERE ";

	private static final String _SQL_COUNT_SURVEYINVITATION =
		"SELECT COUNT(surveyInvitation) FROM SurveyInvitation surveyInvitation";

	private static final String _SQL_COUNT_SURVEYINVITATION_WHERE =
		"SELECT COUNT(surveyInvitation) FROM SurveyInvitation surveyInvitation WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "surveyInvitation.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No SurveyInvitation exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No SurveyInvitation exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		SurveyInvitationPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}