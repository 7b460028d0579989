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

import se.livsviktig.training.exception.NoSuchRegistrationEventException;
import se.livsviktig.training.model.RegistrationEvent;
import se.livsviktig.training.service.RegistrationEventLocalServiceUtil;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;
import se.livsviktig.training.service.persistence.RegistrationEventUtil;

/**
 * @generated
 */
@RunWith(Arquillian.class)
public class RegistrationEventPersistenceTest {

	@ClassRule
	@Rule
	public static final AggregateTestRule aggregateTestRule =
		new AggregateTestRule(
			new LiferayIntegrationTestRule(), PersistenceTestRule.INSTANCE,
			new TransactionalTestRule(
				Propagation.REQUIRED, "se.livsviktig.training.service"));

	@Before
	public void setUp() {
		_persistence = RegistrationEventUtil.getPersistence();

		Class<?> clazz = _persistence.getClass();

		_dynamicQueryClassLoader = clazz.getClassLoader();
	}

	@After
	public void tearDown() throws Exception {
		Iterator<RegistrationEvent> iterator = _registrationEvents.iterator();

		while (iterator.hasNext()) {
			_persistence.remove(iterator.next());

			iterator.remove();
		}
	}

	@Test
	public void testCreate() throws Exception {
		long pk = RandomTestUtil.nextLong();

		RegistrationEvent registrationEvent = _persistence.create(pk);

		Assert.assertNotNull(registrationEvent);

		Assert.assertEquals(registrationEvent.getPrimaryKey(), pk);
	}

	@Test
	public void testRemove() throws Exception {
		RegistrationEvent newRegistrationEvent = addRegistrationEvent();

		_persistence.remove(newRegistrationEvent);

		RegistrationEvent existingRegistrationEvent =
			_persistence.fetchByPrimaryKey(
				newRegistrationEvent.getPrimaryKey());

		Assert.assertNull(existingRegistrationEvent);
	}

	@Test
	public void testUpdateNew() throws Exception {
		addRegistrationEvent();
	}

	@Test
	public void testUpdateExisting() throws Exception {
		long pk = RandomTestUtil.nextLong();

		RegistrationEvent newRegistrationEvent = _persistence.create(pk);

		newRegistrationEvent.setMvccVersion(RandomTestUtil.nextLong());

		newRegistrationEvent.setGroupId(RandomTestUtil.nextLong());

		newRegistrationEvent.setCompanyId(RandomTestUtil.nextLong());

		newRegistrationEvent.setUserId(RandomTestUtil.nextLong());

		newRegistrationEvent.setUserName(RandomTestUtil.randomString());

		newRegistrationEvent.setCreateDate(RandomTestUtil.nextDate());

		newRegistrationEvent.setRegistrationId(RandomTestUtil.nextLong());

		newRegistrationEvent.setCourseSessionId(RandomTestUtil.nextLong());

		newRegistrationEvent.setType(RandomTestUtil.randomString());

		newRegistrationEvent.setFromStatus(RandomTestUtil.nextInt());

		newRegistrationEvent.setToStatus(RandomTestUtil.nextInt());

		newRegistrationEvent.setComment(RandomTestUtil.randomString());

		_registrationEvents.add(_persistence.update(newRegistrationEvent));

		RegistrationEvent existingRegistrationEvent =
			_persistence.findByPrimaryKey(newRegistrationEvent.getPrimaryKey());

		Assert.assertEquals(
			existingRegistrationEvent.getMvccVersion(),
			newRegistrationEvent.getMvccVersion());
		Assert.assertEquals(
			existingRegistrationEvent.getRegistrationEventId(),
			newRegistrationEvent.getRegistrationEventId());
		Assert.assertEquals(
			existingRegistrationEvent.getGroupId(),
			newRegistrationEvent.getGroupId());
		Assert.assertEquals(
			existingRegistrationEvent.getCompanyId(),
			newRegistrationEvent.getCompanyId());
		Assert.assertEquals(
			existingRegistrationEvent.getUserId(),
			newRegistrationEvent.getUserId());
		Assert.assertEquals(
			existingRegistrationEvent.getUserName(),
			newRegistrationEvent.getUserName());
		Assert.assertEquals(
			Time.getShortTimestamp(existingRegistrationEvent.getCreateDate()),
			Time.getShortTimestamp(newRegistrationEvent.getCreateDate()));
		Assert.assertEquals(
			existingRegistrationEvent.getRegistrationId(),
			newRegistrationEvent.getRegistrationId());
		Assert.assertEquals(
			existingRegistrationEvent.getCourseSessionId(),
			newRegistrationEvent.getCourseSessionId());
		Assert.assertEquals(
			existingRegistrationEvent.getType(),
			newRegistrationEvent.getType());
		Assert.assertEquals(
			existingRegistrationEvent.getFromStatus(),
			newRegistrationEvent.getFromStatus());
		Assert.assertEquals(
			existingRegistrationEvent.getToStatus(),
			newRegistrationEvent.getToStatus());
		Assert.assertEquals(
			existingRegistrationEvent.getComment(),
			newRegistrationEvent.getComment());
	}

