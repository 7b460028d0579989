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

import se.livsviktig.careprogram.exception.NoSuchCareProgramMethodException;
import se.livsviktig.careprogram.model.CareProgramMethod;
import se.livsviktig.careprogram.model.CareProgramMethodTable;
import se.livsviktig.careprogram.model.impl.CareProgramMethodImpl;
import se.livsviktig.careprogram.model.impl.CareProgramMethodModelImpl;
import se.livsviktig.careprogram.service.persistence.CareProgramMethodPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramMethodUtil;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;

/**
 * The persistence implementation for the care program method service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = CareProgramMethodPersistence.class)
public class CareProgramMethodPersistenceImpl
	extends BasePersistenceImpl<CareProgramMethod>
	implements CareProgramMethodPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>CareProgramMethodUtil</code> to access the care program method persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		CareProgramMethodImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathFetchByP_M;
	private FinderPath _finderPathCountByP_M;

	/**
	 * Returns the care program method where careProgramId = &#63; and methodId = &#63; or throws a <code>NoSuchCareProgramMethodException</code> if it could not be found.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @return the matching care program method
	 * @throws NoSuchCareProgramMethodException if a matching care program method could not be found
	 */
	@Override
	public CareProgramMethod findByP_M(long careProgramId, long methodId)
		throws NoSuchCareProgramMethodException {

		CareProgramMethod careProgramMethod = fetchByP_M(
			careProgramId, methodId);

		if (careProgramMethod == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("careProgramId=");
			sb.append(careProgramId);

			sb.append(", methodId=");
			sb.append(methodId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchCareProgramMethodException(sb.toString());
		}

		return careProgramMethod;
	}

	/**
	 * Returns the care program method where careProgramId = &#63; and methodId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @return the matching care program method, or <code>null</code> if a matching care program method could not be found
	 */
	@Override
	public CareProgramMethod fetchByP_M(long careProgramId, long methodId) {
		return fetchByP_M(careProgramId, methodId, true);
	}

	/**
	 * Returns the care program method where careProgramId = &#63; and methodId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching care program method, or <code>null</code> if a matching care program method could not be found
	 */
	@Override
	public CareProgramMethod fetchByP_M(
		long careProgramId, long methodId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {careProgramId, methodId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByP_M, finderArgs, this);
		}

		if (result instanceof CareProgramMethod) {
			CareProgramMethod careProgramMethod = (CareProgramMethod)result;

			if ((careProgramId != careProgramMethod.getCareProgramId()) ||
				(methodId != careProgramMethod.getMethodId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_CAREPROGRAMMETHOD_WHERE);

			sb.append(_FINDER_COLUMN_P_M_CAREPROGRAMID_2);

			sb.append(_FINDER_COLUMN_P_M_METHODID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

				queryPos.add(methodId);

				List<CareProgramMethod> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByP_M, finderArgs, list);
					}
				}
				else {
					CareProgramMethod careProgramMethod = list.get(0);

					result = careProgramMethod;

					cacheResult(careProgramMethod);
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
			return (CareProgramMethod)result;
		}
	}

	/**
	 * Removes the care program method where careProgramId = &#63; and methodId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @return the care program method that was removed
	 */
	@Override
	public CareProgramMethod removeByP_M(long careProgramId, long methodId)
		throws NoSuchCareProgramMethodException {

		CareProgramMethod careProgramMethod = findByP_M(
			careProgramId, methodId);

		return remove(careProgramMethod);
	}

	/**
	 * Returns the number of care program methods where careProgramId = &#63; and methodId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param methodId the method ID
	 * @return the number of matching care program methods
	 */
	@Override
	public int countByP_M(long careProgramId, long methodId) {
		FinderPath finderPath = _finderPathCountByP_M;

		Object[] finderArgs = new Object[] {careProgramId, methodId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_CAREPROGRAMMETHOD_WHERE);

			sb.append(_FINDER_COLUMN_P_M_CAREPROGRAMID_2);

			sb.append(_FINDER_COLUMN_P_M_METHODID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

				queryPos.add(methodId);

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

	private static final String _FINDER_COLUMN_P_M_CAREPROGRAMID_2 =
		"careProgramMethod.careProgramId = ? AND ";

	private static final String _FINDER_COLUMN_P_M_METHODID_2 =
		"careProgramMethod.methodId = ?";

	private FinderPath _finderPathWithPaginationFindByCareProgramId;
	private FinderPath _finderPathWithoutPaginationFindByCareProgramId;
	private FinderPath _finderPathCountByCareProgramId;

	/**
	 * Returns all the care program methods where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching care program methods
	 */
	@Override
	public List<CareProgramMethod> findByCareProgramId(long careProgramId) {
		return findByCareProgramId(
			careProgramId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care program methods where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramMethodModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program methods
	 * @param end the upper bound of the range of care program methods (not inclusive)
	 * @return the range of matching care program methods
	 */
	@Override
	public List<CareProgramMethod> findByCareProgramId(
		long careProgramId, int start, int end) {

		return findByCareProgramId(careProgramId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the care program methods where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramMethodModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program methods
	 * @param end the upper bound of the range of care program methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care program methods
	 */
	@Override
	public List<CareProgramMethod> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<CareProgramMethod> orderByComparator) {

		return findByCareProgramId(
			careProgramId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care program methods where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramMethodModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program methods
	 * @param end the upper bound of the range of care program methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care program methods
	 */
	@Override
	public List<CareProgramMethod> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<CareProgramMethod> orderByComparator,
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

		List<CareProgramMethod> list = null;

		if (useFinderCache) {
			list = (List<CareProgramMethod>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CareProgramMethod careProgramMethod : list) {
					if (careProgramId != careProgramMethod.getCareProgramId()) {
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

			sb.append(_SQL_SELECT_CAREPROGRAMMETHOD_WHERE);

			sb.append(_FINDER_COLUMN_CAREPROGRAMID_CAREPROGRAMID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CareProgramMethodModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

				list = (List<CareProgramMethod>)QueryUtil.list(
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
	 * Returns the first care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program method
	 * @throws NoSuchCareProgramMethodException if a matching care program method could not be found
	 */
	@Override
	public CareProgramMethod findByCareProgramId_First(
			long careProgramId,
			OrderByComparator<CareProgramMethod> orderByComparator)
		throws NoSuchCareProgramMethodException {

		CareProgramMethod careProgramMethod = fetchByCareProgramId_First(
			careProgramId, orderByComparator);

		if (careProgramMethod != null) {
			return careProgramMethod;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("careProgramId=");
		sb.append(careProgramId);

		sb.append("}");

		throw new NoSuchCareProgramMethodException(sb.toString());
	}

	/**
	 * Returns the first care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program method, or <code>null</code> if a matching care program method could not be found
	 */
	@Override
	public CareProgramMethod fetchByCareProgramId_First(
		long careProgramId,
		OrderByComparator<CareProgramMethod> orderByComparator) {

		List<CareProgramMethod> list = findByCareProgramId(
			careProgramId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program method
	 * @throws NoSuchCareProgramMethodException if a matching care program method could not be found
	 */
	@Override
	public CareProgramMethod findByCareProgramId_Last(
			long careProgramId,
			OrderByComparator<CareProgramMethod> orderByComparator)
		throws NoSuchCareProgramMethodException {

		CareProgramMethod careProgramMethod = fetchByCareProgramId_Last(
			careProgramId, orderByComparator);

		if (careProgramMethod != null) {
			return careProgramMethod;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("careProgramId=");
		sb.append(careProgramId);

		sb.append("}");

		throw new NoSuchCareProgramMethodException(sb.toString());
	}

	/**
	 * Returns the last care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program method, or <code>null</code> if a matching care program method could not be found
	 */
	@Override
	public CareProgramMethod fetchByCareProgramId_Last(
		long careProgramId,
		OrderByComparator<CareProgramMethod> orderByComparator) {

		int count = countByCareProgramId(careProgramId);

		if (count == 0) {
			return null;
		}

		List<CareProgramMethod> list = findByCareProgramId(
			careProgramId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the care program methods before and after the current care program method in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramMethodId the primary key of the current care program method
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program method
	 * @throws NoSuchCareProgramMethodException if a care program method with the primary key could not be found
	 */
	@Override
	public CareProgramMethod[] findByCareProgramId_PrevAndNext(
			long careProgramMethodId, long careProgramId,
			OrderByComparator<CareProgramMethod> orderByComparator)
		throws NoSuchCareProgramMethodException {

		CareProgramMethod careProgramMethod = findByPrimaryKey(
			careProgramMethodId);

		Session session = null;

		try {
			session = openSession();

			CareProgramMethod[] array = new CareProgramMethodImpl[3];

			array[0] = getByCareProgramId_PrevAndNext(
				session, careProgramMethod, careProgramId, orderByComparator,
				true);

			array[1] = careProgramMethod;

			array[2] = getByCareProgramId_PrevAndNext(
				session, careProgramMethod, careProgramId, orderByComparator,
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

	protected CareProgramMethod getByCareProgramId_PrevAndNext(
		Session session, CareProgramMethod careProgramMethod,
		long careProgramId,
		OrderByComparator<CareProgramMethod> orderByComparator,
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

		sb.append(_SQL_SELECT_CAREPROGRAMMETHOD_WHERE);

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
			sb.append(CareProgramMethodModelImpl.ORDER_BY_JPQL);
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
						careProgramMethod)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CareProgramMethod> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the care program methods where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	@Override
	public void removeByCareProgramId(long careProgramId) {
		for (CareProgramMethod careProgramMethod :
				findByCareProgramId(
					careProgramId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(careProgramMethod);
		}
	}

	/**
	 * Returns the number of care program methods where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching care program methods
	 */
	@Override
	public int countByCareProgramId(long careProgramId) {
		FinderPath finderPath = _finderPathCountByCareProgramId;

		Object[] finderArgs = new Object[] {careProgramId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CAREPROGRAMMETHOD_WHERE);

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
		"careProgramMethod.careProgramId = ?";

	public CareProgramMethodPersistenceImpl() {
		setModelClass(CareProgramMethod.class);

		setModelImplClass(CareProgramMethodImpl.class);
		setModelPKClass(long.class);

		setTable(CareProgramMethodTable.INSTANCE);
	}

	/**
	 * Caches the care program method in the entity cache if it is enabled.
	 *
	 * @param careProgramMethod the care program method
	 */
	@Override
	public void cacheResult(CareProgramMethod careProgramMethod) {
		entityCache.putResult(
			CareProgramMethodImpl.class, careProgramMethod.getPrimaryKey(),
			careProgramMethod);

		finderCache.putResult(
			_finderPathFetchByP_M,
			new Object[] {
				careProgramMethod.getCareProgramId(),
				careProgramMethod.getMethodId()
			},
			careProgramMethod);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the care program methods in the entity cache if it is enabled.
	 *
	 * @param careProgramMethods the care program methods
	 */
	@Override
	public void cacheResult(List<CareProgramMethod> careProgramMethods) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (careProgramMethods.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (CareProgramMethod careProgramMethod : careProgramMethods) {
			if (entityCache.getResult(
					CareProgramMethodImpl.class,
					careProgramMethod.getPrimaryKey()) == null) {

				cacheResult(careProgramMethod);
			}
		}
	}

	/**
	 * Clears the cache for all care program methods.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(CareProgramMethodImpl.class);

		finderCache.clearCache(CareProgramMethodImpl.class);
	}

	/**
	 * Clears the cache for the care program method.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(CareProgramMethod careProgramMethod) {
		entityCache.removeResult(
			CareProgramMethodImpl.class, careProgramMethod);
	}

	@Override
	public void clearCache(List<CareProgramMethod> careProgramMethods) {
		for (CareProgramMethod careProgramMethod : careProgramMethods) {
			entityCache.removeResult(
				CareProgramMethodImpl.class, careProgramMethod);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(CareProgramMethodImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(CareProgramMethodImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		CareProgramMethodModelImpl careProgramMethodModelImpl) {

		Object[] args = new Object[] {
			careProgramMethodModelImpl.getCareProgramId(),
			careProgramMethodModelImpl.getMethodId()
		};

		finderCache.putResult(_finderPathCountByP_M, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByP_M, args, careProgramMethodModelImpl);
	}

	/**
	 * Creates a new care program method with the primary key. Does not add the care program method to the database.
	 *
	 * @param careProgramMethodId the primary key for the new care program method
	 * @return the new care program method
	 */
	@Override
	public CareProgramMethod create(long careProgramMethodId) {
		CareProgramMethod careProgramMethod = new CareProgramMethodImpl();

		careProgramMethod.setNew(true);
		careProgramMethod.setPrimaryKey(careProgramMethodId);

		careProgramMethod.setCompanyId(CompanyThreadLocal.getCompanyId());

		return careProgramMethod;
	}

	/**
	 * Removes the care program method with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param careProgramMethodId the primary key of the care program method
	 * @return the care program method that was removed
	 * @throws NoSuchCareProgramMethodException if a care program method with the primary key could not be found
	 */
	@Override
	public CareProgramMethod remove(long careProgramMethodId)
		throws NoSuchCareProgramMethodException {

		return remove((Serializable)careProgramMethodId);
	}

	/**
	 * Removes the care program method with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the care program method
	 * @return the care program method that was removed
	 * @throws NoSuchCareProgramMethodException if a care program method with the primary key could not be found
	 */
	@Override
	public CareProgramMethod remove(Serializable primaryKey)
		throws NoSuchCareProgramMethodException {

		Session session = null;

		try {
			session = openSession();

			CareProgramMethod careProgramMethod =
				(CareProgramMethod)session.get(
					CareProgramMethodImpl.class, primaryKey);

			if (careProgramMethod == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchCareProgramMethodException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(careProgramMethod);
		}
		catch (NoSuchCareProgramMethodException noSuchEntityException) {
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
	protected CareProgramMethod removeImpl(
		CareProgramMethod careProgramMethod) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(careProgramMethod)) {
				careProgramMethod = (CareProgramMethod)session.get(
					CareProgramMethodImpl.class,
					careProgramMethod.getPrimaryKeyObj());
			}

			if (careProgramMethod != null) {
				session.delete(careProgramMethod);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (careProgramMethod != null) {
			clearCache(careProgramMethod);
		}

		return careProgramMethod;
	}

	@Override
	public CareProgramMethod updateImpl(CareProgramMethod careProgramMethod) {
		boolean isNew = careProgramMethod.isNew();

		if (!(careProgramMethod instanceof CareProgramMethodModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(careProgramMethod.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					careProgramMethod);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in careProgramMethod proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom CareProgramMethod implementation " +
					careProgramMethod.getClass());
		}

		CareProgramMethodModelImpl careProgramMethodModelImpl =
			(CareProgramMethodModelImpl)careProgramMethod;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(careProgramMethod);
			}
			else {
				careProgramMethod = (CareProgramMethod)session.merge(
					careProgramMethod);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			CareProgramMethodImpl.class, careProgramMethodModelImpl, false,
			true);

		cacheUniqueFindersCache(careProgramMethodModelImpl);

		if (isNew) {
			careProgramMethod.setNew(false);
		}

		careProgramMethod.resetOriginalValues();

		return careProgramMethod;
	}

	/**
	 * Returns the care program method with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the care program method
	 * @return the care program method
	 * @throws NoSuchCareProgramMethodException if a care program method with the primary key could not be found
	 */
	@Override
	public CareProgramMethod findByPrimaryKey(Serializable primaryKey)
		throws NoSuchCareProgramMethodException {

		CareProgramMethod careProgramMethod = fetchByPrimaryKey(primaryKey);

		if (careProgramMethod == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchCareProgramMethodException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return careProgramMethod;
	}

	/**
	 * Returns the care program method with the primary key or throws a <code>NoSuchCareProgramMethodException</code> if it could not be found.
	 *
	 * @param careProgramMethodId the primary key of the care program method
	 * @return the care program method
	 * @throws NoSuchCareProgramMethodException if a care program method with the primary key could not be found
	 */
	@Override
	public CareProgramMethod findByPrimaryKey(long careProgramMethodId)
		throws NoSuchCareProgramMethodException {

		return findByPrimaryKey((Serializable)careProgramMethodId);
	}

	/**
	 * Returns the care program method with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param careProgramMethodId the primary key of the care program method
	 * @return the care program method, or <code>null</code> if a care program method with the primary key could not be found
	 */
	@Override
	public CareProgramMethod fetchByPrimaryKey(long careProgramMethodId) {
		return fetchByPrimaryKey((Serializable)careProgramMethodId);
	}

	/**
	 * Returns all the care program methods.
	 *
	 * @return the care program methods
	 */
	@Override
	public List<CareProgramMethod> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care program methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program methods
	 * @param end the upper bound of the range of care program methods (not inclusive)
	 * @return the range of care program methods
	 */
	@Override
	public List<CareProgramMethod> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the care program methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program methods
	 * @param end the upper bound of the range of care program methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of care program methods
	 */
	@Override
	public List<CareProgramMethod> findAll(
		int start, int end,
		OrderByComparator<CareProgramMethod> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care program methods.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramMethodModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program methods
	 * @param end the upper bound of the range of care program methods (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of care program methods
	 */
	@Override
	public List<CareProgramMethod> findAll(
		int start, int end,
		OrderByComparator<CareProgramMethod> orderByComparator,
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

		List<CareProgramMethod> list = null;

		if (useFinderCache) {
			list = (List<CareProgramMethod>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_CAREPROGRAMMETHOD);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_CAREPROGRAMMETHOD;

				sql = sql.concat(CareProgramMethodModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<CareProgramMethod>)QueryUtil.list(
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
	 * Removes all the care program methods from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (CareProgramMethod careProgramMethod : findAll()) {
			remove(careProgramMethod);
		}
	}

	/**
	 * Returns the number of care program methods.
	 *
	 * @return the number of care program methods
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_CAREPROGRAMMETHOD);

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
		return "careProgramMethodId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_CAREPROGRAMMETHOD;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return CareProgramMethodModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the care program method persistence.
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

		_finderPathFetchByP_M = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByP_M",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"careProgramId", "methodId"}, true);

		_finderPathCountByP_M = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByP_M",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"careProgramId", "methodId"}, false);

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

		CareProgramMethodUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		CareProgramMethodUtil.setPersistence(null);

		entityCache.removeCache(CareProgramMethodImpl.class.getName());
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

	private static final String _SQL_SELECT_CAREPROGRAMMETHOD =
		"SELECT careProgramMethod FROM CareProgramMethod careProgramMethod";

	private static final String _SQL_SELECT_CAREPROGRAMMETHOD_WHERE =
		"SELECT careProgramMethod FROM CareProgramMethod careProgramMethod WHERE ";

	private static final String _SQL_COUNT_CAREPROGRAMMETHOD =
		"SELECT COUNT(careProgramMethod) FROM CareProgramMethod careProgramMethod";

	private static final String _SQL_COUNT_CAREPROGRAMMETHOD_WHERE =
		"SELECT COUNT(careProgramMethod) FROM CareProgramMethod careProgramMethod WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "careProgramMethod.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No CareProgramMethod exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No CareProgramMethod exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		CareProgramMethodPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}