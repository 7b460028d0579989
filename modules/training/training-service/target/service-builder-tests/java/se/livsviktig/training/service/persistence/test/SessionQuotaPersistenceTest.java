/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence.test;

import com.liferay.arquillian.extension.junit.bridge.junit.Arquillian;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQueryFactoryUtil;
import com.liferay.portal.kernel.dao.orm.ProjectionFactoryUtil;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.test.ReflectionTestUtil;
import com.liferay.portal.kernel.test.rule.AggregateTestRule;
import com.liferay.portal.kernel.test.util.RandomTestUtil;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.util.IntegerWrapper;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.OrderByComparatorFactoryUtil;
import com.liferay.portal.kernel.util.Time;
import com.liferay.portal.test.rule.LiferayIntegrationTestRule;
import com.liferay.portal.test.rule.PersistenceTestRule;
import com.liferay.portal.test.rule.TransactionalTestRule;

import java.io.Serializable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.After;
import org.junit.Assert;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;

import se.livsviktig.training.exception.NoSuchSessionQuotaException;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.service.SessionQuotaLocalServiceUtil;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;
import se.livsviktig.training.service.persistence.SessionQuotaUtil;

/**
 * @generated
 */
@RunWith(Arquillian.class)
public class SessionQuotaPersistenceTest {

	@ClassRule
	@Rule
	public static final AggregateTestRule aggregateTestRule =
		new AggregateTestRule(
			new LiferayIntegrationTestRule(), PersistenceTestRule.INSTANCE,
			new TransactionalTestRule(
				Propagation.REQUIRED, "se.livsviktig.training.service"));

	@Before
	public void setUp() {
		_persistence = SessionQuotaUtil.getPersistence();

		Class<?> clazz = _persistence.getClass();

		_dynamicQueryClassLoader = clazz.getClassLoader();
	}

	@After
	public void tearDown() throws Exception {
		Iterator<SessionQuota> iterator = _sessionQuotas.iterator();

		while (iterator.hasNext()) {
			_persistence.remove(iterator.next());

			iterator.remove();
		}
	}

	@Test
	public void testCreate() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionQuota sessionQuota = _persistence.create(pk);

		Assert.assertNotNull(sessionQuota);

