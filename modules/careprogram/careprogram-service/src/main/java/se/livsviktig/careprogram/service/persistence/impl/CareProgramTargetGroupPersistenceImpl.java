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

import se.livsviktig.careprogram.exception.NoSuchCareProgramTargetGroupException;
import se.livsviktig.careprogram.model.CareProgramTargetGroup;
import se.livsviktig.careprogram.model.CareProgramTargetGroupTable;
import se.livsviktig.careprogram.model.impl.CareProgramTargetGroupImpl;
import se.livsviktig.careprogram.model.impl.CareProgramTargetGroupModelImpl;
import se.livsviktig.careprogram.service.persistence.CareProgramTargetGroupPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramTargetGroupUtil;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;

/**
 * The persistence implementation for the care program target group service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = CareProgramTargetGroupPersistence.class)
public class CareProgramTargetGroupPersistenceImpl
	extends BasePersistenceImpl<CareProgramTargetGroup>
	implements CareProgramTargetGroupPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>CareProgramTargetGroupUtil</code> to access the care program target group persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		CareProgramTargetGroupImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathFetchByP_C;
	private FinderPath _finderPathCountByP_C;

	/**
	 * Returns the care program target group where careProgramId = &#63; and assetCategoryId = &#63; or throws a <code>NoSuchCareProgramTargetGroupException</code> if it could not be found.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @return the matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	@Override
	public CareProgramTargetGroup findByP_C(
			long careProgramId, long assetCategoryId)
		throws NoSuchCareProgramTargetGroupException {

		CareProgramTargetGroup careProgramTargetGroup = fetchByP_C(
			careProgramId, assetCategoryId);

		if (careProgramTargetGroup == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("careProgramId=");
			sb.append(careProgramId);

			sb.append(", assetCategoryId=");
			sb.append(assetCategoryId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchCareProgramTargetGroupException(sb.toString());
		}

		return careProgramTargetGroup;
	}

	/**
	 * Returns the care program target group where careProgramId = &#63; and assetCategoryId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @return the matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	@Override
	public CareProgramTargetGroup fetchByP_C(
		long careProgramId, long assetCategoryId) {

		return fetchByP_C(careProgramId, assetCategoryId, true);
	}

	/**
	 * Returns the care program target group where careProgramId = &#63; and assetCategoryId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	@Override
	public CareProgramTargetGroup fetchByP_C(
		long careProgramId, long assetCategoryId, boolean useFinderCache) {

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {careProgramId, assetCategoryId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByP_C, finderArgs, this);
		}

		if (result instanceof CareProgramTargetGroup) {
			CareProgramTargetGroup careProgramTargetGroup =
				(CareProgramTargetGroup)result;

			if ((careProgramId != careProgramTargetGroup.getCareProgramId()) ||
				(assetCategoryId !=
					careProgramTargetGroup.getAssetCategoryId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_CAREPROGRAMTARGETGROUP_WHERE);

			sb.append(_FINDER_COLUMN_P_C_CAREPROGRAMID_2);

			sb.append(_FINDER_COLUMN_P_C_ASSETCATEGORYID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

				queryPos.add(assetCategoryId);

				List<CareProgramTargetGroup> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByP_C, finderArgs, list);
					}
				}
				else {
					CareProgramTargetGroup careProgramTargetGroup = list.get(0);

					result = careProgramTargetGroup;

					cacheResult(careProgramTargetGroup);
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
			return (CareProgramTargetGroup)result;
		}
	}

	/**
	 * Removes the care program target group where careProgramId = &#63; and assetCategoryId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @return the care program target group that was removed
	 */
	@Override
	public CareProgramTargetGroup removeByP_C(
			long careProgramId, long assetCategoryId)
		throws NoSuchCareProgramTargetGroupException {

		CareProgramTargetGroup careProgramTargetGroup = findByP_C(
			careProgramId, assetCategoryId);

		return remove(careProgramTargetGroup);
	}

	/**
	 * Returns the number of care program target groups where careProgramId = &#63; and assetCategoryId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param assetCategoryId the asset category ID
	 * @return the number of matching care program target groups
	 */
	@Override
	public int countByP_C(long careProgramId, long assetCategoryId) {
		FinderPath finderPath = _finderPathCountByP_C;

		Object[] finderArgs = new Object[] {careProgramId, assetCategoryId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_CAREPROGRAMTARGETGROUP_WHERE);

			sb.append(_FINDER_COLUMN_P_C_CAREPROGRAMID_2);

			sb.append(_FINDER_COLUMN_P_C_ASSETCATEGORYID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

				queryPos.add(assetCategoryId);

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

	private static final String _FINDER_COLUMN_P_C_CAREPROGRAMID_2 =
		"careProgramTargetGroup.careProgramId = ? AND ";

	private static final String _FINDER_COLUMN_P_C_ASSETCATEGORYID_2 =
		"careProgramTargetGroup.assetCategoryId = ?";

	private FinderPath _finderPathWithPaginationFindByCareProgramId;
	private FinderPath _finderPathWithoutPaginationFindByCareProgramId;
	private FinderPath _finderPathCountByCareProgramId;

	/**
	 * Returns all the care program target groups where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching care program target groups
	 */
	@Override
	public List<CareProgramTargetGroup> findByCareProgramId(
		long careProgramId) {

		return findByCareProgramId(
			careProgramId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care program target groups where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @return the range of matching care program target groups
	 */
	@Override
	public List<CareProgramTargetGroup> findByCareProgramId(
		long careProgramId, int start, int end) {

		return findByCareProgramId(careProgramId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the care program target groups where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care program target groups
	 */
	@Override
	public List<CareProgramTargetGroup> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		return findByCareProgramId(
			careProgramId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care program target groups where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care program target groups
	 */
	@Override
	public List<CareProgramTargetGroup> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<CareProgramTargetGroup> orderByComparator,
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

		List<CareProgramTargetGroup> list = null;

		if (useFinderCache) {
			list = (List<CareProgramTargetGroup>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CareProgramTargetGroup careProgramTargetGroup : list) {
					if (careProgramId !=
							careProgramTargetGroup.getCareProgramId()) {

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

			sb.append(_SQL_SELECT_CAREPROGRAMTARGETGROUP_WHERE);

			sb.append(_FINDER_COLUMN_CAREPROGRAMID_CAREPROGRAMID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CareProgramTargetGroupModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(careProgramId);

				list = (List<CareProgramTargetGroup>)QueryUtil.list(
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
	 * Returns the first care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	@Override
	public CareProgramTargetGroup findByCareProgramId_First(
			long careProgramId,
			OrderByComparator<CareProgramTargetGroup> orderByComparator)
		throws NoSuchCareProgramTargetGroupException {

		CareProgramTargetGroup careProgramTargetGroup =
			fetchByCareProgramId_First(careProgramId, orderByComparator);

		if (careProgramTargetGroup != null) {
			return careProgramTargetGroup;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("careProgramId=");
		sb.append(careProgramId);

		sb.append("}");

		throw new NoSuchCareProgramTargetGroupException(sb.toString());
	}

	/**
	 * Returns the first care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	@Override
	public CareProgramTargetGroup fetchByCareProgramId_First(
		long careProgramId,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		List<CareProgramTargetGroup> list = findByCareProgramId(
			careProgramId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	@Override
	public CareProgramTargetGroup findByCareProgramId_Last(
			long careProgramId,
			OrderByComparator<CareProgramTargetGroup> orderByComparator)
		throws NoSuchCareProgramTargetGroupException {

		CareProgramTargetGroup careProgramTargetGroup =
			fetchByCareProgramId_Last(careProgramId, orderByComparator);

		if (careProgramTargetGroup != null) {
			return careProgramTargetGroup;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("careProgramId=");
		sb.append(careProgramId);

		sb.append("}");

		throw new NoSuchCareProgramTargetGroupException(sb.toString());
	}

	/**
	 * Returns the last care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	@Override
	public CareProgramTargetGroup fetchByCareProgramId_Last(
		long careProgramId,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		int count = countByCareProgramId(careProgramId);

		if (count == 0) {
			return null;
		}

		List<CareProgramTargetGroup> list = findByCareProgramId(
			careProgramId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the care program target groups before and after the current care program target group in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramTargetGroupId the primary key of the current care program target group
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	@Override
	public CareProgramTargetGroup[] findByCareProgramId_PrevAndNext(
			long careProgramTargetGroupId, long careProgramId,
			OrderByComparator<CareProgramTargetGroup> orderByComparator)
		throws NoSuchCareProgramTargetGroupException {

		CareProgramTargetGroup careProgramTargetGroup = findByPrimaryKey(
			careProgramTargetGroupId);

		Session session = null;

		try {
			session = openSession();

			CareProgramTargetGroup[] array = new CareProgramTargetGroupImpl[3];

			array[0] = getByCareProgramId_PrevAndNext(
				session, careProgramTargetGroup, careProgramId,
				orderByComparator, true);

			array[1] = careProgramTargetGroup;

			array[2] = getByCareProgramId_PrevAndNext(
				session, careProgramTargetGroup, careProgramId,
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

	protected CareProgramTargetGroup getByCareProgramId_PrevAndNext(
		Session session, CareProgramTargetGroup careProgramTargetGroup,
		long careProgramId,
		OrderByComparator<CareProgramTargetGroup> orderByComparator,
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

		sb.append(_SQL_SELECT_CAREPROGRAMTARGETGROUP_WHERE);

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
			sb.append(CareProgramTargetGroupModelImpl.ORDER_BY_JPQL);
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
						careProgramTargetGroup)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CareProgramTargetGroup> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the care program target groups where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	@Override
	public void removeByCareProgramId(long careProgramId) {
		for (CareProgramTargetGroup careProgramTargetGroup :
				findByCareProgramId(
					careProgramId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(careProgramTargetGroup);
		}
	}

	/**
	 * Returns the number of care program target groups where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching care program target groups
	 */
	@Override
	public int countByCareProgramId(long careProgramId) {
		FinderPath finderPath = _finderPathCountByCareProgramId;

		Object[] finderArgs = new Object[] {careProgramId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CAREPROGRAMTARGETGROUP_WHERE);

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
		"careProgramTargetGroup.careProgramId = ?";

	private FinderPath _finderPathWithPaginationFindByAssetCategoryId;
	private FinderPath _finderPathWithoutPaginationFindByAssetCategoryId;
	private FinderPath _finderPathCountByAssetCategoryId;

	/**
	 * Returns all the care program target groups where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @return the matching care program target groups
	 */
	@Override
	public List<CareProgramTargetGroup> findByAssetCategoryId(
		long assetCategoryId) {

		return findByAssetCategoryId(
			assetCategoryId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care program target groups where assetCategoryId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param assetCategoryId the asset category ID
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @return the range of matching care program target groups
	 */
	@Override
	public List<CareProgramTargetGroup> findByAssetCategoryId(
		long assetCategoryId, int start, int end) {

		return findByAssetCategoryId(assetCategoryId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the care program target groups where assetCategoryId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param assetCategoryId the asset category ID
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care program target groups
	 */
	@Override
	public List<CareProgramTargetGroup> findByAssetCategoryId(
		long assetCategoryId, int start, int end,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		return findByAssetCategoryId(
			assetCategoryId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care program target groups where assetCategoryId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param assetCategoryId the asset category ID
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care program target groups
	 */
	@Override
	public List<CareProgramTargetGroup> findByAssetCategoryId(
		long assetCategoryId, int start, int end,
		OrderByComparator<CareProgramTargetGroup> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByAssetCategoryId;
				finderArgs = new Object[] {assetCategoryId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByAssetCategoryId;
			finderArgs = new Object[] {
				assetCategoryId, start, end, orderByComparator
			};
		}

		List<CareProgramTargetGroup> list = null;

		if (useFinderCache) {
			list = (List<CareProgramTargetGroup>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (CareProgramTargetGroup careProgramTargetGroup : list) {
					if (assetCategoryId !=
							careProgramTargetGroup.getAssetCategoryId()) {

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

			sb.append(_SQL_SELECT_CAREPROGRAMTARGETGROUP_WHERE);

			sb.append(_FINDER_COLUMN_ASSETCATEGORYID_ASSETCATEGORYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CareProgramTargetGroupModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(assetCategoryId);

				list = (List<CareProgramTargetGroup>)QueryUtil.list(
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
	 * Returns the first care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	@Override
	public CareProgramTargetGroup findByAssetCategoryId_First(
			long assetCategoryId,
			OrderByComparator<CareProgramTargetGroup> orderByComparator)
		throws NoSuchCareProgramTargetGroupException {

		CareProgramTargetGroup careProgramTargetGroup =
			fetchByAssetCategoryId_First(assetCategoryId, orderByComparator);

		if (careProgramTargetGroup != null) {
			return careProgramTargetGroup;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("assetCategoryId=");
		sb.append(assetCategoryId);

		sb.append("}");

		throw new NoSuchCareProgramTargetGroupException(sb.toString());
	}

	/**
	 * Returns the first care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	@Override
	public CareProgramTargetGroup fetchByAssetCategoryId_First(
		long assetCategoryId,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		List<CareProgramTargetGroup> list = findByAssetCategoryId(
			assetCategoryId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a matching care program target group could not be found
	 */
	@Override
	public CareProgramTargetGroup findByAssetCategoryId_Last(
			long assetCategoryId,
			OrderByComparator<CareProgramTargetGroup> orderByComparator)
		throws NoSuchCareProgramTargetGroupException {

		CareProgramTargetGroup careProgramTargetGroup =
			fetchByAssetCategoryId_Last(assetCategoryId, orderByComparator);

		if (careProgramTargetGroup != null) {
			return careProgramTargetGroup;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("assetCategoryId=");
		sb.append(assetCategoryId);

		sb.append("}");

		throw new NoSuchCareProgramTargetGroupException(sb.toString());
	}

	/**
	 * Returns the last care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program target group, or <code>null</code> if a matching care program target group could not be found
	 */
	@Override
	public CareProgramTargetGroup fetchByAssetCategoryId_Last(
		long assetCategoryId,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		int count = countByAssetCategoryId(assetCategoryId);

		if (count == 0) {
			return null;
		}

		List<CareProgramTargetGroup> list = findByAssetCategoryId(
			assetCategoryId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the care program target groups before and after the current care program target group in the ordered set where assetCategoryId = &#63;.
	 *
	 * @param careProgramTargetGroupId the primary key of the current care program target group
	 * @param assetCategoryId the asset category ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	@Override
	public CareProgramTargetGroup[] findByAssetCategoryId_PrevAndNext(
			long careProgramTargetGroupId, long assetCategoryId,
			OrderByComparator<CareProgramTargetGroup> orderByComparator)
		throws NoSuchCareProgramTargetGroupException {

		CareProgramTargetGroup careProgramTargetGroup = findByPrimaryKey(
			careProgramTargetGroupId);

		Session session = null;

		try {
			session = openSession();

			CareProgramTargetGroup[] array = new CareProgramTargetGroupImpl[3];

			array[0] = getByAssetCategoryId_PrevAndNext(
				session, careProgramTargetGroup, assetCategoryId,
				orderByComparator, true);

			array[1] = careProgramTargetGroup;

			array[2] = getByAssetCategoryId_PrevAndNext(
				session, careProgramTargetGroup, assetCategoryId,
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

	protected CareProgramTargetGroup getByAssetCategoryId_PrevAndNext(
		Session session, CareProgramTargetGroup careProgramTargetGroup,
		long assetCategoryId,
		OrderByComparator<CareProgramTargetGroup> orderByComparator,
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

		sb.append(_SQL_SELECT_CAREPROGRAMTARGETGROUP_WHERE);

		sb.append(_FINDER_COLUMN_ASSETCATEGORYID_ASSETCATEGORYID_2);

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
			sb.append(CareProgramTargetGroupModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(assetCategoryId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						careProgramTargetGroup)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<CareProgramTargetGroup> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the care program target groups where assetCategoryId = &#63; from the database.
	 *
	 * @param assetCategoryId the asset category ID
	 */
	@Override
	public void removeByAssetCategoryId(long assetCategoryId) {
		for (CareProgramTargetGroup careProgramTargetGroup :
				findByAssetCategoryId(
					assetCategoryId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(careProgramTargetGroup);
		}
	}

	/**
	 * Returns the number of care program target groups where assetCategoryId = &#63;.
	 *
	 * @param assetCategoryId the asset category ID
	 * @return the number of matching care program target groups
	 */
	@Override
	public int countByAssetCategoryId(long assetCategoryId) {
		FinderPath finderPath = _finderPathCountByAssetCategoryId;

		Object[] finderArgs = new Object[] {assetCategoryId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CAREPROGRAMTARGETGROUP_WHERE);

			sb.append(_FINDER_COLUMN_ASSETCATEGORYID_ASSETCATEGORYID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(assetCategoryId);

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
		_FINDER_COLUMN_ASSETCATEGORYID_ASSETCATEGORYID_2 =
			"careProgramTargetGroup.assetCategoryId = ?";

	public CareProgramTargetGroupPersistenceImpl() {
		setModelClass(CareProgramTargetGroup.class);

		setModelImplClass(CareProgramTargetGroupImpl.class);
		setModelPKClass(long.class);

		setTable(CareProgramTargetGroupTable.INSTANCE);
	}

	/**
	 * Caches the care program target group in the entity cache if it is enabled.
	 *
	 * @param careProgramTargetGroup the care program target group
	 */
	@Override
	public void cacheResult(CareProgramTargetGroup careProgramTargetGroup) {
		entityCache.putResult(
			CareProgramTargetGroupImpl.class,
			careProgramTargetGroup.getPrimaryKey(), careProgramTargetGroup);

		finderCache.putResult(
			_finderPathFetchByP_C,
			new Object[] {
				careProgramTargetGroup.getCareProgramId(),
				careProgramTargetGroup.getAssetCategoryId()
			},
			careProgramTargetGroup);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the care program target groups in the entity cache if it is enabled.
	 *
	 * @param careProgramTargetGroups the care program target groups
	 */
	@Override
	public void cacheResult(
		List<CareProgramTargetGroup> careProgramTargetGroups) {

		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (careProgramTargetGroups.size() >
				 _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (CareProgramTargetGroup careProgramTargetGroup :
				careProgramTargetGroups) {

			if (entityCache.getResult(
					CareProgramTargetGroupImpl.class,
					careProgramTargetGroup.getPrimaryKey()) == null) {

				cacheResult(careProgramTargetGroup);
			}
		}
	}

	/**
	 * Clears the cache for all care program target groups.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(CareProgramTargetGroupImpl.class);

		finderCache.clearCache(CareProgramTargetGroupImpl.class);
	}

	/**
	 * Clears the cache for the care program target group.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(CareProgramTargetGroup careProgramTargetGroup) {
		entityCache.removeResult(
			CareProgramTargetGroupImpl.class, careProgramTargetGroup);
	}

	@Override
	public void clearCache(
		List<CareProgramTargetGroup> careProgramTargetGroups) {

		for (CareProgramTargetGroup careProgramTargetGroup :
				careProgramTargetGroups) {

			entityCache.removeResult(
				CareProgramTargetGroupImpl.class, careProgramTargetGroup);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(CareProgramTargetGroupImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(
				CareProgramTargetGroupImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		CareProgramTargetGroupModelImpl careProgramTargetGroupModelImpl) {

		Object[] args = new Object[] {
			careProgramTargetGroupModelImpl.getCareProgramId(),
			careProgramTargetGroupModelImpl.getAssetCategoryId()
		};

		finderCache.putResult(_finderPathCountByP_C, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByP_C, args, careProgramTargetGroupModelImpl);
	}

	/**
	 * Creates a new care program target group with the primary key. Does not add the care program target group to the database.
	 *
	 * @param careProgramTargetGroupId the primary key for the new care program target group
	 * @return the new care program target group
	 */
	@Override
	public CareProgramTargetGroup create(long careProgramTargetGroupId) {
		CareProgramTargetGroup careProgramTargetGroup =
			new CareProgramTargetGroupImpl();

		careProgramTargetGroup.setNew(true);
		careProgramTargetGroup.setPrimaryKey(careProgramTargetGroupId);

		careProgramTargetGroup.setCompanyId(CompanyThreadLocal.getCompanyId());

		return careProgramTargetGroup;
	}

	/**
	 * Removes the care program target group with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param careProgramTargetGroupId the primary key of the care program target group
	 * @return the care program target group that was removed
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	@Override
	public CareProgramTargetGroup remove(long careProgramTargetGroupId)
		throws NoSuchCareProgramTargetGroupException {

		return remove((Serializable)careProgramTargetGroupId);
	}

	/**
	 * Removes the care program target group with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the care program target group
	 * @return the care program target group that was removed
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	@Override
	public CareProgramTargetGroup remove(Serializable primaryKey)
		throws NoSuchCareProgramTargetGroupException {

		Session session = null;

		try {
			session = openSession();

			CareProgramTargetGroup careProgramTargetGroup =
				(CareProgramTargetGroup)session.get(
					CareProgramTargetGroupImpl.class, primaryKey);

			if (careProgramTargetGroup == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchCareProgramTargetGroupException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(careProgramTargetGroup);
		}
		catch (NoSuchCareProgramTargetGroupException noSuchEntityException) {
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
	protected CareProgramTargetGroup removeImpl(
		CareProgramTargetGroup careProgramTargetGroup) {

		Session session = null;

		try {
			session = openSession();

			if (!session.contains(careProgramTargetGroup)) {
				careProgramTargetGroup = (CareProgramTargetGroup)session.get(
					CareProgramTargetGroupImpl.class,
					careProgramTargetGroup.getPrimaryKeyObj());
			}

			if (careProgramTargetGroup != null) {
				session.delete(careProgramTargetGroup);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (careProgramTargetGroup != null) {
			clearCache(careProgramTargetGroup);
		}

		return careProgramTargetGroup;
	}

	@Override
	public CareProgramTargetGroup updateImpl(
		CareProgramTargetGroup careProgramTargetGroup) {

		boolean isNew = careProgramTargetGroup.isNew();

		if (!(careProgramTargetGroup instanceof
				CareProgramTargetGroupModelImpl)) {

			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(careProgramTargetGroup.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					careProgramTargetGroup);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in careProgramTargetGroup proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom CareProgramTargetGroup implementation " +
					careProgramTargetGroup.getClass());
		}

		CareProgramTargetGroupModelImpl careProgramTargetGroupModelImpl =
			(CareProgramTargetGroupModelImpl)careProgramTargetGroup;

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(careProgramTargetGroup);
			}
			else {
				careProgramTargetGroup = (CareProgramTargetGroup)session.merge(
					careProgramTargetGroup);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			CareProgramTargetGroupImpl.class, careProgramTargetGroupModelImpl,
			false, true);

		cacheUniqueFindersCache(careProgramTargetGroupModelImpl);

		if (isNew) {
			careProgramTargetGroup.setNew(false);
		}

		careProgramTargetGroup.resetOriginalValues();

		return careProgramTargetGroup;
	}

	/**
	 * Returns the care program target group with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the care program target group
	 * @return the care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	@Override
	public CareProgramTargetGroup findByPrimaryKey(Serializable primaryKey)
		throws NoSuchCareProgramTargetGroupException {

		CareProgramTargetGroup careProgramTargetGroup = fetchByPrimaryKey(
			primaryKey);

		if (careProgramTargetGroup == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchCareProgramTargetGroupException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return careProgramTargetGroup;
	}

	/**
	 * Returns the care program target group with the primary key or throws a <code>NoSuchCareProgramTargetGroupException</code> if it could not be found.
	 *
	 * @param careProgramTargetGroupId the primary key of the care program target group
	 * @return the care program target group
	 * @throws NoSuchCareProgramTargetGroupException if a care program target group with the primary key could not be found
	 */
	@Override
	public CareProgramTargetGroup findByPrimaryKey(
			long careProgramTargetGroupId)
		throws NoSuchCareProgramTargetGroupException {

		return findByPrimaryKey((Serializable)careProgramTargetGroupId);
	}

	/**
	 * Returns the care program target group with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param careProgramTargetGroupId the primary key of the care program target group
	 * @return the care program target group, or <code>null</code> if a care program target group with the primary key could not be found
	 */
	@Override
	public CareProgramTargetGroup fetchByPrimaryKey(
		long careProgramTargetGroupId) {

		return fetchByPrimaryKey((Serializable)careProgramTargetGroupId);
	}

	/**
	 * Returns all the care program target groups.
	 *
	 * @return the care program target groups
	 */
	@Override
	public List<CareProgramTargetGroup> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the care program target groups.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @return the range of care program target groups
	 */
	@Override
	public List<CareProgramTargetGroup> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the care program target groups.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of care program target groups
	 */
	@Override
	public List<CareProgramTargetGroup> findAll(
		int start, int end,
		OrderByComparator<CareProgramTargetGroup> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the care program target groups.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramTargetGroupModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care program target groups
	 * @param end the upper bound of the range of care program target groups (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of care program target groups
	 */
	@Override
	public List<CareProgramTargetGroup> findAll(
		int start, int end,
		OrderByComparator<CareProgramTargetGroup> orderByComparator,
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

		List<CareProgramTargetGroup> list = null;

		if (useFinderCache) {
			list = (List<CareProgramTargetGroup>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_CAREPROGRAMTARGETGROUP);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_CAREPROGRAMTARGETGROUP;

				sql = sql.concat(CareProgramTargetGroupModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<CareProgramTargetGroup>)QueryUtil.list(
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
	 * Removes all the care program target groups from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (CareProgramTargetGroup careProgramTargetGroup : findAll()) {
			remove(careProgramTargetGroup);
		}
	}

	/**
	 * Returns the number of care program target groups.
	 *
	 * @return the number of care program target groups
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
					_SQL_COUNT_CAREPROGRAMTARGETGROUP);

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
		return "careProgramTargetGroupId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_CAREPROGRAMTARGETGROUP;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return CareProgramTargetGroupModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the care program target group persistence.
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

		_finderPathFetchByP_C = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByP_C",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"careProgramId", "assetCategoryId"}, true);

		_finderPathCountByP_C = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByP_C",
			new String[] {Long.class.getName(), Long.class.getName()},
			new String[] {"careProgramId", "assetCategoryId"}, false);

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

		_finderPathWithPaginationFindByAssetCategoryId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByAssetCategoryId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"assetCategoryId"}, true);

		_finderPathWithoutPaginationFindByAssetCategoryId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByAssetCategoryId",
			new String[] {Long.class.getName()},
			new String[] {"assetCategoryId"}, true);

		_finderPathCountByAssetCategoryId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByAssetCategoryId",
			new String[] {Long.class.getName()},
			new String[] {"assetCategoryId"}, false);

		CareProgramTargetGroupUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		CareProgramTargetGroupUtil.setPersistence(null);

		entityCache.removeCache(CareProgramTargetGroupImpl.class.getName());
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

	private static final String _SQL_SELECT_CAREPROGRAMTARGETGROUP =
		"SELECT careProgramTargetGroup FROM CareProgramTargetGroup careProgramTargetGroup";

	private static final String _SQL_SELECT_CAREPROGRAMTARGETGROUP_WHERE =
		"SELECT careProgramTargetGroup FROM CareProgramTargetGroup careProgramTargetGroup WHERE ";

	private static final String _SQL_COUNT_CAREPROGRAMTARGETGROUP =
		"SELECT COUNT(careProgramTargetGroup) FROM CareProgramTargetGroup careProgramTargetGroup";

	private static final String _SQL_COUNT_CAREPROGRAMTARGETGROUP_WHERE =
		"SELECT COUNT(careProgramTargetGroup) FROM CareProgramTargetGroup careProgramTargetGroup WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS =
		"careProgramTargetGroup.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No CareProgramTargetGroup exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No CareProgramTargetGroup exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		CareProgramTargetGroupPersistenceImpl.class);

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}