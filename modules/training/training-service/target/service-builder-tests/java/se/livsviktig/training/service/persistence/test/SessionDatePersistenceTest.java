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

import se.livsviktig.training.exception.NoSuchSessionDateException;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.service.SessionDateLocalServiceUtil;
import se.livsviktig.training.service.persistence.SessionDatePersistence;
import se.livsviktig.training.service.persistence.SessionDateUtil;

/**
 * @generated
 */
@RunWith(Arquillian.class)
public class SessionDatePersistenceTest {

	@ClassRule
	@Rule
	public static final AggregateTestRule aggregateTestRule =
		new AggregateTestRule(
			new LiferayIntegrationTestRule(), PersistenceTestRule.INSTANCE,
			new TransactionalTestRule(
				Propagation.REQUIRED, "se.livsviktig.training.service"));

	@Before
	public void setUp() {
		_persistence = SessionDateUtil.getPersistence();

		Class<?> clazz = _persistence.getClass();

		_dynamicQueryClassLoader = clazz.getClassLoader();
	}

	@After
	public void tearDown() throws Exception {
		Iterator<SessionDate> iterator = _sessionDates.iterator();

		while (iterator.hasNext()) {
			_persistence.remove(iterator.next());

			iterator.remove();
		}
	}

	@Test
	public void testCreate() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionDate sessionDate = _persistence.create(pk);

		Assert.assertNotNull(sessionDate);

