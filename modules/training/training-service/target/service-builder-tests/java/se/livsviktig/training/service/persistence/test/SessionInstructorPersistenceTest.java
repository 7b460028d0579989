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

import se.livsviktig.training.exception.NoSuchSessionInstructorException;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.SessionInstructorLocalServiceUtil;
import se.livsviktig.training.service.persistence.SessionInstructorPersistence;
import se.livsviktig.training.service.persistence.SessionInstructorUtil;

/**
 * @generated
 */
@RunWith(Arquillian.class)
public class SessionInstructorPersistenceTest {

	@ClassRule
	@Rule
	public static final AggregateTestRule aggregateTestRule =
		new AggregateTestRule(
			new LiferayIntegrationTestRule(), PersistenceTestRule.INSTANCE,
			new TransactionalTestRule(
				Propagation.REQUIRED, "se.livsviktig.training.service"));

	@Before
	public void setUp() {
		_persistence = SessionInstructorUtil.getPersistence();

		Class<?> clazz = _persistence.getClass();

		_dynamicQueryClassLoader = clazz.getClassLoader();
	}

	@After
	public void tearDown() throws Exception {
		Iterator<SessionInstructor> iterator = _sessionInstructors.iterator();

		while (iterator.hasNext()) {
			_persistence.remove(iterator.next());

			iterator.remove();
		}
	}

	@Test
	public void testCreate() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionInstructor sessionInstructor = _persistence.create(pk);

		Assert.assertNotNull(sessionInstructor);

