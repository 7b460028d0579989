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

import se.livsviktig.training.exception.NoSuchTrainingNoticeException;
import se.livsviktig.training.model.TrainingNotice;
import se.livsviktig.training.service.TrainingNoticeLocalServiceUtil;
import se.livsviktig.training.service.persistence.TrainingNoticePersistence;
import se.livsviktig.training.service.persistence.TrainingNoticeUtil;

/**
 * @generated
 */
@RunWith(Arquillian.class)
public class TrainingNoticePersistenceTest {

	@ClassRule
	@Rule
	public static final AggregateTestRule aggregateTestRule =
		new AggregateTestRule(
			new LiferayIntegrationTestRule(), PersistenceTestRule.INSTANCE,
			new TransactionalTestRule(
				Propagation.REQUIRED, "se.livsviktig.training.service"));

	@Before
	public void setUp() {
		_persistence = TrainingNoticeUtil.getPersistence();

		Class<?> clazz = _persistence.getClass();

		_dynamicQueryClassLoader = clazz.getClassLoader();
	}

	@After
	public void tearDown() throws Exception {
		Iterator<TrainingNotice> iterator = _trainingNotices.iterator();

		while (iterator.hasNext()) {
			_persistence.remove(iterator.next());

			iterator.remove();
		}
	}

	@Test
	public void testCreate() throws Exception {
		long pk = RandomTestUtil.nextLong();

		TrainingNotice trainingNotice = _persistence.create(pk);

		Assert.assertNotNull(trainingNotice);

		Assert.assertEquals(trainingNotice.getPrimaryKey(), pk);
	}

	@Test
	public void testRemove() throws Exception {
		TrainingNotice newTrainingNotice = addTrainingNotice();

		_persistence.remove(newTrainingNotice);

		TrainingNotice existingTrainingNotice = _persistence.fetchByPrimaryKey(
			newTrainingNotice.getPrimaryKey());

		Assert.assertNull(existingTrainingNotice);
	}

	@Test
	public void testUpdateNew() throws Exception {
		addTrainingNotice();
	}

	@Test
	public void testUpdateExisting() throws Exception {
		long pk = RandomTestUtil.nextLong();

		TrainingNotice newTrainingNotice = _persistence.create(pk);

		newTrainingNotice.setMvccVersion(RandomTestUtil.nextLong());

		newTrainingNotice.setGroupId(RandomTestUtil.nextLong());

		newTrainingNotice.setCompanyId(RandomTestUtil.nextLong());

		newTrainingNotice.setUserId(RandomTestUtil.nextLong());

		newTrainingNotice.setCreateDate(RandomTestUtil.nextDate());

		newTrainingNotice.setNoticeKey(RandomTestUtil.randomString());

		newTrainingNotice.setNoticeType(RandomTestUtil.randomString());

		newTrainingNotice.setRegistrationId(RandomTestUtil.nextLong());

		newTrainingNotice.setCourseSessionId(RandomTestUtil.nextLong());

		_trainingNotices.add(_persistence.update(newTrainingNotice));

		TrainingNotice existingTrainingNotice = _persistence.findByPrimaryKey(
			newTrainingNotice.getPrimaryKey());

		Assert.assertEquals(
			existingTrainingNotice.getMvccVersion(),
			newTrainingNotice.getMvccVersion());
		Assert.assertEquals(
			existingTrainingNotice.getTrainingNoticeId(),
			newTrainingNotice.getTrainingNoticeId());
		Assert.assertEquals(
			existingTrainingNotice.getGroupId(),
			newTrainingNotice.getGroupId());
		Assert.assertEquals(
			existingTrainingNotice.getCompanyId(),
			newTrainingNotice.getCompanyId());
		Assert.assertEquals(
			existingTrainingNotice.getUserId(), newTrainingNotice.getUserId());
		Assert.assertEquals(
			Time.getShortTimestamp(existingTrainingNotice.getCreateDate()),
			Time.getShortTimestamp(newTrainingNotice.getCreateDate()));
		Assert.assertEquals(
			existingTrainingNotice.getNoticeKey(),
			newTrainingNotice.getNoticeKey());
		Assert.assertEquals(
			existingTrainingNotice.getNoticeType(),
			newTrainingNotice.getNoticeType());
		Assert.assertEquals(
			existingTrainingNotice.getRegistrationId(),
			newTrainingNotice.getRegistrationId());
		Assert.assertEquals(
			existingTrainingNotice.getCourseSessionId(),
			newTrainingNotice.getCourseSessionId());
	}

