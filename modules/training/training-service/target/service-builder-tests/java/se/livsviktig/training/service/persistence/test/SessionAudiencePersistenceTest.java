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

import se.livsviktig.training.exception.NoSuchSessionAudienceException;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.service.SessionAudienceLocalServiceUtil;
import se.livsviktig.training.service.persistence.SessionAudiencePersistence;
import se.livsviktig.training.service.persistence.SessionAudienceUtil;

/**
 * @generated
 */
@RunWith(Arquillian.class)
public class SessionAudiencePersistenceTest {

	@ClassRule
	@Rule
	public static final AggregateTestRule aggregateTestRule =
		new AggregateTestRule(
			new LiferayIntegrationTestRule(), PersistenceTestRule.INSTANCE,
			new TransactionalTestRule(
				Propagation.REQUIRED, "se.livsviktig.training.service"));

	@Before
	public void setUp() {
		_persistence = SessionAudienceUtil.getPersistence();

		Class<?> clazz = _persistence.getClass();

		_dynamicQueryClassLoader = clazz.getClassLoader();
	}

	@After
	public void tearDown() throws Exception {
		Iterator<SessionAudience> iterator = _sessionAudiences.iterator();

		while (iterator.hasNext()) {
			_persistence.remove(iterator.next());

			iterator.remove();
		}
	}

	@Test
	public void testCreate() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionAudience sessionAudience = _persistence.create(pk);

		Assert.assertNotNull(sessionAudience);

