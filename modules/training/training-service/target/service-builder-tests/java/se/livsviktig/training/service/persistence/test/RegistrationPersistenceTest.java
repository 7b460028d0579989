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

import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationLocalServiceUtil;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.RegistrationUtil;

/**
 * @generated
 */
@RunWith(Arquillian.class)
public class RegistrationPersistenceTest {

	@ClassRule
	@Rule
	public static final AggregateTestRule aggregateTestRule =
		new AggregateTestRule(
			new LiferayIntegrationTestRule(), PersistenceTestRule.INSTANCE,
			new TransactionalTestRule(
				Propagation.REQUIRED, "se.livsviktig.training.service"));

	@Before
	public void setUp() {
		_persistence = RegistrationUtil.getPersistence();

		Class<?> clazz = _persistence.getClass();

		_dynamicQueryClassLoader = clazz.getClassLoader();
	}

	@After
	public void tearDown() throws Exception {
		Iterator<Registration> iterator = _registrations.iterator();

		while (iterator.hasNext()) {
			_persistence.remove(iterator.next());

			iterator.remove();
		}
	}

	@Test
	public void testCreate() throws Exception {
		long pk = RandomTestUtil.nextLong();

		Registration registration = _persistence.create(pk);

		Assert.assertNotNull(registration);

		Assert.assertEquals(registration.getPrimaryKey(), pk);
	}

	@Test
	public void testRemove() throws Exception {
		Registration newRegistration = addRegistration();

		_persistence.remove(newRegistration);

		Registration existingRegistration = _persistence.fetchByPrimaryKey(
			newRegistration.getPrimaryKey());

		Assert.assertNull(existingRegistration);
	}

	@Test
	public void testUpdateNew() throws Exception {
		addRegistration();
	}

