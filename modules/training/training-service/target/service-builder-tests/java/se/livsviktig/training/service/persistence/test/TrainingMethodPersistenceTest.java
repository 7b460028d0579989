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

import se.livsviktig.training.exception.DuplicateTrainingMethodExternalReferenceCodeException;
import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalServiceUtil;
import se.livsviktig.training.service.persistence.TrainingMethodPersistence;
import se.livsviktig.training.service.persistence.TrainingMethodUtil;

/**
 * @generated
 */
@RunWith(Arquillian.class)
public class TrainingMethodPersistenceTest {

	@ClassRule
	@Rule
	public static final AggregateTestRule aggregateTestRule =
		new AggregateTestRule(
			new LiferayIntegrationTestRule(), PersistenceTestRule.INSTANCE,
			new TransactionalTestRule(
				Propagation.REQUIRED, "se.livsviktig.training.service"));

	@Before
	public void setUp() {
		_persistence = TrainingMethodUtil.getPersistence();

		Class<?> clazz = _persistence.getClass();

		_dynamicQueryClassLoader = clazz.getClassLoader();
	}

	@After
	public void tearDown() throws Exception {
		Iterator<TrainingMethod> iterator = _trainingMethods.iterator();

		while (iterator.hasNext()) {
			_persistence.remove(iterator.next());

			iterator.remove();
		}
	}

	@Test
	public void testCreate() throws Exception {
		long pk = RandomTestUtil.nextLong();

		TrainingMethod trainingMethod = _persistence.create(pk);

		Assert.assertNotNull(trainingMethod);

		Assert.assertEquals(trainingMethod.getPrimaryKey(), pk);
	}

	@Test
	public void testRemove() throws Exception {
		TrainingMethod newTrainingMethod = addTrainingMethod();

		_persistence.remove(newTrainingMethod);

		TrainingMethod existingTrainingMethod = _persistence.fetchByPrimaryKey(
			newTrainingMethod.getPrimaryKey());

		Assert.assertNull(existingTrainingMethod);
	}

	@Test
	public void testUpdateNew() throws Exception {
		addTrainingMethod();
	}

