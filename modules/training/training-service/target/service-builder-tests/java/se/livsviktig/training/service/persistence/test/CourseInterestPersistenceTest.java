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

import se.livsviktig.training.exception.NoSuchCourseInterestException;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.service.CourseInterestLocalServiceUtil;
import se.livsviktig.training.service.persistence.CourseInterestPersistence;
import se.livsviktig.training.service.persistence.CourseInterestUtil;

/**
 * @generated
 */
@RunWith(Arquillian.class)
public class CourseInterestPersistenceTest {

	@ClassRule
	@Rule
	public static final AggregateTestRule aggregateTestRule =
		new AggregateTestRule(
			new LiferayIntegrationTestRule(), PersistenceTestRule.INSTANCE,
			new TransactionalTestRule(
				Propagation.REQUIRED, "se.livsviktig.training.service"));

	@Before
	public void setUp() {
		_persistence = CourseInterestUtil.getPersistence();

		Class<?> clazz = _persistence.getClass();

		_dynamicQueryClassLoader = clazz.getClassLoader();
	}

	@After
	public void tearDown() throws Exception {
		Iterator<CourseInterest> iterator = _courseInterests.iterator();

		while (iterator.hasNext()) {
			_persistence.remove(iterator.next());

			iterator.remove();
		}
	}

	@Test
	public void testCreate() throws Exception {
		long pk = RandomTestUtil.nextLong();

		CourseInterest courseInterest = _persistence.create(pk);

		Assert.assertNotNull(courseInterest);

		Assert.assertEquals(courseInterest.getPrimaryKey(), pk);
	}

	@Test
	public void testRemove() throws Exception {
		CourseInterest newCourseInterest = addCourseInterest();

		_persistence.remove(newCourseInterest);

		CourseInterest existingCourseInterest = _persistence.fetchByPrimaryKey(
			newCourseInterest.getPrimaryKey());

		Assert.assertNull(existingCourseInterest);
	}

	@Test
	public void testUpdateNew() throws Exception {
		addCourseInterest();
	}