		Assert.assertEquals(sessionAudience.getPrimaryKey(), pk);
	}

	@Test
	public void testRemove() throws Exception {
		SessionAudience newSessionAudience = addSessionAudience();

		_persistence.remove(newSessionAudience);

		SessionAudience existingSessionAudience =
			_persistence.fetchByPrimaryKey(newSessionAudience.getPrimaryKey());

		Assert.assertNull(existingSessionAudience);
	}

	@Test
	public void testUpdateNew() throws Exception {
		addSessionAudience();
	}

	@Test
	public void testUpdateExisting() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionAudience newSessionAudience = _persistence.create(pk);

		newSessionAudience.setMvccVersion(RandomTestUtil.nextLong());

		newSessionAudience.setGroupId(RandomTestUtil.nextLong());

		newSessionAudience.setCompanyId(RandomTestUtil.nextLong());

		newSessionAudience.setCreateDate(RandomTestUtil.nextDate());

		newSessionAudience.setCourseSessionId(RandomTestUtil.nextLong());

		newSessionAudience.setOrganizationId(RandomTestUtil.nextLong());

		_sessionAudiences.add(_persistence.update(newSessionAudience));

		SessionAudience existingSessionAudience = _persistence.findByPrimaryKey(
			newSessionAudience.getPrimaryKey());

		Assert.assertEquals(
			existingSessionAudience.getMvccVersion(),
			newSessionAudience.getMvccVersion());
		Assert.assertEquals(
			existingSessionAudience.getSessionAudienceId(),
			newSessionAudience.getSessionAudienceId());
		Assert.assertEquals(
			existingSessionAudience.getGroupId(),
			newSessionAudience.getGroupId());
		Assert.assertEquals(
			existingSessionAudience.getCompanyId(),
			newSessionAudience.getCompanyId());
		Assert.assertEquals(
			Time.getShortTimestamp(existingSessionAudience.getCreateDate()),
			Time.getShortTimestamp(newSessionAudience.getCreateDate()));
		Assert.assertEquals(
			existingSessionAudience.getCourseSessionId(),
			newSessionAudience.getCourseSessionId());
		Assert.assertEquals(
			existingSessionAudience.getOrganizationId(),
			newSessionAudience.getOrganizationId());
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
	public void testCountByOrganizationId() throws Exception {
		_persistence.countByOrganizationId(RandomTestUtil.nextLong());

		_persistence.countByOrganizationId(0L);
	}

	@Test
	public void testFindByPrimaryKeyExisting() throws Exception {
		SessionAudience newSessionAudience = addSessionAudience();

		SessionAudience existingSessionAudience = _persistence.findByPrimaryKey(
			newSessionAudience.getPrimaryKey());

		Assert.assertEquals(existingSessionAudience, newSessionAudience);
	}

	@Test(expected = NoSuchSessionAudienceException.class)
	public void testFindByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		_persistence.findByPrimaryKey(pk);
	}

	@Test
	public void testFindAll() throws Exception {
		_persistence.findAll(
			QueryUtil.ALL_POS, QueryUtil.ALL_POS, getOrderByComparator());
	}

	protected OrderByComparator<SessionAudience> getOrderByComparator() {
		return OrderByComparatorFactoryUtil.create(
			"LVTraining_SessionAudience", "mvccVersion", true,
			"sessionAudienceId", true, "groupId", true, "companyId", true,
			"createDate", true, "courseSessionId", true, "organizationId",
			true);
	}

	@Test
	public void testFetchByPrimaryKeyExisting() throws Exception {
		SessionAudience newSessionAudience = addSessionAudience();

		SessionAudience existingSessionAudience =
			_persistence.fetchByPrimaryKey(newSessionAudience.getPrimaryKey());

		Assert.assertEquals(existingSessionAudience, newSessionAudience);
	}

	@Test
	public void testFetchByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionAudience missingSessionAudience = _persistence.fetchByPrimaryKey(
			pk);

		Assert.assertNull(missingSessionAudience);
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereAllPrimaryKeysExist()
		throws Exception {

		SessionAudience newSessionAudience1 = addSessionAudience();
		SessionAudience newSessionAudience2 = addSessionAudience();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newSessionAudience1.getPrimaryKey());
		primaryKeys.add(newSessionAudience2.getPrimaryKey());

		Map<Serializable, SessionAudience> sessionAudiences =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(2, sessionAudiences.size());
		Assert.assertEquals(
			newSessionAudience1,
			sessionAudiences.get(newSessionAudience1.getPrimaryKey()));
		Assert.assertEquals(
			newSessionAudience2,
			sessionAudiences.get(newSessionAudience2.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereNoPrimaryKeysExist()
		throws Exception {

		long pk1 = RandomTestUtil.nextLong();

		long pk2 = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(pk1);
		primaryKeys.add(pk2);

		Map<Serializable, SessionAudience> sessionAudiences =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(sessionAudiences.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereSomePrimaryKeysExist()
		throws Exception {

		SessionAudience newSessionAudience = addSessionAudience();

		long pk = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newSessionAudience.getPrimaryKey());
		primaryKeys.add(pk);

		Map<Serializable, SessionAudience> sessionAudiences =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, sessionAudiences.size());
		Assert.assertEquals(
			newSessionAudience,
			sessionAudiences.get(newSessionAudience.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithNoPrimaryKeys() throws Exception {
		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		Map<Serializable, SessionAudience> sessionAudiences =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(sessionAudiences.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithOnePrimaryKey() throws Exception {
		SessionAudience newSessionAudience = addSessionAudience();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newSessionAudience.getPrimaryKey());

		Map<Serializable, SessionAudience> sessionAudiences =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, sessionAudiences.size());
		Assert.assertEquals(
			newSessionAudience,
			sessionAudiences.get(newSessionAudience.getPrimaryKey()));
	}

	@Test
	public void testActionableDynamicQuery() throws Exception {
		final IntegerWrapper count = new IntegerWrapper();

		ActionableDynamicQuery actionableDynamicQuery =
			SessionAudienceLocalServiceUtil.getActionableDynamicQuery();

		actionableDynamicQuery.setPerformActionMethod(
			new ActionableDynamicQuery.PerformActionMethod<SessionAudience>() {

				@Override
				public void performAction(SessionAudience sessionAudience) {
					Assert.assertNotNull(sessionAudience);

					count.increment();
				}

			});

		actionableDynamicQuery.performActions();

		Assert.assertEquals(count.getValue(), _persistence.countAll());
	}

	@Test
	public void testDynamicQueryByPrimaryKeyExisting() throws Exception {
		SessionAudience newSessionAudience = addSessionAudience();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionAudience.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"sessionAudienceId",
				newSessionAudience.getSessionAudienceId()));

		List<SessionAudience> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(1, result.size());

		SessionAudience existingSessionAudience = result.get(0);

		Assert.assertEquals(existingSessionAudience, newSessionAudience);
	}

	@Test
	public void testDynamicQueryByPrimaryKeyMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionAudience.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"sessionAudienceId", RandomTestUtil.nextLong()));

		List<SessionAudience> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testDynamicQueryByProjectionExisting() throws Exception {
		SessionAudience newSessionAudience = addSessionAudience();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionAudience.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("sessionAudienceId"));

		Object newSessionAudienceId = newSessionAudience.getSessionAudienceId();

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"sessionAudienceId", new Object[] {newSessionAudienceId}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(1, result.size());

		Object existingSessionAudienceId = result.get(0);

		Assert.assertEquals(existingSessionAudienceId, newSessionAudienceId);
	}

	@Test
	public void testDynamicQueryByProjectionMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionAudience.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("sessionAudienceId"));

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"sessionAudienceId", new Object[] {RandomTestUtil.nextLong()}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testResetOriginalValues() throws Exception {
		SessionAudience newSessionAudience = addSessionAudience();

		_persistence.clearCache();

		_assertOriginalValues(
			_persistence.findByPrimaryKey(newSessionAudience.getPrimaryKey()));
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

		SessionAudience newSessionAudience = addSessionAudience();

		if (clearSession) {
			Session session = _persistence.openSession();

			session.flush();

			session.clear();
		}

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionAudience.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"sessionAudienceId",
				newSessionAudience.getSessionAudienceId()));

		List<SessionAudience> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		_assertOriginalValues(result.get(0));
	}

	private void _assertOriginalValues(SessionAudience sessionAudience) {
		Assert.assertEquals(
			Long.valueOf(sessionAudience.getCourseSessionId()),
			ReflectionTestUtil.<Long>invoke(
				sessionAudience, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "courseSessionId"));
		Assert.assertEquals(
			Long.valueOf(sessionAudience.getOrganizationId()),
			ReflectionTestUtil.<Long>invoke(
				sessionAudience, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "organizationId"));
	}

	protected SessionAudience addSessionAudience() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionAudience sessionAudience = _persistence.create(pk);

		sessionAudience.setMvccVersion(RandomTestUtil.nextLong());

		sessionAudience.setGroupId(RandomTestUtil.nextLong());

		sessionAudience.setCompanyId(RandomTestUtil.nextLong());

		sessionAudience.setCreateDate(RandomTestUtil.nextDate());

		sessionAudience.setCourseSessionId(RandomTestUtil.nextLong());

		sessionAudience.setOrganizationId(RandomTestUtil.nextLong());

		_sessionAudiences.add(_persistence.update(sessionAudience));

		return sessionAudience;
	}

	private List<SessionAudience> _sessionAudiences =
		new ArrayList<SessionAudience>();
	private SessionAudiencePersistence _persistence;
	private ClassLoader _dynamicQueryClassLoader;

}