	@Test
	public void testUpdateExisting() throws Exception {
		long pk = RandomTestUtil.nextLong();

		Registration newRegistration = _persistence.create(pk);

		newRegistration.setMvccVersion(RandomTestUtil.nextLong());

		newRegistration.setUuid(RandomTestUtil.randomString());

		newRegistration.setGroupId(RandomTestUtil.nextLong());

		newRegistration.setCompanyId(RandomTestUtil.nextLong());

		newRegistration.setUserId(RandomTestUtil.nextLong());

		newRegistration.setUserName(RandomTestUtil.randomString());

		newRegistration.setCreateDate(RandomTestUtil.nextDate());

		newRegistration.setModifiedDate(RandomTestUtil.nextDate());

		newRegistration.setCourseSessionId(RandomTestUtil.nextLong());

		newRegistration.setCourseId(RandomTestUtil.nextLong());

		newRegistration.setTrainingMethodId(RandomTestUtil.nextLong());

		newRegistration.setOrganizationId(RandomTestUtil.nextLong());

		newRegistration.setRegisteredByUserId(RandomTestUtil.nextLong());

		newRegistration.setActiveKey(RandomTestUtil.nextLong());

		newRegistration.setQueueNumber(RandomTestUtil.nextLong());

		newRegistration.setMotivation(RandomTestUtil.randomString());

		newRegistration.setDietaryNeeds(RandomTestUtil.randomString());

		newRegistration.setHoldExpirationDate(RandomTestUtil.nextDate());

		newRegistration.setReviewerUserId(RandomTestUtil.nextLong());

		newRegistration.setReviewDate(RandomTestUtil.nextDate());

		newRegistration.setReviewComment(RandomTestUtil.randomString());

		newRegistration.setCancelledByUserId(RandomTestUtil.nextLong());

		newRegistration.setCancellationReason(RandomTestUtil.randomString());

		newRegistration.setCompletionDate(RandomTestUtil.nextDate());

		newRegistration.setCalendarSequence(RandomTestUtil.nextInt());

		newRegistration.setStatus(RandomTestUtil.nextInt());

		newRegistration.setStatusDate(RandomTestUtil.nextDate());

		_registrations.add(_persistence.update(newRegistration));

		Registration existingRegistration = _persistence.findByPrimaryKey(
			newRegistration.getPrimaryKey());

		Assert.assertEquals(
			existingRegistration.getMvccVersion(),
			newRegistration.getMvccVersion());
		Assert.assertEquals(
			existingRegistration.getUuid(), newRegistration.getUuid());
		Assert.assertEquals(
			existingRegistration.getRegistrationId(),
			newRegistration.getRegistrationId());
		Assert.assertEquals(
			existingRegistration.getGroupId(), newRegistration.getGroupId());
		Assert.assertEquals(
			existingRegistration.getCompanyId(),
			newRegistration.getCompanyId());
		Assert.assertEquals(
			existingRegistration.getUserId(), newRegistration.getUserId());
		Assert.assertEquals(
			existingRegistration.getUserName(), newRegistration.getUserName());
		Assert.assertEquals(
			Time.getShortTimestamp(existingRegistration.getCreateDate()),
			Time.getShortTimestamp(newRegistration.getCreateDate()));
		Assert.assertEquals(
			Time.getShortTimestamp(existingRegistration.getModifiedDate()),
			Time.getShortTimestamp(newRegistration.getModifiedDate()));
		Assert.assertEquals(
			existingRegistration.getCourseSessionId(),
			newRegistration.getCourseSessionId());
		Assert.assertEquals(
			existingRegistration.getCourseId(), newRegistration.getCourseId());
		Assert.assertEquals(
			existingRegistration.getTrainingMethodId(),
			newRegistration.getTrainingMethodId());
		Assert.assertEquals(
			existingRegistration.getOrganizationId(),
			newRegistration.getOrganizationId());
		Assert.assertEquals(
			existingRegistration.getRegisteredByUserId(),
			newRegistration.getRegisteredByUserId());
		Assert.assertEquals(
			existingRegistration.getActiveKey(),
			newRegistration.getActiveKey());
		Assert.assertEquals(
			existingRegistration.getQueueNumber(),
			newRegistration.getQueueNumber());
		Assert.assertEquals(
			existingRegistration.getMotivation(),
			newRegistration.getMotivation());
		Assert.assertEquals(
			existingRegistration.getDietaryNeeds(),
			newRegistration.getDietaryNeeds());
		Assert.assertEquals(
			Time.getShortTimestamp(
				existingRegistration.getHoldExpirationDate()),
			Time.getShortTimestamp(newRegistration.getHoldExpirationDate()));
		Assert.assertEquals(
			existingRegistration.getReviewerUserId(),
			newRegistration.getReviewerUserId());
		Assert.assertEquals(
			Time.getShortTimestamp(existingRegistration.getReviewDate()),
			Time.getShortTimestamp(newRegistration.getReviewDate()));
		Assert.assertEquals(
			existingRegistration.getReviewComment(),
			newRegistration.getReviewComment());
		Assert.assertEquals(
			existingRegistration.getCancelledByUserId(),
			newRegistration.getCancelledByUserId());
		Assert.assertEquals(
			existingRegistration.getCancellationReason(),
			newRegistration.getCancellationReason());
		Assert.assertEquals(
			Time.getShortTimestamp(existingRegistration.getCompletionDate()),
			Time.getShortTimestamp(newRegistration.getCompletionDate()));
		Assert.assertEquals(
			existingRegistration.getCalendarSequence(),
			newRegistration.getCalendarSequence());
		Assert.assertEquals(
			existingRegistration.getStatus(), newRegistration.getStatus());
		Assert.assertEquals(
			Time.getShortTimestamp(existingRegistration.getStatusDate()),
			Time.getShortTimestamp(newRegistration.getStatusDate()));
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
	public void testCountByUserId() throws Exception {
		_persistence.countByUserId(RandomTestUtil.nextLong());

		_persistence.countByUserId(0L);
	}

	@Test
	public void testCountByU_S() throws Exception {
		_persistence.countByU_S(
			RandomTestUtil.nextLong(), RandomTestUtil.nextInt());

		_persistence.countByU_S(0L, 0);
	}

	@Test
	public void testCountByU_SArrayable() throws Exception {
		_persistence.countByU_S(
			RandomTestUtil.nextLong(), new int[] {RandomTestUtil.nextInt(), 0});
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
	public void testCountByCS_U() throws Exception {
		_persistence.countByCS_U(
			RandomTestUtil.nextLong(), RandomTestUtil.nextLong());

		_persistence.countByCS_U(0L, 0L);
	}

	@Test
	public void testCountByCS_AK() throws Exception {
		_persistence.countByCS_AK(
			RandomTestUtil.nextLong(), RandomTestUtil.nextLong());

		_persistence.countByCS_AK(0L, 0L);
	}

	@Test
	public void testCountByCourseId() throws Exception {
		_persistence.countByCourseId(RandomTestUtil.nextLong());

		_persistence.countByCourseId(0L);
	}

	@Test
	public void testCountByOrganizationId() throws Exception {
		_persistence.countByOrganizationId(RandomTestUtil.nextLong());

		_persistence.countByOrganizationId(0L);
	}

	@Test
	public void testCountByO_S() throws Exception {
		_persistence.countByO_S(
			RandomTestUtil.nextLong(), RandomTestUtil.nextInt());

		_persistence.countByO_S(0L, 0);
	}

	@Test
	public void testCountByO_SArrayable() throws Exception {
		_persistence.countByO_S(
			new long[] {RandomTestUtil.nextLong(), 0L},
			RandomTestUtil.nextInt());
	}

	@Test
	public void testCountByS_LtHED() throws Exception {
		_persistence.countByS_LtHED(
			RandomTestUtil.nextInt(), RandomTestUtil.nextDate());

		_persistence.countByS_LtHED(0, RandomTestUtil.nextDate());
	}

	@Test
	public void testFindByPrimaryKeyExisting() throws Exception {
		Registration newRegistration = addRegistration();

		Registration existingRegistration = _persistence.findByPrimaryKey(
			newRegistration.getPrimaryKey());

		Assert.assertEquals(existingRegistration, newRegistration);
	}

	@Test(expected = NoSuchRegistrationException.class)
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

	protected OrderByComparator<Registration> getOrderByComparator() {
		return OrderByComparatorFactoryUtil.create(
			"LVTraining_Registration", "mvccVersion", true, "uuid", true,
			"registrationId", true, "groupId", true, "companyId", true,
			"userId", true, "userName", true, "createDate", true,
			"modifiedDate", true, "courseSessionId", true, "courseId", true,
			"trainingMethodId", true, "organizationId", true,
			"registeredByUserId", true, "activeKey", true, "queueNumber", true,
			"motivation", true, "dietaryNeeds", true, "holdExpirationDate",
			true, "reviewerUserId", true, "reviewDate", true, "reviewComment",
			true, "cancelledByUserId", true, "cancellationReason", true,
			"completionDate", true, "calendarSequence", true, "status", true,
			"statusDate", true);
	}

	@Test
	public void testFetchByPrimaryKeyExisting() throws Exception {
		Registration newRegistration = addRegistration();

		Registration existingRegistration = _persistence.fetchByPrimaryKey(
			newRegistration.getPrimaryKey());

		Assert.assertEquals(existingRegistration, newRegistration);
	}

	@Test
	public void testFetchByPrimaryKeyMissing() throws Exception {
		long pk = RandomTestUtil.nextLong();

		Registration missingRegistration = _persistence.fetchByPrimaryKey(pk);

		Assert.assertNull(missingRegistration);
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereAllPrimaryKeysExist()
		throws Exception {

		Registration newRegistration1 = addRegistration();
		Registration newRegistration2 = addRegistration();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newRegistration1.getPrimaryKey());
		primaryKeys.add(newRegistration2.getPrimaryKey());

		Map<Serializable, Registration> registrations =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(2, registrations.size());
		Assert.assertEquals(
			newRegistration1,
			registrations.get(newRegistration1.getPrimaryKey()));
		Assert.assertEquals(
			newRegistration2,
			registrations.get(newRegistration2.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereNoPrimaryKeysExist()
		throws Exception {

		long pk1 = RandomTestUtil.nextLong();

		long pk2 = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(pk1);
		primaryKeys.add(pk2);

		Map<Serializable, Registration> registrations =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(registrations.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithMultiplePrimaryKeysWhereSomePrimaryKeysExist()
		throws Exception {

		Registration newRegistration = addRegistration();

		long pk = RandomTestUtil.nextLong();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newRegistration.getPrimaryKey());
		primaryKeys.add(pk);

		Map<Serializable, Registration> registrations =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, registrations.size());
		Assert.assertEquals(
			newRegistration,
			registrations.get(newRegistration.getPrimaryKey()));
	}

	@Test
	public void testFetchByPrimaryKeysWithNoPrimaryKeys() throws Exception {
		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		Map<Serializable, Registration> registrations =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertTrue(registrations.isEmpty());
	}

	@Test
	public void testFetchByPrimaryKeysWithOnePrimaryKey() throws Exception {
		Registration newRegistration = addRegistration();

		Set<Serializable> primaryKeys = new HashSet<Serializable>();

		primaryKeys.add(newRegistration.getPrimaryKey());

		Map<Serializable, Registration> registrations =
			_persistence.fetchByPrimaryKeys(primaryKeys);

		Assert.assertEquals(1, registrations.size());
		Assert.assertEquals(
			newRegistration,
			registrations.get(newRegistration.getPrimaryKey()));
	}

	@Test
	public void testActionableDynamicQuery() throws Exception {
		final IntegerWrapper count = new IntegerWrapper();

		ActionableDynamicQuery actionableDynamicQuery =
			RegistrationLocalServiceUtil.getActionableDynamicQuery();

		actionableDynamicQuery.setPerformActionMethod(
			new ActionableDynamicQuery.PerformActionMethod<Registration>() {

				@Override
				public void performAction(Registration registration) {
					Assert.assertNotNull(registration);

					count.increment();
				}

			});

		actionableDynamicQuery.performActions();

		Assert.assertEquals(count.getValue(), _persistence.countAll());
	}

	@Test
	public void testDynamicQueryByPrimaryKeyExisting() throws Exception {
		Registration newRegistration = addRegistration();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			Registration.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"registrationId", newRegistration.getRegistrationId()));

		List<Registration> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(1, result.size());

		Registration existingRegistration = result.get(0);

		Assert.assertEquals(existingRegistration, newRegistration);
	}

	@Test
	public void testDynamicQueryByPrimaryKeyMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			Registration.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"registrationId", RandomTestUtil.nextLong()));

		List<Registration> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testDynamicQueryByProjectionExisting() throws Exception {
		Registration newRegistration = addRegistration();

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			Registration.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("registrationId"));

		Object newRegistrationId = newRegistration.getRegistrationId();

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"registrationId", new Object[] {newRegistrationId}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(1, result.size());

		Object existingRegistrationId = result.get(0);

		Assert.assertEquals(existingRegistrationId, newRegistrationId);
	}

