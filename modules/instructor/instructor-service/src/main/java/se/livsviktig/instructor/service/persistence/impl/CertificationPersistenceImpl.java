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
import com.liferay.portal.kernel.util.SetUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.uuid.PortalUUIDUtil;

import java.io.Serializable;

import java.lang.reflect.InvocationHandler;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.exception.NoSuchCertificationException;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.CertificationTable;
import se.livsviktig.instructor.model.impl.CertificationImpl;
import se.livsviktig.instructor.model.impl.CertificationModelImpl;
import se.livsviktig.instructor.service.persistence.CertificationPersistence;
import se.livsviktig.instructor.service.persistence.CertificationUtil;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;

/**
 * The persistence implementation for the certification service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @generated
 */
@Component(service = CertificationPersistence.class)
public class CertificationPersistenceImpl
	extends BasePersistenceImpl<Certification>
	implements CertificationPersistence {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this class directly. Always use <code>CertificationUtil</code> to access the certification persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static final String FINDER_CLASS_NAME_ENTITY =
		CertificationImpl.class.getName();

	public static final String FINDER_CLASS_NAME_LIST_WITH_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List1";

	public static final String FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION =
		FINDER_CLASS_NAME_ENTITY + ".List2";

	private FinderPath _finderPathWithPaginationFindAll;
	private FinderPath _finderPathWithoutPaginationFindAll;
	private FinderPath _finderPathCountAll;
	private FinderPath _finderPathWithPaginationFindByUuid;
	private FinderPath _finderPathWithoutPaginationFindByUuid;
	private FinderPath _finderPathCountByUuid;

	/**
	 * Returns all the certifications where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching certifications
	 */
	@Override
	public List<Certification> findByUuid(String uuid) {
		return findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the certifications where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @return the range of matching certifications
	 */
	@Override
	public List<Certification> findByUuid(String uuid, int start, int end) {
		return findByUuid(uuid, start, end, null);
	}

	/**
	 * Returns an ordered range of all the certifications where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching certifications
	 */
	@Override
	public List<Certification> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return findByUuid(uuid, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the certifications where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching certifications
	 */
	@Override
	public List<Certification> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<Certification> orderByComparator,
		boolean useFinderCache) {

		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByUuid;
				finderArgs = new Object[] {uuid};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByUuid;
			finderArgs = new Object[] {uuid, start, end, orderByComparator};
		}

		List<Certification> list = null;

		if (useFinderCache) {
			list = (List<Certification>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Certification certification : list) {
					if (!uuid.equals(certification.getUuid())) {
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

			sb.append(_SQL_SELECT_CERTIFICATION_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_UUID_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CertificationModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				list = (List<Certification>)QueryUtil.list(
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
	 * Returns the first certification in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	@Override
	public Certification findByUuid_First(
			String uuid, OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		Certification certification = fetchByUuid_First(
			uuid, orderByComparator);

		if (certification != null) {
			return certification;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchCertificationException(sb.toString());
	}

	/**
	 * Returns the first certification in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Override
	public Certification fetchByUuid_First(
		String uuid, OrderByComparator<Certification> orderByComparator) {

		List<Certification> list = findByUuid(uuid, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last certification in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	@Override
	public Certification findByUuid_Last(
			String uuid, OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		Certification certification = fetchByUuid_Last(uuid, orderByComparator);

		if (certification != null) {
			return certification;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append("}");

		throw new NoSuchCertificationException(sb.toString());
	}

	/**
	 * Returns the last certification in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Override
	public Certification fetchByUuid_Last(
		String uuid, OrderByComparator<Certification> orderByComparator) {

		int count = countByUuid(uuid);

		if (count == 0) {
			return null;
		}

		List<Certification> list = findByUuid(
			uuid, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the certifications before and after the current certification in the ordered set where uuid = &#63;.
	 *
	 * @param certificationId the primary key of the current certification
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	@Override
	public Certification[] findByUuid_PrevAndNext(
			long certificationId, String uuid,
			OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		uuid = Objects.toString(uuid, "");

		Certification certification = findByPrimaryKey(certificationId);

		Session session = null;

		try {
			session = openSession();

			Certification[] array = new CertificationImpl[3];

			array[0] = getByUuid_PrevAndNext(
				session, certification, uuid, orderByComparator, true);

			array[1] = certification;

			array[2] = getByUuid_PrevAndNext(
				session, certification, uuid, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Certification getByUuid_PrevAndNext(
		Session session, Certification certification, String uuid,
		OrderByComparator<Certification> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_CERTIFICATION_WHERE);

		boolean bindUuid = false;

		if (uuid.isEmpty()) {
			sb.append(_FINDER_COLUMN_UUID_UUID_3);
		}
		else {
			bindUuid = true;

			sb.append(_FINDER_COLUMN_UUID_UUID_2);
		}

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
			sb.append(CertificationModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		if (bindUuid) {
			queryPos.add(uuid);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						certification)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Certification> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the certifications where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	@Override
	public void removeByUuid(String uuid) {
		for (Certification certification :
				findByUuid(uuid, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(certification);
		}
	}

	/**
	 * Returns the number of certifications where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching certifications
	 */
	@Override
	public int countByUuid(String uuid) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid;

		Object[] finderArgs = new Object[] {uuid};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CERTIFICATION_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_UUID_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
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

	private static final String _FINDER_COLUMN_UUID_UUID_2 =
		"certification.uuid = ?";

	private static final String _FINDER_COLUMN_UUID_UUID_3 =
		"(certification.uuid IS NULL OR certification.uuid = '')";

	private FinderPath _finderPathFetchByUUID_G;
	private FinderPath _finderPathCountByUUID_G;

	/**
	 * Returns the certification where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchCertificationException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	@Override
	public Certification findByUUID_G(String uuid, long groupId)
		throws NoSuchCertificationException {

		Certification certification = fetchByUUID_G(uuid, groupId);

		if (certification == null) {
			StringBundler sb = new StringBundler(6);

			sb.append(_NO_SUCH_ENTITY_WITH_KEY);

			sb.append("uuid=");
			sb.append(uuid);

			sb.append(", groupId=");
			sb.append(groupId);

			sb.append("}");

			if (_log.isDebugEnabled()) {
				_log.debug(sb.toString());
			}

			throw new NoSuchCertificationException(sb.toString());
		}

		return certification;
	}

	/**
	 * Returns the certification where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Override
	public Certification fetchByUUID_G(String uuid, long groupId) {
		return fetchByUUID_G(uuid, groupId, true);
	}

	/**
	 * Returns the certification where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Override
	public Certification fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		uuid = Objects.toString(uuid, "");

		Object[] finderArgs = null;

		if (useFinderCache) {
			finderArgs = new Object[] {uuid, groupId};
		}

		Object result = null;

		if (useFinderCache) {
			result = finderCache.getResult(
				_finderPathFetchByUUID_G, finderArgs, this);
		}

		if (result instanceof Certification) {
			Certification certification = (Certification)result;

			if (!Objects.equals(uuid, certification.getUuid()) ||
				(groupId != certification.getGroupId())) {

				result = null;
			}
		}

		if (result == null) {
			StringBundler sb = new StringBundler(4);

			sb.append(_SQL_SELECT_CERTIFICATION_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_G_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_G_UUID_2);
			}

			sb.append(_FINDER_COLUMN_UUID_G_GROUPID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				queryPos.add(groupId);

				List<Certification> list = query.list();

				if (list.isEmpty()) {
					if (useFinderCache) {
						finderCache.putResult(
							_finderPathFetchByUUID_G, finderArgs, list);
					}
				}
				else {
					Certification certification = list.get(0);

					result = certification;

					cacheResult(certification);
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
			return (Certification)result;
		}
	}

	/**
	 * Removes the certification where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the certification that was removed
	 */
	@Override
	public Certification removeByUUID_G(String uuid, long groupId)
		throws NoSuchCertificationException {

		Certification certification = findByUUID_G(uuid, groupId);

		return remove(certification);
	}

	/**
	 * Returns the number of certifications where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching certifications
	 */
	@Override
	public int countByUUID_G(String uuid, long groupId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUUID_G;

		Object[] finderArgs = new Object[] {uuid, groupId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_CERTIFICATION_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_G_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_G_UUID_2);
			}

			sb.append(_FINDER_COLUMN_UUID_G_GROUPID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				queryPos.add(groupId);

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

	private static final String _FINDER_COLUMN_UUID_G_UUID_2 =
		"certification.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_G_UUID_3 =
		"(certification.uuid IS NULL OR certification.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_G_GROUPID_2 =
		"certification.groupId = ?";

	private FinderPath _finderPathWithPaginationFindByUuid_C;
	private FinderPath _finderPathWithoutPaginationFindByUuid_C;
	private FinderPath _finderPathCountByUuid_C;

	/**
	 * Returns all the certifications where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching certifications
	 */
	@Override
	public List<Certification> findByUuid_C(String uuid, long companyId) {
		return findByUuid_C(
			uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the certifications where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @return the range of matching certifications
	 */
	@Override
	public List<Certification> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return findByUuid_C(uuid, companyId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the certifications where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching certifications
	 */
	@Override
	public List<Certification> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return findByUuid_C(
			uuid, companyId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the certifications where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching certifications
	 */
	@Override
	public List<Certification> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Certification> orderByComparator,
		boolean useFinderCache) {

		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByUuid_C;
				finderArgs = new Object[] {uuid, companyId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByUuid_C;
			finderArgs = new Object[] {
				uuid, companyId, start, end, orderByComparator
			};
		}

		List<Certification> list = null;

		if (useFinderCache) {
			list = (List<Certification>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Certification certification : list) {
					if (!uuid.equals(certification.getUuid()) ||
						(companyId != certification.getCompanyId())) {

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

			sb.append(_SQL_SELECT_CERTIFICATION_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_C_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_C_UUID_2);
			}

			sb.append(_FINDER_COLUMN_UUID_C_COMPANYID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CertificationModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				queryPos.add(companyId);

				list = (List<Certification>)QueryUtil.list(
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
	 * Returns the first certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	@Override
	public Certification findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		Certification certification = fetchByUuid_C_First(
			uuid, companyId, orderByComparator);

		if (certification != null) {
			return certification;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchCertificationException(sb.toString());
	}

	/**
	 * Returns the first certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Override
	public Certification fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<Certification> orderByComparator) {

		List<Certification> list = findByUuid_C(
			uuid, companyId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	@Override
	public Certification findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		Certification certification = fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);

		if (certification != null) {
			return certification;
		}

		StringBundler sb = new StringBundler(6);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("uuid=");
		sb.append(uuid);

		sb.append(", companyId=");
		sb.append(companyId);

		sb.append("}");

		throw new NoSuchCertificationException(sb.toString());
	}

	/**
	 * Returns the last certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Override
	public Certification fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<Certification> orderByComparator) {

		int count = countByUuid_C(uuid, companyId);

		if (count == 0) {
			return null;
		}

		List<Certification> list = findByUuid_C(
			uuid, companyId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the certifications before and after the current certification in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param certificationId the primary key of the current certification
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	@Override
	public Certification[] findByUuid_C_PrevAndNext(
			long certificationId, String uuid, long companyId,
			OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		uuid = Objects.toString(uuid, "");

		Certification certification = findByPrimaryKey(certificationId);

		Session session = null;

		try {
			session = openSession();

			Certification[] array = new CertificationImpl[3];

			array[0] = getByUuid_C_PrevAndNext(
				session, certification, uuid, companyId, orderByComparator,
				true);

			array[1] = certification;

			array[2] = getByUuid_C_PrevAndNext(
				session, certification, uuid, companyId, orderByComparator,
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

	protected Certification getByUuid_C_PrevAndNext(
		Session session, Certification certification, String uuid,
		long companyId, OrderByComparator<Certification> orderByComparator,
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

		sb.append(_SQL_SELECT_CERTIFICATION_WHERE);

		boolean bindUuid = false;

		if (uuid.isEmpty()) {
			sb.append(_FINDER_COLUMN_UUID_C_UUID_3);
		}
		else {
			bindUuid = true;

			sb.append(_FINDER_COLUMN_UUID_C_UUID_2);
		}

		sb.append(_FINDER_COLUMN_UUID_C_COMPANYID_2);

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
			sb.append(CertificationModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		if (bindUuid) {
			queryPos.add(uuid);
		}

		queryPos.add(companyId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						certification)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Certification> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the certifications where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	@Override
	public void removeByUuid_C(String uuid, long companyId) {
		for (Certification certification :
				findByUuid_C(
					uuid, companyId, QueryUtil.ALL_POS, QueryUtil.ALL_POS,
					null)) {

			remove(certification);
		}
	}

	/**
	 * Returns the number of certifications where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching certifications
	 */
	@Override
	public int countByUuid_C(String uuid, long companyId) {
		uuid = Objects.toString(uuid, "");

		FinderPath finderPath = _finderPathCountByUuid_C;

		Object[] finderArgs = new Object[] {uuid, companyId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(3);

			sb.append(_SQL_COUNT_CERTIFICATION_WHERE);

			boolean bindUuid = false;

			if (uuid.isEmpty()) {
				sb.append(_FINDER_COLUMN_UUID_C_UUID_3);
			}
			else {
				bindUuid = true;

				sb.append(_FINDER_COLUMN_UUID_C_UUID_2);
			}

			sb.append(_FINDER_COLUMN_UUID_C_COMPANYID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				if (bindUuid) {
					queryPos.add(uuid);
				}

				queryPos.add(companyId);

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

	private static final String _FINDER_COLUMN_UUID_C_UUID_2 =
		"certification.uuid = ? AND ";

	private static final String _FINDER_COLUMN_UUID_C_UUID_3 =
		"(certification.uuid IS NULL OR certification.uuid = '') AND ";

	private static final String _FINDER_COLUMN_UUID_C_COMPANYID_2 =
		"certification.companyId = ?";

	private FinderPath _finderPathWithPaginationFindByHolderUserId;
	private FinderPath _finderPathWithoutPaginationFindByHolderUserId;
	private FinderPath _finderPathCountByHolderUserId;

	/**
	 * Returns all the certifications where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @return the matching certifications
	 */
	@Override
	public List<Certification> findByHolderUserId(long holderUserId) {
		return findByHolderUserId(
			holderUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the certifications where holderUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param holderUserId the holder user ID
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @return the range of matching certifications
	 */
	@Override
	public List<Certification> findByHolderUserId(
		long holderUserId, int start, int end) {

		return findByHolderUserId(holderUserId, start, end, null);
	}

	/**
	 * Returns an ordered range of all the certifications where holderUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param holderUserId the holder user ID
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching certifications
	 */
	@Override
	public List<Certification> findByHolderUserId(
		long holderUserId, int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return findByHolderUserId(
			holderUserId, start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the certifications where holderUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param holderUserId the holder user ID
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching certifications
	 */
	@Override
	public List<Certification> findByHolderUserId(
		long holderUserId, int start, int end,
		OrderByComparator<Certification> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByHolderUserId;
				finderArgs = new Object[] {holderUserId};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByHolderUserId;
			finderArgs = new Object[] {
				holderUserId, start, end, orderByComparator
			};
		}

		List<Certification> list = null;

		if (useFinderCache) {
			list = (List<Certification>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Certification certification : list) {
					if (holderUserId != certification.getHolderUserId()) {
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

			sb.append(_SQL_SELECT_CERTIFICATION_WHERE);

			sb.append(_FINDER_COLUMN_HOLDERUSERID_HOLDERUSERID_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CertificationModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(holderUserId);

				list = (List<Certification>)QueryUtil.list(
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
	 * Returns the first certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	@Override
	public Certification findByHolderUserId_First(
			long holderUserId,
			OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		Certification certification = fetchByHolderUserId_First(
			holderUserId, orderByComparator);

		if (certification != null) {
			return certification;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("holderUserId=");
		sb.append(holderUserId);

		sb.append("}");

		throw new NoSuchCertificationException(sb.toString());
	}

	/**
	 * Returns the first certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Override
	public Certification fetchByHolderUserId_First(
		long holderUserId, OrderByComparator<Certification> orderByComparator) {

		List<Certification> list = findByHolderUserId(
			holderUserId, 0, 1, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	@Override
	public Certification findByHolderUserId_Last(
			long holderUserId,
			OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		Certification certification = fetchByHolderUserId_Last(
			holderUserId, orderByComparator);

		if (certification != null) {
			return certification;
		}

		StringBundler sb = new StringBundler(4);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("holderUserId=");
		sb.append(holderUserId);

		sb.append("}");

		throw new NoSuchCertificationException(sb.toString());
	}

	/**
	 * Returns the last certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Override
	public Certification fetchByHolderUserId_Last(
		long holderUserId, OrderByComparator<Certification> orderByComparator) {

		int count = countByHolderUserId(holderUserId);

		if (count == 0) {
			return null;
		}

		List<Certification> list = findByHolderUserId(
			holderUserId, count - 1, count, orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the certifications before and after the current certification in the ordered set where holderUserId = &#63;.
	 *
	 * @param certificationId the primary key of the current certification
	 * @param holderUserId the holder user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	@Override
	public Certification[] findByHolderUserId_PrevAndNext(
			long certificationId, long holderUserId,
			OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		Certification certification = findByPrimaryKey(certificationId);

		Session session = null;

		try {
			session = openSession();

			Certification[] array = new CertificationImpl[3];

			array[0] = getByHolderUserId_PrevAndNext(
				session, certification, holderUserId, orderByComparator, true);

			array[1] = certification;

			array[2] = getByHolderUserId_PrevAndNext(
				session, certification, holderUserId, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Certification getByHolderUserId_PrevAndNext(
		Session session, Certification certification, long holderUserId,
		OrderByComparator<Certification> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				4 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(3);
		}

		sb.append(_SQL_SELECT_CERTIFICATION_WHERE);

		sb.append(_FINDER_COLUMN_HOLDERUSERID_HOLDERUSERID_2);

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
			sb.append(CertificationModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(holderUserId);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						certification)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Certification> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the certifications where holderUserId = &#63; from the database.
	 *
	 * @param holderUserId the holder user ID
	 */
	@Override
	public void removeByHolderUserId(long holderUserId) {
		for (Certification certification :
				findByHolderUserId(
					holderUserId, QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(certification);
		}
	}

	/**
	 * Returns the number of certifications where holderUserId = &#63;.
	 *
	 * @param holderUserId the holder user ID
	 * @return the number of matching certifications
	 */
	@Override
	public int countByHolderUserId(long holderUserId) {
		FinderPath finderPath = _finderPathCountByHolderUserId;

		Object[] finderArgs = new Object[] {holderUserId};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(2);

			sb.append(_SQL_COUNT_CERTIFICATION_WHERE);

			sb.append(_FINDER_COLUMN_HOLDERUSERID_HOLDERUSERID_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(holderUserId);

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

	private static final String _FINDER_COLUMN_HOLDERUSERID_HOLDERUSERID_2 =
		"certification.holderUserId = ?";

	private FinderPath _finderPathWithPaginationFindByC_HU_TM_S;
	private FinderPath _finderPathWithoutPaginationFindByC_HU_TM_S;
	private FinderPath _finderPathCountByC_HU_TM_S;

	/**
	 * Returns all the certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @return the matching certifications
	 */
	@Override
	public List<Certification> findByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state) {

		return findByC_HU_TM_S(
			companyId, holderUserId, trainingMethodId, state, QueryUtil.ALL_POS,
			QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @return the range of matching certifications
	 */
	@Override
	public List<Certification> findByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state,
		int start, int end) {

		return findByC_HU_TM_S(
			companyId, holderUserId, trainingMethodId, state, start, end, null);
	}

	/**
	 * Returns an ordered range of all the certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching certifications
	 */
	@Override
	public List<Certification> findByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state,
		int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return findByC_HU_TM_S(
			companyId, holderUserId, trainingMethodId, state, start, end,
			orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching certifications
	 */
	@Override
	public List<Certification> findByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state,
		int start, int end, OrderByComparator<Certification> orderByComparator,
		boolean useFinderCache) {

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByC_HU_TM_S;
				finderArgs = new Object[] {
					companyId, holderUserId, trainingMethodId, state
				};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByC_HU_TM_S;
			finderArgs = new Object[] {
				companyId, holderUserId, trainingMethodId, state, start, end,
				orderByComparator
			};
		}

		List<Certification> list = null;

		if (useFinderCache) {
			list = (List<Certification>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Certification certification : list) {
					if ((companyId != certification.getCompanyId()) ||
						(holderUserId != certification.getHolderUserId()) ||
						(trainingMethodId !=
							certification.getTrainingMethodId()) ||
						(state != certification.getState())) {

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
					6 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(6);
			}

			sb.append(_SQL_SELECT_CERTIFICATION_WHERE);

			sb.append(_FINDER_COLUMN_C_HU_TM_S_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_HU_TM_S_HOLDERUSERID_2);

			sb.append(_FINDER_COLUMN_C_HU_TM_S_TRAININGMETHODID_2);

			sb.append(_FINDER_COLUMN_C_HU_TM_S_STATE_2);

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CertificationModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(holderUserId);

				queryPos.add(trainingMethodId);

				queryPos.add(state);

				list = (List<Certification>)QueryUtil.list(
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
	 * Returns the first certification in the ordered set where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	@Override
	public Certification findByC_HU_TM_S_First(
			long companyId, long holderUserId, long trainingMethodId, int state,
			OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		Certification certification = fetchByC_HU_TM_S_First(
			companyId, holderUserId, trainingMethodId, state,
			orderByComparator);

		if (certification != null) {
			return certification;
		}

		StringBundler sb = new StringBundler(10);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", holderUserId=");
		sb.append(holderUserId);

		sb.append(", trainingMethodId=");
		sb.append(trainingMethodId);

		sb.append(", state=");
		sb.append(state);

		sb.append("}");

		throw new NoSuchCertificationException(sb.toString());
	}

	/**
	 * Returns the first certification in the ordered set where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Override
	public Certification fetchByC_HU_TM_S_First(
		long companyId, long holderUserId, long trainingMethodId, int state,
		OrderByComparator<Certification> orderByComparator) {

		List<Certification> list = findByC_HU_TM_S(
			companyId, holderUserId, trainingMethodId, state, 0, 1,
			orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last certification in the ordered set where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	@Override
	public Certification findByC_HU_TM_S_Last(
			long companyId, long holderUserId, long trainingMethodId, int state,
			OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		Certification certification = fetchByC_HU_TM_S_Last(
			companyId, holderUserId, trainingMethodId, state,
			orderByComparator);

		if (certification != null) {
			return certification;
		}

		StringBundler sb = new StringBundler(10);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", holderUserId=");
		sb.append(holderUserId);

		sb.append(", trainingMethodId=");
		sb.append(trainingMethodId);

		sb.append(", state=");
		sb.append(state);

		sb.append("}");

		throw new NoSuchCertificationException(sb.toString());
	}

	/**
	 * Returns the last certification in the ordered set where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Override
	public Certification fetchByC_HU_TM_S_Last(
		long companyId, long holderUserId, long trainingMethodId, int state,
		OrderByComparator<Certification> orderByComparator) {

		int count = countByC_HU_TM_S(
			companyId, holderUserId, trainingMethodId, state);

		if (count == 0) {
			return null;
		}

		List<Certification> list = findByC_HU_TM_S(
			companyId, holderUserId, trainingMethodId, state, count - 1, count,
			orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the certifications before and after the current certification in the ordered set where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param certificationId the primary key of the current certification
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	@Override
	public Certification[] findByC_HU_TM_S_PrevAndNext(
			long certificationId, long companyId, long holderUserId,
			long trainingMethodId, int state,
			OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		Certification certification = findByPrimaryKey(certificationId);

		Session session = null;

		try {
			session = openSession();

			Certification[] array = new CertificationImpl[3];

			array[0] = getByC_HU_TM_S_PrevAndNext(
				session, certification, companyId, holderUserId,
				trainingMethodId, state, orderByComparator, true);

			array[1] = certification;

			array[2] = getByC_HU_TM_S_PrevAndNext(
				session, certification, companyId, holderUserId,
				trainingMethodId, state, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Certification getByC_HU_TM_S_PrevAndNext(
		Session session, Certification certification, long companyId,
		long holderUserId, long trainingMethodId, int state,
		OrderByComparator<Certification> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				7 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(6);
		}

		sb.append(_SQL_SELECT_CERTIFICATION_WHERE);

		sb.append(_FINDER_COLUMN_C_HU_TM_S_COMPANYID_2);

		sb.append(_FINDER_COLUMN_C_HU_TM_S_HOLDERUSERID_2);

		sb.append(_FINDER_COLUMN_C_HU_TM_S_TRAININGMETHODID_2);

		sb.append(_FINDER_COLUMN_C_HU_TM_S_STATE_2);

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
			sb.append(CertificationModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		queryPos.add(holderUserId);

		queryPos.add(trainingMethodId);

		queryPos.add(state);

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						certification)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Certification> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 */
	@Override
	public void removeByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state) {

		for (Certification certification :
				findByC_HU_TM_S(
					companyId, holderUserId, trainingMethodId, state,
					QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(certification);
		}
	}

	/**
	 * Returns the number of certifications where companyId = &#63; and holderUserId = &#63; and trainingMethodId = &#63; and state = &#63;.
	 *
	 * @param companyId the company ID
	 * @param holderUserId the holder user ID
	 * @param trainingMethodId the training method ID
	 * @param state the state
	 * @return the number of matching certifications
	 */
	@Override
	public int countByC_HU_TM_S(
		long companyId, long holderUserId, long trainingMethodId, int state) {

		FinderPath finderPath = _finderPathCountByC_HU_TM_S;

		Object[] finderArgs = new Object[] {
			companyId, holderUserId, trainingMethodId, state
		};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(5);

			sb.append(_SQL_COUNT_CERTIFICATION_WHERE);

			sb.append(_FINDER_COLUMN_C_HU_TM_S_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_HU_TM_S_HOLDERUSERID_2);

			sb.append(_FINDER_COLUMN_C_HU_TM_S_TRAININGMETHODID_2);

			sb.append(_FINDER_COLUMN_C_HU_TM_S_STATE_2);

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(holderUserId);

				queryPos.add(trainingMethodId);

				queryPos.add(state);

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

	private static final String _FINDER_COLUMN_C_HU_TM_S_COMPANYID_2 =
		"certification.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_HU_TM_S_HOLDERUSERID_2 =
		"certification.holderUserId = ? AND ";

	private static final String _FINDER_COLUMN_C_HU_TM_S_TRAININGMETHODID_2 =
		"certification.trainingMethodId = ? AND ";

	private static final String _FINDER_COLUMN_C_HU_TM_S_STATE_2 =
		"certification.state = ?";

	private FinderPath _finderPathWithPaginationFindByC_TM_I_N;
	private FinderPath _finderPathWithoutPaginationFindByC_TM_I_N;
	private FinderPath _finderPathCountByC_TM_I_N;

	/**
	 * Returns all the certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @return the matching certifications
	 */
	@Override
	public List<Certification> findByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number) {

		return findByC_TM_I_N(
			companyId, trainingMethodId, issuer, number, QueryUtil.ALL_POS,
			QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @return the range of matching certifications
	 */
	@Override
	public List<Certification> findByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number,
		int start, int end) {

		return findByC_TM_I_N(
			companyId, trainingMethodId, issuer, number, start, end, null);
	}

	/**
	 * Returns an ordered range of all the certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching certifications
	 */
	@Override
	public List<Certification> findByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number,
		int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return findByC_TM_I_N(
			companyId, trainingMethodId, issuer, number, start, end,
			orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching certifications
	 */
	@Override
	public List<Certification> findByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number,
		int start, int end, OrderByComparator<Certification> orderByComparator,
		boolean useFinderCache) {

		issuer = Objects.toString(issuer, "");
		number = Objects.toString(number, "");

		FinderPath finderPath = null;
		Object[] finderArgs = null;

		if ((start == QueryUtil.ALL_POS) && (end == QueryUtil.ALL_POS) &&
			(orderByComparator == null)) {

			if (useFinderCache) {
				finderPath = _finderPathWithoutPaginationFindByC_TM_I_N;
				finderArgs = new Object[] {
					companyId, trainingMethodId, issuer, number
				};
			}
		}
		else if (useFinderCache) {
			finderPath = _finderPathWithPaginationFindByC_TM_I_N;
			finderArgs = new Object[] {
				companyId, trainingMethodId, issuer, number, start, end,
				orderByComparator
			};
		}

		List<Certification> list = null;

		if (useFinderCache) {
			list = (List<Certification>)finderCache.getResult(
				finderPath, finderArgs, this);

			if ((list != null) && !list.isEmpty()) {
				for (Certification certification : list) {
					if ((companyId != certification.getCompanyId()) ||
						(trainingMethodId !=
							certification.getTrainingMethodId()) ||
						!issuer.equals(certification.getIssuer()) ||
						!number.equals(certification.getNumber())) {

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
					6 + (orderByComparator.getOrderByFields().length * 2));
			}
			else {
				sb = new StringBundler(6);
			}

			sb.append(_SQL_SELECT_CERTIFICATION_WHERE);

			sb.append(_FINDER_COLUMN_C_TM_I_N_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_TM_I_N_TRAININGMETHODID_2);

			boolean bindIssuer = false;

			if (issuer.isEmpty()) {
				sb.append(_FINDER_COLUMN_C_TM_I_N_ISSUER_3);
			}
			else {
				bindIssuer = true;

				sb.append(_FINDER_COLUMN_C_TM_I_N_ISSUER_2);
			}

			boolean bindNumber = false;

			if (number.isEmpty()) {
				sb.append(_FINDER_COLUMN_C_TM_I_N_NUMBER_3);
			}
			else {
				bindNumber = true;

				sb.append(_FINDER_COLUMN_C_TM_I_N_NUMBER_2);
			}

			if (orderByComparator != null) {
				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);
			}
			else {
				sb.append(CertificationModelImpl.ORDER_BY_JPQL);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(trainingMethodId);

				if (bindIssuer) {
					queryPos.add(issuer);
				}

				if (bindNumber) {
					queryPos.add(number);
				}

				list = (List<Certification>)QueryUtil.list(
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
	 * Returns the first certification in the ordered set where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	@Override
	public Certification findByC_TM_I_N_First(
			long companyId, long trainingMethodId, String issuer, String number,
			OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		Certification certification = fetchByC_TM_I_N_First(
			companyId, trainingMethodId, issuer, number, orderByComparator);

		if (certification != null) {
			return certification;
		}

		StringBundler sb = new StringBundler(10);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", trainingMethodId=");
		sb.append(trainingMethodId);

		sb.append(", issuer=");
		sb.append(issuer);

		sb.append(", number=");
		sb.append(number);

		sb.append("}");

		throw new NoSuchCertificationException(sb.toString());
	}

	/**
	 * Returns the first certification in the ordered set where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Override
	public Certification fetchByC_TM_I_N_First(
		long companyId, long trainingMethodId, String issuer, String number,
		OrderByComparator<Certification> orderByComparator) {

		List<Certification> list = findByC_TM_I_N(
			companyId, trainingMethodId, issuer, number, 0, 1,
			orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the last certification in the ordered set where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification
	 * @throws NoSuchCertificationException if a matching certification could not be found
	 */
	@Override
	public Certification findByC_TM_I_N_Last(
			long companyId, long trainingMethodId, String issuer, String number,
			OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		Certification certification = fetchByC_TM_I_N_Last(
			companyId, trainingMethodId, issuer, number, orderByComparator);

		if (certification != null) {
			return certification;
		}

		StringBundler sb = new StringBundler(10);

		sb.append(_NO_SUCH_ENTITY_WITH_KEY);

		sb.append("companyId=");
		sb.append(companyId);

		sb.append(", trainingMethodId=");
		sb.append(trainingMethodId);

		sb.append(", issuer=");
		sb.append(issuer);

		sb.append(", number=");
		sb.append(number);

		sb.append("}");

		throw new NoSuchCertificationException(sb.toString());
	}

	/**
	 * Returns the last certification in the ordered set where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching certification, or <code>null</code> if a matching certification could not be found
	 */
	@Override
	public Certification fetchByC_TM_I_N_Last(
		long companyId, long trainingMethodId, String issuer, String number,
		OrderByComparator<Certification> orderByComparator) {

		int count = countByC_TM_I_N(
			companyId, trainingMethodId, issuer, number);

		if (count == 0) {
			return null;
		}

		List<Certification> list = findByC_TM_I_N(
			companyId, trainingMethodId, issuer, number, count - 1, count,
			orderByComparator);

		if (!list.isEmpty()) {
			return list.get(0);
		}

		return null;
	}

	/**
	 * Returns the certifications before and after the current certification in the ordered set where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param certificationId the primary key of the current certification
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	@Override
	public Certification[] findByC_TM_I_N_PrevAndNext(
			long certificationId, long companyId, long trainingMethodId,
			String issuer, String number,
			OrderByComparator<Certification> orderByComparator)
		throws NoSuchCertificationException {

		issuer = Objects.toString(issuer, "");
		number = Objects.toString(number, "");

		Certification certification = findByPrimaryKey(certificationId);

		Session session = null;

		try {
			session = openSession();

			Certification[] array = new CertificationImpl[3];

			array[0] = getByC_TM_I_N_PrevAndNext(
				session, certification, companyId, trainingMethodId, issuer,
				number, orderByComparator, true);

			array[1] = certification;

			array[2] = getByC_TM_I_N_PrevAndNext(
				session, certification, companyId, trainingMethodId, issuer,
				number, orderByComparator, false);

			return array;
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}
	}

	protected Certification getByC_TM_I_N_PrevAndNext(
		Session session, Certification certification, long companyId,
		long trainingMethodId, String issuer, String number,
		OrderByComparator<Certification> orderByComparator, boolean previous) {

		StringBundler sb = null;

		if (orderByComparator != null) {
			sb = new StringBundler(
				7 + (orderByComparator.getOrderByConditionFields().length * 3) +
					(orderByComparator.getOrderByFields().length * 3));
		}
		else {
			sb = new StringBundler(6);
		}

		sb.append(_SQL_SELECT_CERTIFICATION_WHERE);

		sb.append(_FINDER_COLUMN_C_TM_I_N_COMPANYID_2);

		sb.append(_FINDER_COLUMN_C_TM_I_N_TRAININGMETHODID_2);

		boolean bindIssuer = false;

		if (issuer.isEmpty()) {
			sb.append(_FINDER_COLUMN_C_TM_I_N_ISSUER_3);
		}
		else {
			bindIssuer = true;

			sb.append(_FINDER_COLUMN_C_TM_I_N_ISSUER_2);
		}

		boolean bindNumber = false;

		if (number.isEmpty()) {
			sb.append(_FINDER_COLUMN_C_TM_I_N_NUMBER_3);
		}
		else {
			bindNumber = true;

			sb.append(_FINDER_COLUMN_C_TM_I_N_NUMBER_2);
		}

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
			sb.append(CertificationModelImpl.ORDER_BY_JPQL);
		}

		String sql = sb.toString();

		Query query = session.createQuery(sql);

		query.setFirstResult(0);
		query.setMaxResults(2);

		QueryPos queryPos = QueryPos.getInstance(query);

		queryPos.add(companyId);

		queryPos.add(trainingMethodId);

		if (bindIssuer) {
			queryPos.add(issuer);
		}

		if (bindNumber) {
			queryPos.add(number);
		}

		if (orderByComparator != null) {
			for (Object orderByConditionValue :
					orderByComparator.getOrderByConditionValues(
						certification)) {

				queryPos.add(orderByConditionValue);
			}
		}

		List<Certification> list = query.list();

		if (list.size() == 2) {
			return list.get(1);
		}
		else {
			return null;
		}
	}

	/**
	 * Removes all the certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63; from the database.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 */
	@Override
	public void removeByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number) {

		for (Certification certification :
				findByC_TM_I_N(
					companyId, trainingMethodId, issuer, number,
					QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			remove(certification);
		}
	}

	/**
	 * Returns the number of certifications where companyId = &#63; and trainingMethodId = &#63; and issuer = &#63; and number = &#63;.
	 *
	 * @param companyId the company ID
	 * @param trainingMethodId the training method ID
	 * @param issuer the issuer
	 * @param number the number
	 * @return the number of matching certifications
	 */
	@Override
	public int countByC_TM_I_N(
		long companyId, long trainingMethodId, String issuer, String number) {

		issuer = Objects.toString(issuer, "");
		number = Objects.toString(number, "");

		FinderPath finderPath = _finderPathCountByC_TM_I_N;

		Object[] finderArgs = new Object[] {
			companyId, trainingMethodId, issuer, number
		};

		Long count = (Long)finderCache.getResult(finderPath, finderArgs, this);

		if (count == null) {
			StringBundler sb = new StringBundler(5);

			sb.append(_SQL_COUNT_CERTIFICATION_WHERE);

			sb.append(_FINDER_COLUMN_C_TM_I_N_COMPANYID_2);

			sb.append(_FINDER_COLUMN_C_TM_I_N_TRAININGMETHODID_2);

			boolean bindIssuer = false;

			if (issuer.isEmpty()) {
				sb.append(_FINDER_COLUMN_C_TM_I_N_ISSUER_3);
			}
			else {
				bindIssuer = true;

				sb.append(_FINDER_COLUMN_C_TM_I_N_ISSUER_2);
			}

			boolean bindNumber = false;

			if (number.isEmpty()) {
				sb.append(_FINDER_COLUMN_C_TM_I_N_NUMBER_3);
			}
			else {
				bindNumber = true;

				sb.append(_FINDER_COLUMN_C_TM_I_N_NUMBER_2);
			}

			String sql = sb.toString();

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				QueryPos queryPos = QueryPos.getInstance(query);

				queryPos.add(companyId);

				queryPos.add(trainingMethodId);

				if (bindIssuer) {
					queryPos.add(issuer);
				}

				if (bindNumber) {
					queryPos.add(number);
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

	private static final String _FINDER_COLUMN_C_TM_I_N_COMPANYID_2 =
		"certification.companyId = ? AND ";

	private static final String _FINDER_COLUMN_C_TM_I_N_TRAININGMETHODID_2 =
		"certification.trainingMethodId = ? AND ";

	private static final String _FINDER_COLUMN_C_TM_I_N_ISSUER_2 =
		"certification.issuer = ? AND ";

	private static final String _FINDER_COLUMN_C_TM_I_N_ISSUER_3 =
		"(certification.issuer IS NULL OR certification.issuer = '') AND ";

	private static final String _FINDER_COLUMN_C_TM_I_N_NUMBER_2 =
		"certification.number = ?";

	private static final String _FINDER_COLUMN_C_TM_I_N_NUMBER_3 =
		"(certification.number IS NULL OR certification.number = '')";

	public CertificationPersistenceImpl() {
		Map<String, String> dbColumnNames = new HashMap<String, String>();

		dbColumnNames.put("uuid", "uuid_");
		dbColumnNames.put("number", "number_");
		dbColumnNames.put("state", "state_");

		setDBColumnNames(dbColumnNames);

		setModelClass(Certification.class);

		setModelImplClass(CertificationImpl.class);
		setModelPKClass(long.class);

		setTable(CertificationTable.INSTANCE);
	}

	/**
	 * Caches the certification in the entity cache if it is enabled.
	 *
	 * @param certification the certification
	 */
	@Override
	public void cacheResult(Certification certification) {
		entityCache.putResult(
			CertificationImpl.class, certification.getPrimaryKey(),
			certification);

		finderCache.putResult(
			_finderPathFetchByUUID_G,
			new Object[] {certification.getUuid(), certification.getGroupId()},
			certification);
	}

	private int _valueObjectFinderCacheListThreshold;

	/**
	 * Caches the certifications in the entity cache if it is enabled.
	 *
	 * @param certifications the certifications
	 */
	@Override
	public void cacheResult(List<Certification> certifications) {
		if ((_valueObjectFinderCacheListThreshold == 0) ||
			((_valueObjectFinderCacheListThreshold > 0) &&
			 (certifications.size() > _valueObjectFinderCacheListThreshold))) {

			return;
		}

		for (Certification certification : certifications) {
			if (entityCache.getResult(
					CertificationImpl.class, certification.getPrimaryKey()) ==
						null) {

				cacheResult(certification);
			}
		}
	}

	/**
	 * Clears the cache for all certifications.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache() {
		entityCache.clearCache(CertificationImpl.class);

		finderCache.clearCache(CertificationImpl.class);
	}

	/**
	 * Clears the cache for the certification.
	 *
	 * <p>
	 * The <code>EntityCache</code> and <code>FinderCache</code> are both cleared by this method.
	 * </p>
	 */
	@Override
	public void clearCache(Certification certification) {
		entityCache.removeResult(CertificationImpl.class, certification);
	}

	@Override
	public void clearCache(List<Certification> certifications) {
		for (Certification certification : certifications) {
			entityCache.removeResult(CertificationImpl.class, certification);
		}
	}

	@Override
	public void clearCache(Set<Serializable> primaryKeys) {
		finderCache.clearCache(CertificationImpl.class);

		for (Serializable primaryKey : primaryKeys) {
			entityCache.removeResult(CertificationImpl.class, primaryKey);
		}
	}

	protected void cacheUniqueFindersCache(
		CertificationModelImpl certificationModelImpl) {

		Object[] args = new Object[] {
			certificationModelImpl.getUuid(),
			certificationModelImpl.getGroupId()
		};

		finderCache.putResult(_finderPathCountByUUID_G, args, Long.valueOf(1));
		finderCache.putResult(
			_finderPathFetchByUUID_G, args, certificationModelImpl);
	}

	/**
	 * Creates a new certification with the primary key. Does not add the certification to the database.
	 *
	 * @param certificationId the primary key for the new certification
	 * @return the new certification
	 */
	@Override
	public Certification create(long certificationId) {
		Certification certification = new CertificationImpl();

		certification.setNew(true);
		certification.setPrimaryKey(certificationId);

		String uuid = PortalUUIDUtil.generate();

		certification.setUuid(uuid);

		certification.setCompanyId(CompanyThreadLocal.getCompanyId());

		return certification;
	}

	/**
	 * Removes the certification with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param certificationId the primary key of the certification
	 * @return the certification that was removed
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	@Override
	public Certification remove(long certificationId)
		throws NoSuchCertificationException {

		return remove((Serializable)certificationId);
	}

	/**
	 * Removes the certification with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param primaryKey the primary key of the certification
	 * @return the certification that was removed
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	@Override
	public Certification remove(Serializable primaryKey)
		throws NoSuchCertificationException {

		Session session = null;

		try {
			session = openSession();

			Certification certification = (Certification)session.get(
				CertificationImpl.class, primaryKey);

			if (certification == null) {
				if (_log.isDebugEnabled()) {
					_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
				}

				throw new NoSuchCertificationException(
					_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			return remove(certification);
		}
		catch (NoSuchCertificationException noSuchEntityException) {
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
	protected Certification removeImpl(Certification certification) {
		Session session = null;

		try {
			session = openSession();

			if (!session.contains(certification)) {
				certification = (Certification)session.get(
					CertificationImpl.class, certification.getPrimaryKeyObj());
			}

			if (certification != null) {
				session.delete(certification);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		if (certification != null) {
			clearCache(certification);
		}

		return certification;
	}

	@Override
	public Certification updateImpl(Certification certification) {
		boolean isNew = certification.isNew();

		if (!(certification instanceof CertificationModelImpl)) {
			InvocationHandler invocationHandler = null;

			if (ProxyUtil.isProxyClass(certification.getClass())) {
				invocationHandler = ProxyUtil.getInvocationHandler(
					certification);

				throw new IllegalArgumentException(
					"Implement ModelWrapper in certification proxy " +
						invocationHandler.getClass());
			}

			throw new IllegalArgumentException(
				"Implement ModelWrapper in custom Certification implementation " +
					certification.getClass());
		}

		CertificationModelImpl certificationModelImpl =
			(CertificationModelImpl)certification;

		if (Validator.isNull(certification.getUuid())) {
			String uuid = PortalUUIDUtil.generate();

			certification.setUuid(uuid);
		}

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		Date date = new Date();

		if (isNew && (certification.getCreateDate() == null)) {
			if (serviceContext == null) {
				certification.setCreateDate(date);
			}
			else {
				certification.setCreateDate(serviceContext.getCreateDate(date));
			}
		}

		if (!certificationModelImpl.hasSetModifiedDate()) {
			if (serviceContext == null) {
				certification.setModifiedDate(date);
			}
			else {
				certification.setModifiedDate(
					serviceContext.getModifiedDate(date));
			}
		}

		Session session = null;

		try {
			session = openSession();

			if (isNew) {
				session.save(certification);
			}
			else {
				certification = (Certification)session.merge(certification);
			}
		}
		catch (Exception exception) {
			throw processException(exception);
		}
		finally {
			closeSession(session);
		}

		entityCache.putResult(
			CertificationImpl.class, certificationModelImpl, false, true);

		cacheUniqueFindersCache(certificationModelImpl);

		if (isNew) {
			certification.setNew(false);
		}

		certification.resetOriginalValues();

		return certification;
	}

	/**
	 * Returns the certification with the primary key or throws a <code>com.liferay.portal.kernel.exception.NoSuchModelException</code> if it could not be found.
	 *
	 * @param primaryKey the primary key of the certification
	 * @return the certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	@Override
	public Certification findByPrimaryKey(Serializable primaryKey)
		throws NoSuchCertificationException {

		Certification certification = fetchByPrimaryKey(primaryKey);

		if (certification == null) {
			if (_log.isDebugEnabled()) {
				_log.debug(_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
			}

			throw new NoSuchCertificationException(
				_NO_SUCH_ENTITY_WITH_PRIMARY_KEY + primaryKey);
		}

		return certification;
	}

	/**
	 * Returns the certification with the primary key or throws a <code>NoSuchCertificationException</code> if it could not be found.
	 *
	 * @param certificationId the primary key of the certification
	 * @return the certification
	 * @throws NoSuchCertificationException if a certification with the primary key could not be found
	 */
	@Override
	public Certification findByPrimaryKey(long certificationId)
		throws NoSuchCertificationException {

		return findByPrimaryKey((Serializable)certificationId);
	}

	/**
	 * Returns the certification with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param certificationId the primary key of the certification
	 * @return the certification, or <code>null</code> if a certification with the primary key could not be found
	 */
	@Override
	public Certification fetchByPrimaryKey(long certificationId) {
		return fetchByPrimaryKey((Serializable)certificationId);
	}

	/**
	 * Returns all the certifications.
	 *
	 * @return the certifications
	 */
	@Override
	public List<Certification> findAll() {
		return findAll(QueryUtil.ALL_POS, QueryUtil.ALL_POS, null);
	}

	/**
	 * Returns a range of all the certifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @return the range of certifications
	 */
	@Override
	public List<Certification> findAll(int start, int end) {
		return findAll(start, end, null);
	}

	/**
	 * Returns an ordered range of all the certifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of certifications
	 */
	@Override
	public List<Certification> findAll(
		int start, int end,
		OrderByComparator<Certification> orderByComparator) {

		return findAll(start, end, orderByComparator, true);
	}

	/**
	 * Returns an ordered range of all the certifications.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CertificationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of certifications
	 * @param end the upper bound of the range of certifications (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of certifications
	 */
	@Override
	public List<Certification> findAll(
		int start, int end, OrderByComparator<Certification> orderByComparator,
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

		List<Certification> list = null;

		if (useFinderCache) {
			list = (List<Certification>)finderCache.getResult(
				finderPath, finderArgs, this);
		}

		if (list == null) {
			StringBundler sb = null;
			String sql = null;

			if (orderByComparator != null) {
				sb = new StringBundler(
					2 + (orderByComparator.getOrderByFields().length * 2));

				sb.append(_SQL_SELECT_CERTIFICATION);

				appendOrderByComparator(
					sb, _ORDER_BY_ENTITY_ALIAS, orderByComparator);

				sql = sb.toString();
			}
			else {
				sql = _SQL_SELECT_CERTIFICATION;

				sql = sql.concat(CertificationModelImpl.ORDER_BY_JPQL);
			}

			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(sql);

				list = (List<Certification>)QueryUtil.list(
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
	 * Removes all the certifications from the database.
	 *
	 */
	@Override
	public void removeAll() {
		for (Certification certification : findAll()) {
			remove(certification);
		}
	}

	/**
	 * Returns the number of certifications.
	 *
	 * @return the number of certifications
	 */
	@Override
	public int countAll() {
		Long count = (Long)finderCache.getResult(
			_finderPathCountAll, FINDER_ARGS_EMPTY, this);

		if (count == null) {
			Session session = null;

			try {
				session = openSession();

				Query query = session.createQuery(_SQL_COUNT_CERTIFICATION);

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
	public Set<String> getBadColumnNames() {
		return _badColumnNames;
	}

	@Override
	protected EntityCache getEntityCache() {
		return entityCache;
	}

	@Override
	protected String getPKDBName() {
		return "certificationId";
	}

	@Override
	protected String getSelectSQL() {
		return _SQL_SELECT_CERTIFICATION;
	}

	@Override
	protected Map<String, Integer> getTableColumnsMap() {
		return CertificationModelImpl.TABLE_COLUMNS_MAP;
	}

	/**
	 * Initializes the certification persistence.
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

		_finderPathWithPaginationFindByUuid = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByUuid",
			new String[] {
				String.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"uuid_"}, true);

		_finderPathWithoutPaginationFindByUuid = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByUuid",
			new String[] {String.class.getName()}, new String[] {"uuid_"},
			true);

		_finderPathCountByUuid = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByUuid",
			new String[] {String.class.getName()}, new String[] {"uuid_"},
			false);

		_finderPathFetchByUUID_G = new FinderPath(
			FINDER_CLASS_NAME_ENTITY, "fetchByUUID_G",
			new String[] {String.class.getName(), Long.class.getName()},
			new String[] {"uuid_", "groupId"}, true);

		_finderPathCountByUUID_G = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByUUID_G",
			new String[] {String.class.getName(), Long.class.getName()},
			new String[] {"uuid_", "groupId"}, false);

		_finderPathWithPaginationFindByUuid_C = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByUuid_C",
			new String[] {
				String.class.getName(), Long.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"uuid_", "companyId"}, true);

		_finderPathWithoutPaginationFindByUuid_C = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByUuid_C",
			new String[] {String.class.getName(), Long.class.getName()},
			new String[] {"uuid_", "companyId"}, true);

		_finderPathCountByUuid_C = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByUuid_C",
			new String[] {String.class.getName(), Long.class.getName()},
			new String[] {"uuid_", "companyId"}, false);

		_finderPathWithPaginationFindByHolderUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByHolderUserId",
			new String[] {
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), OrderByComparator.class.getName()
			},
			new String[] {"holderUserId"}, true);

		_finderPathWithoutPaginationFindByHolderUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByHolderUserId",
			new String[] {Long.class.getName()}, new String[] {"holderUserId"},
			true);

		_finderPathCountByHolderUserId = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByHolderUserId",
			new String[] {Long.class.getName()}, new String[] {"holderUserId"},
			false);

		_finderPathWithPaginationFindByC_HU_TM_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByC_HU_TM_S",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Long.class.getName(), Integer.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {
				"companyId", "holderUserId", "trainingMethodId", "state_"
			},
			true);

		_finderPathWithoutPaginationFindByC_HU_TM_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByC_HU_TM_S",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Long.class.getName(), Integer.class.getName()
			},
			new String[] {
				"companyId", "holderUserId", "trainingMethodId", "state_"
			},
			true);

		_finderPathCountByC_HU_TM_S = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC_HU_TM_S",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				Long.class.getName(), Integer.class.getName()
			},
			new String[] {
				"companyId", "holderUserId", "trainingMethodId", "state_"
			},
			false);

		_finderPathWithPaginationFindByC_TM_I_N = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITH_PAGINATION, "findByC_TM_I_N",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				String.class.getName(), String.class.getName(),
				Integer.class.getName(), Integer.class.getName(),
				OrderByComparator.class.getName()
			},
			new String[] {"companyId", "trainingMethodId", "issuer", "number_"},
			true);

		_finderPathWithoutPaginationFindByC_TM_I_N = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "findByC_TM_I_N",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				String.class.getName(), String.class.getName()
			},
			new String[] {"companyId", "trainingMethodId", "issuer", "number_"},
			true);

		_finderPathCountByC_TM_I_N = new FinderPath(
			FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION, "countByC_TM_I_N",
			new String[] {
				Long.class.getName(), Long.class.getName(),
				String.class.getName(), String.class.getName()
			},
			new String[] {"companyId", "trainingMethodId", "issuer", "number_"},
			false);

		CertificationUtil.setPersistence(this);
	}

	@Deactivate
	public void deactivate() {
		CertificationUtil.setPersistence(null);

		entityCache.removeCache(CertificationImpl.class.getName());
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

	private static final String _SQL_SELECT_CERTIFICATION =
		"SELECT certification FROM Certification certification";

	private static final String _SQL_SELECT_CERTIFICATION_WHERE =
		"SELECT certification FROM Certification certification WHERE ";

	private static final String _SQL_COUNT_CERTIFICATION =
		"SELECT COUNT(certification) FROM Certification certification";

	private static final String _SQL_COUNT_CERTIFICATION_WHERE =
		"SELECT COUNT(certification) FROM Certification certification WHERE ";

	private static final String _ORDER_BY_ENTITY_ALIAS = "certification.";

	private static final String _NO_SUCH_ENTITY_WITH_PRIMARY_KEY =
		"No Certification exists with the primary key ";

	private static final String _NO_SUCH_ENTITY_WITH_KEY =
		"No Certification exists with the key {";

	private static final Log _log = LogFactoryUtil.getLog(
		CertificationPersistenceImpl.class);

	private static final Set<String> _badColumnNames = SetUtil.fromArray(
		new String[] {"uuid", "number", "state"});

	@Override
	protected FinderCache getFinderCache() {
		return finderCache;
	}

}