	@Test
	public void testUpdateExisting() throws Exception {
		long pk = RandomTestUtil.nextLong();

		TrainingMethod newTrainingMethod = _persistence.create(pk);

		newTrainingMethod.setMvccVersion(RandomTestUtil.nextLong());

		newTrainingMethod.setUuid(RandomTestUtil.randomString());

		newTrainingMethod.setExternalReferenceCode(
			RandomTestUtil.randomString());

		newTrainingMethod.setGroupId(RandomTestUtil.nextLong());

		newTrainingMethod.setCompanyId(RandomTestUtil.nextLong());

		newTrainingMethod.setUserId(RandomTestUtil.nextLong());

		newTrainingMethod.setUserName(RandomTestUtil.randomString());

		newTrainingMethod.setCreateDate(RandomTestUtil.nextDate());

		newTrainingMethod.setModifiedDate(RandomTestUtil.nextDate());

		newTrainingMethod.setName(RandomTestUtil.randomString());

		newTrainingMethod.setDescription(RandomTestUtil.randomString());

		newTrainingMethod.setCertifiedInstructorsRequired(
			RandomTestUtil.randomBoolean());

		newTrainingMethod.setInstructorsPerSession(RandomTestUtil.nextInt());

		newTrainingMethod.setRequiredAttendancePercent(
			RandomTestUtil.nextInt());

		newTrainingMethod.setLicenceSessionsRequired(RandomTestUtil.nextInt());

		newTrainingMethod.setLicencePeriodMonths(RandomTestUtil.nextInt());

		newTrainingMethod.setFollowUpSurveyDays(RandomTestUtil.nextInt());

		newTrainingMethod.setStatus(RandomTestUtil.nextInt());

		newTrainingMethod.setStatusByUserId(RandomTestUtil.nextLong());

		newTrainingMethod.setStatusByUserName(RandomTestUtil.randomString());

		newTrainingMethod.setStatusDate(RandomTestUtil.nextDate());

		_trainingMethods.add(_persistence.update(newTrainingMethod));

		TrainingMethod existingTrainingMethod = _persistence.findByPrimaryKey(
			newTrainingMethod.getPrimaryKey());

		Assert.assertEquals(
			existingTrainingMethod.getMvccVersion(),
			newTrainingMethod.getMvccVersion());
		Assert.assertEquals(
			existingTrainingMethod.getUuid(), newTrainingMethod.getUuid());
		Assert.assertEquals(
			existingTrainingMethod.getExternalReferenceCode(),
			newTrainingMethod.getExternalReferenceCode());
		Assert.assertEquals(
			existingTrainingMethod.getTrainingMethodId(),
			newTrainingMethod.getTrainingMethodId());
		Assert.assertEquals(
			existingTrainingMethod.getGroupId(),
			newTrainingMethod.getGroupId());
		Assert.assertEquals(
			existingTrainingMethod.getCompanyId(),
			newTrainingMethod.getCompanyId());
		Assert.assertEquals(
			existingTrainingMethod.getUserId(), newTrainingMethod.getUserId());
		Assert.assertEquals(
			existingTrainingMethod.getUserName(),
			newTrainingMethod.getUserName());
		Assert.assertEquals(
			Time.getShortTimestamp(existingTrainingMethod.getCreateDate()),
			Time.getShortTimestamp(newTrainingMethod.getCreateDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(existingTrainingMethod.getModifiedDate()),
			Time.getShortTimestamp(newTrainingMethod.getModifiedDate()));
		Assert.assertEquals(
			existingTrainingMethod.getName(), newTrainingMethod.getName());
		Assert.assertEquals(
			existingTrainingMethod.getDescription(),
			newTrainingMethod.getDescription());
		Assert.assertEquals(
			existingTrainingMethod.isCertifiedInstructorsRequired(),
			newTrainingMethod.isCertifiedInstructorsRequired());
		Assert.assertEquals(
			existingTrainingMethod.getInstructorsPerSession(),
			newTrainingMethod.getInstructorsPerSession());
		Assert.assertEquals(
			existingTrainingMethod.getRequiredAttendancePercent(),
			newTrainingMethod.getRequiredAttendancePercent());
		Assert.assertEquals(
			existingTrainingMethod.getLicenceSessionsRequired(),
			newTrainingMethod.getLicenceSessionsRequired());
		Assert.assertEquals(
			existingTrainingMethod.getLicencePeriodMonths(),
			newTrainingMethod.getLicencePeriodMonths());
		Assert.assertEquals(
			existingTrainingMethod.getFollowUpSurveyDays(),
			newTrainingMethod.getFollowUpSurveyDays());
		Assert.assertEquals(
			existingTrainingMethod.getStatus(), newTrainingMethod.getStatus());
		Assert.assertEquals(
			existingTrainingMethod.getStatusByUserId(),
			newTrainingMethod.getStatusByUserId());
		Assert.assertEquals(
			existingTrainingMethod.getStatusByUserName(),
			newTrainingMethod.getStatusByUserName());
		Assert.assertEquals(
			Time.getShortTimestamp(existingTrainingMethod.getStatusDate()),
			Time.getShortTimestamp(newTrainingMethod.getStatusDate()));
	}

	@Test(
		expected = DuplicateTrainingMethodExternalReferenceCodeException.class
	)
	public void testUpdateWithExistingExternalReferenceCode() throws Exception {
		TrainingMethod trainingMethod = addTrainingMethod();

		TrainingMethod newTrainingMethod = addTrainingMethod();

		newTrainingMethod.setGroupId(trainingMethod.getGroupId());

		newTrainingMethod = _persistence.update(newTrainingMethod);

		Session session = _persistence.getCurrentSession();

		session.evict(newTrainingMethod);

		newTrainingMethod.setExternalReferenceCode(
			trainingMethod.getExternalReferenceCode());

		_persistence.update(newTrainingMethod);
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
	public void testCountByGroupId() throws Exception {
		_persistence.countByGroupId(RandomTestUtil.nextLong());

		_persistence.countByGroupId(0L);
	}

	@Test
	public void testCountByG_S() throws Exception {
		_persistence.countByG_S(
			RandomTestUtil.nextLong(), RandomTestUtil.nextInt());

		_persistence.countByG_S(0L, 0);
	}

	@Test
	public void testCountByCompanyId() throws Exception {
		_persistence.countByCompanyId(RandomTestUtil.nextLong());

		_persistence.countByCompanyId(0L);
	}

	@Test
	public void testCountByERC_G() throws Exception {
		_persistence.countByERC_G("", RandomTestUtil.nextLong());

		_persistence.countByERC_G("null", 0L);

		_persistence.countByERC_G((String)null, 0L);
	}

	@Test
	public void testFindByPrimaryKeyExisting() throws Exception {
		TrainingMethod newTrainingMethod = addTrainingMethod();

		TrainingMethod existingTrainingMethod = _persistence.findByPrimaryKey(
			newTrainingMethod.getPrimaryKey());

		Assert.assertEquals(existingTrainingMethod, newTrainingMethod);
	}

	@Test(expected = NoSuchTrainingMethodException.class)
	public void testFindByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		_persistence.findByPrimaryKey(pk);
	}

	@Test
	public void testFindAll() throws Exception {
		_persistence.findAll(
			QueryUtil.ALL_POS, QueryUtil.ALL_POS, getOrderByComparator());
	}

	@Test
	public void testFilterFindByGroupId() throws Exception {
		_persistence.filterFindByGroupId(
			0, QueryUtil.ALL_POS, QueryUtil.ALL_POS, getOrderByComparator());
	}

	protected OrderByComparator<TrainingMethod> getOrderByComparator() {
		return OrderByComparatorFactoryUtil.create(
			"LVTraining_TrainingMethod", "mvccVersion", true, "uuid", true,
			"externalReferenceCode", true, "trainingMethodId", true, "groupId",
			true, "companyId", true, "userId", true, "userName", true,
			"createDate", true, "modifiedDate", true, "name", true,
			"description", true, "certifiedInstructorsRequired", true,
			"instructorsPerSession", true, "requiredAttendancePercent", true,
			"licenceSessionsRequired", true, "licencePeriodMonths", true,
			"followUpSurveyDays", true, "status", true, "statusByUserId", true,
			"statusByUserName", true, "statusDate", true);
	}

	@Test
	public void testFetchByPrimaryKeyExisting() throws Exception {
		TrainingMethod newTrainingMethod = addTrainingMethod();

		TrainingMethod existingTrainingMethod = _persistence.fetchByPrimaryKey(
			newTrainingMethod.getPrimaryKey());

		Assert.assertEquals(existingTrainingMethod, newTrainingMethod);
	}

	@Test
	public void testFetchByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		TrainingMethod missingTrainingMethod = _persistence.fetchByPrimaryKey(
			pk);

		Assert.assertNull(missingTrainingMethod);
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereAllPrimaryKeysExist()
		throws Exception {

		TrainingMethod newTrainingMethod1 = addTrainingMethod();
		TrainingMethod newTrainingMethod2 = addTrainingMethod();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newTrainingMethod1.getPrimaryKey());
		primaryKeys.add(newTrainingMethod2.getPrimaryKey());

		Map<Serializable, TrainingMethod> trainingMethods =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(2, trainingMethods.size());
		Assert.assertEquals(
			newTrainingMethod1,
			trainingMethods.get(newTrainingMethod1.getPrimaryKey()));
		Assert.assertEquals(
			newTrainingMethod2,
			trainingMethods.get(newTrainingMethod2.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereNoPrimaryKeysExist()
		throws Exception {

		long pk1 = RandomTestUtil.nextLong();

		long pk2 = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(pk1);
		primaryKeys.add(pk2);

		Map<Serializable, TrainingMethod> trainingMethods =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(trainingMethods.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereSomePrimaryKeysExist()
		throws Exception {

		TrainingMethod newTrainingMethod = addTrainingMethod();

		long pk = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newTrainingMethod.getPrimaryKey());
		primaryKeys.add(pk);

		Map<Serializable, TrainingMethod> trainingMethods =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, trainingMethods.size());
		Assert.assertEquals(
			newTrainingMethod,
			trainingMethods.get(newTrainingMethod.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithNoPrimaryKeys() throws Exception {
		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		Map<Serializable, TrainingMethod> trainingMethods =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(trainingMethods.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithOnePrimaryKey() throws Exception {
		TrainingMethod newTrainingMethod = addTrainingMethod();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newTrainingMethod.getPrimaryKey());

		Map<Serializable, TrainingMethod> trainingMethods =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, trainingMethods.size());
		Assert.assertEquals(
			newTrainingMethod,
			trainingMethods.get(newTrainingMethod.getPrimaryKey()));
	}

	@Test
	public void testActionableDynamicQuery() throws Exception {
		final IntegerWrapper count = new IntegerWrapper();

		ActionableDynamicQuery actionableDynamicQuery =
			TrainingMethodLocalServiceUtil.getActionableDynamicQuery();

		actionableDynamicQuery.setPerformActionMethod(
			new ActionableDynamicQuery.PerformActionMethod<TrainingMethod>() {

				@Override
				public void performAction(TrainingMethod trainingMethod) {
					Assert.assertNotNull(trainingMethod);

					count.increment();
				}

			});

		actionableDynamicQuery.performActions();

		Assert.assertEquals(count.getValue(), _persistence.countAll());
	}

	@Test
	public void testDynamicQueryByPrimaryKeyExisting() throws Exception {
		TrainingMethod newTrainingMethod = addTrainingMethod();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			TrainingMethod.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"trainingMethodId", newTrainingMethod.getTrainingMethodId()));

		List<TrainingMethod> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(1, result.size());

		TrainingMethod existingTrainingMethod = result.get(0);

		Assert.assertEquals(existingTrainingMethod, newTrainingMethod);
	}

	@Test
	public void testDynamicQueryByPrimaryKeyMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			TrainingMethod.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"trainingMethodId", RandomTestUtil.nextLong()));

		List<TrainingMethod> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testDynamicQueryByProjectionExisting() throws Exception {
		TrainingMethod newTrainingMethod = addTrainingMethod();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			TrainingMethod.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("trainingMethodId"));

		Object newTrainingMethodId = newTrainingMethod.getTrainingMethodId();

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"trainingMethodId", new Object[] {newTrainingMethodId}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(1, result.size());

		Object existingTrainingMethodId = result.get(0);

		Assert.assertEquals(existingTrainingMethodId, newTrainingMethodId);
	}

	@Test
	public void testDynamicQueryByProjectionMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			TrainingMethod.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("trainingMethodId"));

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"trainingMethodId", new Object[] {RandomTestUtil.nextLong()}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testResetOriginalValues() throws Exception {
		TrainingMethod newTrainingMethod = addTrainingMethod();

		_persistence.clearCache();

		_assertOriginalValues(
			_persistence.findByPrimaryKey(newTrainingMethod.getPrimaryKey()));
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

		TrainingMethod newTrainingMethod = addTrainingMethod();

		if (clearSession) {
			Session session = _persistence.openSession();

			session.flush();

			session.clear();
		}

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			TrainingMethod.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"trainingMethodId", newTrainingMethod.getTrainingMethodId()));

		List<TrainingMethod> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		_assertOriginalValues(result.get(0));
	}

	private void _assertOriginalValues(TrainingMethod trainingMethod) {
		Assert.assertEquals(
			trainingMethod.getUuid(),
			ReflectionTestUtil.invoke(
				trainingMethod, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "uuid_"));
		Assert.assertEquals(
			Long.valueOf(trainingMethod.getGroupId()),
			ReflectionTestUtil.<Long>invoke(
				trainingMethod, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "groupId"));

		Assert.assertEquals(
			trainingMethod.getExternalReferenceCode(),
			ReflectionTestUtil.invoke(
				trainingMethod, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "externalReferenceCode"));
		Assert.assertEquals(
			Long.valueOf(trainingMethod.getGroupId()),
			ReflectionTestUtil.<Long>invoke(
				trainingMethod, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "groupId"));
	}

	protected TrainingMethod addTrainingMethod() throws Exception {
		long pk = RandomTestUtil.nextLong();

		TrainingMethod trainingMethod = _persistence.create(pk);

		trainingMethod.setMvccVersion(RandomTestUtil.nextLong());

		trainingMethod.setUuid(RandomTestUtil.randomString());

		trainingMethod.setExternalReferenceCode(RandomTestUtil.randomString());

		trainingMethod.setGroupId(RandomTestUtil.nextLong());

		trainingMethod.setCompanyId(RandomTestUtil.nextLong());

		trainingMethod.setUserId(RandomTestUtil.nextLong());

		trainingMethod.setUserName(RandomTestUtil.randomString());

		trainingMethod.setCreateDate(RandomTestUtil.nextDate());

		trainingMethod.setModifiedDate(RandomTestUtil.nextDate());

		trainingMethod.setName(RandomTestUtil.randomString());

		trainingMethod.setDescription(RandomTestUtil.randomString());

		trainingMethod.setCertifiedInstructorsRequired(
			RandomTestUtil.randomBoolean());

		trainingMethod.setInstructorsPerSession(RandomTestUtil.nextInt());

		trainingMethod.setRequiredAttendancePercent(RandomTestUtil.nextInt());

		trainingMethod.setLicenceSessionsRequired(RandomTestUtil.nextInt());

		trainingMethod.setLicencePeriodMonths(RandomTestUtil.nextInt());

		trainingMethod.setFollowUpSurveyDays(RandomTestUtil.nextInt());

		trainingMethod.setStatus(RandomTestUtil.nextInt());

		trainingMethod.setStatusByUserId(RandomTestUtil.nextLong());

		trainingMethod.setStatusByUserName(RandomTestUtil.randomString());

		trainingMethod.setStatusDate(RandomTestUtil.nextDate());

		_trainingMethods.add(_persistence.update(trainingMethod));

		return trainingMethod;
	}

	private List<TrainingMethod> _trainingMethods =
		new ArrayList<TrainingMethod>();
	private TrainingMethodPersistence _persistence;
	private ClassLoader _dynamicQueryClassLoader;

}