	@Test
	public void testDynamicQueryByProjectionMissing() throws Exception {
		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			Registration.class, _dynamicQueryClassLoader);

		dynamicQuery.setProjection(
			ProjectionFactoryUtil.property("registrationId"));

		dynamicQuery.add(
			RestrictionsFactoryUtil.in(
				"registrationId", new Object[] {RandomTestUtil.nextLong()}));

		List<Object> result = _persistence.findWithDynamicQuery(dynamicQuery);

		Assert.assertEquals(0, result.size());
	}

	@Test
	public void testResetOriginalValues() throws Exception {
		Registration newRegistration = addRegistration();

		_persistence.clearCache();

		_assertOriginalValues(
			_persistence.findByPrimaryKey(newRegistration.getPrimaryKey()));
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

		Registration newRegistration = addRegistration();

		if (clearSession) {
			Session session = _persistence.openSession();

			session.flush();

			session.clear();
		}

		DynamicQuery dynamicQuery = DynamicQueryFactoryUtil.forClass(
			Registration.class, _dynamicQueryClassLoader);

		dynamicQuery.add(
			RestrictionsFactoryUtil.eq(
				"registrationId", newRegistration.getRegistrationId()));

		List<Registration> result = _persistence.findWithDynamicQuery(
			dynamicQuery);

		_assertOriginalValues(result.get(0));
	}

	private void _assertOriginalValues(Registration registration) {
		Assert.assertEquals(
			registration.getUuid(),
			ReflectionTestUtil.invoke(
				registration, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "uuid_"));
		Assert.assertEquals(
			Long.valueOf(registration.getGroupId()),
			ReflectionTestUtil.<Long>invoke(
				registration, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "groupId"));

		Assert.assertEquals(
			Long.valueOf(registration.getCourseSessionId()),
			ReflectionTestUtil.<Long>invoke(
				registration, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "courseSessionId"));
		Assert.assertEquals(
			Long.valueOf(registration.getActiveKey()),
			ReflectionTestUtil.<Long>invoke(
				registration, "getColumnOriginalValue",
				new Class<?>[] {String.class}, "activeKey"));
	}

	protected Registration addRegistration() throws Exception {
		long pk = RandomTestUtil.nextLong();

		Registration registration = _persistence.create(pk);

		registration.setMvccVersion(RandomTestUtil.nextLong());

		registration.setUuid(RandomTestUtil.randomString());

		registration.setGroupId(RandomTestUtil.nextLong());

		registration.setCompanyId(RandomTestUtil.nextLong());

		registration.setUserId(RandomTestUtil.nextLong());

		registration.setUserName(RandomTestUtil.randomString());

		registration.setCreateDate(RandomTestUtil.nextDate());

		registration.setModifiedDate(RandomTestUtil.nextDate());

		registration.setCourseSessionId(RandomTestUtil.nextLong());

		registration.setCourseId(RandomTestUtil.nextLong());

		registration.setTrainingMethodId(RandomTestUtil.nextLong());

		registration.setOrganizationId(RandomTestUtil.nextLong());

		registration.setRegisteredByUserId(RandomTestUtil.nextLong());

		registration.setActiveKey(RandomTestUtil.nextLong());

		registration.setQueueNumber(RandomTestUtil.nextLong());

		registration.setMotivation(RandomTestUtil.randomString());

		registration.setDietaryNeeds(RandomTestUtil.randomString());

		registration.setHoldExpirationDate(RandomTestUtil.nextDate());

		registration.setReviewerUserId(RandomTestUtil.nextLong());

		registration.setReviewDate(RandomTestUtil.nextDate());

		registration.setReviewComment(RandomTestUtil.randomString());

		registration.setCancelledByUserId(RandomTestUtil.nextLong());

		registration.setCancellationReason(RandomTestUtil.randomString());

		registration.setCompletionDate(RandomTestUtil.nextDate());

		registration.setCalendarSequence(RandomTestUtil.nextInt());

		registration.setStatus(RandomTestUtil.nextInt());

		registration.setStatusDate(RandomTestUtil.nextDate());

		_registrations.add(_persistence.update(registration));

		return registration;
	}

	private List<Registration> _registrations = new ArrayList<Registration>();
	private RegistrationPersistence _persistence;
	private ClassLoader _dynamicQueryClassLoader;

}