		Assert.assertEquals(sessionQuota.getPrimaryKey(), pk);
	}

	@Test
	public void testRemove() throws Exception {
		SessionQuota newSessionQuota = addSessionQuota();

		_persistence.remove(newSessionQuota);

		SessionQuota existingSessionQuota = _persistence.fetchByPrimaryKey(
			newSessionQuota.getPrimaryKey());

		Assert.assertNull(existingSessionQuota);
	}

	@Test
	public void testUpdateNew() throws Exception {
		addSessionQuota();
	}

	@Test
	public void testUpdateExisting() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionQuota newSessionQuota = _persistence.create(pk);

		newSessionQuota.setMvccVersion(RandomTestUtil.nextLong());

		newSessionQuota.setGroupId(RandomTestUtil.nextLong());

		newSessionQuota.setCompanyId(RandomTestUtil.nextLong());

		newSessionQuota.setCreateDate(RandomTestUtil.nextDate());

		newSessionQuota.setModifiedDate(RandomTestUtil.nextDate());

		newSessionQuota.setCourseSessionId(RandomTestUtil.nextLong());

		newSessionQuota.setOrganizationId(RandomTestUtil.nextLong());

		newSessionQuota.setSeats(RandomTestUtil.nextInt());

		newSessionQuota.setReleaseDate(RandomTestUtil.nextDate());

		newSessionQuota.setReleased(RandomTestUtil.randomBoolean());

		_sessionQuotas.add(_persistence.update(newSessionQuota));

		SessionQuota existingSessionQuota = _persistence.findByPrimaryKey(
			newSessionQuota.getPrimaryKey());

		Assert.assertEquals(
			existingSessionQuota.getMvccVersion(),
			newSessionQuota.getMvccVersion());
		Assert.assertEquals(
			existingSessionQuota.getSessionQuotaId(),
			newSessionQuota.getSessionQuotaId());
		Assert.assertEquals(
			existingSessionQuota.getGroupId(), newSessionQuota.getGroupId());
		Assert.assertEquals(
			existingSessionQuota.getCompanyId(),
			newSessionQuota.getCompanyId());
		Assert.assertEquals(
			Time.getShortTimestamp(existingSessionQuota.getCreateDate()),
			Time.getShortTimestamp(newSessionQuota.getCreateDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(existingSessionQuota.getModifiedDate()),
			Time.getShortTimestamp(newSessionQuota.getModifiedDate()));
		Assert.assertEquals(
			existingSessionQuota.getCourseSessionId(),
			newSessionQuota.getCourseSessionId());
		Assert.assertEquals(
			existingSessionQuota.getOrganizationId(),
			newSessionQuota.getOrganizationId());
		Assert.assertEquals(
			existingSessionQuota.getSeats(), newSessionQuota.getSeats());
		Assert.assertEquals(
			Time.getShortTimestamp(existingSessionQuota.getReleaseDate()),
			Time.getShortTimestamp(newSessionQuota.getReleaseDate()));
		Assert.assertEquals(
			existingSessionQuota.isReleased(), newSessionQuota.isReleased());
	}

	@Test
	public void testCountByCourseSessionId() throws Exception {
		_persistence.countByCourseSessionId(RandomTestUtil.nextLong());

		_persistence.countByCourseSessionId(0L);
	}

	@Test
	public void testCountByCS_O() throws Exception {
		_persistence.countByCS_O(
			RandomTestUtil.nextLong(), RandomTestUtil.nextLong());

		_persistence.countByCS_O(0L, 0L);
	}

	@Test
	public void testCountByR_LtRD() throws Exception {
		_persistence.countByR_LtRD(
			RandomTestUtil.randomBoolean(), RandomTestUtil.nextDate());

		_persistence.countByR_LtRD(
			RandomTestUtil.randomBoolean(), RandomTestUtil.nextDate());
	}

	@Test
	public void testFindByPrimaryKeyExisting() throws Exception {
		SessionQuota newSessionQuota = addSessionQuota();

		SessionQuota existingSessionQuota = _persistence.findByPrimaryKey(
			newSessionQuota.getPrimaryKey());

		Assert.assertEquals(existingSessionQuota, newSessionQuota);
	}

	@Test(expected = NoSuchSessionQuotaException.class)
	public void testFindByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		_persistence.findByPrimaryKey(pk);
	}

	@Test
	public void testFindAll() throws Exception {
		_persistence.findAll(
			QueryUtil.ALL_POS, QueryUtil.ALL_POS, getOrderByComparator());
	}

	protected OrderByComparator<SessionQuota> getOrderByComparator() {
		return OrderByComparatorFactoryUtil.create(
			"LVTraining_SessionQuota", "mvccVersion", true, "sessionQuotaId",
			true, "groupId", true, "companyId", true, "createDate", true,
			"modifiedDate", true, "courseSessionId", true, "organizationId",
			true, "seats", true, "releaseDate", true, "released", true);
	}

	@Test
	public void testFetchByPrimaryKeyExisting() throws Exception {
		SessionQuota newSessionQuota = addSessionQuota();

		SessionQuota existingSessionQuota = _persistence.fetchByPrimaryKey(
			newSessionQuota.getPrimaryKey());

		Assert.assertEquals(existingSessionQuota, newSessionQuota);
	}

	@Test
	public void testFetchByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionQuota missingSessionQuota = _persistence.fetchByPrimaryKey(pk);

		Assert.assertNull(missingSessionQuota);
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereAllPrimaryKeysExist()
		throws Exception {

		SessionQuota newSessionQuota1 = addSessionQuota();
		SessionQuota newSessionQuota2 = addSessionQuota();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newSessionQuota1.getPrimaryKey());
		primaryKeys.add(newSessionQuota2.getPrimaryKey());

		Map<Serializable, SessionQuota> sessionQuotas =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(2, sessionQuotas.size());
		Assert.assertEquals(
			newSessionQuota1,
			sessionQuotas.get(newSessionQuota1.getPrimaryKey()));
		Assert.assertEquals(
			newSessionQuota2,
			sessionQuotas.get(newSessionQuota2.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereNoPrimaryKeysExist()
		throws Exception {

		long pk1 = RandomTestUtil.nextLong();

		long pk2 = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(pk1);
		primaryKeys.add(pk2);

		Map<Serializable, SessionQuota> sessionQuotas =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(sessionQuotas.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereSomePrimaryKeysExist()
		throws Exception {

		SessionQuota newSessionQuota = addSessionQuota();

		long pk = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newSessionQuota.getPrimaryKey());
		primaryKeys.add(pk);

		Map<Serializable, SessionQuota> sessionQuotas =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, sessionQuotas.size());
		Assert.assertEquals(
			newSessionQuota,
			sessionQuotas.get(newSessionQuota.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithNoPrimaryKeys() throws Exception {
		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		Map<Serializable, SessionQuota> sessionQuotas =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(sessionQuotas.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithOnePrimaryKey() throws Exception {
		SessionQuota newSessionQuota = addSessionQuota();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newSessionQuota.getPrimaryKey());

		Map<Serializable, SessionQuota> sessionQuotas =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, sessionQuotas.size());
		Assert.assertEquals(
			newSessionQuota,
			sessionQuotas.get(newSessionQuota.getPrimaryKey()));
	}

	@Test
	public void testActionableDynamicQuery() throws Exception {
		final IntegerWrapper count = new IntegerWrapper();

		ActionableDynamicQuery actionableDynamicQuery =
			SessionQuotaLocalServiceUtil.getActionableDynamicQuery();

		actionableDynamicQuery.setPerformActionMethod(
			new ActionableDynamicQuery.PerformActionMethod<SessionQuota>() {

				@Override
				public void performAction(SessionQuota sessionQuota) {
					Assert.assertNotNull(sessionQuota);

					count.increment();
				}

			});

		actionableDynamicQuery.performActions();

		Assert.assertEquals(count.getValue(), _persistence.countAll());
	}

	@Test
	public void testDynamicQueryByPrimaryKeyExisting() throws Exception {
		SessionQuota newSessionQuota = addSessionQuota();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionQuota.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"sessionQuotaId", newSessionQuota.getSessionQuotaId()));

		List<SessionQuota> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(1, result.size());

		SessionQuota existingSessionQuota = result.get(0);

		Assert.assertEquals(existingSessionQuota, newSessionQuota);
	}

	@Test
	public void testDynamicQueryByPrimaryKeyMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionQuota.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"sessionQuotaId", RandomTestUtil.nextLong()));

		List<SessionQuota> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testDynamicQueryByProjectionExisting() throws Exception {
		SessionQuota newSessionQuota = addSessionQuota();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionQuota.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("sessionQuotaId"));

		Object newSessionQuotaId = newSessionQuota.getSessionQuotaId();

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"sessionQuotaId", new Object[] {newSessionQuotaId}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(1, result.size());

		Object existingSessionQuotaId = result.get(0);

		Assert.assertEquals(existingSessionQuotaId, newSessionQuotaId);
	}

	@Test
	public void testDynamicQueryByProjectionMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionQuota.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("sessionQuotaId"));

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"sessionQuotaId", new Object[] {RandomTestUtil.nextLong()}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testResetOriginalValues() throws Exception {
		SessionQuota newSessionQuota = addSessionQuota();

		_persistence.clearCache();

		_assertOriginalValues(
			_persistence.findByPrimaryKey(newSessionQuota.getPrimaryKey()));
	}

	@Test
	public void testResetOriginalValuesWithDynamicQueryLoadFromDatabase()
		throws Exception {

		_testResetOriginalValuesWithDynamicQuery(true);
	}

	@Test
	public void testResetOriginalValuesWithDynamicQueryLoadFromSession()
		throws Exception {

		_testResetOriginalValuesWithDynamicQuery(false);
	}

	private void _testResetOriginalValuesWithDynamicQuery(boolean clearSession)
		throws Exception {

		SessionQuota newSessionQuota = addSessionQuota();

		if (clearSession) {
			Session session = _persistence.openSession();

			session.flush();

			session.clear();
		}

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionQuota.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"sessionQuotaId", newSessionQuota.getSessionQuotaId()));

		List<SessionQuota> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		_assertOriginalValues(result.get(0));
	}

	private void _assertOriginalValues(SessionQuota sessionQuota) {
		Assert.assertEquals(
			Long.valueOf(sessionQuota.getCourseSessionId()),
			ReflectionTestUtil.<Long>invoke(
				sessionQuota, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "courseSessionId"));
		Assert.assertEquals(
			Long.valueOf(sessionQuota.getOrganizationId()),
			ReflectionTestUtil.<Long>invoke(
				sessionQuota, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "organizationId"));
	}

	protected SessionQuota addSessionQuota() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionQuota sessionQuota = _persistence.create(pk);

		sessionQuota.setMvccVersion(RandomTestUtil.nextLong());

		sessionQuota.setGroupId(RandomTestUtil.nextLong());

		sessionQuota.setCompanyId(RandomTestUtil.nextLong());

		sessionQuota.setCreateDate(RandomTestUtil.nextDate());

		sessionQuota.setModifiedDate(RandomTestUtil.nextDate());

		sessionQuota.setCourseSessionId(RandomTestUtil.nextLong());

		sessionQuota.setOrganizationId(RandomTestUtil.nextLong());

		sessionQuota.setSeats(RandomTestUtil.nextInt());

		sessionQuota.setReleaseDate(RandomTestUtil.nextDate());

		sessionQuota.setReleased(RandomTestUtil.randomBoolean());

		_sessionQuotas.add(_persistence.update(sessionQuota));

		return sessionQuota;
	}

	private List<SessionQuota> _sessionQuotas = new ArrayList<SessionQuota>();
	private SessionQuotaPersistence _persistence;
	private ClassLoader _dynamicQueryClassLoader;

}