		Assert.assertEquals(sessionDate.getPrimaryKey(), pk);
	}

	@Test
	public void testRemove() throws Exception {
		SessionDate newSessionDate = addSessionDate();

		_persistence.remove(newSessionDate);

		SessionDate existingSessionDate = _persistence.fetchByPrimaryKey(
			newSessionDate.getPrimaryKey());

		Assert.assertNull(existingSessionDate);
	}

	@Test
	public void testUpdateNew() throws Exception {
		addSessionDate();
	}

	@Test
	public void testUpdateExisting() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionDate newSessionDate = _persistence.create(pk);

		newSessionDate.setMvccVersion(RandomTestUtil.nextLong());

		newSessionDate.setUuid(RandomTestUtil.randomString());

		newSessionDate.setGroupId(RandomTestUtil.nextLong());

		newSessionDate.setCompanyId(RandomTestUtil.nextLong());

		newSessionDate.setUserId(RandomTestUtil.nextLong());

		newSessionDate.setUserName(RandomTestUtil.randomString());

		newSessionDate.setCreateDate(RandomTestUtil.nextDate());

		newSessionDate.setModifiedDate(RandomTestUtil.nextDate());

		newSessionDate.setCourseSessionId(RandomTestUtil.nextLong());

		newSessionDate.setStartDate(RandomTestUtil.nextDate());

		newSessionDate.setEndDate(RandomTestUtil.nextDate());

		newSessionDate.setCheckInCode(RandomTestUtil.randomString());

		newSessionDate.setCheckInOpenDate(RandomTestUtil.nextDate());

		newSessionDate.setCheckInCloseDate(RandomTestUtil.nextDate());

		_sessionDates.add(_persistence.update(newSessionDate));

		SessionDate existingSessionDate = _persistence.findByPrimaryKey(
			newSessionDate.getPrimaryKey());

		Assert.assertEquals(
			existingSessionDate.getMvccVersion(),
			newSessionDate.getMvccVersion());
		Assert.assertEquals(
			existingSessionDate.getUuid(), newSessionDate.getUuid());
		Assert.assertEquals(
			existingSessionDate.getSessionDateId(),
			newSessionDate.getSessionDateId());
		Assert.assertEquals(
			existingSessionDate.getGroupId(), newSessionDate.getGroupId());
		Assert.assertEquals(
			existingSessionDate.getCompanyId(), newSessionDate.getCompanyId());
		Assert.assertEquals(
			existingSessionDate.getUserId(), newSessionDate.getUserId());
		Assert.assertEquals(
			existingSessionDate.getUserName(), newSessionDate.getUserName());
		Assert.assertEquals(
			Time.getShortTimestamp(existingSessionDate.getCreateDate()),
			Time.getShortTimestamp(newSessionDate.getCreateDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(existingSessionDate.getModifiedDate()),
			Time.getShortTimestamp(newSessionDate.getModifiedDate()));
		Assert.assertEquals(
			existingSessionDate.getCourseSessionId(),
			newSessionDate.getCourseSessionId());
		Assert.assertEquals(
			Time.getShortTimestamp(existingSessionDate.getStartDate()),
			Time.getShortTimestamp(newSessionDate.getStartDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(existingSessionDate.getEndDate()),
			Time.getShortTimestamp(newSessionDate.getEndDate()));
		Assert.assertEquals(
			existingSessionDate.getCheckInCode(),
			newSessionDate.getCheckInCode());
		Assert.assertEquals(
			Time.getShortTimestamp(existingSessionDate.getCheckInOpenDate()),
			Time.getShortTimestamp(newSessionDate.getCheckInOpenDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(existingSessionDate.getCheckInCloseDate()),
			Time.getShortTimestamp(newSessionDate.getCheckInCloseDate()));
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
	public void testCountByCS_CIC() throws Exception {
		_persistence.countByCS_CIC(RandomTestUtil.nextLong(), "");

		_persistence.countByCS_CIC(0L, "null");

		_persistence.countByCS_CIC(0L, (String)null);
	}

	@Test
	public void testFindByPrimaryKeyExisting() throws Exception {
		SessionDate newSessionDate = addSessionDate();

		SessionDate existingSessionDate = _persistence.findByPrimaryKey(
			newSessionDate.getPrimaryKey());

		Assert.assertEquals(existingSessionDate, newSessionDate);
	}

	@Test(expected = NoSuchSessionDateException.class)
	public void testFindByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		_persistence.findByPrimaryKey(pk);
	}

	@Test
	public void testFindAll() throws Exception {
		_persistence.findAll(
			QueryUtil.ALL_POS, QueryUtil.ALL_POS, getOrderByComparator());
	}

	protected OrderByComparator<SessionDate> getOrderByComparator() {
		return OrderByComparatorFactoryUtil.create(
			"LVTraining_SessionDate", "mvccVersion", true, "uuid", true,
			"sessionDateId", true, "groupId", true, "companyId", true, "userId",
			true, "userName", true, "createDate", true, "modifiedDate", true,
			"courseSessionId", true, "startDate", true, "endDate", true,
			"checkInCode", true, "checkInOpenDate", true, "checkInCloseDate",
			true);
	}

	@Test
	public void testFetchByPrimaryKeyExisting() throws Exception {
		SessionDate newSessionDate = addSessionDate();

		SessionDate existingSessionDate = _persistence.fetchByPrimaryKey(
			newSessionDate.getPrimaryKey());

		Assert.assertEquals(existingSessionDate, newSessionDate);
	}

	@Test
	public void testFetchByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionDate missingSessionDate = _persistence.fetchByPrimaryKey(pk);

		Assert.assertNull(missingSessionDate);
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereAllPrimaryKeysExist()
		throws Exception {

		SessionDate newSessionDate1 = addSessionDate();
		SessionDate newSessionDate2 = addSessionDate();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newSessionDate1.getPrimaryKey());
		primaryKeys.add(newSessionDate2.getPrimaryKey());

		Map<Serializable, SessionDate> sessionDates =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(2, sessionDates.size());
		Assert.assertEquals(
			newSessionDate1, sessionDates.get(newSessionDate1.getPrimaryKey()));
		Assert.assertEquals(
			newSessionDate2, sessionDates.get(newSessionDate2.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereNoPrimaryKeysExist()
		throws Exception {

		long pk1 = RandomTestUtil.nextLong();

		long pk2 = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(pk1);
		primaryKeys.add(pk2);

		Map<Serializable, SessionDate> sessionDates =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(sessionDates.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereSomePrimaryKeysExist()
		throws Exception {

		SessionDate newSessionDate = addSessionDate();

		long pk = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newSessionDate.getPrimaryKey());
		primaryKeys.add(pk);

		Map<Serializable, SessionDate> sessionDates =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, sessionDates.size());
		Assert.assertEquals(
			newSessionDate, sessionDates.get(newSessionDate.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithNoPrimaryKeys() throws Exception {
		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		Map<Serializable, SessionDate> sessionDates =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(sessionDates.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithOnePrimaryKey() throws Exception {
		SessionDate newSessionDate = addSessionDate();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newSessionDate.getPrimaryKey());

		Map<Serializable, SessionDate> sessionDates =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, sessionDates.size());
		Assert.assertEquals(
			newSessionDate, sessionDates.get(newSessionDate.getPrimaryKey()));
	}

	@Test
	public void testActionableDynamicQuery() throws Exception {
		final IntegerWrapper count = new IntegerWrapper();

		ActionableDynamicQuery actionableDynamicQuery =
			SessionDateLocalServiceUtil.getActionableDynamicQuery();

		actionableDynamicQuery.setPerformActionMethod(
			new ActionableDynamicQuery.PerformActionMethod<SessionDate>() {

				@Override
				public void performAction(SessionDate sessionDate) {
					Assert.assertNotNull(sessionDate);

					count.increment();
				}

			});

		actionableDynamicQuery.performActions();

		Assert.assertEquals(count.getValue(), _persistence.countAll());
	}

	@Test
	public void testDynamicQueryByPrimaryKeyExisting() throws Exception {
		SessionDate newSessionDate = addSessionDate();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionDate.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"sessionDateId", newSessionDate.getSessionDateId()));

		List<SessionDate> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(1, result.size());

		SessionDate existingSessionDate = result.get(0);

		Assert.assertEquals(existingSessionDate, newSessionDate);
	}

	@Test
	public void testDynamicQueryByPrimaryKeyMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionDate.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"sessionDateId", RandomTestUtil.nextLong()));

		List<SessionDate> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testDynamicQueryByProjectionExisting() throws Exception {
		SessionDate newSessionDate = addSessionDate();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionDate.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("sessionDateId"));

		Object newSessionDateId = newSessionDate.getSessionDateId();

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"sessionDateId", new Object[] {newSessionDateId}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(1, result.size());

		Object existingSessionDateId = result.get(0);

		Assert.assertEquals(existingSessionDateId, newSessionDateId);
	}

	@Test
	public void testDynamicQueryByProjectionMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionDate.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("sessionDateId"));

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"sessionDateId", new Object[] {RandomTestUtil.nextLong()}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testResetOriginalValues() throws Exception {
		SessionDate newSessionDate = addSessionDate();

		_persistence.clearCache();

		_assertOriginalValues(
			_persistence.findByPrimaryKey(newSessionDate.getPrimaryKey()));
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

		SessionDate newSessionDate = addSessionDate();

		if (clearSession) {
			Session session = _persistence.openSession();

			session.flush();

			session.clear();
		}

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			SessionDate.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"sessionDateId", newSessionDate.getSessionDateId()));

		List<SessionDate> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		_assertOriginalValues(result.get(0));
	}

	private void _assertOriginalValues(SessionDate sessionDate) {
		Assert.assertEquals(
			sessionDate.getUuid(),
			ReflectionTestUtil.invoke(
				sessionDate, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "uuid_"));
		Assert.assertEquals(
			Long.valueOf(sessionDate.getGroupId()),
			ReflectionTestUtil.<Long>invoke(
				sessionDate, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "groupId"));

		Assert.assertEquals(
			Long.valueOf(sessionDate.getCourseSessionId()),
			ReflectionTestUtil.<Long>invoke(
				sessionDate, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "courseSessionId"));
		Assert.assertEquals(
			sessionDate.getCheckInCode(),
			ReflectionTestUtil.invoke(
				sessionDate, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "checkInCode"));
	}

	protected SessionDate addSessionDate() throws Exception {
		long pk = RandomTestUtil.nextLong();

		SessionDate sessionDate = _persistence.create(pk);

		sessionDate.setMvccVersion(RandomTestUtil.nextLong());

		sessionDate.setUuid(RandomTestUtil.randomString());

		sessionDate.setGroupId(RandomTestUtil.nextLong());

		sessionDate.setCompanyId(RandomTestUtil.nextLong());

		sessionDate.setUserId(RandomTestUtil.nextLong());

		sessionDate.setUserName(RandomTestUtil.randomString());

		sessionDate.setCreateDate(RandomTestUtil.nextDate());

		sessionDate.setModifiedDate(RandomTestUtil.nextDate());

		sessionDate.setCourseSessionId(RandomTestUtil.nextLong());

		sessionDate.setStartDate(RandomTestUtil.nextDate());

		sessionDate.setEndDate(RandomTestUtil.nextDate());

		sessionDate.setCheckInCode(RandomTestUtil.randomString());

		sessionDate.setCheckInOpenDate(RandomTestUtil.nextDate());

		sessionDate.setCheckInCloseDate(RandomTestUtil.nextDate());

		_sessionDates.add(_persistence.update(sessionDate));

		return sessionDate;
	}

	private List<SessionDate> _sessionDates = new ArrayList<SessionDate>();
	private SessionDatePersistence _persistence;
	private ClassLoader _dynamicQueryClassLoader;

}