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

import se.livsviktig.careprogram.exception.NoSuchCareProgramContactException;
import se.livsviktig.careprogram.model.CareProgramContact;
import se.livsviktig.careprogram.model.CareProgramContactTable;
import se.livsviktig.careprogram.model.impl.CareProgramContactImpl;
import se.livsviktig.careprogram.model.impl.CareProgramContactModelImpl;
import se.livsviktig.careprogram.service.persistence.CareProgramContactPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramContactUtil;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;

/**
 * The persistence implementation for the care program contact service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = CareProgramContactPersistence.class)
public class CareProgramContactPersistenceImpl
	extends BasePersistenceImpl<CareProgramContact>
	implements CareProgramContactPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>CareProgramContactUtil</code> to access the care program contact persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		CareProgramContactImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathFetchByP_U;
	private FinderPath _finderPathCountByP_U;

	/**
	 * Returns the care program contact where careProgramId = &#63; and userId = &#63; or throws a <code>NoSuchCareProgramContactException</code> if it could not be found.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @return the matching care program contact
	 * @throws NoSuchCareProgramContactException if a matching care program contact could not be found
	 */
	@Override
	public CareProgramContact findByP_U(long careProgramId, long userId)
		throws NoSuchCareProgramContactException {

		CareProgramContact careProgramContact = fetchByP_U(
			careProgramId, userId);

		if (careProgramContact == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("careProgramId=");
			sb.append(careProgramId);

			sb.append(", userId=");
			sb.append(userId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchCareProgramContactException(sb.toString());
		}

		return careProgramContact;
	}

	/**
	 * Returns the care program contact where careProgramId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @return the matching care program contact, or <code>null</code> if a matching care program contact could not be found
	 */
	@Override
	public CareProgramContact fetchByP_U(long careProgramId, long userId) {
		return fetchByP_U(careProgramId, userId, true);
	}

	/**
	 * Returns the care program contact where careProgramId = &#63; and userId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching care program contact, or <code>null</code> if a matching care program contact could not be found
	 */
	@Override
	public CareProgramContact fetchByP_U(
		long careProgramId, long userId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {careProgramId, userId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByP_U, finderArgs, this);
		}

		if (result instanceof CareProgramContact) {
			CareProgramContact careProgramContact = (CareProgramContact)result;

			if ((careProgramId != careProgramContact.getCareProgramId()) ||
				(userId != careProgramContact.getUserId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_CAREPROGRAMCONTACT_WHERE);

			sb.append(_FINDER_COLUMN_P_U_CAREPROGRAMID_2);

			sb.append(_FINDER_COLUMN_P_U_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

				queryPos.add(userId);

				List<CareProgramContact> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByP_U, finderArgs, list);
					}
				}
				else {
					CareProgramContact careProgramContact = list.get(0);

					result = careProgramContact;

					cacheResult(careProgramContact);
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
			return (CareProgramContact)result;
		}
	}

	/**
	 * Removes the care program contact where careProgramId = &#63; and userId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @return the care program contact that was removed
	 */
	@Override
	public CareProgramContact removeByP_U(long careProgramId, long userId)
		throws NoSuchCareProgramContactException {

		CareProgramContact careProgramContact = findByP_U(
			careProgramId, userId);

		return remove(careProgramContact);
	}

	/**
	 * Returns the number of care program contacts where careProgramId = &#63; and userId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param userId the user ID
	 * @return the number of matching care program contacts
	 */
	@Override
	public int countByP_U(long careProgramId, long userId) {
		FinderPath finderPath = _finderPathCountByP_U;

		Object[] finderArgs = new Object[] {careProgramId, userId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_CAREPROGRAMCONTACT_WHERE);

			sb.append(_FINDER_COLUMN_P_U_CAREPROGRAMID_2);

			sb.append(_FINDER_COLUMN_P_U_USERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

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

	private static final String _FINDER_COLUMN_P_U_CAREPROGRAMID_2 =
		"careProgramContact.careProgramId = ? AND ";

	private static final String _FINDER_COLUMN_P_U_USERID_2 =
		"careProgramContact.userId = ?";

	private FinderPath _finderPathWithPaginationFindByCareProgramId;
	private FinderPath _finderPathWithoutPaginationFindByCareProgramId;
	private FinderPath _finderPathCountByCareProgramId;

	/**
	 * Returns all the care program contacts where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching care program contacts
	 */
	@Override
	public List<CareProgramContact> findByCareProgramId(long careProgramId) {
		return findByCareProgramId(
			careProgramId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care program contacts where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramContactModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program contacts
	 * @param end the upper bound of the range of care program contacts (not inclusive)
	 * @return the range of matching care program contacts
	 */
	@Override
	public List<CareProgramContact> findByCareProgramId(
		long careProgramId, int start, int end) {

		return findByCareProgramId(careProgramId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the care program contacts where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramContactModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program contacts
	 * @param end the upper bound of the range of care program contacts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care program contacts
	 */
	@Override
	public List<CareProgramContact> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<CareProgramContact> orderByComparator) {

		return findByCareProgramId(
			careProgramId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care program contacts where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramContactModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program contacts
	 * @param end the upper bound of the range of care program contacts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care program contacts
	 */
	@Override
	public List<CareProgramContact> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<CareProgramContact> orderByComparator,
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

		List<CareProgramContact> list = null;

		if (useFinderCache) {
			list = (List<CareProgramContact>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CareProgramContact careProgramContact : list) {
					if (careProgramId !=
							careProgramContact.getCareProgramId()) {

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

			sb.append(_SQL_SELECT_CAREPROGRAMCONTACT_WHERE);

			sb.append(_FINDER_COLUMN_CAREPROGRAMID_CAREPROGRAMID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CareProgramContactModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

				list = (List<CareProgramContact>)QueryUtil.list(
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
	 * Returns the first care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program contact
	 * @throws NoSuchCareProgramContactException if a matching care program contact could not be found
	 */
	@Override
	public CareProgramContact findByCareProgramId_First(
			long careProgramId,
			OrderByComparator<CareProgramContact> orderByComparator)
		throws NoSuchCareProgramContactException {

		CareProgramContact careProgramContact = fetchByCareProgramId_First(
			careProgramId, orderByComparator);

		if (careProgramContact != null) {
			return careProgramContact;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("careProgramId=");
		sb.append(careProgramId);

		sb.append("}");

		throw new NoSuchCareProgramContactException(sb.toString());
	}

	/**
	 * Returns the first care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program contact, or <code>null</code> if a matching care program contact could not be found
	 */
	@Override
	public CareProgramContact fetchByCareProgramId_First(
		long careProgramId,
		OrderByComparator<CareProgramContact> orderByComparator) {

		List<CareProgramContact> list = findByCareProgramId(
			careProgramId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program contact
	 * @throws NoSuchCareProgramContactException if a matching care program contact could not be found
	 */
	@Override
	public CareProgramContact findByCareProgramId_Last(
			long careProgramId,
			OrderByComparator<CareProgramContact> orderByComparator)
		throws NoSuchCareProgramContactException {

		CareProgramContact careProgramContact = fetchByCareProgramId_Last(
			careProgramId, orderByComparator);

		if (careProgramContact != null) {
			return careProgramContact;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("careProgramId=");
		sb.append(careProgramId);

		sb.append("}");

		throw new NoSuchCareProgramContactException(sb.toString());
	}

	/**
	 * Returns the last care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program contact, or <code>null</code> if a matching care program contact could not be found
	 */
	@Override
	public CareProgramContact fetchByCareProgramId_Last(
		long careProgramId,
		OrderByComparator<CareProgramContact> orderByComparator) {

		int count = countByCareProgramId(careProgramId);

		if (count == 0) {
			return null;
		}

		List<CareProgramContact> list = findByCareProgramId(
			careProgramId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the care program contacts before and after the current care program contact in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramContactId the primary key of the current care program contact
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program contact
	 * @throws NoSuchCareProgramContactException if a care program contact with the primary key could not be found
	 */
	@Override
	public CareProgramContact[] findByCareProgramId_PrevAndNext(
			long careProgramContactId, long careProgramId,
			OrderByComparator<CareProgramContact> orderByComparator)
		throws NoSuchCareProgramContactException {

		CareProgramContact careProgramContact = findByPrimaryKey(
			careProgramContactId);

		Session session = null;

		try {
			session = openSession();

			CareProgramContact[] array = new CareProgramContactImpl[3];

			array[0] = getByCareProgramId_PrevAndNext(
				session, careProgramContact, careProgramId, orderByComparator,
				true);

			array[1] = careProgramContact;

			array[2] = getByCareProgramId_PrevAndNext(
				session, careProgramContact, careProgramId, orderByComparator,
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

	protected CareProgramContact getByCareProgramId_PrevAndNext(
		Session session, CareProgramContact careProgramContact,
		long careProgramId,
		OrderByComparator<CareProgramContact> orderByComparator,
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

		sb.append(_SQL_SELECT_CAREPROGRAMCONTACT_WHERE);

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
			sb.append(CareProgramContactModelImpl.ORDER_BY_JPQL);
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
						careProgramContact)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CareProgramContact> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the care program contacts where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	@Override
	public void removeByCareProgramId(long careProgramId) {
		for (CareProgramContact careProgramContact :
				findByCareProgramId(
					careProgramId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(careProgramContact);
		}
	}

	/**
	 * Returns the number of care program contacts where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching care program contacts
	 */
	@Override
	public int countByCareProgramId(long careProgramId) {
		FinderPath finderPath = _finderPathCountByCareProgramId;

		Object[] finderArgs = new Object[] {careProgramId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CAREPROGRAMCONTACT_WHERE);

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
		"careProgramContact.careProgramId = ?";

	public CareProgramContactPersistenceImpl() {
		setModelClass(CareProgramContact.class);

		setModelImplClass(CareProgramContactImpl.class);
		setModelPKClass(long.class);

		setTable(CareProgramContactTable.INSTANCE);
	}

	/**
	 * Caches the care program contact in the entity cache if it is enabled.
	 *
	 * @param careProgramContact the care program contact
	 */
	@Override
	public void cacheResult(CareProgramContact careProgramContact) {
		entityCache.putResult(
			CareProgramContactImpl.class, careProgramContact.getPrimaryKey(),
			careProgramContact);

		finderCache.putResult(
			_finderPathFetchByP_U,
			new Object[] {
				careProgramContact.getCareProgramId(),
				careProgramContact.getUserId()
			},
			careProgramContact);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the care program contacts in the entity cache if it is enabled.
	 *
	 * @param careProgramContacts the care program contacts
	 */
	@Override
	public void cacheResult(List<CareProgramContact> careProgramContacts) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (careProgramContacts.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (CareProgramContact careProgramContact : careProgramContacts) {
			if (entityCache.getResult(
					CareProgramContactImpl.class,
					careProgramContact.getPrimaryKey()) == null) {

				cacheResult(careProgramContact);
			}
		}
	}

	/**
	 * Clears the cache for all care program contacts.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(CareProgramContactImpl.class);

		finderCache.clearCache(CareProgramContactImpl.class);
	}

	/**
	 * Clears the cache for the care program contact.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(CareProgramContact careProgramContact) {
		entityCache.removeResult(
			CareProgramContactImpl.class, careProgramContact);
	}

	@Override
	public void clearCache(List<CareProgramContact> careProgramContacts) {
		for (CareProgramContact careProgramContact : careProgramContacts) {
			entityCache.removeResult(
				CareProgramContactImpl.class, careProgramContact);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(CareProgramContactImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(CareProgramContactImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		CareProgramContactModelImpl careProgramContactModelImpl) {

		Object[] args = new Object[] {
			careProgramContactModelImpl.getCareProgramId(),
			careProgramContactModelImpl.getUserId()
		};

		finderCache.putResult(_finderPathCountByP_U, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByP_U, args, careProgramContactModelImpl);
	}

	/**
	 * Creates a new care program contact with the primary key. Does not add the care program contact to the database.
	 *
	 * @param careProgramContactId the primary key for the new care program contact
	 * @return the new care program contact
	 */
	@Override
	public CareProgramContact create(long careProgramContactId) {
		CareProgramContact careProgramContact = new CareProgramContactImpl();

		careProgramContact.setNew(true);
		careProgramContact.setPrimaryKey(careProgramContactId);

		careProgramContact.setCompanyId(CompanyThreadLocal.getCompanyId());

		return careProgramContact;
	}

	/**
	 * Removes the care program contact with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param careProgramContactId the primary key of the care program contact
	 * @return the care program contact that was removed
	 * @throws NoSuchCareProgramContactException if a care program contact with the primary key could not be found
	 */
	@Override
	public CareProgramContact remove(long careProgramContactId)
		throws NoSuchCareProgramContactException {

		return remove((Serializable)careProgramContactId);
	}

	/**
	 * Removes the care program contact with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the care program contact
	 * @return the care program contact that was removed
	 * @throws NoSuchCareProgramContactException if a care program contact with the primary key could not be found
	 */
	@Override
	public CareProgramContact remove(Serializable primaryKey)
		throws NoSuchCareProgramContactException {

		Session session = null;

		try {
			session = openSession();

			CareProgramContact careProgramContact =
				(CareProgramContact)session.get(
					CareProgramContactImpl.class, primaryKey);

			if (careProgramContact == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchCareProgramContactException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(careProgramContact);
		}
		catch (NoSuchCareProgramContactException noSuchEntityException) {
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
	protected CareProgramContact removeImpl(
		CareProgramContact careProgramContact) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(careProgramContact)) {
				careProgramContact = (CareProgramContact)session.get(
					CareProgramContactImpl.class,
					careProgramContact.getPrimaryKeyObj());
			}

			if (careProgramContact != null) {
				session.delete(careProgramContact);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (careProgramContact != null) {
			clearCache(careProgramContact);
		}

		return careProgramContact;
	}

	@Override
	public CareProgramContact updateImpl(
		CareProgramContact careProgramContact) {

		boolean isNew = careProgramContact.isNew();

		if (!(careProgramContact instanceof CareProgramContactModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(careProgramContact.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					careProgramContact);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in careProgramContact proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom CareProgramContact implementation " +
					careProgramContact.getClass());
		}

		CareProgramContactModelImpl careProgramContactModelImpl =
			(CareProgramContactModelImpl)careProgramContact;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(careProgramContact);
			}
			else {
				careProgramContact = (CareProgramContact)session.merge(
					careProgramContact);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			CareProgramContactImpl.class, careProgramContactModelImpl, false,
			true);

		cacheUniqueFindersCache(careProgramContactModelImpl);

		if (isNew) {
			careProgramContact.setNew(false);
		}

		careProgramContact.resetOriginalValues();

		return careProgramContact;
	}

	/**
	 * Returns the care program contact with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the care program contact
	 * @return the care program contact
	 * @throws NoSuchCareProgramContactException if a care program contact with the primary key could not be found
	 */
	@Override
	public CareProgramContact findByPrimaryKey(Serializable primaryKey)
		throws NoSuchCareProgramContactException {

		CareProgramContact careProgramContact = fetchByPrimaryKey(primaryKey);

		if (careProgramContact == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchCareProgramContactException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return careProgramContact;
	}

	/**
	 * Returns the care program contact with the primary key or throws a <code>NoSuchCareProgramContactException</code> if it could not be found.
	 *
	 * @param careProgramContactId the primary key of the care program contact
	 * @return the care program contact
	 * @throws NoSuchCareProgramContactException if a care program contact with the primary key could not be found
	 */
	@Override
	public CareProgramContact findByPrimaryKey(long careProgramContactId)
		throws NoSuchCareProgramContactException {

		return findByPrimaryKey((Serializable)careProgramContactId);
	}

	/**
	 * Returns the care program contact with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param careProgramContactId the primary key of the care program contact
	 * @return the care program contact, or <code>null</code> if a care program contact with the primary key could not be found
	 */
	@Override
	public CareProgramContact fetchByPrimaryKey(long careProgramContactId) {
		return fetchByPrimaryKey((Serializable)careProgramContactId);
	}

	/**
	 * Returns all the care program contacts.
	 *
	 * @return the care program contacts
	 */
	@Override
	public List<CareProgramContact> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care program contacts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramContactModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program contacts
	 * @param end the upper bound of the range of care program contacts (not inclusive)
	 * @return the range of care program contacts
	 */
	@Override
	public List<CareProgramContact> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the care program contacts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramContactModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program contacts
	 * @param end the upper bound of the range of care program contacts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of care program contacts
	 */
	@Override
	public List<CareProgramContact> findAll(
		int start, int end,
		OrderByComparator<CareProgramContact> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care program contacts.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramContactModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program contacts
	 * @param end the upper bound of the range of care program contacts (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of care program contacts
	 */
	@Override
	public List<CareProgramContact> findAll(
		int start, int end,
		OrderByComparator<CareProgramContact> orderByComparator,
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

		List<CareProgramContact> list = null;

		if (useFinderCache) {
			list = (List<CareProgramContact>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_CAREPROGRAMCONTACT);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_CAREPROGRAMCONTACT;

				sql = sql.concat(CareProgramContactModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<CareProgramContact>)QueryUtil.list(
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
	 * Removes all the care program contacts from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (CareProgramContact careProgramContact : findAll()) {
			remove(careProgramContact);
		}
	}

	/**
	 * Returns the number of care program contacts.
	 *
	 * @return the number of care program contacts
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
					_SQL_COUNT_CAREPROGRAMCONTACT);

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
		return "careProgramContactId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_CAREPROGRAMCONTACT;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return CareProgramContactModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the care program contact persistence.
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

		_finderPathFetchByP_U = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByP_U",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"careProgramId", "userId"}, true);

		_finderPathCountByP_U = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByP_U",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"careProgramId", "userId"}, false);

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

		CareProgramContactUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		CareProgramContactUtil.setPersistence(null);

		entityCache.removeCache(CareProgramContactImpl.class.getName());
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

	private static final String _SQL_SELECT_CAREPROGRAMCONTACT =
		"SELECT careProgramContact FROM CareProgramContact careProgramContact";

	private static final String _SQL_SELECT_CAREPROGRAMCONTACT_WHERE =
		"SELECT careProgramContact FROM CareProgramContact careProgramContact WHERE ";

	private static final String _SQL_COUNT_CAREPROGRAMCONTACT =
		"SELECT COUNT(careProgramContact) FROM CareProgramContact careProgramContact";

	private static final String _SQL_COUNT_CAREPROGRAMCONTACT_WHERE =
		"SELECT COUNT(careProgramContact) FROM CareProgramContact careProgramContact WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "careProgramContact.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No CareProgramContact exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No CareProgramContact exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		CareProgramContactPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}