	@Test
	public void testCountByRegistrationId() throws Exception {
		_persistence.countByRegistrationId(RandomTestUtil.nextLong());

		_persistence.countByRegistrationId(0L);
	}

	@Test
	public void testCountByCourseSessionId() throws Exception {
		_persistence.countByCourseSessionId(RandomTestUtil.nextLong());

		_persistence.countByCourseSessionId(0L);
	}

	@Test
	public void testFindByPrimaryKeyExisting() throws Exception {
		RegistrationEvent newRegistrationEvent = addRegistrationEvent();

		RegistrationEvent existingRegistrationEvent =
			_persistence.findByPrimaryKey(newRegistrationEvent.getPrimaryKey());

		Assert.assertEquals(existingRegistrationEvent, newRegistrationEvent);
	}

	@Test(expected = NoSuchRegistrationEventException.class)
	public void testFindByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		_persistence.findByPrimaryKey(pk);
	}

	@Test
	public void testFindAll() throws Exception {
		_persistence.findAll(
			QueryUtil.ALL_POS, QueryUtil.ALL_POS, getOrderByComparator());
	}

	protected OrderByComparator<RegistrationEvent> getOrderByComparator() {
		return OrderByComparatorFactoryUtil.create(
			"LVTraining_RegistrationEvent", "mvccVersion", true,
			"registrationEventId", true, "groupId", true, "companyId", true,
			"userId", true, "userName", true, "createDate", true,
			"registrationId", true, "courseSessionId", true, "type", true,
			"fromStatus", true, "toStatus", true, "comment", true);
	}

	@Test
	public void testFetchByPrimaryKeyExisting() throws Exception {
		RegistrationEvent newRegistrationEvent = addRegistrationEvent();

		RegistrationEvent existingRegistrationEvent =
			_persistence.fetchByPrimaryKey(
				newRegistrationEvent.getPrimaryKey());

		Assert.assertEquals(existingRegistrationEvent, newRegistrationEvent);
	}

	@Test
	public void testFetchByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		RegistrationEvent missingRegistrationEvent =
			_persistence.fetchByPrimaryKey(pk);

		Assert.assertNull(missingRegistrationEvent);
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereAllPrimaryKeysExist()
		throws Exception {

		RegistrationEvent newRegistrationEvent1 = addRegistrationEvent();
		RegistrationEvent newRegistrationEvent2 = addRegistrationEvent();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newRegistrationEvent1.getPrimaryKey());
		primaryKeys.add(newRegistrationEvent2.getPrimaryKey());

		Map<Serializable, RegistrationEvent> registrationEvents =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(2, registrationEvents.size());
		Assert.assertEquals(
			newRegistrationEvent1,
			registrationEvents.get(newRegistrationEvent1.getPrimaryKey()));
		Assert.assertEquals(
			newRegistrationEvent2,
			registrationEvents.get(newRegistrationEvent2.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereNoPrimaryKeysExist()
		throws Exception {

		long pk1 = RandomTestUtil.nextLong();

		long pk2 = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(pk1);
		primaryKeys.add(pk2);

		Map<Serializable, RegistrationEvent> registrationEvents =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(registrationEvents.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereSomePrimaryKeysExist()
		throws Exception {

		RegistrationEvent newRegistrationEvent = addRegistrationEvent();

		long pk = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newRegistrationEvent.getPrimaryKey());
		primaryKeys.add(pk);

		Map<Serializable, RegistrationEvent> registrationEvents =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, registrationEvents.size());
		Assert.assertEquals(
			newRegistrationEvent,
			registrationEvents.get(newRegistrationEvent.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithNoPrimaryKeys() throws Exception {
		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		Map<Serializable, RegistrationEvent> registrationEvents =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(registrationEvents.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithOnePrimaryKey() throws Exception {
		RegistrationEvent newRegistrationEvent = addRegistrationEvent();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newRegistrationEvent.getPrimaryKey());

		Map<Serializable, RegistrationEvent> registrationEvents =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, registrationEvents.size());
		Assert.assertEquals(
			newRegistrationEvent,
			registrationEvents.get(newRegistrationEvent.getPrimaryKey()));
	}

	@Test
	public void testActionableDynamicQuery() throws Exception {
		final IntegerWrapper count = new IntegerWrapper();

		ActionableDynamicQuery actionableDynamicQuery =
			RegistrationEventLocalServiceUtil.getActionableDynamicQuery();

		actionableDynamicQuery.setPerformActionMethod(
			new ActionableDynamicQuery.PerformActionMethod
				<RegistrationEvent>() {

				@Override
				public void performAction(RegistrationEvent registrationEvent) {
					Assert.assertNotNull(registrationEvent);

					count.increment();
				}

			});

		actionableDynamicQuery.performActions();

		Assert.assertEquals(count.getValue(), _persistence.countAll());
	}

	@Test
	public void testDynamicQueryByPrimaryKeyExisting() throws Exception {
		RegistrationEvent newRegistrationEvent = addRegistrationEvent();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			RegistrationEvent.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"registrationEventId",
				newRegistrationEvent.getRegistrationEventId()));

		List<RegistrationEvent> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(1, result.size());

		RegistrationEvent existingRegistrationEvent = result.get(0);

		Assert.assertEquals(existingRegistrationEvent, newRegistrationEvent);
	}

	@Test
	public void testDynamicQueryByPrimaryKeyMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			RegistrationEvent.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"registrationEventId", RandomTestUtil.nextLong()));

		List<RegistrationEvent> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testDynamicQueryByProjectionExisting() throws Exception {
		RegistrationEvent newRegistrationEvent = addRegistrationEvent();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			RegistrationEvent.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("registrationEventId"));

		Object newRegistrationEventId =
			newRegistrationEvent.getRegistrationEventId();

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"registrationEventId", new Object[] {newRegistrationEventId}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(1, result.size());

		Object existingRegistrationEventId = result.get(0);

		Assert.assertEquals(
			existingRegistrationEventId, newRegistrationEventId);
	}

	@Test
	public void testDynamicQueryByProjectionMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			RegistrationEvent.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("registrationEventId"));

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"registrationEventId",
				new Object[] {RandomTestUtil.nextLong()}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	protected RegistrationEvent addRegistrationEvent() throws Exception {
		long pk = RandomTestUtil.nextLong();

		RegistrationEvent registrationEvent = _persistence.create(pk);

		registrationEvent.setMvccVersion(RandomTestUtil.nextLong());

		registrationEvent.setGroupId(RandomTestUtil.nextLong());

		registrationEvent.setCompanyId(RandomTestUtil.nextLong());

		registrationEvent.setUserId(RandomTestUtil.nextLong());

		registrationEvent.setUserName(RandomTestUtil.randomString());

		registrationEvent.setCreateDate(RandomTestUtil.nextDate());

		registrationEvent.setRegistrationId(RandomTestUtil.nextLong());

		registrationEvent.setCourseSessionId(RandomTestUtil.nextLong());

		registrationEvent.setType(RandomTestUtil.randomString());

		registrationEvent.setFromStatus(RandomTestUtil.nextInt());

		registrationEvent.setToStatus(RandomTestUtil.nextInt());

		registrationEvent.setComment(RandomTestUtil.randomString());

		_registrationEvents.add(_persistence.update(registrationEvent));

		return registrationEvent;
	}

	private List<RegistrationEvent> _registrationEvents =
		new ArrayList<RegistrationEvent>();
	private RegistrationEventPersistence _persistence;
	private ClassLoader _dynamicQueryClassLoader;

}