	@Test
	public void testUpdateExisting() throws Exception {
		long pk = RandomTestUtil.nextLong();

		CourseInterest newCourseInterest = _persistence.create(pk);

		newCourseInterest.setMvccVersion(RandomTestUtil.nextLong());

		newCourseInterest.setUuid(RandomTestUtil.randomString());

		newCourseInterest.setGroupId(RandomTestUtil.nextLong());

		newCourseInterest.setCompanyId(RandomTestUtil.nextLong());

		newCourseInterest.setUserId(RandomTestUtil.nextLong());

		newCourseInterest.setUserName(RandomTestUtil.randomString());

		newCourseInterest.setCreateDate(RandomTestUtil.nextDate());

		newCourseInterest.setModifiedDate(RandomTestUtil.nextDate());

		newCourseInterest.setCourseId(RandomTestUtil.nextLong());

		newCourseInterest.setNotifiedDate(RandomTestUtil.nextDate());

		newCourseInterest.setStatus(RandomTestUtil.nextInt());

		_courseInterests.add(_persistence.update(newCourseInterest));

		CourseInterest existingCourseInterest = _persistence.findByPrimaryKey(
			newCourseInterest.getPrimaryKey());

		Assert.assertEquals(
			existingCourseInterest.getMvccVersion(),
			newCourseInterest.getMvccVersion());
		Assert.assertEquals(
			existingCourseInterest.getUuid(), newCourseInterest.getUuid());
		Assert.assertEquals(
			existingCourseInterest.getCourseInterestId(),
			newCourseInterest.getCourseInterestId());
		Assert.assertEquals(
			existingCourseInterest.getGroupId(),
			newCourseInterest.getGroupId());
		Assert.assertEquals(
			existingCourseInterest.getCompanyId(),
			newCourseInterest.getCompanyId());
		Assert.assertEquals(
			existingCourseInterest.getUserId(), newCourseInterest.getUserId());
		Assert.assertEquals(
			existingCourseInterest.getUserName(),
			newCourseInterest.getUserName());
		Assert.assertEquals(
			Time.getShortTimestamp(existingCourseInterest.getCreateDate()),
			Time.getShortTimestamp(newCourseInterest.getCreateDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(existingCourseInterest.getModifiedDate()),
			Time.getShortTimestamp(newCourseInterest.getModifiedDate()));
		Assert.assertEquals(
			existingCourseInterest.getCourseId(),
			newCourseInterest.getCourseId());
		Assert.assertEquals(
			Time.getShortTimestamp(existingCourseInterest.getNotifiedDate()),
			Time.getShortTimestamp(newCourseInterest.getNotifiedDate()));
		Assert.assertEquals(
			existingCourseInterest.getStatus(), newCourseInterest.getStatus());
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
	public void testCountByUserId() throws Exception {
		_persistence.countByUserId(RandomTestUtil.nextLong());

		_persistence.countByUserId(0L);
	}

	@Test
	public void testCountByCourseId() throws Exception {
		_persistence.countByCourseId(RandomTestUtil.nextLong());

		_persistence.countByCourseId(0L);
	}

	@Test
	public void testCountByC_S() throws Exception {
		_persistence.countByC_S(
			RandomTestUtil.nextLong(), RandomTestUtil.nextInt());

		_persistence.countByC_S(0L, 0);
	}

	@Test
	public void testCountByC_U() throws Exception {
		_persistence.countByC_U(
			RandomTestUtil.nextLong(), RandomTestUtil.nextLong());

		_persistence.countByC_U(0L, 0L);
	}

	@Test
	public void testFindByPrimaryKeyExisting() throws Exception {
		CourseInterest newCourseInterest = addCourseInterest();

		CourseInterest existingCourseInterest = _persistence.findByPrimaryKey(
			newCourseInterest.getPrimaryKey());

		Assert.assertEquals(existingCourseInterest, newCourseInterest);
	}

	@Test(expected = NoSuchCourseInterestException.class)
	public void testFindByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		_persistence.findByPrimaryKey(pk);
	}

	@Test
	public void testFindAll() throws Exception {
		_persistence.findAll(
			QueryUtil.ALL_POS, QueryUtil.ALL_POS, getOrderByComparator());
	}

	protected OrderByComparator<CourseInterest> getOrderByComparator() {
		return OrderByComparatorFactoryUtil.create(
			"LVTraining_CourseInterest", "mvccVersion", true, "uuid", true,
			"courseInterestId", true, "groupId", true, "companyId", true,
			"userId", true, "userName", true, "createDate", true,
			"modifiedDate", true, "courseId", true, "notifiedDate", true,
			"status", true);
	}

	@Test
	public void testFetchByPrimaryKeyExisting() throws Exception {
		CourseInterest newCourseInterest = addCourseInterest();

		CourseInterest existingCourseInterest = _persistence.fetchByPrimaryKey(
			newCourseInterest.getPrimaryKey());

		Assert.assertEquals(existingCourseInterest, newCourseInterest);
	}

	@Test
	public void testFetchByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		CourseInterest missingCourseInterest = _persistence.fetchByPrimaryKey(
			pk);

		Assert.assertNull(missingCourseInterest);
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereAllPrimaryKeysExist()
		throws Exception {

		CourseInterest newCourseInterest1 = addCourseInterest();
		CourseInterest newCourseInterest2 = addCourseInterest();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newCourseInterest1.getPrimaryKey());
		primaryKeys.add(newCourseInterest2.getPrimaryKey());

		Map<Serializable, CourseInterest> courseInterests =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(2, courseInterests.size());
		Assert.assertEquals(
			newCourseInterest1,
			courseInterests.get(newCourseInterest1.getPrimaryKey()));
		Assert.assertEquals(
			newCourseInterest2,
			courseInterests.get(newCourseInterest2.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereNoPrimaryKeysExist()
		throws Exception {

		long pk1 = RandomTestUtil.nextLong();

		long pk2 = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(pk1);
		primaryKeys.add(pk2);

		Map<Serializable, CourseInterest> courseInterests =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(courseInterests.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereSomePrimaryKeysExist()
		throws Exception {

		CourseInterest newCourseInterest = addCourseInterest();

		long pk = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newCourseInterest.getPrimaryKey());
		primaryKeys.add(pk);

		Map<Serializable, CourseInterest> courseInterests =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, courseInterests.size());
		Assert.assertEquals(
			newCourseInterest,
			courseInterests.get(newCourseInterest.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithNoPrimaryKeys() throws Exception {
		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		Map<Serializable, CourseInterest> courseInterests =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(courseInterests.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithOnePrimaryKey() throws Exception {
		CourseInterest newCourseInterest = addCourseInterest();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newCourseInterest.getPrimaryKey());

		Map<Serializable, CourseInterest> courseInterests =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, courseInterests.size());
		Assert.assertEquals(
			newCourseInterest,
			courseInterests.get(newCourseInterest.getPrimaryKey()));
	}

	@Test
	public void testActionableDynamicQuery() throws Exception {
		final IntegerWrapper count = new IntegerWrapper();

		ActionableDynamicQuery actionableDynamicQuery =
			CourseInterestLocalServiceUtil.getActionableDynamicQuery();

		actionableDynamicQuery.setPerformActionMethod(
			new ActionableDynamicQuery.PerformActionMethod<CourseInterest>() {

				@Override
				public void performAction(CourseInterest courseInterest) {
					Assert.assertNotNull(courseInterest);

					count.increment();
				}

			});

		actionableDynamicQuery.performActions();

		Assert.assertEquals(count.getValue(), _persistence.countAll());
	}

	@Test
	public void testDynamicQueryByPrimaryKeyExisting() throws Exception {
		CourseInterest newCourseInterest = addCourseInterest();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			CourseInterest.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"courseInterestId", newCourseInterest.getCourseInterestId()));

		List<CourseInterest> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(1, result.size());

		CourseInterest existingCourseInterest = result.get(0);

		Assert.assertEquals(existingCourseInterest, newCourseInterest);
	}

	@Test
	public void testDynamicQueryByPrimaryKeyMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			CourseInterest.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"courseInterestId", RandomTestUtil.nextLong()));

		List<CourseInterest> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testDynamicQueryByProjectionExisting() throws Exception {
		CourseInterest newCourseInterest = addCourseInterest();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			CourseInterest.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("courseInterestId"));

		Object newCourseInterestId = newCourseInterest.getCourseInterestId();

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"courseInterestId", new Object[] {newCourseInterestId}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(1, result.size());

		Object existingCourseInterestId = result.get(0);

		Assert.assertEquals(existingCourseInterestId, newCourseInterestId);
	}

	@Test
	public void testDynamicQueryByProjectionMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			CourseInterest.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("courseInterestId"));

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"courseInterestId", new Object[] {RandomTestUtil.nextLong()}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testResetOriginalValues() throws Exception {
		CourseInterest newCourseInterest = addCourseInterest();

		_persistence.clearCache();

		_assertOriginalValues(
			_persistence.findByPrimaryKey(newCourseInterest.getPrimaryKey()));
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

		CourseInterest newCourseInterest = addCourseInterest();

		if (clearSession) {
			Session session = _persistence.openSession();

			session.flush();

			session.clear();
		}

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			CourseInterest.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"courseInterestId", newCourseInterest.getCourseInterestId()));

		List<CourseInterest> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		_assertOriginalValues(result.get(0));
	}

	private void _assertOriginalValues(CourseInterest courseInterest) {
		Assert.assertEquals(
			courseInterest.getUuid(),
			ReflectionTestUtil.invoke(
				courseInterest, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "uuid_"));
		Assert.assertEquals(
			Long.valueOf(courseInterest.getGroupId()),
			ReflectionTestUtil.<Long>invoke(
				courseInterest, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "groupId"));

		Assert.assertEquals(
			Long.valueOf(courseInterest.getCourseId()),
			ReflectionTestUtil.<Long>invoke(
				courseInterest, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "courseId"));
		Assert.assertEquals(
			Long.valueOf(courseInterest.getUserId()),
			ReflectionTestUtil.<Long>invoke(
				courseInterest, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "userId"));
	}

	protected CourseInterest addCourseInterest() throws Exception {
		long pk = RandomTestUtil.nextLong();

		CourseInterest courseInterest = _persistence.create(pk);

		courseInterest.setMvccVersion(RandomTestUtil.nextLong());

		courseInterest.setUuid(RandomTestUtil.randomString());

		courseInterest.setGroupId(RandomTestUtil.nextLong());

		courseInterest.setCompanyId(RandomTestUtil.nextLong());

		courseInterest.setUserId(RandomTestUtil.nextLong());

		courseInterest.setUserName(RandomTestUtil.randomString());

		courseInterest.setCreateDate(RandomTestUtil.nextDate());

		courseInterest.setModifiedDate(RandomTestUtil.nextDate());

		courseInterest.setCourseId(RandomTestUtil.nextLong());

		courseInterest.setNotifiedDate(RandomTestUtil.nextDate());

		courseInterest.setStatus(RandomTestUtil.nextInt());

		_courseInterests.add(_persistence.update(courseInterest));

		return courseInterest;
	}

	private List<CourseInterest> _courseInterests =
		new ArrayList<CourseInterest>();
	private CourseInterestPersistence _persistence;
	private ClassLoader _dynamicQueryClassLoader;

}