		Assert.assertEquals(sessionInstructor.getPrimaryKey(), pk);
	}

	@Test
	public void testRemove() throws Exception {
		SessionInstructor newSessionInstructor = addSessionInstructor();

		_persistence.remove(newSessionInstructor);

		SessionInstructor existingSessionInstructor =
			_persistence.fetchByPrimaryKey(
				newSessionInstructor.getPrimaryKey());

		Assert.assertNull(existingSessionInstructor);
	}

	@Test
	public void testUpdateNew() throws Exception {
		addSessionInstructor();
	}

	@Test
	public void testUpdateExisting() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionInstructor newSessionInstructor = _persistence.create(pk);

		newSessionInstructor.setMvccVersion(RandomTestUtil.nextLong());

		newSessionInstructor.setUuid(RandomTestUtil.randomString());

		newSessionInstructor.setGroupId(RandomTestUtil.nextLong());

		newSessionInstructor.setCompanyId(RandomTestUtil.nextLong());

		newSessionInstructor.setUserId(RandomTestUtil.nextLong());

		newSessionInstructor.setUserName(RandomTestUtil.randomString());

		newSessionInstructor.setCreateDate(RandomTestUtil.nextDate());

		newSessionInstructor.setModifiedDate(RandomTestUtil.nextDate());

		newSessionInstructor.setCourseSessionId(RandomTestUtil.nextLong());

		newSessionInstructor.setInstructorUserId(RandomTestUtil.nextLong());

		newSessionInstructor.setMessage(RandomTestUtil.randomString());

		newSessionInstructor.setResponseDate(RandomTestUtil.nextDate());

		newSessionInstructor.setStatus(RandomTestUtil.nextInt());

		_sessionInstructors.add(_persistence.update(newSessionInstructor));

		SessionInstructor existingSessionInstructor =
			_persistence.findByPrimaryKey(newSessionInstructor.getPrimaryKey());

		Assert.assertEquals(
			existingSessionInstructor.getMvccVersion(),
			newSessionInstructor.getMvccVersion());
		Assert.assertEquals(
			existingSessionInstructor.getUuid(),
			newSessionInstructor.getUuid());
		Assert.assertEquals(
			existingSessionInstructor.getSessionInstructorId(),
			newSessionInstructor.getSessionInstructorId());
		Assert.assertEquals(
			existingSessionInstructor.getGroupId(),
			newSessionInstructor.getGroupId());
		Assert.assertEquals(
			existingSessionInstructor.getCompanyId(),
			newSessionInstructor.getCompanyId());
		Assert.assertEquals(
			existingSessionInstructor.getUserId(),
			newSessionInstructor.getUserId());
		Assert.assertEquals(
			existingSessionInstructor.getUserName(),
			newSessionInstructor.getUserName());
		Assert.assertEquals(
			Time.getShortTimestamp(existingSessionInstructor.getCreateDate()),
			Time.getShortTimestamp(newSessionInstructor.getCreateDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(existingSessionInstructor.getModifiedDate()),
			Time.getShortTimestamp(newSessionInstructor.getModifiedDate()));
		Assert.assertEquals(
			existingSessionInstructor.getCourseSessionId(),
			newSessionInstructor.getCourseSessionId());
		Assert.assertEquals(
			existingSessionInstructor.getInstructorUserId(),
			newSessionInstructor.getInstructorUserId());
		Assert.assertEquals(
			existingSessionInstructor.getMessage(),
			newSessionInstructor.getMessage());
		Assert.assertEquals(
			Time.getShortTimestamp(existingSessionInstructor.getResponseDate()),
			Time.getShortTimestamp(newSessionInstructor.getResponseDate()));
		Assert.assertEquals(
			existingSessionInstructor.getStatus(),
			newSessionInstructor.getStatus());
	}

	@Test
	public void testCountByUuid() throws Exception {
		_persistence.countByUuid("");

		_persistence.countByUuid("null");

		_persistence.countByUuid((String)null);
	}

	@Test
	public void testCountByUUID_G() throws Exception {
		_persistence.countByUUID_G("", RandomTestUtil.nextLong());

		_persistence.countByUUID_G("null", 0L);

		_persistence.countByUUID_G((String)null, 0L);
	}

	@Test
	public void testCountByUuid_C() throws Exception {
		_persistence.countByUuid_C("", RandomTestUtil.nextLong());

		_persistence.countByUuid_C("null", 0L);

		_persistence.countByUuid_C((String)null, 0L);
	}

	@Test
	public void testCountByCourseSessionId() throws Exception {
		_persistence.countByCourseSessionId(RandomTestUtil.nextLong());

		_persistence.countByCourseSessionId(0L);
	}

	@Test
	public void testCountByCS_S() throws Exception {
		_persistence.countByCS_S(
			RandomTestUtil.nextLong(), RandomTestUtil.nextInt());

		_persistence.countByCS_S(0L, 0);
	}

	@Test
	public void testCountByCS_SArrayable() throws Exception {
		_persistence.countByCS_S(
			RandomTestUtil.nextLong(), new int[] {RandomTestUtil.nextInt(), 0});
	}

	@Test
	public void testCountByCS_IU() throws Exception {
		_persistence.countByCS_IU(
			RandomTestUtil.nextLong(), RandomTestUtil.nextLong());

		_persistence.countByCS_IU(0L, 0L);
	}

	@Test
	public void testCountByInstructorUserId() throws Exception {
		_persistence.countByInstructorUserId(RandomTestUtil.nextLong());

		_persistence.countByInstructorUserId(0L);
	}

	@Test
	public void testCountByIU_S() throws Exception {
		_persistence.countByIU_S(
			RandomTestUtil.nextLong(), RandomTestUtil.nextInt());

		_persistence.countByIU_S(0L, 0);
	}

	@Test
	public void testCountByIU_SArrayable() throws Exception {
		_persistence.countByIU_S(
			RandomTestUtil.nextLong(), new int[] {RandomTestUtil.nextInt(), 0});
	}

	@Test
	public void testFindByPrimaryKeyExisting() throws Exception {
		SessionInstructor newSessionInstructor = addSessionInstructor();

		SessionInstructor existingSessionInstructor =
			_persistence.findByPrimaryKey(newSessionInstructor.getPrimaryKey());

		Assert.assertEquals(existingSessionInstructor, newSessionInstructor);
	}

	@Test(expected = NoSuchSessionInstructorException.class)
	public void testFindByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		_persistence.findByPrimaryKey(pk);
	}

	@Test
	public void testFindAll() throws Exception {
		_persistence.findAll(
			QueryUtil.ALL_POS, QueryUtil.ALL_POS, getOrderByComparator());
	}

	protected OrderByComparator<SessionInstructor> getOrderByComparator() {
		return OrderByComparatorFactoryUtil.create(
			"LVTraining_SessionInstructor", "mvccVersion", true, "uuid", true,
			"sessionInstructorId", true, "groupId", true, "companyId", true,
			"userId", true, "userName", true, "createDate", true,
			"modifiedDate", true, "courseSessionId", true, "instructorUserId",
			true, "message", true, "responseDate", true, "status", true);
	}

	@Test
	public void testFetchByPrimaryKeyExisting() throws Exception {
		SessionInstructor newSessionInstructor = addSessionInstructor();

		SessionInstructor existingSessionInstructor =
			_persistence.fetchByPrimaryKey(
				newSessionInstructor.getPrimaryKey());

		Assert.assertEquals(existingSessionInstructor, newSessionInstructor);
	}

	@Test
	public void testFetchByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionInstructor missingSessionInstructor =
			_persistence.fetchByPrimaryKey(pk);

		Assert.assertNull(missingSessionInstructor);
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereAllPrimaryKeysExist()
		throws Exception {

		SessionInstructor newSessionInstructor1 = addSessionInstructor();
		SessionInstructor newSessionInstructor2 = addSessionInstructor();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newSessionInstructor1.getPrimaryKey());
		primaryKeys.add(newSessionInstructor2.getPrimaryKey());

		Map<Serializable, SessionInstructor> sessionInstructors =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(2, sessionInstructors.size());
		Assert.assertEquals(
			newSessionInstructor1,
			sessionInstructors.get(newSessionInstructor1.getPrimaryKey()));
		Assert.assertEquals(
			newSessionInstructor2,
			sessionInstructors.get(newSessionInstructor2.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereNoPrimaryKeysExist()
		throws Exception {

		long pk1 = RandomTestUtil.nextLong();

		long pk2 = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(pk1);
		primaryKeys.add(pk2);

		Map<Serializable, SessionInstructor> sessionInstructors =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(sessionInstructors.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereSomePrimaryKeysExist()
		throws Exception {

		SessionInstructor newSessionInstructor = addSessionInstructor();

		long pk = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newSessionInstructor.getPrimaryKey());
		primaryKeys.add(pk);

		Map<Serializable, SessionInstructor> sessionInstructors =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, sessionInstructors.size());
		Assert.assertEquals(
			newSessionInstructor,
			sessionInstructors.get(newSessionInstructor.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithNoPrimaryKeys() throws Exception {
		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		Map<Serializable, SessionInstructor> sessionInstructors =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(sessionInstructors.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithOnePrimaryKey() throws Exception {
		SessionInstructor newSessionInstructor = addSessionInstructor();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newSessionInstructor.getPrimaryKey());

		Map<Serializable, SessionInstructor> sessionInstructors =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, sessionInstructors.size());
		Assert.assertEquals(
			newSessionInstructor,
			sessionInstructors.get(newSessionInstructor.getPrimaryKey()));
	}

	@Test
	public void testActionableDynamicQuery() throws Exception {
		final IntegerWrapper count = new IntegerWrapper();

		ActionableDynamicQuery actionableDynamicQuery =
			SessionInstructorLocalServiceUtil.getActionableDynamicQuery();

		actionableDynamicQuery.setPerformActionMethod(
			new ActionableDynamicQuery.PerformActionMethod
				<SessionInstructor>() {

				@Override
				public void performAction(SessionInstructor sessionInstructor) {
					Assert.assertNotNull(sessionInstructor);

					count.increment();
				}

			});

		actionableDynamicQuery.performActions();

		Assert.assertEquals(count.getValue(), _persistence.countAll());
	}

	@Test
	public void testDynamicQueryByPrimaryKeyExisting() throws Exception {
		SessionInstructor newSessionInstructor = addSessionInstructor();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionInstructor.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"sessionInstructorId",
				newSessionInstructor.getSessionInstructorId()));

		List<SessionInstructor> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(1, result.size());

		SessionInstructor existingSessionInstructor = result.get(0);

		Assert.assertEquals(existingSessionInstructor, newSessionInstructor);
	}

	@Test
	public void testDynamicQueryByPrimaryKeyMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionInstructor.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"sessionInstructorId", RandomTestUtil.nextLong()));

		List<SessionInstructor> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testDynamicQueryByProjectionExisting() throws Exception {
		SessionInstructor newSessionInstructor = addSessionInstructor();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionInstructor.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("sessionInstructorId"));

		Object newSessionInstructorId =
			newSessionInstructor.getSessionInstructorId();

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"sessionInstructorId", new Object[] {newSessionInstructorId}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(1, result.size());

		Object existingSessionInstructorId = result.get(0);

		Assert.assertEquals(
			existingSessionInstructorId, newSessionInstructorId);
	}

	@Test
	public void testDynamicQueryByProjectionMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionInstructor.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("sessionInstructorId"));

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"sessionInstructorId",
				new Object[] {RandomTestUtil.nextLong()}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testResetOriginalValues() throws Exception {
		SessionInstructor newSessionInstructor = addSessionInstructor();

		_persistence.clearCache();

		_assertOriginalValues(
			_persistence.findByPrimaryKey(
				newSessionInstructor.getPrimaryKey()));
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

		SessionInstructor newSessionInstructor = addSessionInstructor();

		if (clearSession) {
			Session session = _persistence.openSession();

			session.flush();

			session.clear();
		}

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionInstructor.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"sessionInstructorId",
				newSessionInstructor.getSessionInstructorId()));

		List<SessionInstructor> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		_assertOriginalValues(result.get(0));
	}

	private void _assertOriginalValues(SessionInstructor sessionInstructor) {
		Assert.assertEquals(
			sessionInstructor.getUuid(),
			ReflectionTestUtil.invoke(
				sessionInstructor, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "uuid_"));
		Assert.assertEquals(
			Long.valueOf(sessionInstructor.getGroupId()),
			ReflectionTestUtil.<Long>invoke(
				sessionInstructor, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "groupId"));

		Assert.assertEquals(
			Long.valueOf(sessionInstructor.getCourseSessionId()),
			ReflectionTestUtil.<Long>invoke(
				sessionInstructor, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "courseSessionId"));
		Assert.assertEquals(
			Long.valueOf(sessionInstructor.getInstructorUserId()),
			ReflectionTestUtil.<Long>invoke(
				sessionInstructor, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "instructorUserId"));
	}

	protected SessionInstructor addSessionInstructor() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionInstructor sessionInstructor = _persistence.create(pk);

		sessionInstructor.setMvccVersion(RandomTestUtil.nextLong());

		sessionInstructor.setUuid(RandomTestUtil.randomString());

		sessionInstructor.setGroupId(RandomTestUtil.nextLong());

		sessionInstructor.setCompanyId(RandomTestUtil.nextLong());

		sessionInstructor.setUserId(RandomTestUtil.nextLong());

		sessionInstructor.setUserName(RandomTestUtil.randomString());

		sessionInstructor.setCreateDate(RandomTestUtil.nextDate());

		sessionInstructor.setModifiedDate(RandomTestUtil.nextDate());

		sessionInstructor.setCourseSessionId(RandomTestUtil.nextLong());

		sessionInstructor.setInstructorUserId(RandomTestUtil.nextLong());

		sessionInstructor.setMessage(RandomTestUtil.randomString());

		sessionInstructor.setResponseDate(RandomTestUtil.nextDate());

		sessionInstructor.setStatus(RandomTestUtil.nextInt());

		_sessionInstructors.add(_persistence.update(sessionInstructor));

		return sessionInstructor;
	}

	private List<SessionInstructor> _sessionInstructors =
		new ArrayList<SessionInstructor>();
	private SessionInstructorPersistence _persistence;
	private ClassLoader _dynamicQueryClassLoader;

}