	@Test
	public void testCountByC_NK() throws Exception {
		_persistence.countByC_NK(RandomTestUtil.nextLong(), "");

		_persistence.countByC_NK(0L, "null");

		_persistence.countByC_NK(0L, (String)null);
	}

	@Test
	public void testCountByRegistrationId() throws Exception {
		_persistence.countByRegistrationId(RandomTestUtil.nextLong());

		_persistence.countByRegistrationId(0L);
	}

	@Test
	public void testCountByUserId() throws Exception {
		_persistence.countByUserId(RandomTestUtil.nextLong());

		_persistence.countByUserId(0L);
	}

	@Test
	public void testFindByPrimaryKeyExisting() throws Exception {
		TrainingNotice newTrainingNotice = addTrainingNotice();

		TrainingNotice existingTrainingNotice = _persistence.findByPrimaryKey(
			newTrainingNotice.getPrimaryKey());

		Assert.assertEquals(existingTrainingNotice, newTrainingNotice);
	}

	@Test(expected = NoSuchTrainingNoticeException.class)
	public void testFindByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		_persistence.findByPrimaryKey(pk);
	}

	@Test
	public void testFindAll() throws Exception {
		_persistence.findAll(
			QueryUtil.ALL_POS, QueryUtil.ALL_POS, getOrderByComparator());
	}

	protected OrderByComparator<TrainingNotice> getOrderByComparator() {
		return OrderByComparatorFactoryUtil.create(
			"LVTraining_TrainingNotice", "mvccVersion", true,
			"trainingNoticeId", true, "groupId", true, "companyId", true,
			"userId", true, "createDate", true, "noticeKey", true, "noticeType",
			true, "registrationId", true, "courseSessionId", true);
	}

	@Test
	public void testFetchByPrimaryKeyExisting() throws Exception {
		TrainingNotice newTrainingNotice = addTrainingNotice();

		TrainingNotice existingTrainingNotice = _persistence.fetchByPrimaryKey(
			newTrainingNotice.getPrimaryKey());

		Assert.assertEquals(existingTrainingNotice, newTrainingNotice);
	}

	@Test
	public void testFetchByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		TrainingNotice missingTrainingNotice = _persistence.fetchByPrimaryKey(
			pk);

		Assert.assertNull(missingTrainingNotice);
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereAllPrimaryKeysExist()
		throws Exception {

		TrainingNotice newTrainingNotice1 = addTrainingNotice();
		TrainingNotice newTrainingNotice2 = addTrainingNotice();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newTrainingNotice1.getPrimaryKey());
		primaryKeys.add(newTrainingNotice2.getPrimaryKey());

		Map<Serializable, TrainingNotice> trainingNotices =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(2, trainingNotices.size());
		Assert.assertEquals(
			newTrainingNotice1,
			trainingNotices.get(newTrainingNotice1.getPrimaryKey()));
		Assert.assertEquals(
			newTrainingNotice2,
			trainingNotices.get(newTrainingNotice2.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereNoPrimaryKeysExist()
		throws Exception {

		long pk1 = RandomTestUtil.nextLong();

		long pk2 = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(pk1);
		primaryKeys.add(pk2);

		Map<Serializable, TrainingNotice> trainingNotices =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(trainingNotices.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereSomePrimaryKeysExist()
		throws Exception {

		TrainingNotice newTrainingNotice = addTrainingNotice();

		long pk = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newTrainingNotice.getPrimaryKey());
		primaryKeys.add(pk);

		Map<Serializable, TrainingNotice> trainingNotices =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, trainingNotices.size());
		Assert.assertEquals(
			newTrainingNotice,
			trainingNotices.get(newTrainingNotice.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithNoPrimaryKeys() throws Exception {
		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		Map<Serializable, TrainingNotice> trainingNotices =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(trainingNotices.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithOnePrimaryKey() throws Exception {
		TrainingNotice newTrainingNotice = addTrainingNotice();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newTrainingNotice.getPrimaryKey());

		Map<Serializable, TrainingNotice> trainingNotices =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, trainingNotices.size());
		Assert.assertEquals(
			newTrainingNotice,
			trainingNotices.get(newTrainingNotice.getPrimaryKey()));
	}

	@Test
	public void testActionableDynamicQuery() throws Exception {
		final IntegerWrapper count = new IntegerWrapper();

		ActionableDynamicQuery actionableDynamicQuery =
			TrainingNoticeLocalServiceUtil.getActionableDynamicQuery();

		actionableDynamicQuery.setPerformActionMethod(
			new ActionableDynamicQuery.PerformActionMethod<TrainingNotice>() {

				@Override
				public void performAction(TrainingNotice trainingNotice) {
					Assert.assertNotNull(trainingNotice);

					count.increment();
				}

			});

		actionableDynamicQuery.performActions();

		Assert.assertEquals(count.getValue(), _persistence.countAll());
	}

	@Test
	public void testDynamicQueryByPrimaryKeyExisting() throws Exception {
		TrainingNotice newTrainingNotice = addTrainingNotice();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			TrainingNotice.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"trainingNoticeId", newTrainingNotice.getTrainingNoticeId()));

		List<TrainingNotice> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(1, result.size());

		TrainingNotice existingTrainingNotice = result.get(0);

		Assert.assertEquals(existingTrainingNotice, newTrainingNotice);
	}

	@Test
	public void testDynamicQueryByPrimaryKeyMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			TrainingNotice.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"trainingNoticeId", RandomTestUtil.nextLong()));

		List<TrainingNotice> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testDynamicQueryByProjectionExisting() throws Exception {
		TrainingNotice newTrainingNotice = addTrainingNotice();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			TrainingNotice.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("trainingNoticeId"));

		Object newTrainingNoticeId = newTrainingNotice.getTrainingNoticeId();

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"trainingNoticeId", new Object[] {newTrainingNoticeId}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(1, result.size());

		Object existingTrainingNoticeId = result.get(0);

		Assert.assertEquals(existingTrainingNoticeId, newTrainingNoticeId);
	}

	@Test
	public void testDynamicQueryByProjectionMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			TrainingNotice.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("trainingNoticeId"));

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"trainingNoticeId", new Object[] {RandomTestUtil.nextLong()}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testResetOriginalValues() throws Exception {
		TrainingNotice newTrainingNotice = addTrainingNotice();

		_persistence.clearCache();

		_assertOriginalValues(
			_persistence.findByPrimaryKey(newTrainingNotice.getPrimaryKey()));
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

		TrainingNotice newTrainingNotice = addTrainingNotice();

		if (clearSession) {
			Session session = _persistence.openSession();

			session.flush();

			session.clear();
		}

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			TrainingNotice.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"trainingNoticeId", newTrainingNotice.getTrainingNoticeId()));

		List<TrainingNotice> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		_assertOriginalValues(result.get(0));
	}

	private void _assertOriginalValues(TrainingNotice trainingNotice) {
		Assert.assertEquals(
			Long.valueOf(trainingNotice.getCompanyId()),
			ReflectionTestUtil.<Long>invoke(
				trainingNotice, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "companyId"));
		Assert.assertEquals(
			trainingNotice.getNoticeKey(),
			ReflectionTestUtil.invoke(
				trainingNotice, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "noticeKey"));
	}

	protected TrainingNotice addTrainingNotice() throws Exception {
		long pk = RandomTestUtil.nextLong();

		TrainingNotice trainingNotice = _persistence.create(pk);

		trainingNotice.setMvccVersion(RandomTestUtil.nextLong());

		trainingNotice.setGroupId(RandomTestUtil.nextLong());

		trainingNotice.setCompanyId(RandomTestUtil.nextLong());

		trainingNotice.setUserId(RandomTestUtil.nextLong());

		trainingNotice.setCreateDate(RandomTestUtil.nextDate());

		trainingNotice.setNoticeKey(RandomTestUtil.randomString());

		trainingNotice.setNoticeType(RandomTestUtil.randomString());

		trainingNotice.setRegistrationId(RandomTestUtil.nextLong());

		trainingNotice.setCourseSessionId(RandomTestUtil.nextLong());

		_trainingNotices.add(_persistence.update(trainingNotice));

		return trainingNotice;
	}

	private List<TrainingNotice> _trainingNotices =
		new ArrayList<TrainingNotice>();
	private TrainingNoticePersistence _persistence;
	private ClassLoader _dynamicQueryClassLoader;

}